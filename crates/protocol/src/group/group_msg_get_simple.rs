//! `v4/group_open_http_svc/group_msg_get_simple`: read a group's message
//! history, newest first, by sequence number.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::GROUP_MSG_GET_SIMPLE_MAX;
use crate::message::MsgBody;
use crate::validation::{Rule, ValidationError};
use crate::{Envelope, Paged};

/// The request of `group_msg_get_simple` (<https://trtc.io/document/34971>).
/// Not for audio-video groups, which keep no history.
///
/// The first request leaves `ReqMsgSeq` out and gets the newest messages;
/// [`Paged::next_request`] then asks below the lowest sequence number
/// returned.
///
/// ```
/// use tim_protocol::group::{GroupMsgGetSimpleRequest, GroupMsgGetSimpleResponse};
/// use tim_protocol::Paged;
///
/// let first = GroupMsgGetSimpleRequest::new("@TGS#15ERQPAER", 2);
/// let page: GroupMsgGetSimpleResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","GroupId":"@TGS#15ERQPAER","IsFinished":1,
///         "RspMsgList":[{"MsgSeq":7803321,"MsgBody":[]},{"MsgSeq":7803320,"MsgBody":[]}]}"#,
/// ).unwrap();
/// let next = first.next_request(&page).unwrap();
/// assert_eq!(next.req_msg_seq, Some(7803319));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupMsgGetSimpleRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `ReqMsgSeq`: the highest sequence number wanted; the newest when absent.
    #[serde(rename = "ReqMsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub req_msg_seq: Option<u64>,
    /// `ReqMsgNumber`: how many messages, 1 to 20.
    #[serde(rename = "ReqMsgNumber")]
    pub req_msg_number: u32,
    /// `WithRecalledMsg`: 1 includes recalled messages (newer pages).
    #[serde(rename = "WithRecalledMsg", default, skip_serializing_if = "Option::is_none")]
    pub with_recalled_msg: Option<u32>,
    /// `TopicId`: one topic of a Community (newer pages).
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

impl GroupMsgGetSimpleRequest {
    /// The newest `number` messages of `group_id`.
    pub fn new(group_id: impl Into<String>, number: u32) -> Self {
        Self {
            group_id: group_id.into(),
            req_msg_seq: None,
            req_msg_number: number,
            with_recalled_msg: None,
            topic_id: None,
        }
    }

    /// `number` messages with sequence numbers up to `seq`.
    pub fn up_to(group_id: impl Into<String>, seq: u64, number: u32) -> Self {
        Self {
            req_msg_seq: Some(seq),
            ..Self::new(group_id, number)
        }
    }

    /// Checks: `GroupId` not empty; `ReqMsgNumber` 1 to 20 (the page: "a
    /// maximum of 20 historical messages can be returned for one request").
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        if self.req_msg_number == 0 || self.req_msg_number > GROUP_MSG_GET_SIMPLE_MAX {
            return Err(ValidationError::new(
                "ReqMsgNumber",
                Rule::UnsupportedValue {
                    value: i64::from(self.req_msg_number),
                    expected: "1 to 20",
                },
            ));
        }
        Ok(())
    }
}

/// Paging goes down the sequence numbers: the next request asks for
/// `ReqMsgSeq` one below the lowest `MsgSeq` returned.
///
/// The page's `IsFinished` says whether *this page's* range came back whole,
/// not whether the history is exhausted, so it alone does not end paging
/// (this crate's reading). Paging ends when the reply returns no message,
/// when the lowest sequence number is 1 or less (nothing is below it), when
/// the reply says it is complete (`IsFinished` 1) with fewer messages than
/// asked for, or when the cursor would not move down.
impl Paged for GroupMsgGetSimpleRequest {
    fn next_request(&self, reply: &GroupMsgGetSimpleResponse) -> Option<Self> {
        let messages = reply.rsp_msg_list.as_deref().unwrap_or_default();
        let lowest = messages.iter().filter_map(|msg| msg.msg_seq).min()?;
        let short = messages.len() < self.req_msg_number as usize;
        if lowest <= 1 || (reply.is_finished == Some(1) && short) {
            return None;
        }
        let next = lowest - 1;
        if self.req_msg_seq.is_some_and(|seq| next >= seq) {
            return None;
        }
        Some(Self {
            req_msg_seq: Some(next),
            ..self.clone()
        })
    }
}

