//! `v4/group_open_http_svc/clear_group_attr`: remove every custom attribute of a group.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::validation::ValidationError;

/// The request of `clear_group_attr`: the group's ID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClearGroupAttrRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
}

impl ClearGroupAttrRequest {
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
