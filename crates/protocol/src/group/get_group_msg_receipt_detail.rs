//! `v4/group_open_http_svc/get_group_msg_receipt_detail`: one page of the
//! members who have, or have not, read a group message.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::RECEIPT_DETAIL_COUNT_MAX;
use crate::validation::{Rule, ValidationError};
use crate::{Envelope, Paged};

/// The request of `get_group_msg_receipt_detail`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetGroupMsgReceiptDetailRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `MsgSeq`: the message.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
    /// `Filter`: 0 lists readers, 1 lists members who have not read.
    #[serde(rename = "Filter")]
    pub filter: u8,
    /// `Cursor`: "" first, then the reply's `Cursor`.
    #[serde(rename = "Cursor")]
    pub cursor: String,
    /// `Count`: members per page, 1 to 200.
    #[serde(rename = "Count")]
    pub count: u32,
}

impl GetGroupMsgReceiptDetailRequest {
    /// The first page (`count` members) of the readers of message `msg_seq`.
    pub fn readers(group_id: impl Into<String>, msg_seq: u64, count: u32) -> Self {
        Self {
            group_id: group_id.into(),
            msg_seq: Some(msg_seq),
            filter: 0,
            cursor: String::new(),
            count,
        }
    }

    /// The first page of the members who have not read message `msg_seq`.
    pub fn non_readers(group_id: impl Into<String>, msg_seq: u64, count: u32) -> Self {
        Self {
            filter: 1,
            ..Self::readers(group_id, msg_seq, count)
        }
    }

    /// Checks: `GroupId` not empty; `Filter` 0 or 1; `Count` 1 to 200.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        if self.filter > 1 {
            return Err(ValidationError::new(
                "Filter",
                Rule::UnsupportedValue {
                    value: i64::from(self.filter),
                    expected: "0 (read) or 1 (unread)",
                },
            ));
        }
        if self.count == 0 || self.count > RECEIPT_DETAIL_COUNT_MAX {
            return Err(ValidationError::new(
                "Count",
                Rule::UnsupportedValue {
                    value: i64::from(self.count),
                    expected: "1 to 200",
                },
            ));
        }
        Ok(())
    }
}

/// The next page passes the reply's `Cursor`; the list ends when the reply
/// says `IsFinish: 1` (the field table spells it `IsFinished`; both are read).
///
/// ```
/// use tim_protocol::group::{GetGroupMsgReceiptDetailRequest, GetGroupMsgReceiptDetailResponse};
/// use tim_protocol::Paged;
///
/// let first = GetGroupMsgReceiptDetailRequest::non_readers("@TGS#2TTV7VSII", 1, 5);
/// let reply: GetGroupMsgReceiptDetailResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorCode":0,"Cursor":"144115213529088617","IsFinish":0}"#,
/// ).unwrap();
/// assert_eq!(first.next_request(&reply).map(|next| next.cursor), Some("144115213529088617".into()));
/// let last: GetGroupMsgReceiptDetailResponse =
///     serde_json::from_str(r#"{"ActionStatus":"OK","ErrorCode":0,"Cursor":"0","IsFinish":1}"#).unwrap();
/// assert_eq!(first.next_request(&last), None);
/// ```
impl Paged for GetGroupMsgReceiptDetailRequest {
    fn next_request(&self, reply: &GetGroupMsgReceiptDetailResponse) -> Option<Self> {
        if reply.is_finish != Some(0) {
            return None;
        }
        let cursor = reply
            .cursor
            .as_ref()
            .filter(|cursor| !cursor.is_empty() && **cursor != self.cursor)?;
        Some(Self {
            cursor: cursor.clone(),
            ..self.clone()
        })
    }
}

/// One `ReadList` item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReadAccount {
    /// `Read_Account`.
    #[serde(rename = "Read_Account")]
    pub read_account: String,
}

impl ReadAccount {
    /// The entry for `read_account`.
    pub fn new(read_account: impl Into<String>) -> Self {
        Self {
            read_account: read_account.into(),
        }
    }
}

/// One `UnreadList` item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UnreadAccount {
    /// `Unread_Account`.
    #[serde(rename = "Unread_Account")]
    pub unread_account: String,
}

impl UnreadAccount {
    /// The entry for `unread_account`.
    pub fn new(unread_account: impl Into<String>) -> Self {
        Self {
            unread_account: unread_account.into(),
        }
    }
}

/// The reply of `get_group_msg_receipt_detail`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetGroupMsgReceiptDetailResponse {
    /// `MsgSeq`.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
    /// `IsFinish`: 1 when the list is complete. The samples spell it
    /// `IsFinish`, the field table `IsFinished`; both are read, `IsFinish`
    /// is written.
    #[serde(
        rename = "IsFinish",
        alias = "IsFinished",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_finish: Option<u8>,
    /// `Cursor`: the next request's `Cursor`.
    #[serde(rename = "Cursor", default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// `ReadList` (with `Filter` 0).
    #[serde(rename = "ReadList", default, skip_serializing_if = "Option::is_none")]
    pub read_list: Option<Vec<ReadAccount>>,
    /// `UnreadList` (with `Filter` 1).
    #[serde(rename = "UnreadList", default, skip_serializing_if = "Option::is_none")]
    pub unread_list: Option<Vec<UnreadAccount>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetGroupMsgReceiptDetailResponse);
