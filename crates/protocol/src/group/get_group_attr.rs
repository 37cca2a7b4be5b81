//! `v4/group_open_attr_http_svc/get_group_attr`: read the custom attributes of a group.

use serde::{Deserialize, Serialize};

use super::checks;
use super::types::GroupAttr;
use crate::validation::ValidationError;
use crate::Envelope;

/// The reply of `get_group_attr`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetGroupAttrResponse {
    /// `GroupAttrAry`: the attributes.
    #[serde(rename = "GroupAttrAry", default, skip_serializing_if = "Option::is_none")]
    pub group_attr_ary: Option<Vec<GroupAttr>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetGroupAttrResponse);

/// The request of `get_group_attr`: the group's ID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetGroupAttrRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
}

impl GetGroupAttrRequest {
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
