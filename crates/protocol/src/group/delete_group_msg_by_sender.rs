//! `v4/group_open_http_svc/delete_group_msg_by_sender`: delete every message one user sent in a group.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::validation::ValidationError;

/// The request of `delete_group_msg_by_sender`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeleteGroupMsgBySenderRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Sender_Account`.
    #[serde(rename = "Sender_Account")]
    pub sender_account: String,
}

impl DeleteGroupMsgBySenderRequest {
    /// Delete `sender`'s messages in `group_id`.
    pub fn new(group_id: impl Into<String>, sender: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            sender_account: sender.into(),
        }
    }

    /// Checks: `GroupId` not empty; `Sender_Account` 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        checks::user_id(|| "Sender_Account".into(), &self.sender_account)
    }
}
