//! `v4/group_open_http_svc/get_group_ban_member`: one page of an
//! audio-video group's banned members.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::GROUP_BAN_LIST_LIMIT_MAX;
use crate::validation::{Rule, ValidationError};
use crate::{Envelope, Paged};

/// The request of `get_group_ban_member`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetGroupBanMemberRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Limit`: members per page, at most 100.
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// `Offset`: 0 first, then the reply's `NextOffset`.
    #[serde(rename = "Offset")]
    pub offset: u64,
}

impl GetGroupBanMemberRequest {
    /// The first page of `group_id`'s banned members.
    pub fn new(group_id: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            limit: None,
            offset: 0,
        }
    }

    /// At most `limit` members per page.
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Checks: `GroupId` not empty; `Limit` 1 to 100.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        match self.limit {
            Some(0) => Err(ValidationError::new(
                "Limit",
                Rule::UnsupportedValue {
                    value: 0,
                    expected: "1 to 100",
                },
            )),
            Some(limit) if limit > GROUP_BAN_LIST_LIMIT_MAX => Err(ValidationError::new(
                "Limit",
                Rule::UnsupportedValue {
                    value: i64::from(limit),
                    expected: "1 to 100",
                },
            )),
            _ => Ok(()),
        }
    }
}

/// The next page starts at the reply's `NextOffset`; 0 (or none) ends.
///
/// ```
/// use tim_protocol::group::{GetGroupBanMemberRequest, GetGroupBanMemberResponse};
/// use tim_protocol::Paged;
///
/// let first = GetGroupBanMemberRequest::new("@TGS#aJRGC4MH6").limit(2);
/// let reply: GetGroupBanMemberResponse =
///     serde_json::from_str(r#"{"ActionStatus":"OK","ErrorCode":0,"NextOffset":2}"#).unwrap();
/// assert_eq!(first.next_request(&reply).map(|next| next.offset), Some(2));
/// let last: GetGroupBanMemberResponse = serde_json::from_str(r#"{"ActionStatus":"OK","ErrorCode":0,"NextOffset":0}"#).unwrap();
/// assert_eq!(first.next_request(&last), None);
/// ```
impl Paged for GetGroupBanMemberRequest {
    fn next_request(&self, reply: &GetGroupBanMemberResponse) -> Option<Self> {
        let next = reply.next_offset.filter(|&next| next != 0 && next != self.offset)?;
        Some(Self {
            offset: next,
            ..self.clone()
        })
    }
}

/// One `BannedAccountList` item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BannedMember {
    /// `Member_Account`.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// `BannedUntil`: Unix seconds when the ban ends.
    #[serde(rename = "BannedUntil")]
    pub banned_until: u64,
}

impl BannedMember {
    /// `member_account`, banned until `banned_until` (Unix seconds).
    pub fn new(member_account: impl Into<String>, banned_until: u64) -> Self {
        Self {
            member_account: member_account.into(),
            banned_until,
        }
    }
}

/// The reply of `get_group_ban_member`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetGroupBanMemberResponse {
    /// `BannedAccountList`.
    #[serde(rename = "BannedAccountList", default, skip_serializing_if = "Option::is_none")]
    pub banned_account_list: Option<Vec<BannedMember>>,
    /// `NextOffset`: the next page's `Offset`; 0 when the list is complete.
    #[serde(rename = "NextOffset", default, skip_serializing_if = "Option::is_none")]
    pub next_offset: Option<u64>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetGroupBanMemberResponse);
