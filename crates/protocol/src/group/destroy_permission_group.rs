//! `v4/group_open_http_svc/destroy_permission_group`: terminate permission
//! groups of a Community.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::PERMISSION_GROUPS_DESTROY_MAX;
use crate::validation::{check, ValidationError};

/// The request of `destroy_permission_group` (<https://trtc.io/document/61233>).
///
/// ```
/// use tim_protocol::group::DestroyPermissionGroupRequest;
///
/// let request = DestroyPermissionGroupRequest::new("@TGS#_@TGS#cV6IHIIM62C4", ["@PMG#_@PMG#cM2", "@PMG#_@PMG#cN3"]);
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DestroyPermissionGroupRequest {
    /// `GroupId`: the Community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `PermissionGroupIdList`: 1 to 20 permission groups.
    #[serde(rename = "PermissionGroupIdList")]
    pub permission_group_id_list: Vec<String>,
}

impl DestroyPermissionGroupRequest {
    /// Terminate `ids` of `group_id`.
    pub fn new(group_id: impl Into<String>, ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            group_id: group_id.into(),
            permission_group_id_list: ids.into_iter().map(Into::into).collect(),
        }
    }

    /// Checks: `GroupId` not empty; 1 to 20 IDs, each not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        check::count(
            "PermissionGroupIdList",
            self.permission_group_id_list.len(),
            1,
            PERMISSION_GROUPS_DESTROY_MAX,
            None,
        )?;
        for (index, id) in self.permission_group_id_list.iter().enumerate() {
            checks::group_id(&format!("PermissionGroupIdList[{index}]"), id)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Rule;

    #[test]
    fn one_to_twenty_ids() {
        let ids = |n: usize| (0..n).map(|i| i.to_string()).collect::<Vec<_>>();
        assert!(DestroyPermissionGroupRequest::new("g", ids(20)).check().is_ok());
        let error = DestroyPermissionGroupRequest::new("g", ids(21)).check().unwrap_err();
        assert!(matches!(error.rule(), Rule::TooMany { max: 20, actual: 21 }));
        assert!(DestroyPermissionGroupRequest::new("g", ids(0)).check().is_err());
        let error = DestroyPermissionGroupRequest::new("g", ["a", ""]).check().unwrap_err();
        assert_eq!(error.field(), "PermissionGroupIdList[1]");
    }
}
