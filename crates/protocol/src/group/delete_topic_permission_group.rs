//! `v4/group_open_http_svc/delete_topic_permission_group`: take away the
//! permissions a Community's permission group has in some topics.

use serde::{Deserialize, Serialize};

use super::{checks, permission_group};
use crate::validation::{check, ValidationError};

/// The request of `delete_topic_permission_group` (<https://trtc.io/document/61238>).
///
/// The stored page text stops before its sample; the request is this
/// crate's reading of its siblings: the topics are named by `TopicIdList`,
/// as in `get_topic_permission_group`, and the reply is the same
/// per-topic `TopicPermissionResultList` (`TopicPermissionResponse`).
///
/// ```
/// use tim_protocol::group::DeleteTopicPermissionGroupRequest;
///
/// let request = DeleteTopicPermissionGroupRequest::new(
///     "@TGS#_@TGS#cV6IHIIM62C4",
///     "@PMG#_test_permission_group_with_topic",
///     ["@TGS#_@TGS#cV6IHIIM62C4@TOPIC#_@TOPIC#cTEJHIIM62CJ"],
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeleteTopicPermissionGroupRequest {
    /// `GroupId`: the Community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `PermissionGroupId`: the permission group.
    #[serde(rename = "PermissionGroupId")]
    pub permission_group_id: String,
    /// `TopicIdList`: the topics whose permissions go.
    #[serde(rename = "TopicIdList")]
    pub topic_id_list: Vec<String>,
}

impl DeleteTopicPermissionGroupRequest {
    /// Take away the permissions of `permission_group_id` in `topic_ids`.
    pub fn new(
        group_id: impl Into<String>,
        permission_group_id: impl Into<String>,
        topic_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            permission_group_id: permission_group_id.into(),
            topic_id_list: topic_ids.into_iter().map(Into::into).collect(),
        }
    }

    /// Checks: `GroupId` and `PermissionGroupId` not empty; at least one
    /// topic, each ID not empty (no upper bound is known).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        permission_group::ids(&self.group_id, &self.permission_group_id)?;
        check::count("TopicIdList", self.topic_id_list.len(), 1, usize::MAX, None)?;
        for (index, id) in self.topic_id_list.iter().enumerate() {
            checks::group_id(&format!("TopicIdList[{index}]"), id)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_are_required() {
        assert!(DeleteTopicPermissionGroupRequest::new("g", "p", ["t"]).check().is_ok());
        let none: [&str; 0] = [];
        assert!(DeleteTopicPermissionGroupRequest::new("g", "p", none).check().is_err());
        let error = DeleteTopicPermissionGroupRequest::new("g", "p", ["t", ""])
            .check()
            .unwrap_err();
        assert_eq!(error.field(), "TopicIdList[1]");
    }
}
