//! `v4/group_open_http_svc/import_group`: import a group's profile (no
//! webhooks, no notifications), for migrations.

use serde::{Deserialize, Serialize};

use super::create_group::check_profile;
use super::types::{AppDefinedData, GroupType, JoinOption};
use crate::validation::{Rule, ValidationError};
use crate::{Envelope, ErrorCode};

/// The request of `import_group`: `create_group`'s profile fields plus the
/// creation time, without members. AVChatRoom groups cannot be imported (10007).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImportGroupRequest {
    /// `Owner_Account`.
    #[serde(rename = "Owner_Account", default, skip_serializing_if = "Option::is_none")]
    pub owner_account: Option<String>,
    /// `Type`.
    #[serde(rename = "Type")]
    pub kind: GroupType,
    /// `GroupId`: a custom ID.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `Name`: 1 to 30 bytes.
    #[serde(rename = "Name")]
    pub name: String,
    /// `Introduction`: at most 240 bytes.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// `Notification`: at most 300 bytes.
    #[serde(rename = "Notification", default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<String>,
    /// `FaceUrl`: at most 100 bytes.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// `MaxMemberCount`.
    #[serde(rename = "MaxMemberCount", default, skip_serializing_if = "Option::is_none")]
    pub max_member_count: Option<u32>,
    /// `ApplyJoinOption`.
    #[serde(rename = "ApplyJoinOption", default, skip_serializing_if = "Option::is_none")]
    pub apply_join_option: Option<JoinOption>,
    /// `AppDefinedData`.
    #[serde(rename = "AppDefinedData", default, skip_serializing_if = "Option::is_none")]
    pub app_defined_data: Option<Vec<AppDefinedData>>,
    /// `CreateTime`: Unix seconds; absent means now.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<u64>,
    /// `SupportTopic`: 1 for a Community with topics.
    #[serde(rename = "SupportTopic", default, skip_serializing_if = "Option::is_none")]
    pub support_topic: Option<u8>,
}

impl ImportGroupRequest {
    /// Import a group of `kind` named `name`.
    pub fn new(kind: GroupType, name: impl Into<String>) -> Self {
        Self {
            owner_account: None,
            kind,
            group_id: None,
            name: name.into(),
            introduction: None,
            notification: None,
            face_url: None,
            max_member_count: None,
            apply_join_option: None,
            app_defined_data: None,
            create_time: None,
            support_topic: None,
        }
    }

    /// Checks `create_group`'s profile rules, and that the type is not AVChatRoom (10007).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if self.kind == GroupType::AvChatRoom {
            return Err(
                ValidationError::new("Type", Rule::BadFormat("a type other than AVChatRoom"))
                    .with_code(ErrorCode::GroupPermissionDenied),
            );
        }
        check_profile(
            &self.owner_account,
            &self.kind,
            self.group_id.as_deref(),
            &self.name,
            [
                self.introduction.as_deref(),
                self.notification.as_deref(),
                self.face_url.as_deref(),
            ],
            self.app_defined_data.as_deref(),
        )
    }
}

/// The reply of `import_group`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImportGroupResponse {
    /// `GroupId`.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(ImportGroupResponse);
