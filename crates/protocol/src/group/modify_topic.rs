//! `v4/million_group_open_http_svc/modify_topic`: change a topic's profile.

use serde::{Deserialize, Serialize};

use super::checks;
use super::topic::{self, TopicTexts};
use super::types::MuteAll;
use crate::validation::ValidationError;

/// The request of `modify_topic` (<https://trtc.io/document/49468>): the
/// fields to change; absent fields stay as they are.
///
/// ```
/// use tim_protocol::group::{ModifyTopicRequest, MuteAll};
///
/// let mut request = ModifyTopicRequest::new(
///     "@TGS#_@TGS#cQVLVHIM62CJ",
///     "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5",
/// )
/// .topic_name("TestTopicName");
/// request.mute_all_member = Some(MuteAll::On);
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ModifyTopicRequest {
    /// `GroupId`: the Community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `TopicId`: the topic.
    #[serde(rename = "TopicId")]
    pub topic_id: String,
    /// `From_Account`: the member making the change.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// `TopicName`: 1 to 30 bytes.
    #[serde(rename = "TopicName", default, skip_serializing_if = "Option::is_none")]
    pub topic_name: Option<String>,
    /// `FaceUrl`: at most 100 bytes.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// `Notification`: at most 300 bytes.
    #[serde(rename = "Notification", default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<String>,
    /// `Introduction`: at most 240 bytes.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// `MuteAllMember`: `On` lets only the owner, admins and the app admin speak.
    #[serde(rename = "MuteAllMember", default, skip_serializing_if = "Option::is_none")]
    pub mute_all_member: Option<MuteAll>,
    /// `CustomString`: at most 3000 bytes.
    #[serde(rename = "CustomString", default, skip_serializing_if = "Option::is_none")]
    pub custom_string: Option<String>,
}

impl ModifyTopicRequest {
    /// A change of `topic_id` in `group_id`; set the fields to change.
    pub fn new(group_id: impl Into<String>, topic_id: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            topic_id: topic_id.into(),
            from_account: None,
            topic_name: None,
            face_url: None,
            notification: None,
            introduction: None,
            mute_all_member: None,
            custom_string: None,
        }
    }

    /// Rename the topic.
    pub fn topic_name(mut self, name: impl Into<String>) -> Self {
        self.topic_name = Some(name.into());
        self
    }

    /// Checks: `GroupId` and `TopicId` not empty; `From_Account` 1 to 32
    /// bytes; `TopicName` 1 to 30 bytes; the texts within their limits.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        checks::group_id("TopicId", &self.topic_id)?;
        if let Some(from) = &self.from_account {
            checks::user_id(|| "From_Account".into(), from)?;
        }
        if let Some(name) = &self.topic_name {
            topic::topic_name(name)?;
        }
        TopicTexts {
            custom_string: self.custom_string.as_deref(),
            face_url: self.face_url.as_deref(),
            notification: self.notification.as_deref(),
            introduction: self.introduction.as_deref(),
        }
        .check()
    }
}
