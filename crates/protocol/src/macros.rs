//! The one macro behind every integer-coded enum on the wire.
//!
//! The service encodes kinds as integers (`"Type": 1`) and may add new values at
//! any time, so each such enum keeps a value it does not know in `Unknown(i64)`
//! instead of failing to parse (twilight's model-crate pattern): serde goes
//! through the integer with `#[serde(from = "i64", into = "i64")]`.

/// Declares a `#[non_exhaustive]` enum serialized as a JSON integer, with an
/// `Unknown(i64)` variant for values this crate does not know.
macro_rules! int_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(from = "i64", into = "i64")]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this version of the crate does not know, kept as sent.
            Unknown(i64),
        }

        impl $name {
            /// The integer sent on the wire.
            pub const fn value(self) -> i64 {
                match self {
                    $( Self::$variant => $value, )+
                    Self::Unknown(value) => value,
                }
            }

            /// Whether this is a value the crate knows.
            pub const fn is_known(self) -> bool {
                !matches!(self, Self::Unknown(_))
            }

            /// Every value the crate knows, in wire order.
            pub const KNOWN: &'static [Self] = &[ $( Self::$variant, )+ ];
        }

        impl From<i64> for $name {
            fn from(value: i64) -> Self {
                match value {
                    $( $value => Self::$variant, )+
                    other => Self::Unknown(other),
                }
            }
        }

        impl From<$name> for i64 {
            fn from(value: $name) -> Self {
                value.value()
            }
        }
    };
}

pub(crate) use int_enum;
