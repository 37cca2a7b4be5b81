//! The shapes a Community's permission groups share: a permission group as
//! `get_permission_group` reads it, the per-group outcome of
//! `destroy_permission_group`, the per-member outcome of
//! `add_permission_group_member`, and the checks of the texts that
//! `create_permission_group` and `modify_permission_group` set.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::{PERMISSION_GROUP_CUSTOM_STRING_MAX_BYTES, PERMISSION_GROUP_NAME_MAX_BYTES};
use crate::validation::ValidationError;
use crate::{Envelope, ErrorCode};

/// One `PermissionGroupInfoList` entry of `get_permission_group`: a
/// permission group's profile, with the outcome of reading it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PermissionGroupInfo {
    /// `ErrorCode`: 0 when this permission group was read.
    #[serde(rename = "ErrorCode", default)]
    pub error_code: ErrorCode,
    /// `ErrorInfo`.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
    /// `PermissionGroupId`.
    #[serde(rename = "PermissionGroupId")]
    pub permission_group_id: String,
    /// `PermissionGroupName`.
    #[serde(rename = "PermissionGroupName", default, skip_serializing_if = "Option::is_none")]
    pub permission_group_name: Option<String>,
    /// `CustomString`: the app's custom field.
    #[serde(rename = "CustomString", default, skip_serializing_if = "Option::is_none")]
    pub custom_string: Option<String>,
    /// `Permission`: the permission bits of the group (each bit one
    /// permission; kept as an integer).
    #[serde(rename = "Permission", default, skip_serializing_if = "Option::is_none")]
    pub permission: Option<u64>,
    /// `MemberCount`: how many members the permission group has.
    #[serde(rename = "MemberCount", default, skip_serializing_if = "Option::is_none")]
    pub member_count: Option<u64>,
}

impl PermissionGroupInfo {
    /// A permission group read successfully, with `ErrorInfo` "".
    pub fn new(permission_group_id: impl Into<String>) -> Self {
        Self {
            error_code: ErrorCode::Success,
            error_info: Some(String::new()),
            permission_group_id: permission_group_id.into(),
            ..Self::default()
        }
    }
}

/// One `PermissionGroupResultList` entry of `destroy_permission_group`: the
/// outcome for one permission group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PermissionGroupResult {
    /// `ErrorCode`: 0 when this permission group succeeded.
    #[serde(rename = "ErrorCode", default)]
    pub error_code: ErrorCode,
    /// `ErrorInfo`.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
    /// `PermissionGroupId`.
    #[serde(rename = "PermissionGroupId")]
    pub permission_group_id: String,
}

impl PermissionGroupResult {
    /// A success for `permission_group_id`, with `ErrorInfo` "".
    pub fn ok(permission_group_id: impl Into<String>) -> Self {
        Self {
            error_code: ErrorCode::Success,
            error_info: Some(String::new()),
            permission_group_id: permission_group_id.into(),
        }
    }

    /// A failure with `code` for `permission_group_id`.
    pub fn failed(permission_group_id: impl Into<String>, code: ErrorCode, info: impl Into<String>) -> Self {
        Self {
            error_code: code,
            error_info: Some(info.into()),
            permission_group_id: permission_group_id.into(),
        }
    }
}

/// The reply of `destroy_permission_group`: one result per permission group.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PermissionGroupResultsResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `PermissionGroupResultList`.
    #[serde(
        rename = "PermissionGroupResultList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub permission_group_result_list: Option<Vec<PermissionGroupResult>>,
}

impl PermissionGroupResultsResponse {
    /// A successful reply with each permission group's result.
    pub fn new(results: impl IntoIterator<Item = PermissionGroupResult>) -> Self {
        Self {
            envelope: Envelope::ok(),
            permission_group_result_list: Some(results.into_iter().collect()),
        }
    }
}

crate::macros::response!(PermissionGroupResultsResponse);

/// One `MemberList` entry of `add_permission_group_member`'s reply. Unlike
/// `add_group_member`'s, `Result` is a code: 0 added, 10013 already a
/// member of the permission group, others as the error codes say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PermissionGroupMemberResult {
    /// `Member_Account`.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// `Result`: 0 on success, else an error code.
    #[serde(rename = "Result", default)]
    pub result: ErrorCode,
}

impl PermissionGroupMemberResult {
    /// The outcome `result` for `member_account`.
    pub fn new(member_account: impl Into<String>, result: ErrorCode) -> Self {
        Self {
            member_account: member_account.into(),
            result,
        }
    }
}

/// The reply of `add_permission_group_member`: one outcome per member.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PermissionGroupMembersResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `MemberList`.
    #[serde(rename = "MemberList", default, skip_serializing_if = "Option::is_none")]
    pub member_list: Option<Vec<PermissionGroupMemberResult>>,
}

impl PermissionGroupMembersResponse {
    /// A successful reply with each member's outcome.
    pub fn new(results: impl IntoIterator<Item = PermissionGroupMemberResult>) -> Self {
        Self {
            envelope: Envelope::ok(),
            member_list: Some(results.into_iter().collect()),
        }
    }
}

crate::macros::response!(PermissionGroupMembersResponse);

/// The texts a permission group's profile sets: `PermissionGroupName` at
/// most 150 bytes (not empty when given: the name is required at
/// creation, and an empty name is this crate's choice of a refusal on
/// modification too), `CustomString` at most 3000 bytes (may be empty).
pub(crate) fn profile_texts(name: Option<&str>, custom_string: Option<&str>) -> Result<(), ValidationError> {
    if let Some(name) = name {
        crate::validation::check::text(|| "PermissionGroupName".into(), name, PERMISSION_GROUP_NAME_MAX_BYTES)?;
    }
    checks::optional_text("CustomString", custom_string, PERMISSION_GROUP_CUSTOM_STRING_MAX_BYTES)
}

/// Reads a `Next` cursor sent as a string or as a number (the page of
/// `get_permission_group` types it Integer, its samples send `""`), as text.
pub(crate) fn lenient_next<'de, D>(deserializer: D) -> Result<Option<String>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let value = Option::<serde_json::Value>::deserialize(deserializer)?;
    Ok(match value {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(text)) => Some(text),
        Some(other) => Some(other.to_string()),
    })
}

/// `GroupId` and `PermissionGroupId` not empty.
pub(crate) fn ids(group_id: &str, permission_group_id: &str) -> Result<(), ValidationError> {
    checks::group_id("GroupId", group_id)?;
    checks::group_id("PermissionGroupId", permission_group_id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Rule;

    #[test]
    fn names_and_custom_strings_are_bounded() {
        assert!(profile_texts(Some(&"é".repeat(75)), Some(&"x".repeat(3000))).is_ok());
        let error = profile_texts(Some(&"é".repeat(76)), None).unwrap_err();
        assert_eq!(error.field(), "PermissionGroupName");
        assert!(matches!(error.rule(), Rule::TooLong { max_bytes: 150, .. }));
        assert_eq!(profile_texts(Some(""), None).unwrap_err().rule(), &Rule::NotEmpty);
        let error = profile_texts(None, Some(&"x".repeat(3001))).unwrap_err();
        assert_eq!(error.field(), "CustomString");
        assert!(profile_texts(None, Some("")).is_ok());
    }

    #[test]
    fn a_member_result_is_a_code() {
        let item: PermissionGroupMemberResult =
            serde_json::from_str(r#"{"Member_Account":"tommy","Result":10013}"#).unwrap();
        assert_eq!(item.result, ErrorCode::GroupAlreadyMember);
    }
}
