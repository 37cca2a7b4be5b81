//! `v4/group_open_http_svc/set_topic_permission_group`: change the
//! permissions a Community's permission group has in some topics.

use serde::{Deserialize, Serialize};

use super::permission_group;
use super::topic_permission::TopicPermission;
use crate::limits::TOPIC_PERMISSIONS_PER_REQUEST_MAX;
use crate::validation::{check, ValidationError};

/// The request of `set_topic_permission_group` (<https://trtc.io/document/61237>).
///
/// ```
/// use tim_protocol::group::{SetTopicPermissionGroupRequest, TopicPermission};
///
/// let request = SetTopicPermissionGroupRequest::new(
///     "@TGS#_@TGS#cV6IHIIM62C4",
///     "@PMG#_test_permission_group_with_topic",
///     [TopicPermission::new("@TGS#_@TGS#cV6IHIIM62C4@TOPIC#_@TOPIC#cTEJHIIM62CJ", 123456)],
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SetTopicPermissionGroupRequest {
    /// `GroupId`: the Community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `PermissionGroupId`: the permission group.
    #[serde(rename = "PermissionGroupId")]
    pub permission_group_id: String,
    /// `TopicPermissionList`: the topics and their new permission bits.
    #[serde(rename = "TopicPermissionList")]
    pub topic_permission_list: Vec<TopicPermission>,
}

impl SetTopicPermissionGroupRequest {
    /// Set `permissions` of `permission_group_id` in `group_id`.
    pub fn new(
        group_id: impl Into<String>,
        permission_group_id: impl Into<String>,
        permissions: impl IntoIterator<Item = TopicPermission>,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            permission_group_id: permission_group_id.into(),
            topic_permission_list: permissions.into_iter().collect(),
        }
    }

    /// Checks: `GroupId` and `PermissionGroupId` not empty; 1 to 50 topics,
    /// each `TopicId` not empty. (The stored page text stops before the
    /// field table; the bound of 50 is `add_topic_permission_group`'s,
    /// this crate's choice for the same list.)
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        permission_group::ids(&self.group_id, &self.permission_group_id)?;
        check::count(
            "TopicPermissionList",
            self.topic_permission_list.len(),
            1,
            TOPIC_PERMISSIONS_PER_REQUEST_MAX,
            None,
        )?;
        for (index, entry) in self.topic_permission_list.iter().enumerate() {
            super::checks::group_id(&format!("TopicPermissionList[{index}].TopicId"), &entry.topic_id)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_bounded() {
        let entry = || TopicPermission::new("t", 1);
        assert!(SetTopicPermissionGroupRequest::new("g", "p", [entry()]).check().is_ok());
        assert!(SetTopicPermissionGroupRequest::new("g", "p", []).check().is_err());
        let many = SetTopicPermissionGroupRequest::new("g", "p", std::iter::repeat_with(entry).take(51));
        assert_eq!(many.check().unwrap_err().field(), "TopicPermissionList");
    }
}
