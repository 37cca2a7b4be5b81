//! `v4/group_open_http_svc/unban_group_member`: lift bans in an audio-video group.

use serde::{Deserialize, Serialize};

use super::ban_group_member::ban_members;
use super::checks;
use crate::validation::ValidationError;

/// The request of `unban_group_member`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UnbanGroupMemberRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Members_Account`: 1 to 20 UserIDs.
    #[serde(rename = "Members_Account")]
    pub members_account: Vec<String>,
}

impl UnbanGroupMemberRequest {
    /// Unban `members` of `group_id`.
    pub fn new<S: Into<String>>(group_id: impl Into<String>, members: impl IntoIterator<Item = S>) -> Self {
        Self {
            group_id: group_id.into(),
            members_account: members.into_iter().map(Into::into).collect(),
        }
    }

    /// Checks: `GroupId` not empty; 1 to 20 UserIDs of 1 to 32 bytes (more is 10005).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        ban_members(&self.members_account)
    }
}
