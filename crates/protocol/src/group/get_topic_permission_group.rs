//! `v4/group_open_http_svc/get_topic_permission_group`: read the topic
//! permissions of a Community's permission group.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::validation::ValidationError;

/// The request of `get_topic_permission_group` (<https://www.tencentcloud.com/document/product/1047/61239>).
///
/// ```
/// use tim_protocol::group::GetTopicPermissionGroupRequest;
///
/// let all = GetTopicPermissionGroupRequest::all("@TGS#_@TGS#cV6IHIIM62C4", "@PMG#_test_permission_group_with_topic");
/// assert!(all.validate().is_ok());
/// let some = all.topics(["@TGS#_@TGS#cV6IHIIM62C4@TOPIC#_@TOPIC#cTEJHIIM62CJ"]);
/// assert!(some.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetTopicPermissionGroupRequest {
    /// `GroupId`: the Community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `PermissionGroupId`: the permission group.
    #[serde(rename = "PermissionGroupId")]
    pub permission_group_id: String,
    /// `TopicIdList`: the topics to read; absent, every topic. (The page's
    /// table marks it required but says that leaving it out reads all, and
    /// its first sample leaves it out; this crate follows the sample.)
    #[serde(rename = "TopicIdList", default, skip_serializing_if = "Option::is_none")]
    pub topic_id_list: Option<Vec<String>>,
}

impl GetTopicPermissionGroupRequest {
    /// Read every topic permission of `permission_group_id` in `group_id`.
    pub fn all(group_id: impl Into<String>, permission_group_id: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            permission_group_id: permission_group_id.into(),
            topic_id_list: None,
        }
    }

    /// Read only the permissions in `topic_ids`.
    #[must_use]
    pub fn topics(mut self, topic_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.topic_id_list = Some(topic_ids.into_iter().map(Into::into).collect());
        self
    }

    /// Checks: `GroupId` and `PermissionGroupId` not empty; each listed
    /// topic ID not empty. The page gives no bound on the list.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        checks::group_id("PermissionGroupId", &self.permission_group_id)?;
        for (index, id) in self.topic_id_list.iter().flatten().enumerate() {
            checks::group_id(&format!("TopicIdList[{index}]"), id)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_required_and_the_list_is_optional() {
        let request = GetTopicPermissionGroupRequest::all("g", "p");
        assert!(request.check().is_ok());
        assert!(!serde_json::to_string(&request).unwrap().contains("TopicIdList"));
        let error = request.clone().topics(["t", ""]).check().unwrap_err();
        assert_eq!(error.field(), "TopicIdList[1]");
        let error = GetTopicPermissionGroupRequest::all("g", "").check().unwrap_err();
        assert_eq!(error.field(), "PermissionGroupId");
    }
}
