//! `v4/openim/admin_getroammsg`: read the history of a one-to-one conversation.

use serde::{Deserialize, Serialize};

use super::check_user_id;
use crate::message::{MsgBody, MsgKey};
use crate::validation::{Rule, ValidationError};
use crate::Envelope;

/// The request of `admin_getroammsg` (<https://trtc.io/document/35478>).
/// A read: idempotent.
///
/// Pages go backwards in time: when the reply's `Complete` is 0, ask again
/// with [`AdminGetroammsgRequest::next_page`].
///
/// ```
/// use tim_protocol::openim::AdminGetroammsgRequest;
///
/// let first = AdminGetroammsgRequest::new("user2", "user1", 100, 1584669600, 1584673200);
/// let next = first.clone().next_page(1584669680, "549396494_2578554_1584669680".into());
/// assert_eq!(next.max_time, 1584669680);
/// assert!(next.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AdminGetroammsgRequest {
    /// `From_Account`: one side of the conversation.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: the other side.
    #[serde(rename = "To_Account")]
    pub to_account: String,
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
    /// The first page of messages between `from` and `to` in `min_time..=max_time`.
    pub fn new(from: impl Into<String>, to: impl Into<String>, max_cnt: u32, min_time: i64, max_time: i64) -> Self {
        Self {
            from_account: from.into(),
            to_account: to.into(),
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
        check_user_id("From_Account", &self.from_account)?;
        check_user_id("To_Account", &self.to_account)?;
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
