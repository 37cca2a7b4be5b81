//! `v4/group_open_http_svc/destroy_group`: disband a group.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::validation::ValidationError;

/// The request of `destroy_group`: the group's ID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DestroyGroupRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
}

impl DestroyGroupRequest {
    /// The request for `group_id`.
    pub fn new(group_id: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
        }
    }

    /// Checks: `GroupId` not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)
    }
}
