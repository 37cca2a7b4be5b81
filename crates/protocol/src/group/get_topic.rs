//! `v4/million_group_open_http_svc/get_topic`: read the profiles of a
//! Community's topics, with a member's own state in each.

use serde::{Deserialize, Serialize};

use super::checks;
use super::topic::{TopicInfo, TopicSelfInfo};
use crate::validation::ValidationError;
use crate::{Envelope, ErrorCode};

/// The request of `get_topic` (<https://www.tencentcloud.com/document/product/1047/49469>).
///
/// ```
/// use tim_protocol::group::GetTopicRequest;
///
/// let request = GetTopicRequest::new("@TGS#_@TGS#cQVLVHIM62CJ", "1400187352")
///     .topics(["@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5"])
///     .response_filter(["TopicName", "FaceUrl"]);
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetTopicRequest {
    /// `GroupId`: the Community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `From_Account`: the member whose own state (`SelfInfo`) is read;
    /// required by the field table.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `TopicIdList`: the topics to read; all of the group's when absent.
    #[serde(rename = "TopicIdList", default, skip_serializing_if = "Option::is_none")]
    pub topic_id_list: Option<Vec<String>>,
    /// `ResponseFilter`: the `TopicInfo` fields to return (e.g.
    /// `TopicName`, `FaceUrl`); all when absent.
    #[serde(rename = "ResponseFilter", default, skip_serializing_if = "Option::is_none")]
    pub response_filter: Option<Vec<String>>,
}

impl GetTopicRequest {
    /// Every topic of `group_id`, with `from`'s own state in each.
    pub fn new(group_id: impl Into<String>, from: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            from_account: from.into(),
            topic_id_list: None,
            response_filter: None,
        }
    }

    /// Only these topics.
    pub fn topics(mut self, topic_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.topic_id_list = Some(topic_ids.into_iter().map(Into::into).collect());
        self
    }

    /// Only these `TopicInfo` fields.
    pub fn response_filter(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.response_filter = Some(fields.into_iter().map(Into::into).collect());
        self
    }

    /// Checks: `GroupId` not empty; `From_Account` 1 to 32 bytes; each
    /// listed topic ID and filter field not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        checks::user_id(|| "From_Account".into(), &self.from_account)?;
        for (index, id) in self.topic_id_list.as_deref().unwrap_or_default().iter().enumerate() {
            checks::group_id(&format!("TopicIdList[{index}]"), id)?;
        }
        for (index, field) in self.response_filter.as_deref().unwrap_or_default().iter().enumerate() {
            checks::group_id(&format!("ResponseFilter[{index}]"), field)?;
        }
        Ok(())
    }
}

/// One `TopicAndSelfInfo` entry: a topic's profile and the member's state
/// in it, or the error for that topic.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TopicAndSelfInfo {
    /// `ErrorCode`: this topic's outcome (the reply's own code says
    /// nothing about the topics, the page warns).
    #[serde(rename = "ErrorCode", default)]
    pub error_code: ErrorCode,
    /// `ErrorInfo`.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
    /// `SelfInfo`: the member's state in the topic.
    #[serde(rename = "SelfInfo", default, skip_serializing_if = "Option::is_none")]
    pub self_info: Option<TopicSelfInfo>,
    /// `TopicInfo`: the topic's profile.
    #[serde(rename = "TopicInfo", default, skip_serializing_if = "Option::is_none")]
    pub topic_info: Option<TopicInfo>,
}

impl TopicAndSelfInfo {
    /// A topic read successfully.
    pub fn new(topic_info: TopicInfo, self_info: TopicSelfInfo) -> Self {
        Self {
            error_code: ErrorCode::Success,
            error_info: Some("ok".into()),
            self_info: Some(self_info),
            topic_info: Some(topic_info),
        }
    }
}

/// The reply of `get_topic`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetTopicResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `TopicAndSelfInfo`: one entry per topic.
    #[serde(rename = "TopicAndSelfInfo", default, skip_serializing_if = "Option::is_none")]
    pub topic_and_self_info: Option<Vec<TopicAndSelfInfo>>,
}

crate::macros::response!(GetTopicResponse);

impl GetTopicResponse {
    /// A successful reply with these topics.
    pub fn new(topics: impl IntoIterator<Item = TopicAndSelfInfo>) -> Self {
        Self {
            envelope: Envelope::ok(),
            topic_and_self_info: Some(topics.into_iter().collect()),
        }
    }
}
