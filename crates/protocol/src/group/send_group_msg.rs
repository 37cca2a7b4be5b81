//! `v4/group_open_http_svc/send_group_msg`: send an ordinary message to a group.

use serde::{Deserialize, Serialize};

use super::checks;
use super::group_msg::{GroupAtInfo, MsgPriority};
use crate::message::{check_body, ForbidCallbackControl, MsgBody, MsgElement, OfflinePushInfo, SendMsgControl};
use crate::validation::ValidationError;
use crate::Envelope;

/// The request of `send_group_msg` (<https://trtc.io/document/34959>).
///
/// Not idempotent: each call delivers a message. The service drops a second
/// message with the same `Random` within five minutes, so a caller that
/// retries with the same `Random` does not duplicate it; the client still
/// reports a lost reply as an unknown outcome.
///
/// ```
/// use tim_protocol::group::SendGroupMsgRequest;
///
/// let request = SendGroupMsgRequest::text("@TGS#2C5SZEAEF", "red packet", 8912345);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({
///         "GroupId": "@TGS#2C5SZEAEF",
///         "Random": 8912345,
///         "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "red packet"}}]
///     })
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SendGroupMsgRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `From_Account`: the member shown as sender; the admin when absent.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// `Random`: 32-bit; a second message with the same value within five
    /// minutes is dropped as a repeat.
    #[serde(rename = "Random")]
    pub random: u32,
    /// `MsgPriority`.
    #[serde(rename = "MsgPriority", default, skip_serializing_if = "Option::is_none")]
    pub msg_priority: Option<MsgPriority>,
    /// `MsgBody`: the message.
    #[serde(rename = "MsgBody")]
    pub msg_body: MsgBody,
    /// `OfflinePushInfo`.
    #[serde(rename = "OfflinePushInfo", default, skip_serializing_if = "Option::is_none")]
    pub offline_push_info: Option<OfflinePushInfo>,
    /// `ForbidCallbackControl`: webhooks to skip for this message.
    #[serde(rename = "ForbidCallbackControl", default, skip_serializing_if = "Option::is_none")]
    pub forbid_callback_control: Option<Vec<ForbidCallbackControl>>,
    /// `OnlineOnlyFlag`: 1 delivers to online members only, without offline
    /// or roaming storage (not for audio-video groups).
    #[serde(rename = "OnlineOnlyFlag", default, skip_serializing_if = "Option::is_none")]
    pub online_only_flag: Option<u32>,
    /// `SendMsgControl`: `NoLastMsg`, `NoUnread` for this message.
    #[serde(rename = "SendMsgControl", default, skip_serializing_if = "Option::is_none")]
    pub send_msg_control: Option<Vec<SendMsgControl>>,
    /// `CloudCustomData`: custom data stored with the message.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
    /// `GroupAtInfo`: the `@` mentions of the text, in order.
    #[serde(rename = "GroupAtInfo", default, skip_serializing_if = "Option::is_none")]
    pub group_at_info: Option<Vec<GroupAtInfo>>,
    /// `To_Account`: a targeted message reaches only these members (newer pages).
    #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
    pub to_account: Option<Vec<String>>,
    /// `NeedReadReceipt`: 1 asks for read receipts (newer pages).
    #[serde(rename = "NeedReadReceipt", default, skip_serializing_if = "Option::is_none")]
    pub need_read_receipt: Option<u32>,
    /// `SupportMessageExtension`: 1 lets the message carry extensions (newer pages).
    #[serde(rename = "SupportMessageExtension", default, skip_serializing_if = "Option::is_none")]
    pub support_message_extension: Option<u32>,
    /// `TopicId`: one topic of a Community (newer pages).
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

impl SendGroupMsgRequest {
    /// Send `body` to `group_id` as the admin.
    pub fn new(group_id: impl Into<String>, body: MsgBody, random: u32) -> Self {
        Self {
            group_id: group_id.into(),
            from_account: None,
            random,
            msg_priority: None,
            msg_body: body,
            offline_push_info: None,
            forbid_callback_control: None,
            online_only_flag: None,
            send_msg_control: None,
            cloud_custom_data: None,
            group_at_info: None,
            to_account: None,
            need_read_receipt: None,
            support_message_extension: None,
            topic_id: None,
        }
    }

    /// A text message to `group_id` as the admin.
    pub fn text(group_id: impl Into<String>, text: impl Into<String>, random: u32) -> Self {
        Self::new(group_id, vec![MsgElement::text(text)], random)
    }

    /// The same message shown as sent by `member`.
    pub fn from(mut self, member: impl Into<String>) -> Self {
        self.from_account = Some(member.into());
        self
    }

    /// Checks: `GroupId` not empty; `From_Account`, each `To_Account` and each
    /// `GroupAt_Account` 1 to 32 bytes; the body ([`check_body`]).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        if let Some(from) = &self.from_account {
            checks::user_id(|| "From_Account".into(), from)?;
        }
        if let Some(to) = &self.to_account {
            checks::user_ids("To_Account", to.iter().map(String::as_str), 1, usize::MAX)?;
        }
        for (index, at) in self.group_at_info.iter().flatten().enumerate() {
            if let Some(account) = &at.group_at_account {
                checks::user_id(|| format!("GroupAtInfo[{index}].GroupAt_Account"), account)?;
            }
        }
        check_body("MsgBody", &self.msg_body)
    }
}

/// The reply of `send_group_msg`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SendGroupMsgResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `MsgTime`: the message's time on the server.
    #[serde(rename = "MsgTime", default, skip_serializing_if = "Option::is_none")]
    pub msg_time: Option<i64>,
    /// `MsgSeq`: the message's sequence number in the group.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
    /// `MsgDropReason`: why an audio-video group dropped the message (newer pages).
    #[serde(rename = "MsgDropReason", default, skip_serializing_if = "Option::is_none")]
    pub msg_drop_reason: Option<String>,
}

crate::macros::response!(SendGroupMsgResponse);
