//! `v4/group_open_http_svc/get_group_msg_receipt`: read and unread counts
//! of group messages (read receipts must be enabled in the console).

use serde::{Deserialize, Serialize};

use super::checks;
use super::group_msg_recall::MsgSeqItem;
use crate::validation::{check, ValidationError};
use crate::Envelope;

/// The request of `get_group_msg_receipt`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetGroupMsgReceiptRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `MsgSeqList`: the messages.
    #[serde(rename = "MsgSeqList")]
    pub msg_seq_list: Vec<MsgSeqItem>,
}

impl GetGroupMsgReceiptRequest {
    /// The receipts of the messages `seqs` of `group_id`.
    pub fn new(group_id: impl Into<String>, seqs: impl IntoIterator<Item = u64>) -> Self {
        Self {
            group_id: group_id.into(),
            msg_seq_list: seqs.into_iter().map(|msg_seq| MsgSeqItem { msg_seq }).collect(),
        }
    }

    /// Checks: `GroupId` not empty; at least one message (the page gives no
    /// upper bound, so none is checked).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        check::count("MsgSeqList", self.msg_seq_list.len(), 1, usize::MAX, None)
    }
}

/// One `GroupMsgReceiptList` item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupMsgReceipt {
    /// `MsgSeq`.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// `Code`: 0, or why this message has no receipt (10062: none exists).
    #[serde(rename = "Code", default, skip_serializing_if = "Option::is_none")]
    pub code: Option<i64>,
    /// `ReadNum`: members who have read the message.
    #[serde(rename = "ReadNum", default, skip_serializing_if = "Option::is_none")]
    pub read_num: Option<u64>,
    /// `UnreadNum`: members who have not.
    #[serde(rename = "UnreadNum", default, skip_serializing_if = "Option::is_none")]
    pub unread_num: Option<u64>,
}

impl GroupMsgReceipt {
    /// The counts of message `msg_seq` (`Code` 0).
    pub fn new(msg_seq: u64, read_num: u64, unread_num: u64) -> Self {
        Self {
            msg_seq,
            code: Some(0),
            read_num: Some(read_num),
            unread_num: Some(unread_num),
        }
    }

    /// Message `msg_seq` has no receipt: `code` says why (10062: none exists).
    pub fn failed(msg_seq: u64, code: i64) -> Self {
        Self {
            msg_seq,
            code: Some(code),
            read_num: None,
            unread_num: None,
        }
    }
}

/// The reply of `get_group_msg_receipt`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetGroupMsgReceiptResponse {
    /// `GroupMsgReceiptList`.
    #[serde(rename = "GroupMsgReceiptList", default, skip_serializing_if = "Option::is_none")]
    pub group_msg_receipt_list: Option<Vec<GroupMsgReceipt>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetGroupMsgReceiptResponse);
