//! `v4/group_open_http_svc/add_group_member`: add up to 300 members.

use serde::{Deserialize, Serialize};

use super::checks;
use super::types::{MemberAccount, MemberOutcome};
use crate::limits::ADD_GROUP_MEMBERS_MAX;
use crate::validation::ValidationError;
use crate::Envelope;

/// The request of `add_group_member`.
///
/// ```
/// use tim_protocol::group::AddGroupMemberRequest;
///
/// let request = AddGroupMemberRequest::new("@TGS#2J4SZEAEL", ["tommy", "jared"]);
/// assert!(request.validate().is_ok());
/// let too_many = AddGroupMemberRequest::new("@TGS#2J4SZEAEL", (0..301).map(|n| n.to_string()));
/// assert_eq!(too_many.validate().unwrap_err().error_code().map(|c| c.code()), Some(10004));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AddGroupMemberRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Silence`: 1 adds without notifying the group.
    #[serde(rename = "Silence", default, skip_serializing_if = "Option::is_none")]
    pub silence: Option<u8>,
    /// `MemberList`: 1 to 300 members.
    #[serde(rename = "MemberList")]
    pub member_list: Vec<MemberAccount>,
}

impl AddGroupMemberRequest {
    /// Add `members` to `group_id`.
    pub fn new<S: Into<String>>(group_id: impl Into<String>, members: impl IntoIterator<Item = S>) -> Self {
        Self {
            group_id: group_id.into(),
            silence: None,
            member_list: members.into_iter().map(MemberAccount::new).collect(),
        }
    }

    /// Without notifying the group.
    pub fn silently(mut self) -> Self {
        self.silence = Some(1);
        self
    }

    /// Checks: `GroupId` not empty; 1 to 300 members of 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        crate::validation::check::count("MemberList", self.member_list.len(), 1, ADD_GROUP_MEMBERS_MAX, None)?;
        for (index, member) in self.member_list.iter().enumerate() {
            checks::user_id(|| format!("MemberList[{index}].Member_Account"), &member.member_account)?;
        }
        Ok(())
    }
}

/// The reply of `add_group_member` and `import_group_member`: what happened
/// to each member.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MemberListResponse {
    /// `MemberList`.
    #[serde(rename = "MemberList", default, skip_serializing_if = "Option::is_none")]
    pub member_list: Option<Vec<MemberOutcome>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(MemberListResponse);
