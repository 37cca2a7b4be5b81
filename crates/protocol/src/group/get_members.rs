//! `v4/group_open_avchatroom_http_svc/get_members`: one page of an
//! audio-video group's online members.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::validation::ValidationError;
use crate::{Envelope, Paged};

/// The request of `get_members` (<https://www.tencentcloud.com/document/product/1047/50293>).
/// Members marked 600 (hidden) are left out unless asked for by that mark.
///
/// ```
/// use tim_protocol::group::GetMembersRequest;
///
/// let request = GetMembersRequest::new("@TGS#a6I4ZUUGO").mark(1000);
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetMembersRequest {
    /// `GroupId`: the audio-video group.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Mark`: only the members with this mark.
    #[serde(rename = "Mark", default, skip_serializing_if = "Option::is_none")]
    pub mark: Option<u32>,
    /// `Timestamp`: 0 first, then the reply's `NextTimestamp`.
    #[serde(rename = "Timestamp")]
    pub timestamp: u64,
}

impl GetMembersRequest {
    /// The first page of `group_id`'s online members.
    pub fn new(group_id: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            mark: None,
            timestamp: 0,
        }
    }

    /// Only the members marked `mark`.
    pub fn mark(mut self, mark: u32) -> Self {
        self.mark = Some(mark);
        self
    }

    /// Checks: `GroupId` not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)
    }
}

/// A group of 500 or fewer members comes in one page; a larger one answers
/// a non-zero `NextTimestamp`, the next request's `Timestamp`; 0 ends.
///
/// ```
/// use tim_protocol::group::{GetMembersRequest, GetMembersResponse};
/// use tim_protocol::Paged;
///
/// let first = GetMembersRequest::new("@TGS#a6I4ZUUGO");
/// let more = GetMembersResponse::new(vec![], 1657773110);
/// assert_eq!(first.next_request(&more).map(|next| next.timestamp), Some(1657773110));
/// assert_eq!(first.next_request(&GetMembersResponse::new(vec![], 0)), None);
/// ```
impl Paged for GetMembersRequest {
    fn next_request(&self, reply: &GetMembersResponse) -> Option<Self> {
        let next = reply
            .next_timestamp
            .filter(|&next| next != 0 && next != self.timestamp)?;
        Some(Self {
            timestamp: next,
            ..self.clone()
        })
    }
}

/// One `MemberList` entry: an online member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OnlineMember {
    /// `Member_Account`: the member's UserID.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// `JoinTime`: Unix seconds the member joined.
    #[serde(rename = "JoinTime", default, skip_serializing_if = "Option::is_none")]
    pub join_time: Option<u64>,
    /// `NickName`.
    #[serde(rename = "NickName", default, skip_serializing_if = "Option::is_none")]
    pub nick_name: Option<String>,
    /// `Avatar`: the member's picture URL.
    #[serde(rename = "Avatar", default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
}

impl OnlineMember {
    /// `member_account`, who joined at `join_time`.
    pub fn new(member_account: impl Into<String>, join_time: u64) -> Self {
        Self {
            member_account: member_account.into(),
            join_time: Some(join_time),
            nick_name: None,
            avatar: None,
        }
    }
}

/// The reply of `get_members`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetMembersResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `MemberList`: the online members of this page.
    #[serde(rename = "MemberList", default, skip_serializing_if = "Option::is_none")]
    pub member_list: Option<Vec<OnlineMember>>,
    /// `NextTimestamp`: the next page's `Timestamp`; 0 when complete.
    #[serde(rename = "NextTimestamp", default, skip_serializing_if = "Option::is_none")]
    pub next_timestamp: Option<u64>,
}

crate::macros::response!(GetMembersResponse);

impl GetMembersResponse {
    /// A successful page of `members`, followed by the page at `next_timestamp` (0: none).
    pub fn new(members: Vec<OnlineMember>, next_timestamp: u64) -> Self {
        Self {
            envelope: Envelope::ok(),
            member_list: Some(members),
            next_timestamp: Some(next_timestamp),
        }
    }
}
