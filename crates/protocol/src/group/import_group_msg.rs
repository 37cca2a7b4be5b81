//! `v4/group_open_http_svc/import_group_msg`: import historical group
//! messages, without webhooks or notices.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::IMPORT_GROUP_MSGS_MAX;
use crate::message::{check_body, MsgBody};
use crate::validation::{check, Rule, ValidationError};
use crate::{Envelope, ErrorCode};

/// One `MsgList` item of `import_group_msg`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImportedGroupMsg {
    /// `From_Account`: the sender.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `SendTime`: seconds since the epoch; after the group's creation and
    /// its latest message, before now.
    #[serde(rename = "SendTime")]
    pub send_time: i64,
    /// `Random`: 32-bit; a repeat within five minutes is dropped.
    #[serde(rename = "Random", default, skip_serializing_if = "Option::is_none")]
    pub random: Option<u32>,
    /// `MsgBody`.
    #[serde(rename = "MsgBody")]
    pub msg_body: MsgBody,
    /// `CloudCustomData` (newer pages).
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
}

impl ImportedGroupMsg {
    /// A message from `from` sent at `send_time`.
    pub fn new(from: impl Into<String>, send_time: i64, body: MsgBody) -> Self {
        Self {
            from_account: from.into(),
            send_time,
            random: None,
            msg_body: body,
            cloud_custom_data: None,
        }
    }
}

/// The request of `import_group_msg` (<https://trtc.io/document/34968>): at
/// most 7 messages, in ascending `SendTime`. Not for audio-video groups.
///
/// Not idempotent as this crate sees it: a second import of the same
/// messages fails on their times (they are no longer after the latest
/// message) rather than being ignored.
///
/// ```
/// use tim_protocol::group::{ImportGroupMsgRequest, ImportedGroupMsg};
/// use tim_protocol::message::MsgElement;
///
/// let request = ImportGroupMsgRequest::new(
///     "@TGS#2C5SZEAEF",
///     [ImportedGroupMsg::new("leckie", 1620808101, vec![MsgElement::text("red packet")])],
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImportGroupMsgRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `RecentContactFlag`: 1 makes the import update the members'
    /// conversation lists (newer pages).
    #[serde(rename = "RecentContactFlag", default, skip_serializing_if = "Option::is_none")]
    pub recent_contact_flag: Option<u32>,
    /// `MsgList`: 1 to 7 messages.
    #[serde(rename = "MsgList")]
    pub msg_list: Vec<ImportedGroupMsg>,
    /// `TopicId`: one topic of a Community (newer pages).
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

impl ImportGroupMsgRequest {
    /// Import `messages` into `group_id`.
    pub fn new(group_id: impl Into<String>, messages: impl IntoIterator<Item = ImportedGroupMsg>) -> Self {
        Self {
            group_id: group_id.into(),
            recent_contact_flag: None,
            msg_list: messages.into_iter().collect(),
            topic_id: None,
        }
    }

    /// Checks: `GroupId` not empty; 1 to 7 messages, in ascending `SendTime`
    /// (not negative), each sender 1 to 32 bytes and each body
    /// ([`check_body`]).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        check::count("MsgList", self.msg_list.len(), 1, IMPORT_GROUP_MSGS_MAX, None)?;
        let mut previous = 0;
        for (index, msg) in self.msg_list.iter().enumerate() {
            checks::user_id(|| format!("MsgList[{index}].From_Account"), &msg.from_account)?;
            if msg.send_time < previous {
                return Err(ValidationError::new(
                    format!("MsgList[{index}].SendTime"),
                    Rule::UnsupportedValue {
                        value: msg.send_time,
                        expected: "a time not before the previous message's, and not negative",
                    },
                ));
            }
            previous = msg.send_time;
            check_body(&format!("MsgList[{index}].MsgBody"), &msg.msg_body)?;
        }
        Ok(())
    }
}

/// One `ImportMsgResult` item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImportMsgResult {
    /// `MsgSeq`: the sequence number given to the message.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
    /// `MsgTime`: its time.
    #[serde(rename = "MsgTime", default, skip_serializing_if = "Option::is_none")]
    pub msg_time: Option<i64>,
    /// `Result`: 0 imported; 10004 a bad time, 80001 restricted words,
    /// 80002 too long.
    #[serde(rename = "Result")]
    pub result: ErrorCode,
}

impl ImportMsgResult {
    /// A message imported as `msg_seq` at `msg_time` (`Result` 0).
    pub fn imported(msg_seq: u64, msg_time: i64) -> Self {
        Self {
            msg_seq: Some(msg_seq),
            msg_time: Some(msg_time),
            result: ErrorCode::Success,
        }
    }

    /// A message refused with `result` (e.g. 10004 for a time in the
    /// future); the reply then carries no `MsgSeq` or `MsgTime`.
    pub fn failed(result: ErrorCode) -> Self {
        Self {
            msg_seq: None,
            msg_time: None,
            result,
        }
    }
}

/// The reply of `import_group_msg`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImportGroupMsgResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `ImportMsgResult`: one item per message, in order.
    #[serde(rename = "ImportMsgResult", default, skip_serializing_if = "Option::is_none")]
    pub import_msg_result: Option<Vec<ImportMsgResult>>,
}

crate::macros::response!(ImportGroupMsgResponse);
