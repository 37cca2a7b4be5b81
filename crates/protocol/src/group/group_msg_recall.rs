//! `v4/group_open_http_svc/group_msg_recall`: recall up to 10 group messages.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::GROUP_MSG_RECALL_MAX;
use crate::validation::{check, ValidationError};
use crate::{Envelope, ErrorCode};

/// One `MsgSeqList` item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MsgSeqItem {
    /// `MsgSeq`.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
}

impl MsgSeqItem {
    /// The entry for message `msg_seq`.
    pub fn new(msg_seq: u64) -> Self {
        Self { msg_seq }
    }
}

/// The request of `group_msg_recall`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupMsgRecallRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `MsgSeqList`: 1 to 10 messages.
    #[serde(rename = "MsgSeqList")]
    pub msg_seq_list: Vec<MsgSeqItem>,
    /// `Reason`.
    #[serde(rename = "Reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `TopicId`: one topic of a Community.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

impl GroupMsgRecallRequest {
    /// Recall the messages `seqs` of `group_id`.
    pub fn new(group_id: impl Into<String>, seqs: impl IntoIterator<Item = u64>) -> Self {
        Self {
            group_id: group_id.into(),
            msg_seq_list: seqs.into_iter().map(|msg_seq| MsgSeqItem { msg_seq }).collect(),
            reason: None,
            topic_id: None,
        }
    }

    /// Checks: `GroupId` not empty; 1 to 10 messages.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        check::count("MsgSeqList", self.msg_seq_list.len(), 1, GROUP_MSG_RECALL_MAX, None)
    }
}

/// One `RecallRetList` item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RecallResult {
    /// `MsgSeq`.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// `RetCode`: 0 when recalled.
    #[serde(rename = "RetCode")]
    pub ret_code: ErrorCode,
}

impl RecallResult {
    /// The outcome `ret_code` of recalling message `msg_seq` (0: recalled).
    pub fn new(msg_seq: u64, ret_code: ErrorCode) -> Self {
        Self { msg_seq, ret_code }
    }
}

/// The reply of `group_msg_recall`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupMsgRecallResponse {
    /// `RecallRetList`.
    #[serde(rename = "RecallRetList", default, skip_serializing_if = "Option::is_none")]
    pub recall_ret_list: Option<Vec<RecallResult>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GroupMsgRecallResponse);
