//! `v4/group_open_http_svc/change_group_owner`: hand a group to a new owner.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::validation::ValidationError;

/// The request of `change_group_owner`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChangeGroupOwnerRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `NewOwner_Account`: a member of the group.
    #[serde(rename = "NewOwner_Account")]
    pub new_owner_account: String,
}

impl ChangeGroupOwnerRequest {
    /// Make `new_owner` the owner of `group_id`.
    pub fn new(group_id: impl Into<String>, new_owner: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            new_owner_account: new_owner.into(),
        }
    }

    /// Checks: `GroupId` not empty; `NewOwner_Account` 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        checks::user_id(|| "NewOwner_Account".into(), &self.new_owner_account)
    }
}
