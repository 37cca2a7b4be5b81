//! `v4/million_group_open_http_svc/destroy_topic`: delete topics of a
//! Community. A deleted topic cannot be recovered.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::validation::{check, ValidationError};
use crate::{Envelope, ErrorCode};

/// The request of `destroy_topic` (<https://intl.cloud.tencent.com/document/product/1047/49470>).
///
/// ```
/// use tim_protocol::group::DestroyTopicRequest;
///
/// let request = DestroyTopicRequest::new("@TGS#_@TGS#cQVLVHIM62CJ", ["@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic"]);
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DestroyTopicRequest {
    /// `GroupId`: the Community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `TopicIdList`: the topics to delete.
    #[serde(rename = "TopicIdList")]
    pub topic_id_list: Vec<String>,
}

impl DestroyTopicRequest {
    /// Delete `topic_ids` of the Community `group_id`.
    pub fn new(group_id: impl Into<String>, topic_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            group_id: group_id.into(),
            topic_id_list: topic_ids.into_iter().map(Into::into).collect(),
        }
    }

    /// Checks: `GroupId` not empty; at least one topic, each ID not empty.
    /// (The page gives no upper bound on the list.)
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        check::count("TopicIdList", self.topic_id_list.len(), 1, usize::MAX, None)?;
        for (index, id) in self.topic_id_list.iter().enumerate() {
            checks::group_id(&format!("TopicIdList[{index}]"), id)?;
        }
        Ok(())
    }
}

/// One `DestroyResultItem` entry: the outcome for one topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DestroyTopicResult {
    /// `ErrorCode`: 0, or e.g. 110003 for a topic already deleted.
    #[serde(rename = "ErrorCode", default)]
    pub error_code: ErrorCode,
    /// `ErrorInfo`.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
    /// `TopicId`.
    #[serde(rename = "TopicId")]
    pub topic_id: String,
}

impl DestroyTopicResult {
    /// The outcome `error_code` for `topic_id`, with `ErrorInfo` "ok" on success.
    pub fn new(topic_id: impl Into<String>, error_code: ErrorCode, error_info: impl Into<String>) -> Self {
        Self {
            error_code,
            error_info: Some(error_info.into()),
            topic_id: topic_id.into(),
        }
    }
}

/// The reply of `destroy_topic`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DestroyTopicResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `DestroyResultItem`: one entry per topic.
    #[serde(rename = "DestroyResultItem", default, skip_serializing_if = "Option::is_none")]
    pub destroy_result_item: Option<Vec<DestroyTopicResult>>,
}

crate::macros::response!(DestroyTopicResponse);

impl DestroyTopicResponse {
    /// A successful reply with the outcome of each topic.
    pub fn new(results: impl IntoIterator<Item = DestroyTopicResult>) -> Self {
        Self {
            envelope: Envelope::ok(),
            destroy_result_item: Some(results.into_iter().collect()),
        }
    }
}
