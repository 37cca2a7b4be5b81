//! `v4/group_open_http_svc/group_msg_receipt`: an administrator sends the
//! read receipts of group messages on behalf of one member (marks them read
//! by that member). Not `get_group_msg_receipt`, which reads the counts.
//!
//! Where the facts come from: the official page
//! (<https://cloud.tencent.com/document/product/269/107478>, listed in the
//! project's coverage list) is not among the stored pages. The path, the
//! three field names and the envelope-only reply are taken from
//! doocs/qcloud-im-server-sdk-java (commit 037d260, 2025-03-07:
//! `Group.GROUP_MSG_RECEIPT_COMMAND = "group_msg_receipt"`,
//! `GroupMsgReceiptRequest` with `GroupId`, `From_Account` and
//! `MsgSeqList` of `{"MsgSeq": …}`, `GroupMsgReceiptResult` with the status
//! fields only); its guide adds that the call is for the Premium and
//! Enterprise editions with group read receipts enabled, and that
//! audio-video groups and Communities do not support it. That SDK publishes
//! no JSON sample, so this endpoint has no samples folder.

use serde::{Deserialize, Serialize};

use super::checks;
use super::group_msg_recall::MsgSeqItem;
use crate::validation::{check, ValidationError};

/// The request of `group_msg_receipt`: member `From_Account` of `GroupId`
/// has read the messages `MsgSeqList`.
///
/// The reply is [`crate::EnvelopeOnlyResponse`]. Not idempotent in the
/// table: a receipt is sent to the message's sender each time.
///
/// ```
/// use tim_protocol::group::GroupMsgReceiptRequest;
///
/// let request = GroupMsgReceiptRequest::new("MyFirstGroup", "test1", [123]);
/// assert!(request.validate().is_ok());
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"GroupId": "MyFirstGroup", "From_Account": "test1", "MsgSeqList": [{"MsgSeq": 123}]})
/// );
/// let none = GroupMsgReceiptRequest::new("MyFirstGroup", "test1", []);
/// assert_eq!(none.validate().unwrap_err().field(), "MsgSeqList");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupMsgReceiptRequest {
    /// `GroupId`: the group.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `From_Account`: the member who has read the messages.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `MsgSeqList`: the messages read.
    #[serde(rename = "MsgSeqList")]
    pub msg_seq_list: Vec<MsgSeqItem>,
}

impl GroupMsgReceiptRequest {
    /// `from_account` has read the messages `seqs` of `group_id`.
    pub fn new(
        group_id: impl Into<String>,
        from_account: impl Into<String>,
        seqs: impl IntoIterator<Item = u64>,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            from_account: from_account.into(),
            msg_seq_list: seqs.into_iter().map(MsgSeqItem::new).collect(),
        }
    }

    /// Checks: `GroupId` not empty, `From_Account` a UserID (1 to 32
    /// bytes), at least one message. The sources give no upper bound on
    /// `MsgSeqList`, so none is checked (the same choice as
    /// `get_group_msg_receipt`, whose page gives none either).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        check::user_id(|| "From_Account".to_owned(), &self.from_account)?;
        check::count("MsgSeqList", self.msg_seq_list.len(), 1, usize::MAX, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn every_field_is_checked() {
        let long = "u".repeat(33);
        for (request, field) in [
            (GroupMsgReceiptRequest::new("", "a", [1]), "GroupId"),
            (GroupMsgReceiptRequest::new("g", "", [1]), "From_Account"),
            (GroupMsgReceiptRequest::new("g", long.as_str(), [1]), "From_Account"),
            (GroupMsgReceiptRequest::new("g", "a", []), "MsgSeqList"),
        ] {
            let error = request.validate().unwrap_err();
            assert_eq!(error.field(), field);
            assert_eq!(error.error_code(), Some(ErrorCode::GroupParameterInvalid));
        }
        assert!(GroupMsgReceiptRequest::new("g", "a", [1, 2, 3]).validate().is_ok());
    }
}
