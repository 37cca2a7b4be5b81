//! `v4/group_open_http_svc/modify_group_base_info`: change a group's profile.

use serde::{Deserialize, Serialize};

use super::checks;
use super::types::{AppDefinedData, JoinOption, MuteAll};
use crate::limits::CHAT_GROUP_NAME_MAX_BYTES;
use crate::validation::{check, ValidationError};

/// The request of `modify_group_base_info`: the fields given are changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ModifyGroupBaseInfoRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Name`: 1 to 30 bytes.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `Introduction`: at most 240 bytes.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// `Notification`: at most 300 bytes.
    #[serde(rename = "Notification", default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<String>,
    /// `FaceUrl`: at most 100 bytes.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// `MaxMemberNum`.
    #[serde(rename = "MaxMemberNum", default, skip_serializing_if = "Option::is_none")]
    pub max_member_num: Option<u32>,
    /// `ApplyJoinOption`.
    #[serde(rename = "ApplyJoinOption", default, skip_serializing_if = "Option::is_none")]
    pub apply_join_option: Option<JoinOption>,
    /// `InviteJoinOption`.
    #[serde(rename = "InviteJoinOption", default, skip_serializing_if = "Option::is_none")]
    pub invite_join_option: Option<JoinOption>,
    /// `MuteAllMember`: mute or unmute the whole group (older pages:
    /// `ShutUpAllMember`, still accepted).
    #[serde(
        rename = "MuteAllMember",
        alias = "ShutUpAllMember",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mute_all_member: Option<MuteAll>,
    /// `AppDefinedData`: custom fields to set (an empty value deletes one).
    #[serde(rename = "AppDefinedData", default, skip_serializing_if = "Option::is_none")]
    pub app_defined_data: Option<Vec<AppDefinedData>>,
}

impl ModifyGroupBaseInfoRequest {
    /// A request changing nothing yet.
    pub fn new(group_id: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            name: None,
            introduction: None,
            notification: None,
            face_url: None,
            max_member_num: None,
            apply_join_option: None,
            invite_join_option: None,
            mute_all_member: None,
            app_defined_data: None,
        }
    }

    /// Rename the group.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Mute or unmute everyone.
    pub fn mute_all(mut self, on: bool) -> Self {
        self.mute_all_member = Some(if on { MuteAll::On } else { MuteAll::Off });
        self
    }

    /// Checks: `GroupId` not empty; `Name` 1 to 30 bytes; `Introduction` at
    /// most 240, `Notification` 300, `FaceUrl` 100 bytes; custom keys not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        if let Some(name) = &self.name {
            check::text(|| "Name".into(), name, CHAT_GROUP_NAME_MAX_BYTES)?;
        }
        checks::profile_texts(
            self.introduction.as_deref(),
            self.notification.as_deref(),
            self.face_url.as_deref(),
        )?;
        checks::defined_data("AppDefinedData", self.app_defined_data.as_deref())
    }
}
