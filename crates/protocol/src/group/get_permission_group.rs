//! `v4/group_open_http_svc/get_permission_group`: read a Community's
//! permission groups, all by page or some by ID.

use serde::{Deserialize, Serialize};

use super::checks;
use super::permission_group::{lenient_next, PermissionGroupInfo};
use crate::limits::PERMISSION_GROUP_PAGE_LIMIT_MAX;
use crate::validation::{Rule, ValidationError};
use crate::{Envelope, Paged};

/// The request of `get_permission_group` (<https://trtc.io/document/61235>).
///
/// ```
/// use tim_protocol::group::GetPermissionGroupRequest;
///
/// let all = GetPermissionGroupRequest::page("@TGS#_@TGS#cV6IHIIM62C4", 20);
/// assert!(all.validate().is_ok());
/// let some = GetPermissionGroupRequest::ids("@TGS#_@TGS#cV6IHIIM62C4", ["@PMG#_@PMG#cA7VPIIM62CJ"]);
/// assert!(some.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetPermissionGroupRequest {
    /// `GroupId`: the Community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `PermissionGroupIdList`: the permission groups to read; absent or
    /// empty, all of them.
    #[serde(rename = "PermissionGroupIdList", default, skip_serializing_if = "Option::is_none")]
    pub permission_group_id_list: Option<Vec<String>>,
    /// `Limit`: at most 20 permission groups per page.
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// `Next`: `""` for the first page, then the reply's `Next`. (The page
    /// types it Integer and sends `""`; this crate sends text.)
    #[serde(
        rename = "Next",
        default,
        deserialize_with = "lenient_next",
        skip_serializing_if = "Option::is_none"
    )]
    pub next: Option<String>,
}

impl GetPermissionGroupRequest {
    /// The first page of `limit` permission groups of `group_id`.
    pub fn page(group_id: impl Into<String>, limit: u32) -> Self {
        Self {
            group_id: group_id.into(),
            permission_group_id_list: None,
            limit: Some(limit),
            next: Some(String::new()),
        }
    }

    /// The permission groups `ids` of `group_id`.
    pub fn ids(group_id: impl Into<String>, ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            group_id: group_id.into(),
            permission_group_id_list: Some(ids.into_iter().map(Into::into).collect()),
            limit: None,
            next: None,
        }
    }

    /// Checks: `GroupId` not empty; each listed ID not empty; `Limit` 1 to 20.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        for (index, id) in self.permission_group_id_list.iter().flatten().enumerate() {
            checks::group_id(&format!("PermissionGroupIdList[{index}]"), id)?;
        }
        match self.limit {
            Some(limit) if limit == 0 || limit > PERMISSION_GROUP_PAGE_LIMIT_MAX => Err(ValidationError::new(
                "Limit",
                Rule::UnsupportedValue {
                    value: i64::from(limit),
                    expected: "1 to 20",
                },
            )),
            _ => Ok(()),
        }
    }
}

/// A request with `Next` continues with the reply's `Next`, and ends when
/// it is empty, absent, or does not move. A request by IDs has no next page.
///
/// ```
/// use tim_protocol::group::{GetPermissionGroupRequest, GetPermissionGroupResponse};
/// use tim_protocol::Paged;
///
/// let first = GetPermissionGroupRequest::page("@TGS#_g", 20);
/// let reply: GetPermissionGroupResponse =
///     serde_json::from_str(r#"{"ActionStatus":"OK","ErrorCode":0,"Next":"7","PermissionGroupInfoList":[]}"#).unwrap();
/// assert_eq!(first.next_request(&reply).and_then(|next| next.next), Some("7".to_owned()));
/// ```
impl Paged for GetPermissionGroupRequest {
    fn next_request(&self, reply: &GetPermissionGroupResponse) -> Option<Self> {
        self.next.as_ref()?;
        let next = crate::paging::moved_on(self.next.as_deref(), reply.next.as_deref())?;
        Some(Self {
            next: Some(next.to_owned()),
            ..self.clone()
        })
    }
}

/// The reply of `get_permission_group`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetPermissionGroupResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `PermissionGroupInfoList`: one entry per permission group.
    #[serde(rename = "PermissionGroupInfoList", default, skip_serializing_if = "Option::is_none")]
    pub permission_group_info_list: Option<Vec<PermissionGroupInfo>>,
    /// `Next`: the cursor of the next page; `""` on the last. (The stored
    /// page text stops inside the reply; that it carries `Next` is this
    /// crate's reading of the request table.)
    #[serde(
        rename = "Next",
        default,
        deserialize_with = "lenient_next",
        skip_serializing_if = "Option::is_none"
    )]
    pub next: Option<String>,
}

impl GetPermissionGroupResponse {
    /// A successful reply with `groups`, and `next` when paging.
    pub fn new(groups: impl IntoIterator<Item = PermissionGroupInfo>, next: Option<String>) -> Self {
        Self {
            envelope: Envelope::ok(),
            permission_group_info_list: Some(groups.into_iter().collect()),
            next,
        }
    }
}

crate::macros::response!(GetPermissionGroupResponse);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limit_is_one_to_twenty_and_next_reads_numbers() {
        assert!(GetPermissionGroupRequest::page("g", 21).check().is_err());
        assert!(GetPermissionGroupRequest::page("g", 0).check().is_err());
        assert!(GetPermissionGroupRequest::page("g", 20).check().is_ok());
        let error = GetPermissionGroupRequest::ids("g", ["a", ""]).check().unwrap_err();
        assert_eq!(error.field(), "PermissionGroupIdList[1]");
        let reply: GetPermissionGroupResponse = serde_json::from_str(r#"{"ErrorCode":0,"Next":5}"#).unwrap();
        assert_eq!(reply.next.as_deref(), Some("5"));
        let by_id = GetPermissionGroupRequest::ids("g", ["a"]);
        assert_eq!(by_id.next_request(&reply), None);
        let first = GetPermissionGroupRequest::page("g", 20);
        let last = GetPermissionGroupResponse::new([], Some(String::new()));
        assert_eq!(first.next_request(&last), None);
    }
}
