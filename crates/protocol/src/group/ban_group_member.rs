//! `v4/group_open_http_svc/ban_group_member`: ban members of an
//! audio-video group for a while (they leave and cannot rejoin until then).

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::{BAN_DESCRIPTION_MAX_BYTES, BAN_MEMBERS_MAX};
use crate::validation::{check, ValidationError};
use crate::ErrorCode;

/// The request of `ban_group_member`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BanGroupMemberRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Members_Account`: 1 to 20 UserIDs.
    #[serde(rename = "Members_Account")]
    pub members_account: Vec<String>,
    /// `Duration`: seconds (a 32-bit unsigned integer).
    #[serde(rename = "Duration")]
    pub duration: u32,
    /// `Description`: at most 1000 bytes.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl BanGroupMemberRequest {
    /// Ban `members` of `group_id` for `duration` seconds.
    pub fn new<S: Into<String>>(
        group_id: impl Into<String>,
        members: impl IntoIterator<Item = S>,
        duration: u32,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            members_account: members.into_iter().map(Into::into).collect(),
            duration,
            description: None,
        }
    }

    /// The ban's reason, shown to the banned.
    pub fn description(mut self, text: impl Into<String>) -> Self {
        self.description = Some(text.into());
        self
    }

    /// Checks: `GroupId` not empty; 1 to 20 UserIDs of 1 to 32 bytes (more
    /// is 10005); `Description` at most 1000 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        ban_members(&self.members_account)?;
        checks::optional_text("Description", self.description.as_deref(), BAN_DESCRIPTION_MAX_BYTES)
    }
}

/// 1 to 20 UserIDs; more is 10005.
pub(crate) fn ban_members(members: &[String]) -> Result<(), ValidationError> {
    check::count(
        "Members_Account",
        members.len(),
        1,
        BAN_MEMBERS_MAX,
        Some(ErrorCode::GroupTooManyMembersInRequest),
    )?;
    checks::user_ids(
        "Members_Account",
        members.iter().map(String::as_str),
        1,
        BAN_MEMBERS_MAX,
    )
}
