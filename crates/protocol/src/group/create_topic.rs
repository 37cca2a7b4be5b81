//! `v4/million_group_open_http_svc/create_topic`: create a topic in a
//! topic-enabled Community.

use serde::{Deserialize, Serialize};

use super::checks;
use super::topic::{self, TopicTexts};
use crate::validation::ValidationError;

/// The request of `create_topic` (<https://intl.cloud.tencent.com/document/product/1047/49471>).
/// Not idempotent: without a custom `TopicId` each call creates another
/// topic (with one, a repeat fails with 10021).
///
/// ```
/// use tim_protocol::group::CreateTopicRequest;
///
/// let request = CreateTopicRequest::new("@TGS#_@TGS#cQVLVHIM62CJ", "TestTopic")
///     .topic_id("@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic");
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateTopicRequest {
    /// `GroupId`: the Community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `TopicId`: a custom ID, `GroupId` + `@TOPIC#_` + a part of its own.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
    /// `TopicName`: 1 to 30 bytes.
    #[serde(rename = "TopicName")]
    pub topic_name: String,
    /// `From_Account`: the member creating the topic.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// `CustomString`: at most 3000 bytes.
    #[serde(rename = "CustomString", default, skip_serializing_if = "Option::is_none")]
    pub custom_string: Option<String>,
    /// `FaceUrl`: at most 100 bytes.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// `Notification`: at most 300 bytes.
    #[serde(rename = "Notification", default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<String>,
    /// `Introduction`: at most 240 bytes.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
}

impl CreateTopicRequest {
    /// A topic named `topic_name` in the Community `group_id`.
    pub fn new(group_id: impl Into<String>, topic_name: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            topic_id: None,
            topic_name: topic_name.into(),
            from_account: None,
            custom_string: None,
            face_url: None,
            notification: None,
            introduction: None,
        }
    }

    /// With a custom topic ID.
    pub fn topic_id(mut self, topic_id: impl Into<String>) -> Self {
        self.topic_id = Some(topic_id.into());
        self
    }

    /// Created by member `from`.
    pub fn from(mut self, from: impl Into<String>) -> Self {
        self.from_account = Some(from.into());
        self
    }

    /// With a custom string.
    pub fn custom_string(mut self, value: impl Into<String>) -> Self {
        self.custom_string = Some(value.into());
        self
    }

    /// Checks: `GroupId` not empty; a custom `TopicId` extends it with
    /// `@TOPIC#_`; `TopicName` 1 to 30 bytes; `From_Account` 1 to 32 bytes;
    /// the texts within their limits.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        if let Some(topic_id) = &self.topic_id {
            topic::custom_topic_id(&self.group_id, topic_id)?;
        }
        topic::topic_name(&self.topic_name)?;
        if let Some(from) = &self.from_account {
            checks::user_id(|| "From_Account".into(), from)?;
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
