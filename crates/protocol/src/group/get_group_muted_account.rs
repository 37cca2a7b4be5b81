//! `v4/group_open_http_svc/get_group_muted_account`: the muted members of a
//! group. The older path `get_group_shutted_uin` is the same call.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::validation::ValidationError;
use crate::Envelope;

/// The request of `get_group_muted_account`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetGroupMutedAccountRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `TopicId`: one topic of a Community.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

impl GetGroupMutedAccountRequest {
    /// The muted members of `group_id`.
    pub fn new(group_id: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            topic_id: None,
        }
    }

    /// Checks: `GroupId` not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)
    }
}

/// One `MutedAccountList` item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MutedMember {
    /// `Member_Account`.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// `MutedUntil`: muted until this Unix time (older pages: `ShuttedUntil`,
    /// still accepted).
    #[serde(rename = "MutedUntil", alias = "ShuttedUntil")]
    pub muted_until: u64,
}

impl MutedMember {
    /// `member_account`, muted until `muted_until` (Unix seconds).
    pub fn new(member_account: impl Into<String>, muted_until: u64) -> Self {
        Self {
            member_account: member_account.into(),
            muted_until,
        }
    }
}

/// The reply of `get_group_muted_account`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetGroupMutedAccountResponse {
    /// `GroupId`.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `MutedAccountList` (older pages: `ShuttedUinList`, still accepted).
    #[serde(
        rename = "MutedAccountList",
        alias = "ShuttedUinList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub muted_account_list: Option<Vec<MutedMember>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetGroupMutedAccountResponse);
