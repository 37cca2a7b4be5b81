//! `v4/group_open_http_svc/send_broadcast_msg`: one message to every
//! audio-video group of the app.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::message::{check_body, MsgBody};
use crate::validation::ValidationError;
use crate::Envelope;

/// The request of `send_broadcast_msg` (<https://trtc.io/document/49440>):
/// a broadcast to all `AVChatRoom` groups, a paid feature switched on in the
/// console. Rate limit 1 call a second (5 on the higher editions).
///
/// ```
/// use tim_protocol::group::SendBroadcastMsgRequest;
/// use tim_protocol::message::MsgElement;
///
/// let request = SendBroadcastMsgRequest::new(vec![MsgElement::text("hello")], 8912345);
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SendBroadcastMsgRequest {
    /// `From_Account`: the sender shown; the admin when absent.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// `Random`: 32-bit; a repeat within five minutes is dropped.
    #[serde(rename = "Random")]
    pub random: u32,
    /// `MsgBody`: at most 12000 bytes (the page merges messages up to that size).
    #[serde(rename = "MsgBody")]
    pub msg_body: MsgBody,
    /// `CloudCustomData`.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
}

impl SendBroadcastMsgRequest {
    /// Broadcast `body` as the admin.
    pub fn new(body: MsgBody, random: u32) -> Self {
        Self {
            from_account: None,
            random,
            msg_body: body,
            cloud_custom_data: None,
        }
    }

    /// Checks: `From_Account` 1 to 32 bytes; the body ([`check_body`]).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if let Some(from) = &self.from_account {
            checks::user_id(|| "From_Account".into(), from)?;
        }
        check_body("MsgBody", &self.msg_body)
    }
}

/// The reply of `send_broadcast_msg`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SendBroadcastMsgResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `MsgSeq`: the broadcast's sequence number.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
}

crate::macros::response!(SendBroadcastMsgResponse);
