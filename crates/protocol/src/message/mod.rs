//! The message model shared by every API that sends, imports, reads or
//! receives messages: one-to-one (`openim`), groups and webhooks.
//!
//! A message body ([`MsgBody`]) is a list of elements ([`MsgElement`]), each
//! `{"MsgType": "TIMTextElem", "MsgContent": {...}}` on the wire (the "Message
//! Formats" page, <https://trtc.io/document/33527>). Element types this crate
//! does not know are kept as raw JSON and written back unchanged.
//!
//! ```
//! use tim_protocol::message::{MsgBody, MsgElement};
//!
//! let body: MsgBody = vec![MsgElement::text("hello world")];
//! assert_eq!(
//!     serde_json::to_value(&body).unwrap(),
//!     serde_json::json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hello world"}}])
//! );
//! ```

mod controls;
mod element;
mod offline_push;

pub use controls::{ForbidCallbackControl, MsgKey, SendMsgControl, SyncOtherMachine};
pub use element::{
    check_body, CustomElem, FaceElem, FileElem, ImageElem, ImageFormat, ImageInfo, ImageKind, LocationElem, MsgBody,
    MsgElement, RelayElem, RelayMsg, SoundElem, TextElem, VideoFileElem, DOWNLOAD_FLAG_URL,
};
pub use offline_push::{AndroidInfo, ApnsInfo, OfflinePushInfo, PushFlag};

/// Declares an open set of strings: each known value a variant, any other
/// string kept in `Other(String)` and written back as received.
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal, )+
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
            /// The string sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $value, )+
                    Self::Other(other) => other,
                }
            }

            /// Every value the crate knows.
            pub const KNOWN: &'static [Self] = &[ $( Self::$variant, )+ ];
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $( $value => Self::$variant, )+
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
                Ok(Self::from(value.as_ref()))
            }
        }
    };
}

pub(crate) use string_enum;
