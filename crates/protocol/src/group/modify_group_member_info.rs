//! `v4/group_open_http_svc/modify_group_member_info`: change one member's role, flag, card or mute.

use serde::{Deserialize, Serialize};

use super::checks;
use super::types::{AppDefinedData, MemberRole, MsgFlag};
use crate::limits::GROUP_NAME_CARD_MAX_BYTES;
use crate::validation::{Rule, ValidationError};

/// The request of `modify_group_member_info`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ModifyGroupMemberInfoRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Member_Account`.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// `Role`: `Admin` or `Member` (set or clear admin).
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<MemberRole>,
    /// `MsgFlag`.
    #[serde(rename = "MsgFlag", default, skip_serializing_if = "Option::is_none")]
    pub msg_flag: Option<MsgFlag>,
    /// `NameCard`: at most 50 bytes.
    #[serde(rename = "NameCard", default, skip_serializing_if = "Option::is_none")]
    pub name_card: Option<String>,
    /// `AppMemberDefinedData`.
    #[serde(rename = "AppMemberDefinedData", default, skip_serializing_if = "Option::is_none")]
    pub app_member_defined_data: Option<Vec<AppDefinedData>>,
    /// `MuteTime`: mute for this many seconds; 0 unmutes (older pages:
    /// `ShutUpTime`, still accepted).
    #[serde(
        rename = "MuteTime",
        alias = "ShutUpTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mute_time: Option<u32>,
}

impl ModifyGroupMemberInfoRequest {
    /// A request changing nothing yet.
    pub fn new(group_id: impl Into<String>, member_account: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            member_account: member_account.into(),
            role: None,
            msg_flag: None,
            name_card: None,
            app_member_defined_data: None,
            mute_time: None,
        }
    }

    /// Set the role.
    pub fn role(mut self, role: MemberRole) -> Self {
        self.role = Some(role);
        self
    }

    /// Checks: `GroupId` not empty; `Member_Account` 1 to 32 bytes; `Role`
    /// only `Admin` or `Member`; `NameCard` at most 50 bytes; custom keys not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        checks::user_id(|| "Member_Account".into(), &self.member_account)?;
        if let Some(role) = &self.role {
            if !matches!(role, MemberRole::Admin | MemberRole::Member) {
                return Err(ValidationError::new("Role", Rule::BadFormat("Admin or Member")));
            }
        }
        checks::optional_text("NameCard", self.name_card.as_deref(), GROUP_NAME_CARD_MAX_BYTES)?;
        checks::defined_data("AppMemberDefinedData", self.app_member_defined_data.as_deref())
    }
}
