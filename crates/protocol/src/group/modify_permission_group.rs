//! `v4/group_open_http_svc/modify_permission_group`: change a permission
//! group's name, permission bits or custom field.

use serde::{Deserialize, Serialize};

use super::permission_group;
use crate::validation::ValidationError;

/// The request of `modify_permission_group` (<https://trtc.io/document/61234>).
/// Fields left out are not changed.
///
/// ```
/// use tim_protocol::group::ModifyPermissionGroupRequest;
///
/// let request = ModifyPermissionGroupRequest::new("@TGS#_@TGS#cV6IHIIM62C4", "@PMG#_test_permission_group")
///     .permission(123)
///     .name("test_modify_group_name")
///     .custom_string("test_modify_custom_string");
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ModifyPermissionGroupRequest {
    /// `GroupId`: the Community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `PermissionGroupId`: the permission group.
    #[serde(rename = "PermissionGroupId")]
    pub permission_group_id: String,
    /// `PermissionGroupName`: at most 150 bytes.
    #[serde(rename = "PermissionGroupName", default, skip_serializing_if = "Option::is_none")]
    pub permission_group_name: Option<String>,
    /// `Permission`: the new permission bits.
    #[serde(rename = "Permission", default, skip_serializing_if = "Option::is_none")]
    pub permission: Option<u64>,
    /// `CustomString`: at most 3000 bytes.
    #[serde(rename = "CustomString", default, skip_serializing_if = "Option::is_none")]
    pub custom_string: Option<String>,
}

impl ModifyPermissionGroupRequest {
    /// Change nothing yet of `permission_group_id` in `group_id`.
    pub fn new(group_id: impl Into<String>, permission_group_id: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            permission_group_id: permission_group_id.into(),
            permission_group_name: None,
            permission: None,
            custom_string: None,
        }
    }

    /// Rename the permission group.
    #[must_use]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.permission_group_name = Some(name.into());
        self
    }

    /// Set the permission bits.
    #[must_use]
    pub fn permission(mut self, bits: u64) -> Self {
        self.permission = Some(bits);
        self
    }

    /// Set the custom field.
    #[must_use]
    pub fn custom_string(mut self, value: impl Into<String>) -> Self {
        self.custom_string = Some(value.into());
        self
    }

    /// Checks: `GroupId` and `PermissionGroupId` not empty; a name 1 to 150
    /// bytes; `CustomString` at most 3000 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        permission_group::ids(&self.group_id, &self.permission_group_id)?;
        permission_group::profile_texts(self.permission_group_name.as_deref(), self.custom_string.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_required_and_texts_bounded() {
        assert!(ModifyPermissionGroupRequest::new("g", "p").check().is_ok());
        assert_eq!(
            ModifyPermissionGroupRequest::new("g", "").check().unwrap_err().field(),
            "PermissionGroupId"
        );
        let long = ModifyPermissionGroupRequest::new("g", "p").custom_string("x".repeat(3001));
        assert_eq!(long.check().unwrap_err().field(), "CustomString");
    }
}
