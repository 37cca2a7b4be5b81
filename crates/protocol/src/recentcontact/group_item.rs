//! Objects several contact-group replies share.

use serde::{Deserialize, Serialize};

use crate::{Conversation, ErrorCode};

/// A conversation group: `{"GroupName": .., "GroupId": ..}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupItem {
    /// `GroupName`.
    #[serde(rename = "GroupName")]
    pub group_name: String,
    /// `GroupId`: assigned by the service.
    #[serde(rename = "GroupId")]
    pub group_id: u64,
}

impl GroupItem {
    /// A group item.
    pub fn new(group_name: impl Into<String>, group_id: u64) -> Self {
        Self {
            group_name: group_name.into(),
            group_id,
        }
    }
}

/// The outcome for one conversation: `ContactItem`, `ResultCode`, `ResultInfo`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ContactResult {
    /// `ContactItem`: the conversation.
    #[serde(rename = "ContactItem")]
    pub conversation: Conversation,
    /// `ResultCode`: 0 on success.
    #[serde(rename = "ResultCode", default)]
    pub result_code: ErrorCode,
    /// `ResultInfo`: the reason for a failure; empty on success.
    #[serde(rename = "ResultInfo", default)]
    pub result_info: String,
}

impl ContactResult {
    /// An outcome.
    pub fn new(conversation: Conversation, result_code: ErrorCode, result_info: impl Into<String>) -> Self {
        Self {
            conversation,
            result_code,
            result_info: result_info.into(),
        }
    }
}

/// A conversation with its group and mark data, as `get_contact_group` and
/// `search_contact_group` return it. Unset marks and an empty group list are
/// omitted on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ContactInfo {
    /// `Type` and `To_Account` or `ToGroupId`.
    #[serde(flatten)]
    pub conversation: Conversation,
    /// `StandardMark`: the standard-mark bits as a string of `0` and `1`.
    #[serde(rename = "StandardMark", default, skip_serializing_if = "Option::is_none")]
    pub standard_mark: Option<String>,
    /// `CustomMark`.
    #[serde(rename = "CustomMark", default, skip_serializing_if = "Option::is_none")]
    pub custom_mark: Option<String>,
    /// `ContactGroupId`: the IDs of the groups holding this conversation.
    #[serde(rename = "ContactGroupId", default, skip_serializing_if = "Vec::is_empty")]
    pub contact_group_ids: Vec<u64>,
    /// `Timestamp`: when its group or mark data last changed (Unix seconds).
    #[serde(rename = "Timestamp", default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}

impl ContactInfo {
    /// A conversation with no marks and no groups.
    pub fn new(conversation: Conversation) -> Self {
        Self {
            conversation,
            standard_mark: None,
            custom_mark: None,
            contact_group_ids: Vec::new(),
            timestamp: None,
        }
    }
}