/// One message of the history (`RspMsgList` item).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupHistoryMsg {
    /// `From_Account`: the sender.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// `IsPlaceMsg`: 1 when the message was deleted or expired (its body is empty).
    #[serde(rename = "IsPlaceMsg", default, skip_serializing_if = "Option::is_none")]
    pub is_place_msg: Option<u32>,
    /// `IsSystemMsg`: 1 for a system notice (newer pages).
    #[serde(rename = "IsSystemMsg", default, skip_serializing_if = "Option::is_none")]
    pub is_system_msg: Option<u32>,
    /// `MsgBody`.
    #[serde(rename = "MsgBody", default, skip_serializing_if = "Option::is_none")]
    pub msg_body: Option<MsgBody>,
    /// `MsgPriority`: 1 high, 2 normal, 3 low, 4 lowest (a number here,
    /// unlike the string of `send_group_msg`).
    #[serde(rename = "MsgPriority", default, skip_serializing_if = "Option::is_none")]
    pub msg_priority: Option<u32>,
    /// `MsgRandom`.
    #[serde(rename = "MsgRandom", default, skip_serializing_if = "Option::is_none")]
    pub msg_random: Option<u64>,
    /// `MsgSeq`: lower is older.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
    /// `MsgTimeStamp`: the time on the server.
    #[serde(rename = "MsgTimeStamp", default, skip_serializing_if = "Option::is_none")]
    pub msg_time_stamp: Option<i64>,
    /// `MsgFlagBits`: 0 a normal message, 8 a recalled one (newer pages).
    #[serde(rename = "MsgFlagBits", default, skip_serializing_if = "Option::is_none")]
    pub msg_flag_bits: Option<i64>,
    /// `CloudCustomData` (newer pages).
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
}

/// The reply of `group_msg_get_simple`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupMsgGetSimpleResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `GroupId`: the group asked for.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `IsFinished`: 1 when the requested range came back whole, 0 when it
    /// was cut (too long, or more than 20 asked), 2 when cut and every message
    /// expired.
    #[serde(rename = "IsFinished", default, skip_serializing_if = "Option::is_none")]
    pub is_finished: Option<u32>,
    /// `RspMsgList`: newest first.
    #[serde(rename = "RspMsgList", default, skip_serializing_if = "Option::is_none")]
    pub rsp_msg_list: Option<Vec<GroupHistoryMsg>>,
}

crate::macros::response!(GroupMsgGetSimpleResponse);

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(is_finished: u32, seqs: &[u64]) -> GroupMsgGetSimpleResponse {
        GroupMsgGetSimpleResponse {
            is_finished: Some(is_finished),
            rsp_msg_list: Some(
                seqs.iter()
                    .map(|&seq| GroupHistoryMsg {
                        msg_seq: Some(seq),
                        ..GroupHistoryMsg::default()
                    })
                    .collect(),
            ),
            ..GroupMsgGetSimpleResponse::default()
        }
    }

    #[test]
    fn pages_go_below_the_lowest_sequence_number() {
        let first = GroupMsgGetSimpleRequest::new("g", 3);
        let second = first.next_request(&reply(1, &[30, 28, 29])).unwrap();
        assert_eq!(second.req_msg_seq, Some(27));
        assert_eq!(second.req_msg_number, 3);
        let third = second.next_request(&reply(0, &[27, 26])).unwrap();
        assert_eq!(third.req_msg_seq, Some(25));
    }

    #[test]
    fn paging_ends() {
        let first = GroupMsgGetSimpleRequest::new("g", 3);
        assert_eq!(first.next_request(&reply(1, &[])), None, "nothing returned");
        assert_eq!(first.next_request(&GroupMsgGetSimpleResponse::default()), None);
        assert_eq!(first.next_request(&reply(1, &[3, 2, 1])), None, "nothing below 1");
        assert_eq!(first.next_request(&reply(1, &[9, 8])), None, "complete and short");
        let at = GroupMsgGetSimpleRequest::up_to("g", 10, 3);
        assert_eq!(
            at.next_request(&reply(1, &[12, 11, 15])),
            None,
            "cursor would not go down"
        );
    }

    #[test]
    fn the_number_is_bounded() {
        assert!(GroupMsgGetSimpleRequest::new("g", 20).validate().is_ok());
        assert_eq!(
            GroupMsgGetSimpleRequest::new("g", 21).validate().unwrap_err().field(),
            "ReqMsgNumber"
        );
        assert!(GroupMsgGetSimpleRequest::new("g", 0).validate().is_err());
        assert_eq!(
            GroupMsgGetSimpleRequest::new("", 1).validate().unwrap_err().field(),
            "GroupId"
        );
    }
}
