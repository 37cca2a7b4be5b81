//! The two macros behind every coded enum on the wire: `int_enum!` for
//! integer codes, `str_enum!` for string codes.
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

/// Declares a `#[non_exhaustive]` open set of strings: each documented value
/// a variant, any other string kept in `Other(String)` and written back as
/// received, since the service may add values. Exported (hidden) so that
/// tim-callback declares its sets with the same mechanism.
#[doc(hidden)]
#[macro_export]
macro_rules! str_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this version of the crate does not know, kept as sent.
            Other(String),
        }

        impl $name {
            /// Every value the crate knows, in the documentation's order.
            pub const KNOWN: &'static [Self] = &[ $( Self::$variant, )+ ];

            /// The string sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $wire, )+
                    Self::Other(other) => other,
                }
            }

            /// Whether this is a value the crate knows.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Other(_))
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $( $wire => Self::$variant, )+
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl $crate::__serde::Serialize for $name {
            fn serialize<S: $crate::__serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::__serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <std::borrow::Cow<'de, str> as $crate::__serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from(value.as_ref()))
            }
        }
    };
}

/// Implements [`Response`](crate::Response) for reply types that hold their
/// status fields in a field named `envelope`: one line beside each reply type,
/// so a reply shared by several rows of the endpoint table is implemented once.
macro_rules! response {
    ($($name:ty),+ $(,)?) => {
        $(impl $crate::Response for $name {
            fn envelope(&self) -> &$crate::Envelope {
                &self.envelope
            }
        })+
    };
}

pub(crate) use response;
