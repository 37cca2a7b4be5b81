//! `v4/group_open_http_svc/import_group_member`: import up to 300 members (no notifications).

use serde::{Deserialize, Serialize};

use super::checks;
use super::types::MemberRole;
use crate::limits::IMPORT_GROUP_MEMBERS_MAX;
use crate::validation::{check, Rule, ValidationError};

/// One `MemberList` item of `import_group_member`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImportedMember {
    /// `Member_Account`.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// `Role`: only `Admin`; absent means an ordinary member.
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<MemberRole>,
    /// `JoinTime`: Unix seconds.
    #[serde(rename = "JoinTime", default, skip_serializing_if = "Option::is_none")]
    pub join_time: Option<u64>,
    /// `UnreadMsgNum`.
    #[serde(rename = "UnreadMsgNum", default, skip_serializing_if = "Option::is_none")]
    pub unread_msg_num: Option<u32>,
}

impl ImportedMember {
    /// An ordinary member joining now.
    pub fn new(member_account: impl Into<String>) -> Self {
        Self {
            member_account: member_account.into(),
            role: None,
            join_time: None,
            unread_msg_num: None,
        }
    }
}

/// The request of `import_group_member`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImportGroupMemberRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `MemberList`: 1 to 300 members.
    #[serde(rename = "MemberList")]
    pub member_list: Vec<ImportedMember>,
}

impl ImportGroupMemberRequest {
    /// Import `members` into `group_id`.
    pub fn new(group_id: impl Into<String>, members: impl IntoIterator<Item = ImportedMember>) -> Self {
        Self {
            group_id: group_id.into(),
            member_list: members.into_iter().collect(),
        }
    }

    /// Checks: `GroupId` not empty; 1 to 300 members of 1 to 32 bytes; `Role` only `Admin`.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        check::count("MemberList", self.member_list.len(), 1, IMPORT_GROUP_MEMBERS_MAX, None)?;
        for (index, member) in self.member_list.iter().enumerate() {
            checks::user_id(|| format!("MemberList[{index}].Member_Account"), &member.member_account)?;
            if member.role.as_ref().is_some_and(|role| *role != MemberRole::Admin) {
                return Err(ValidationError::new(
                    format!("MemberList[{index}].Role"),
                    Rule::BadFormat("Admin"),
                ));
            }
        }
        Ok(())
    }
}
