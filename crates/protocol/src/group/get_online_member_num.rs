//! `v4/group_open_http_svc/get_online_member_num`: count the online members of an audio-video group.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::validation::ValidationError;
use crate::Envelope;

/// The reply of `get_online_member_num`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetOnlineMemberNumResponse {
    /// `OnlineMemberNum`.
    #[serde(rename = "OnlineMemberNum", default, skip_serializing_if = "Option::is_none")]
    pub online_member_num: Option<u64>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetOnlineMemberNumResponse);

/// The request of `get_online_member_num`: the group's ID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetOnlineMemberNumRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
}

impl GetOnlineMemberNumRequest {
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
