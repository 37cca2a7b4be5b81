//! `v4/group_open_http_svc/set_unread_msg_num`: set a member's unread count.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::validation::ValidationError;

/// The request of `set_unread_msg_num`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SetUnreadMsgNumRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Member_Account`.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// `UnreadMsgNum`.
    #[serde(rename = "UnreadMsgNum")]
    pub unread_msg_num: u32,
}

impl SetUnreadMsgNumRequest {
    /// Set `member`'s unread count in `group_id` to `unread`.
    pub fn new(group_id: impl Into<String>, member: impl Into<String>, unread: u32) -> Self {
        Self {
            group_id: group_id.into(),
            member_account: member.into(),
            unread_msg_num: unread,
        }
    }

    /// Checks: `GroupId` not empty; `Member_Account` 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        checks::user_id(|| "Member_Account".into(), &self.member_account)
    }
}
