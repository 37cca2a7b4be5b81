//! `v4/group_open_http_svc/get_role_in_group`: the roles of up to 500 users in a group.

use serde::{Deserialize, Serialize};

use super::checks;
use super::types::MemberRole;
use crate::limits::GROUP_ACCOUNTS_PER_REQUEST_MAX;
use crate::validation::ValidationError;
use crate::Envelope;

/// The request of `get_role_in_group`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetRoleInGroupRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `User_Account`: 1 to 500 UserIDs.
    #[serde(rename = "User_Account")]
    pub user_account: Vec<String>,
}

impl GetRoleInGroupRequest {
    /// The roles of `users` in `group_id`.
    pub fn new<S: Into<String>>(group_id: impl Into<String>, users: impl IntoIterator<Item = S>) -> Self {
        Self {
            group_id: group_id.into(),
            user_account: users.into_iter().map(Into::into).collect(),
        }
    }

    /// Checks: `GroupId` not empty; 1 to 500 UserIDs of 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        checks::user_ids(
            "User_Account",
            self.user_account.iter().map(String::as_str),
            1,
            GROUP_ACCOUNTS_PER_REQUEST_MAX,
        )
    }
}

/// One `UserIdList` item: a user and their role (`NotMember` outside the group).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserRole {
    /// `Member_Account`.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// `Role`.
    #[serde(rename = "Role")]
    pub role: MemberRole,
}

impl UserRole {
    /// `member_account`'s `role` (`NotMember` for a user outside the group).
    pub fn new(member_account: impl Into<String>, role: MemberRole) -> Self {
        Self {
            member_account: member_account.into(),
            role,
        }
    }
}

/// The reply of `get_role_in_group`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetRoleInGroupResponse {
    /// `UserIdList`.
    #[serde(rename = "UserIdList", default, skip_serializing_if = "Option::is_none")]
    pub user_id_list: Option<Vec<UserRole>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetRoleInGroupResponse);
