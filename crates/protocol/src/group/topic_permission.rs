//! The shapes the topic-permission calls of a Community's permission groups
//! share: a topic's permission bits and the per-topic outcome.

use crate::Envelope;
use serde::{Deserialize, Serialize};

use crate::ErrorCode;

/// One `TopicPermissionList` entry: a topic and the permission bits a
/// permission group has in it (each bit one permission, as the pages'
/// "Topic Permission Bits" list them; kept as an integer).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TopicPermission {
    /// `TopicId`.
    #[serde(rename = "TopicId")]
    pub topic_id: String,
    /// `Permission`: the permission bits.
    #[serde(rename = "Permission")]
    pub permission: u64,
}

impl TopicPermission {
    /// `permission` bits in `topic_id`.
    pub fn new(topic_id: impl Into<String>, permission: u64) -> Self {
        Self {
            topic_id: topic_id.into(),
            permission,
        }
    }
}

/// One `TopicPermissionResultList` entry: the outcome for one topic, with
/// its permission bits where the call reads them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TopicPermissionResult {
    /// `ErrorCode`: 0 when this topic succeeded.
    #[serde(rename = "ErrorCode", default)]
    pub error_code: ErrorCode,
    /// `ErrorInfo`.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
    /// `TopicId`.
    #[serde(rename = "TopicId")]
    pub topic_id: String,
    /// `Permission`: the permission bits (in `get_topic_permission_group`).
    #[serde(rename = "Permission", default, skip_serializing_if = "Option::is_none")]
    pub permission: Option<u64>,
}

impl TopicPermissionResult {
    /// A success for `topic_id`, with `ErrorInfo` "".
    pub fn ok(topic_id: impl Into<String>) -> Self {
        Self {
            error_code: ErrorCode::Success,
            error_info: Some(String::new()),
            topic_id: topic_id.into(),
            permission: None,
        }
    }

    /// This result with the permission bits `permission`.
    #[must_use]
    pub fn with_permission(mut self, permission: u64) -> Self {
        self.permission = Some(permission);
        self
    }
}

/// The reply of `add_topic_permission_group` and `get_topic_permission_group`:
/// one result per topic.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TopicPermissionResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `TopicPermissionResultList`: one entry per topic, with `Permission`.
    #[serde(
        rename = "TopicPermissionResultList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub topic_permission_result_list: Option<Vec<TopicPermissionResult>>,
}

impl TopicPermissionResponse {
    /// A successful reply with each topic's result.
    pub fn new(results: impl IntoIterator<Item = TopicPermissionResult>) -> Self {
        Self {
            envelope: Envelope::ok(),
            topic_permission_result_list: Some(results.into_iter().collect()),
        }
    }
}

crate::macros::response!(TopicPermissionResponse);
