//! `v4/group_open_http_svc/add_topic_permission_group`: give a Community's
//! permission group permissions in some topics.

use serde::{Deserialize, Serialize};

use super::checks;
use super::topic_permission::TopicPermission;
use crate::limits::TOPIC_PERMISSIONS_PER_REQUEST_MAX;
use crate::validation::{check, ValidationError};

/// The request of `add_topic_permission_group` (<https://www.tencentcloud.com/document/product/1047/61236>).
///
/// ```
/// use tim_protocol::group::{AddTopicPermissionGroupRequest, TopicPermission};
///
/// let request = AddTopicPermissionGroupRequest::new(
///     "@TGS#_@TGS#cV6IHIIM62C4",
///     "@PMG#_test_permission_group_with_topic",
///     [TopicPermission::new("@TGS#_@TGS#cV6IHIIM62C4@TOPIC#_@TOPIC#cKXPQIIM62CD", 1234)],
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AddTopicPermissionGroupRequest {
    /// `GroupId`: the Community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `PermissionGroupId`: the permission group.
    #[serde(rename = "PermissionGroupId")]
    pub permission_group_id: String,
    /// `TopicPermissionList`: 1 to 50 topics and their permission bits.
    #[serde(rename = "TopicPermissionList")]
    pub topic_permission_list: Vec<TopicPermission>,
}

impl AddTopicPermissionGroupRequest {
    /// Give `permission_group_id` of `group_id` the `permissions`.
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

    /// Checks: `GroupId` and `PermissionGroupId` not empty; 1 to 50 topics
    /// (the list is required), each `TopicId` not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        checks::group_id("PermissionGroupId", &self.permission_group_id)?;
        check::count(
            "TopicPermissionList",
            self.topic_permission_list.len(),
            1,
            TOPIC_PERMISSIONS_PER_REQUEST_MAX,
            None,
        )?;
        for (index, entry) in self.topic_permission_list.iter().enumerate() {
            checks::group_id(&format!("TopicPermissionList[{index}].TopicId"), &entry.topic_id)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Rule;

    #[test]
    fn the_list_is_bounded_and_ids_are_required() {
        let entry = || TopicPermission::new("t", 1);
        assert!(
            AddTopicPermissionGroupRequest::new("g", "p", std::iter::repeat_with(entry).take(50))
                .check()
                .is_ok()
        );
        let error = AddTopicPermissionGroupRequest::new("g", "p", std::iter::repeat_with(entry).take(51))
            .check()
            .unwrap_err();
        assert!(matches!(error.rule(), Rule::TooMany { max: 50, actual: 51 }));
        let error = AddTopicPermissionGroupRequest::new("g", "p", []).check().unwrap_err();
        assert_eq!(error.field(), "TopicPermissionList");
        let error = AddTopicPermissionGroupRequest::new("g", "", [entry()])
            .check()
            .unwrap_err();
        assert_eq!(error.field(), "PermissionGroupId");
        let error = AddTopicPermissionGroupRequest::new("g", "p", [entry(), TopicPermission::new("", 1)])
            .check()
            .unwrap_err();
        assert_eq!(error.field(), "TopicPermissionList[1].TopicId");
    }
}
