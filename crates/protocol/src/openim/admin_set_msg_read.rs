//! `v4/openim/admin_set_msg_read`: mark a one-to-one conversation read.

use serde::{Deserialize, Serialize};

use super::check_user_id;
use crate::validation::ValidationError;

/// The request of `admin_set_msg_read` (the "Marking One-to-One Messages as Read" page).
///
/// Idempotent: it sets "read up to a time"; repeating it changes nothing.
/// (Without `MsgReadTime` the service uses the current time, so a later
/// repeat may mark newer messages read too.)
///
/// ```
/// use tim_protocol::openim::AdminSetMsgReadRequest;
///
/// let request = AdminSetMsgReadRequest::new("test1", "test2");
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"Report_Account": "test1", "Peer_Account": "test2"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AdminSetMsgReadRequest {
    /// `Report_Account`: the user who read the messages.
    #[serde(rename = "Report_Account")]
    pub report_account: String,
    /// `Peer_Account`: the other side of the conversation.
    #[serde(rename = "Peer_Account")]
    pub peer_account: String,
    /// `MsgReadTime`: messages before this time (seconds) are read; now when absent.
    /// The 2022 description types it as a string; the pages as an integer.
    #[serde(rename = "MsgReadTime", default, skip_serializing_if = "Option::is_none")]
    pub msg_read_time: Option<i64>,
}

impl AdminSetMsgReadRequest {
    /// Mark everything `report` received from `peer` read.
    pub fn new(report: impl Into<String>, peer: impl Into<String>) -> Self {
        Self {
            report_account: report.into(),
            peer_account: peer.into(),
            msg_read_time: None,
        }
    }

    /// Checks: both accounts 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_user_id("Report_Account", &self.report_account)?;
        check_user_id("Peer_Account", &self.peer_account)
    }
}
