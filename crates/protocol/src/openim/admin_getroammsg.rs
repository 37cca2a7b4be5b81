//! `v4/openim/admin_getroammsg`: read the history of a one-to-one conversation.

use serde::{Deserialize, Serialize};

use super::check_user_id;
use crate::message::{MsgBody, MsgKey};
use crate::validation::{Rule, ValidationError};
use crate::{Envelope, Paged};

/// The request of `admin_getroammsg` (<https://trtc.io/document/35478>).
/// A read: idempotent.
///
/// The history is read as `Operator_Account` sees it (older pages named
/// the two sides `From_Account` and `To_Account`: both spellings are read,
/// the current one written).
///
/// Pages go backwards in time: when the reply's `Complete` is 0, ask again
/// with [`AdminGetroammsgRequest::next_page`], or let [`Paged`] do it.
///
/// ```
/// use tim_protocol::openim::AdminGetroammsgRequest;
///
/// let first = AdminGetroammsgRequest::new("user2", "user1", 100, 1584669600, 1584673200);
/// let next = first.clone().next_page(1584669680, "549396494_2578554_1584669680".into());
/// assert_eq!(next.max_time, 1584669680);
/// assert!(next.validate().is_ok());
/// let old: AdminGetroammsgRequest = serde_json::from_value(serde_json::json!({
///     "From_Account": "user2", "To_Account": "user1", "MaxCnt": 100,
///     "MinTime": 1584669600, "MaxTime": 1584673200
/// })).unwrap();
/// assert_eq!(old, first);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AdminGetroammsgRequest {
    /// `Operator_Account`: the side whose view of the history is read
    /// (older pages: `From_Account`).
    #[serde(rename = "Operator_Account", alias = "From_Account")]
    pub operator_account: String,
    /// `Peer_Account`: the other side (older pages: `To_Account`).
    #[serde(rename = "Peer_Account", alias = "To_Account")]
    pub peer_account: String,
    /// `MaxCnt`: how many messages to read.
    #[serde(rename = "MaxCnt")]
    pub max_cnt: u32,
    /// `MinTime`: the earliest time, in seconds.
    #[serde(rename = "MinTime")]
    pub min_time: i64,
    /// `MaxTime`: the latest time, in seconds.
    #[serde(rename = "MaxTime")]
    pub max_time: i64,
    /// `LastMsgKey`: the last key of the previous page, to continue.
    #[serde(rename = "LastMsgKey", default, skip_serializing_if = "Option::is_none")]
    pub last_msg_key: Option<MsgKey>,
}

impl AdminGetroammsgRequest {
    /// The first page of the messages between `operator` and `peer` in
    /// `min_time..=max_time`, as `operator` sees them.
    pub fn new(
        operator: impl Into<String>,
        peer: impl Into<String>,
        max_cnt: u32,
        min_time: i64,
        max_time: i64,
    ) -> Self {
        Self {
            operator_account: operator.into(),
            peer_account: peer.into(),
            max_cnt,
            min_time,
            max_time,
            last_msg_key: None,
        }
    }

    /// The next page: `MaxTime` becomes the reply's `LastMsgTime` and
    /// `LastMsgKey` its `LastMsgKey`, as the page says.
    pub fn next_page(mut self, last_msg_time: i64, last_msg_key: MsgKey) -> Self {
        self.max_time = last_msg_time;
        self.last_msg_key = Some(last_msg_key);
        self
    }

    /// Checks: both accounts 1 to 32 bytes; `MaxCnt` above 0; `MinTime` not
    /// after `MaxTime`.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_user_id("Operator_Account", &self.operator_account)?;
        check_user_id("Peer_Account", &self.peer_account)?;
        if self.max_cnt == 0 {
            return Err(ValidationError::new(
                "MaxCnt",
                Rule::UnsupportedValue {
                    value: 0,
                    expected: "at least 1",
                },
            ));
        }
        if self.min_time > self.max_time {
            return Err(ValidationError::new(
                "MinTime",
                Rule::UnsupportedValue {
                    value: self.min_time,
                    expected: "a time not after MaxTime",
                },
            ));
        }
        Ok(())
    }
}

/// Pages backwards within the same `MinTime`..`MaxTime` range, as the page
/// says: the next request's `MaxTime` is the reply's `LastMsgTime` and its
/// `LastMsgKey` the reply's `LastMsgKey`; paging ends when `Complete` is 1.
/// A reply that is not complete but lacks `LastMsgTime` or `LastMsgKey`, or
/// whose cursor does not move, also ends the paging (this crate's choice:
/// there is nothing to continue from).
impl Paged for AdminGetroammsgRequest {
    fn next_request(&self, reply: &AdminGetroammsgResponse) -> Option<Self> {
        if reply.is_complete() {
            return None;
        }
        let next = self
            .clone()
            .next_page(reply.last_msg_time?, reply.last_msg_key.clone()?);
        (next != *self).then_some(next)
    }
}

