//! `v4/openim/sendmsg`: send a one-to-one message to one user.

use serde::{Deserialize, Serialize};

use super::{check_life_time, check_user_id};
use crate::message::{
    ForbidCallbackControl, MsgBody, MsgElement, MsgKey, OfflinePushInfo, SendMsgControl, SyncOtherMachine,
};
use crate::validation::ValidationError;
use crate::Envelope;

/// The request of `sendmsg` (<https://trtc.io/document/34919>).
///
/// Not idempotent: each call delivers a message (the service deduplicates
/// only by `MsgRandom` within one second, which a retry after a lost reply
/// cannot rely on).
///
/// ```
/// use tim_protocol::openim::SendmsgRequest;
///
/// let request = SendmsgRequest::text("lumotuwe1", "lumotuwe2", "hi, beauty", 1287657);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({
///         "SyncOtherMachine": 1,
///         "From_Account": "lumotuwe1",
///         "To_Account": "lumotuwe2",
///         "MsgRandom": 1287657,
///         "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi, beauty"}}]
///     })
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SendmsgRequest {
    /// `SyncOtherMachine`: sync to the sender's devices (1) or not (2).
    #[serde(rename = "SyncOtherMachine", default, skip_serializing_if = "Option::is_none")]
    pub sync_other_machine: Option<SyncOtherMachine>,
    /// `From_Account`: the sender shown; the admin when absent.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// `To_Account`: the recipient.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `MsgLifeTime`: seconds kept offline, 0 to 604800 (default 7 days); 0
    /// delivers to online users only.
    #[serde(rename = "MsgLifeTime", default, skip_serializing_if = "Option::is_none")]
    pub msg_life_time: Option<u32>,
    /// `MsgSeq`: 32-bit sequence number; random when absent.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u32>,
    /// `MsgRandom`: 32-bit random number, used to deduplicate within a second.
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    /// `ForbidCallbackControl`: webhooks to skip for this message.
    #[serde(rename = "ForbidCallbackControl", default, skip_serializing_if = "Option::is_none")]
    pub forbid_callback_control: Option<Vec<ForbidCallbackControl>>,
    /// `SendMsgControl`: delivery switches for this message.
    #[serde(rename = "SendMsgControl", default, skip_serializing_if = "Option::is_none")]
    pub send_msg_control: Option<Vec<SendMsgControl>>,
    /// `MsgBody`: the message.
    #[serde(rename = "MsgBody")]
    pub msg_body: MsgBody,
    /// `CloudCustomData`: custom data stored with the message.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
    /// `SupportMessageExtension`: 1 lets the message carry extensions
    /// (`openim_msg_ext_http_svc`), 0 (default) does not.
    #[serde(rename = "SupportMessageExtension", default, skip_serializing_if = "Option::is_none")]
    pub support_message_extension: Option<u32>,
    /// `OfflinePushInfo`.
    #[serde(rename = "OfflinePushInfo", default, skip_serializing_if = "Option::is_none")]
    pub offline_push_info: Option<OfflinePushInfo>,
    /// `IsNeedReadReceipt`: 1 asks for a read receipt.
    #[serde(rename = "IsNeedReadReceipt", default, skip_serializing_if = "Option::is_none")]
    pub is_need_read_receipt: Option<u32>,
}

impl SendmsgRequest {
    /// Send `body` to `to_account` as the admin, with the given `MsgRandom`.
    pub fn new(to_account: impl Into<String>, body: MsgBody, msg_random: u32) -> Self {
        Self {
            sync_other_machine: None,
            from_account: None,
            to_account: to_account.into(),
            msg_life_time: None,
            msg_seq: None,
            msg_random,
            forbid_callback_control: None,
            send_msg_control: None,
            msg_body: body,
            cloud_custom_data: None,
            support_message_extension: None,
            offline_push_info: None,
            is_need_read_receipt: None,
        }
    }

    /// A text message from `from` to `to`, synced to `from`'s devices.
    pub fn text(from: impl Into<String>, to: impl Into<String>, text: impl Into<String>, msg_random: u32) -> Self {
        let mut request = Self::new(to, vec![MsgElement::text(text)], msg_random);
        request.from_account = Some(from.into());
        request.sync_other_machine = Some(SyncOtherMachine::Sync);
        request
    }

    /// Checks: `To_Account` (and `From_Account` if set) 1 to 32 bytes;
    /// `MsgLifeTime` at most 604800; the body's rules
    /// ([`check_body`](crate::message::check_body)), over 12 KB with 93000.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if let Some(from) = &self.from_account {
            check_user_id("From_Account", from)?;
        }
        check_user_id("To_Account", &self.to_account)?;
        check_life_time(self.msg_life_time)?;
        super::check_c2c_body(&self.msg_body)
    }
}

/// The reply of `sendmsg`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SendmsgResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `MsgTime`: the message's timestamp.
    #[serde(rename = "MsgTime", default, skip_serializing_if = "Option::is_none")]
    pub msg_time: Option<i64>,
    /// `MsgKey`: identifies the message for recall and modification.
    #[serde(rename = "MsgKey", default, skip_serializing_if = "Option::is_none")]
    pub msg_key: Option<MsgKey>,
    /// `MsgId`: the message's ID (newer pages).
    #[serde(rename = "MsgId", default, skip_serializing_if = "Option::is_none")]
    pub msg_id: Option<String>,
}

crate::macros::response!(SendmsgResponse);
