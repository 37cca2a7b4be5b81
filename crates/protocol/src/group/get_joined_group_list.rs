//! `v4/group_open_http_svc/get_joined_group_list`: the groups a user is in.

use serde::{Deserialize, Serialize};

use super::checks;
use super::group_info::{GroupInfo, ResponseFilter};
use super::types::GroupType;
use crate::validation::ValidationError;
use crate::Envelope;

/// The request of `get_joined_group_list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetJoinedGroupListRequest {
    /// `Member_Account`: the user.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// `WithHugeGroups`: 1 includes audio-video groups.
    #[serde(rename = "WithHugeGroups", default, skip_serializing_if = "Option::is_none")]
    pub with_huge_groups: Option<u8>,
    /// `WithNoActiveGroups`: 1 includes work groups not yet active.
    #[serde(rename = "WithNoActiveGroups", default, skip_serializing_if = "Option::is_none")]
    pub with_no_active_groups: Option<u8>,
    /// `Limit`: groups per page.
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// `Offset`: index of the page's first group.
    #[serde(rename = "Offset", default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u32>,
    /// `GroupType`: only groups of this type.
    #[serde(rename = "GroupType", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `ResponseFilter`.
    #[serde(rename = "ResponseFilter", default, skip_serializing_if = "Option::is_none")]
    pub response_filter: Option<ResponseFilter>,
    /// `SupportTopic`: 1 asks for the topic-enabled Communities' topic read
    /// positions (`GrossTopicNextMsgSeq`, `SelfInfo.GrossTopicReadSeq`).
    #[serde(rename = "SupportTopic", default, skip_serializing_if = "Option::is_none")]
    pub support_topic: Option<u8>,
}

impl GetJoinedGroupListRequest {
    /// Every group of `member_account`.
    pub fn new(member_account: impl Into<String>) -> Self {
        Self {
            member_account: member_account.into(),
            with_huge_groups: None,
            with_no_active_groups: None,
            limit: None,
            offset: None,
            group_type: None,
            response_filter: None,
            support_topic: None,
        }
    }

    /// Checks: `Member_Account` 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::user_id(|| "Member_Account".into(), &self.member_account)
    }
}

/// The reply of `get_joined_group_list`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetJoinedGroupListResponse {
    /// `TotalCount`: the groups the user is in.
    #[serde(rename = "TotalCount", default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<u64>,
    /// `GroupIdList`: the groups, with the fields the filter asked for.
    #[serde(rename = "GroupIdList", default, skip_serializing_if = "Option::is_none")]
    pub group_id_list: Option<Vec<GroupInfo>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetJoinedGroupListResponse);
