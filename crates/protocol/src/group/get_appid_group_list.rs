//! `v4/group_open_http_svc/get_appid_group_list`: list the app's group IDs, by page.

use serde::{Deserialize, Serialize};

use super::types::GroupType;
use crate::limits::APPID_GROUP_LIST_LIMIT_MAX;
use crate::validation::{Rule, ValidationError};
use crate::{Envelope, Paged};

/// The request of `get_appid_group_list`. `{}` reads the first 10000 IDs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetAppidGroupListRequest {
    /// `Limit`: at most 10000 IDs per page.
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// `Next`: 0 (or absent) for the first page, then the previous reply's `Next`.
    #[serde(rename = "Next", default, skip_serializing_if = "Option::is_none")]
    pub next: Option<u64>,
    /// `GroupType`: only groups of this type.
    #[serde(rename = "GroupType", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
}

impl GetAppidGroupListRequest {
    /// The first page, at the service's default size.
    pub fn new() -> Self {
        Self::default()
    }

    /// One page of `limit` IDs from cursor `next`.
    pub fn page(limit: u32, next: u64) -> Self {
        Self {
            limit: Some(limit),
            next: Some(next),
            group_type: None,
        }
    }

    /// Checks: `Limit` 1 to 10000.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        match self.limit {
            Some(limit) if limit == 0 || limit > APPID_GROUP_LIST_LIMIT_MAX => Err(ValidationError::new(
                "Limit",
                Rule::UnsupportedValue {
                    value: i64::from(limit),
                    expected: "1 to 10000",
                },
            )),
            _ => Ok(()),
        }
    }
}

/// The next page starts at the reply's `Next`; paging ends when `Next` is 0
/// or absent, or does not move.
///
/// ```
/// use tim_protocol::group::{GetAppidGroupListRequest, GetAppidGroupListResponse};
/// use tim_protocol::Paged;
///
/// let first = GetAppidGroupListRequest::page(2, 0);
/// let reply: GetAppidGroupListResponse =
///     serde_json::from_str(r#"{"ActionStatus":"OK","ErrorCode":0,"Next":4454685361}"#).unwrap();
/// assert_eq!(first.next_request(&reply), Some(GetAppidGroupListRequest::page(2, 4454685361)));
/// let last: GetAppidGroupListResponse = serde_json::from_str(r#"{"ActionStatus":"OK","ErrorCode":0,"Next":0}"#).unwrap();
/// assert_eq!(first.next_request(&last), None);
/// ```
impl Paged for GetAppidGroupListRequest {
    fn next_request(&self, reply: &GetAppidGroupListResponse) -> Option<Self> {
        let next = reply.next.filter(|&next| next != 0 && Some(next) != self.next)?;
        Some(Self {
            next: Some(next),
            ..self.clone()
        })
    }
}

/// One `GroupIdList` item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupIdItem {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
}

impl GroupIdItem {
    /// The entry for `group_id`.
    pub fn new(group_id: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
        }
    }
}

/// The reply of `get_appid_group_list`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetAppidGroupListResponse {
    /// `TotalCount`: the app's groups (of the requested type).
    #[serde(rename = "TotalCount", default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<u64>,
    /// `GroupIdList`.
    #[serde(rename = "GroupIdList", default, skip_serializing_if = "Option::is_none")]
    pub group_id_list: Option<Vec<GroupIdItem>>,
    /// `Next`: the cursor of the next page; 0 when every group was listed.
    #[serde(rename = "Next", default, skip_serializing_if = "Option::is_none")]
    pub next: Option<u64>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetAppidGroupListResponse);
