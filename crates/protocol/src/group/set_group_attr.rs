//! `v4/group_open_http_svc/set_group_attr`: replace all custom attributes of a group.

use serde::{Deserialize, Serialize};

use super::checks;
use super::modify_group_attr::check_attrs;
use super::types::GroupAttr;
use crate::validation::ValidationError;

/// The request of `set_group_attr`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SetGroupAttrRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `GroupAttr`: 1 to 16 attributes.
    #[serde(rename = "GroupAttr")]
    pub group_attr: Vec<GroupAttr>,
}

impl SetGroupAttrRequest {
    /// The request for `attrs` of `group_id`.
    pub fn new(group_id: impl Into<String>, attrs: impl IntoIterator<Item = GroupAttr>) -> Self {
        Self {
            group_id: group_id.into(),
            group_attr: attrs.into_iter().collect(),
        }
    }

    /// Checks: `GroupId` not empty; 1 to 16 attributes, keys 1 to 32 bytes,
    /// values at most 4000 bytes, all keys and values together at most 16000 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        check_attrs(&self.group_attr)
    }
}