/// The reply of `admin_getroammsg`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AdminGetroammsgResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `Complete`: 1 when every message in the range was returned, 0 when
    /// another page is needed.
    #[serde(rename = "Complete", default, skip_serializing_if = "Option::is_none")]
    pub complete: Option<i64>,
    /// `MsgCnt`: messages in this page.
    #[serde(rename = "MsgCnt", default, skip_serializing_if = "Option::is_none")]
    pub msg_cnt: Option<u64>,
    /// `LastMsgTime`: the time of the last message of this page.
    #[serde(rename = "LastMsgTime", default, skip_serializing_if = "Option::is_none")]
    pub last_msg_time: Option<i64>,
    /// `LastMsgKey`: the key of the last message of this page.
    #[serde(rename = "LastMsgKey", default, skip_serializing_if = "Option::is_none")]
    pub last_msg_key: Option<MsgKey>,
    /// `MsgList`.
    #[serde(rename = "MsgList", default, skip_serializing_if = "Option::is_none")]
    pub msg_list: Option<Vec<RoamMsg>>,
}

crate::macros::response!(AdminGetroammsgResponse);

impl AdminGetroammsgResponse {
    /// Whether every message of the range was returned (`Complete` is 1).
    pub fn is_complete(&self) -> bool {
        self.complete == Some(1)
    }
}

/// One message of the history.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RoamMsg {
    /// `From_Account`.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// `To_Account`.
    #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
    pub to_account: Option<String>,
    /// `MsgSeq`.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
    /// `MsgRandom`.
    #[serde(rename = "MsgRandom", default, skip_serializing_if = "Option::is_none")]
    pub msg_random: Option<u64>,
    /// `MsgTimeStamp`.
    #[serde(rename = "MsgTimeStamp", default, skip_serializing_if = "Option::is_none")]
    pub msg_time_stamp: Option<i64>,
    /// `MsgFlagBits`: 0 a normal message, 8 a recalled one.
    #[serde(rename = "MsgFlagBits", default, skip_serializing_if = "Option::is_none")]
    pub msg_flag_bits: Option<i64>,
    /// `IsPeerRead`: 1 when the recipient has read it.
    #[serde(rename = "IsPeerRead", default, skip_serializing_if = "Option::is_none")]
    pub is_peer_read: Option<i64>,
    /// `MsgKey`.
    #[serde(rename = "MsgKey", default, skip_serializing_if = "Option::is_none")]
    pub msg_key: Option<MsgKey>,
    /// `MsgId`.
    #[serde(rename = "MsgId", default, skip_serializing_if = "Option::is_none")]
    pub msg_id: Option<String>,
    /// `MsgBody`.
    #[serde(rename = "MsgBody", default)]
    pub msg_body: MsgBody,
    /// `CloudCustomData`.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
}

impl RoamMsg {
    /// Whether the message was recalled (`MsgFlagBits` 8).
    pub fn is_recalled(&self) -> bool {
        self.msg_flag_bits == Some(8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page's paging example: the first reply is not complete, so the
    /// next request is the page's "continued pulling request"; the second
    /// reply is complete.
    #[test]
    fn pages_like_the_page_example() {
        let first: AdminGetroammsgRequest =
            serde_json::from_str(include_str!("../../samples/openim/admin_getroammsg/request.json")).unwrap();
        let reply: AdminGetroammsgResponse = serde_json::from_str(include_str!(
            "../../samples/openim/admin_getroammsg/response.clean.json"
        ))
        .unwrap();
        let expected: AdminGetroammsgRequest =
            serde_json::from_str(include_str!("../../samples/openim/admin_getroammsg/request-2.json")).unwrap();
        let next = first.next_request(&reply).expect("Complete is 0: another page");
        assert_eq!(next, expected);
        assert_eq!(next.min_time, first.min_time);
        let last: AdminGetroammsgResponse = serde_json::from_str(include_str!(
            "../../samples/openim/admin_getroammsg/response-2.clean.json"
        ))
        .unwrap();
        assert_eq!(next.next_request(&last), None);
    }

    #[test]
    fn an_incomplete_reply_without_a_cursor_or_that_repeats_ends_paging() {
        let first = AdminGetroammsgRequest::new("a", "b", 10, 0, 100);
        let mut reply = AdminGetroammsgResponse {
            complete: Some(0),
            ..AdminGetroammsgResponse::default()
        };
        assert_eq!(first.next_request(&reply), None);
        reply.last_msg_time = Some(50);
        reply.last_msg_key = Some(MsgKey::new("1_2_50"));
        let second = first.next_request(&reply).unwrap();
        assert_eq!(
            (second.max_time, second.last_msg_key.clone()),
            (50, Some(MsgKey::new("1_2_50")))
        );
        assert_eq!(second.next_request(&reply), None, "the same cursor again ends paging");
    }
}
