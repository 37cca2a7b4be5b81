//! `v4/group_open_http_svc/import_topic`: import a topic's profile into a
//! Community without webhooks or notices (migration). The path is under
//! `group_open_http_svc`, unlike the other topic calls.

use serde::{Deserialize, Serialize};

use super::checks;
use super::topic::{self, TopicTexts};
use super::types::GroupType;
use crate::validation::{Rule, ValidationError};

/// The request of `import_topic` (<https://trtc.io/document/53448>).
/// Not idempotent: without a custom `TopicId` each call imports another
/// topic.
///
/// ```
/// use tim_protocol::group::ImportTopicRequest;
///
/// let request = ImportTopicRequest::new("@TGS#_@TGS#cBZXAIIM62CV", "test_topic3").create_time(1448357837);
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImportTopicRequest {
    /// `Type`: the group's type; only `Community` is supported.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `GroupId`: the Community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `TopicId`: a custom ID, `GroupId` + `@TOPIC#_` + a part of its own.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
    /// `TopicName`: 1 to 30 bytes (required by the field table; a sample's
    /// comment calls it optional, the table wins).
    #[serde(rename = "TopicName")]
    pub topic_name: String,
    /// `From_Account`: the topic's creator.
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
    /// `CreateTime`: Unix seconds; the request time when absent.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<u64>,
}

impl ImportTopicRequest {
    /// Import a topic named `topic_name` into the Community `group_id`.
    pub fn new(group_id: impl Into<String>, topic_name: impl Into<String>) -> Self {
        Self {
            group_type: None,
            group_id: group_id.into(),
            topic_id: None,
            topic_name: topic_name.into(),
            from_account: None,
            custom_string: None,
            face_url: None,
            notification: None,
            introduction: None,
            create_time: None,
        }
    }

    /// With a custom topic ID.
    pub fn topic_id(mut self, topic_id: impl Into<String>) -> Self {
        self.topic_id = Some(topic_id.into());
        self
    }

    /// Created at `create_time` (Unix seconds).
    pub fn create_time(mut self, create_time: u64) -> Self {
        self.create_time = Some(create_time);
        self
    }

    /// Checks: `Type`, if given, is `Community`; `GroupId` not empty; a
    /// custom `TopicId` extends it with `@TOPIC#_`; `TopicName` 1 to 30
    /// bytes; `From_Account` 1 to 32 bytes; the texts within their limits.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if matches!(&self.group_type, Some(kind) if *kind != GroupType::Community) {
            return Err(ValidationError::new(
                "Type",
                Rule::BadFormat("Community (the only type with topics)"),
            ));
        }
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
