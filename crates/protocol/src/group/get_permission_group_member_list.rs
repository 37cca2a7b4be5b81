//! `v4/group_open_http_svc/get_permission_group_member_list`: read the
//! members of a Community's permission group, by page.

use serde::{Deserialize, Serialize};

use super::member_info::MemberInfo;
use super::permission_group::{self, lenient_next};
use crate::validation::{Rule, ValidationError};
use crate::{Envelope, Paged};

/// The request of `get_permission_group_member_list`
/// (<https://trtc.io/document/61242>). With `Limit` and `Next` (`""` first)
/// it reads one page; without, every member.
///
/// ```
/// use tim_protocol::group::GetPermissionGroupMemberListRequest;
///
/// let all = GetPermissionGroupMemberListRequest::new("@TGS#_@TGS#cAVQXXXXXX", "@PMG#_@PMG#cDR");
/// assert!(all.validate().is_ok());
/// let page = all.page(50);
/// assert_eq!(page.next.as_deref(), Some(""));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetPermissionGroupMemberListRequest {
    /// `GroupId`: the Community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `PermissionGroupId`: the permission group.
    #[serde(rename = "PermissionGroupId")]
    pub permission_group_id: String,
    /// `Limit`: the most members of a page.
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// `Next`: `""` for the first page, then the reply's `Next`.
    #[serde(
        rename = "Next",
        default,
        deserialize_with = "lenient_next",
        skip_serializing_if = "Option::is_none"
    )]
    pub next: Option<String>,
}

impl GetPermissionGroupMemberListRequest {
    /// Every member of `permission_group_id` in `group_id`.
    pub fn new(group_id: impl Into<String>, permission_group_id: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            permission_group_id: permission_group_id.into(),
            limit: None,
            next: None,
        }
    }

    /// The first page of `limit` members.
    #[must_use]
    pub fn page(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self.next = Some(String::new());
        self
    }

    /// Checks: `GroupId` and `PermissionGroupId` not empty; `Limit` at
    /// least 1 (the stored page text names no upper bound).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        permission_group::ids(&self.group_id, &self.permission_group_id)?;
        match self.limit {
            Some(0) => Err(ValidationError::new(
                "Limit",
                Rule::UnsupportedValue {
                    value: 0,
                    expected: "at least 1",
                },
            )),
            _ => Ok(()),
        }
    }
}

/// A request with `Next` continues with the reply's `Next` until it is
/// `""` (the page: "until the server's response packet returns Next as
/// \"\""), absent, or does not move.
impl Paged for GetPermissionGroupMemberListRequest {
    fn next_request(&self, reply: &GetPermissionGroupMemberListResponse) -> Option<Self> {
        self.next.as_ref()?;
        let next = crate::paging::moved_on(self.next.as_deref(), reply.next.as_deref())?;
        Some(Self {
            next: Some(next.to_owned()),
            ..self.clone()
        })
    }
}

/// The reply of `get_permission_group_member_list`: one page of members,
/// with the fields of `get_group_member_info` (the page: "group member
/// information and group member dimensions from the Definition field").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetPermissionGroupMemberListResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `Next`: the cursor of the next page; `""` on the last.
    #[serde(
        rename = "Next",
        default,
        deserialize_with = "lenient_next",
        skip_serializing_if = "Option::is_none"
    )]
    pub next: Option<String>,
    /// `MemberList`.
    #[serde(rename = "MemberList", default, skip_serializing_if = "Option::is_none")]
    pub member_list: Option<Vec<MemberInfo>>,
}

impl GetPermissionGroupMemberListResponse {
    /// A successful reply with `members` and the cursor `next`.
    pub fn new(members: impl IntoIterator<Item = MemberInfo>, next: impl Into<String>) -> Self {
        Self {
            envelope: Envelope::ok(),
            next: Some(next.into()),
            member_list: Some(members.into_iter().collect()),
        }
    }
}

crate::macros::response!(GetPermissionGroupMemberListResponse);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_follow_next_until_empty() {
        let first = GetPermissionGroupMemberListRequest::new("g", "p").page(20);
        assert!(first.check().is_ok());
        let reply = GetPermissionGroupMemberListResponse::new([MemberInfo::new("a")], "TGSMTQ");
        let second = first.next_request(&reply).unwrap();
        assert_eq!(second.next.as_deref(), Some("TGSMTQ"));
        let last = GetPermissionGroupMemberListResponse::new([], "");
        assert_eq!(second.next_request(&last), None);
        assert_eq!(
            GetPermissionGroupMemberListRequest::new("g", "p").next_request(&reply),
            None
        );
        assert!(GetPermissionGroupMemberListRequest::new("g", "p")
            .page(0)
            .check()
            .is_err());
    }
}
