//! `v4/group_open_http_svc/get_group_member_info`: read a group's member profiles, by page.

use serde::{Deserialize, Serialize};

use super::checks;
use super::member_info::MemberInfo;
use super::types::MemberRole;
use crate::limits::GROUP_MEMBER_INFO_LIMIT_MAX;
use crate::validation::{Rule, ValidationError};
use crate::{Envelope, Paged};

/// The request of `get_group_member_info`. Pages by `Limit` + `Offset`, or,
/// for a Community, by `Limit` + `Next`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetGroupMemberInfoRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `MemberInfoFilter`: the member fields wanted (all when absent).
    #[serde(rename = "MemberInfoFilter", default, skip_serializing_if = "Option::is_none")]
    pub member_info_filter: Option<Vec<String>>,
    /// `MemberRoleFilter`: only members with these roles.
    #[serde(rename = "MemberRoleFilter", default, skip_serializing_if = "Option::is_none")]
    pub member_role_filter: Option<Vec<MemberRole>>,
    /// `AppDefinedDataFilter_GroupMember`: the custom member fields wanted.
    #[serde(
        rename = "AppDefinedDataFilter_GroupMember",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_defined_data_filter_group_member: Option<Vec<String>>,
    /// `Limit`: at most 6000 members per page.
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// `Offset`: the index of the first member of the page.
    #[serde(rename = "Offset", default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u32>,
    /// `Next`: a Community's cursor (empty for the first page).
    #[serde(rename = "Next", default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

impl GetGroupMemberInfoRequest {
    /// Every member of `group_id`.
    pub fn new(group_id: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            member_info_filter: None,
            member_role_filter: None,
            app_defined_data_filter_group_member: None,
            limit: None,
            offset: None,
            next: None,
        }
    }

    /// One page of `limit` members from `offset`.
    pub fn page(group_id: impl Into<String>, limit: u32, offset: u32) -> Self {
        Self {
            limit: Some(limit),
            offset: Some(offset),
            ..Self::new(group_id)
        }
    }

    /// Checks: `GroupId` not empty; `Limit` at most 6000.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        match self.limit {
            Some(limit) if limit > GROUP_MEMBER_INFO_LIMIT_MAX => Err(ValidationError::new(
                "Limit",
                Rule::UnsupportedValue {
                    value: i64::from(limit),
                    expected: "at most 6000",
                },
            )),
            _ => Ok(()),
        }
    }
}

/// Two ways to page, as the page documents:
///
/// - a request with `Next` (a Community's cursor) continues with the reply's
///   `Next`, and ends when it is empty, absent, or does not move;
/// - otherwise a request with `Limit` continues at `Offset` plus the members
///   returned, and ends when the reply returns fewer than `Limit` members or
///   the new offset reaches `MemberNum`.
///
/// A request with neither `Limit` nor `Next` reads every member at once and
/// has no next page.
///
/// ```
/// use tim_protocol::group::{GetGroupMemberInfoRequest, GetGroupMemberInfoResponse};
/// use tim_protocol::Paged;
///
/// let first = GetGroupMemberInfoRequest::page("@TGS#1NVTZEAE4", 2, 0);
/// let reply: GetGroupMemberInfoResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorCode":0,"MemberNum":5,
///         "MemberList":[{"Member_Account":"a"},{"Member_Account":"b"}]}"#,
/// ).unwrap();
/// assert_eq!(first.next_request(&reply), Some(GetGroupMemberInfoRequest::page("@TGS#1NVTZEAE4", 2, 2)));
/// ```
impl Paged for GetGroupMemberInfoRequest {
    fn next_request(&self, reply: &GetGroupMemberInfoResponse) -> Option<Self> {
        if self.next.is_some() {
            let next = crate::paging::moved_on(self.next.as_deref(), reply.next.as_deref())?;
            return Some(Self {
                next: Some(next.to_owned()),
                ..self.clone()
            });
        }
        let limit = self.limit?;
        let returned = reply.member_list.as_ref().map_or(0, Vec::len);
        if returned == 0 || returned < limit as usize {
            return None;
        }
        let offset = u64::from(self.offset.unwrap_or(0)) + returned as u64;
        if reply.member_num.is_some_and(|total| offset >= total) {
            return None;
        }
        Some(Self {
            offset: Some(u32::try_from(offset).ok()?),
            ..self.clone()
        })
    }
}

/// The reply of `get_group_member_info`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetGroupMemberInfoResponse {
    /// `MemberNum`: the group's member count.
    #[serde(rename = "MemberNum", default, skip_serializing_if = "Option::is_none")]
    pub member_num: Option<u64>,
    /// `MemberList`.
    #[serde(rename = "MemberList", default, skip_serializing_if = "Option::is_none")]
    pub member_list: Option<Vec<MemberInfo>>,
    /// `Next`: a Community's cursor for the next page.
    #[serde(rename = "Next", default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetGroupMemberInfoResponse);
