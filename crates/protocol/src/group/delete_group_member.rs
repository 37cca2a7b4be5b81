//! `v4/group_open_http_svc/delete_group_member`: remove up to 100 members.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::DELETE_GROUP_MEMBERS_MAX;
use crate::validation::ValidationError;

/// The request of `delete_group_member`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeleteGroupMemberRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Silence`: 1 removes without notifying the group.
    #[serde(rename = "Silence", default, skip_serializing_if = "Option::is_none")]
    pub silence: Option<u8>,
    /// `Reason`: told to the removed members.
    #[serde(rename = "Reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `MemberToDel_Account`: 1 to 100 UserIDs.
    #[serde(rename = "MemberToDel_Account")]
    pub member_to_del_account: Vec<String>,
}

impl DeleteGroupMemberRequest {
    /// Remove `members` from `group_id`.
    pub fn new<S: Into<String>>(group_id: impl Into<String>, members: impl IntoIterator<Item = S>) -> Self {
        Self {
            group_id: group_id.into(),
            silence: None,
            reason: None,
            member_to_del_account: members.into_iter().map(Into::into).collect(),
        }
    }

    /// Checks: `GroupId` not empty; 1 to 100 UserIDs of 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        checks::user_ids(
            "MemberToDel_Account",
            self.member_to_del_account.iter().map(String::as_str),
            1,
            DELETE_GROUP_MEMBERS_MAX,
        )
    }
}
