//! `v4/group_open_http_svc/create_permission_group`: create a permission
//! group in a Community.

use serde::{Deserialize, Serialize};

use super::checks;
use super::permission_group;
use crate::validation::ValidationError;
use crate::Envelope;

/// The request of `create_permission_group` (<https://trtc.io/document/61232>).
///
/// ```
/// use tim_protocol::group::CreatePermissionGroupRequest;
///
/// let request = CreatePermissionGroupRequest::new("@TGS#_@TGS#cV6IHIIM62C4", "test_permission_group")
///     .permission_group_id("@PMG#_test_permission_group")
///     .permission(123)
///     .custom_string("test_custom_string");
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreatePermissionGroupRequest {
    /// `GroupId`: the Community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `PermissionGroupId`: a custom ID; absent, the service makes one and
    /// answers it.
    #[serde(rename = "PermissionGroupId", default, skip_serializing_if = "Option::is_none")]
    pub permission_group_id: Option<String>,
    /// `PermissionGroupName`: 1 to 150 bytes.
    #[serde(rename = "PermissionGroupName")]
    pub permission_group_name: String,
    /// `Permission`: the group's permission bits. (The stored page text
    /// stops before this row of the field table; optional is this crate's
    /// choice.)
    #[serde(rename = "Permission", default, skip_serializing_if = "Option::is_none")]
    pub permission: Option<u64>,
    /// `CustomString`: at most 3000 bytes.
    #[serde(rename = "CustomString", default, skip_serializing_if = "Option::is_none")]
    pub custom_string: Option<String>,
}

impl CreatePermissionGroupRequest {
    /// A permission group named `name` in `group_id`.
    pub fn new(group_id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            permission_group_id: None,
            permission_group_name: name.into(),
            permission: None,
            custom_string: None,
        }
    }

    /// With a custom `PermissionGroupId`.
    #[must_use]
    pub fn permission_group_id(mut self, id: impl Into<String>) -> Self {
        self.permission_group_id = Some(id.into());
        self
    }

    /// With the permission bits `bits`.
    #[must_use]
    pub fn permission(mut self, bits: u64) -> Self {
        self.permission = Some(bits);
        self
    }

    /// With a `CustomString`.
    #[must_use]
    pub fn custom_string(mut self, value: impl Into<String>) -> Self {
        self.custom_string = Some(value.into());
        self
    }

    /// Checks: `GroupId` not empty; a given `PermissionGroupId` not empty;
    /// `PermissionGroupName` 1 to 150 bytes; `CustomString` at most 3000.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        if let Some(id) = &self.permission_group_id {
            checks::group_id("PermissionGroupId", id)?;
        }
        permission_group::profile_texts(Some(&self.permission_group_name), self.custom_string.as_deref())
    }
}

/// The reply of `create_permission_group`. The stored page text stops
/// before the reply; that it carries the new `PermissionGroupId` is this
/// crate's reading of the request table ("the system will generate a
/// default permission group ID and return it").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreatePermissionGroupResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `PermissionGroupId`: the new permission group's ID.
    #[serde(rename = "PermissionGroupId", default, skip_serializing_if = "Option::is_none")]
    pub permission_group_id: Option<String>,
}

impl CreatePermissionGroupResponse {
    /// A successful reply naming the new permission group.
    pub fn new(permission_group_id: impl Into<String>) -> Self {
        Self {
            envelope: Envelope::ok(),
            permission_group_id: Some(permission_group_id.into()),
        }
    }
}

crate::macros::response!(CreatePermissionGroupResponse);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_is_required_and_the_id_optional() {
        let request = CreatePermissionGroupRequest::new("g", "n");
        assert!(request.check().is_ok());
        assert!(!serde_json::to_string(&request).unwrap().contains("PermissionGroupId"));
        assert_eq!(
            CreatePermissionGroupRequest::new("g", "").check().unwrap_err().field(),
            "PermissionGroupName"
        );
        assert_eq!(
            CreatePermissionGroupRequest::new("", "n").check().unwrap_err().field(),
            "GroupId"
        );
        assert_eq!(
            request.permission_group_id("").check().unwrap_err().field(),
            "PermissionGroupId"
        );
    }
}
