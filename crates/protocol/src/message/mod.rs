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
