//! `v4/group_open_http_svc/send_group_system_notification`: a system notice
//! to all or some members. Its body is a plain string, not a message body.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::GROUP_ACCOUNTS_PER_REQUEST_MAX;
use crate::validation::{Rule, ValidationError};

/// The request of `send_group_system_notification`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SendGroupSystemNotificationRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `ToMembers_Account`: at most 500 recipients; absent or empty means everyone.
    #[serde(rename = "ToMembers_Account", default, skip_serializing_if = "Option::is_none")]
    pub to_members_account: Option<Vec<String>>,
    /// `Content`: the notice, not empty.
    #[serde(rename = "Content")]
    pub content: String,
    /// `TopicId`: one topic of a Community.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

impl SendGroupSystemNotificationRequest {
    /// A notice to every member.
    pub fn to_all(group_id: impl Into<String>, content: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            to_members_account: None,
            content: content.into(),
            topic_id: None,
        }
    }

    /// Checks: `GroupId` and `Content` not empty; at most 500 recipients of 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        if let Some(to) = &self.to_members_account {
            checks::user_ids(
                "ToMembers_Account",
                to.iter().map(String::as_str),
                0,
                GROUP_ACCOUNTS_PER_REQUEST_MAX,
            )?;
        }
        if self.content.is_empty() {
            return Err(ValidationError::new("Content", Rule::NotEmpty));
        }
        Ok(())
    }
}
