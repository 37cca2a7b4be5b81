//! The request shape of the calls that add members to a Community's
//! permission group or remove them.

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use super::permission_group;
use super::types::MemberAccount;
use crate::limits::PERMISSION_GROUP_MEMBERS_PER_REQUEST_MAX;
use crate::validation::{check, ValidationError};

/// A permission group and 1 to 100 members. `Call` makes each call its own
/// type with its own path:
/// [`AddPermissionGroupMemberRequest`](super::AddPermissionGroupMemberRequest)
/// and [`DeletePermissionGroupMemberRequest`](super::DeletePermissionGroupMemberRequest).
///
/// ```
/// use tim_protocol::group::AddPermissionGroupMemberRequest;
///
/// let request = AddPermissionGroupMemberRequest::new("@TGS#_@TGS#cAVQXXXXXX", "@PMG#_@PMG#cDR", ["tommy", "jared"]);
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PermissionGroupMembersRequest<Call> {
    /// `GroupId`: the Community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `PermissionGroupId`: the permission group.
    #[serde(rename = "PermissionGroupId")]
    pub permission_group_id: String,
    /// `MemberList`: 1 to 100 members.
    #[serde(rename = "MemberList")]
    pub member_list: Vec<MemberAccount>,
    #[serde(skip)]
    call: PhantomData<Call>,
}

impl<Call> PermissionGroupMembersRequest<Call> {
    /// The request for `members` of `permission_group_id` in `group_id`.
    pub fn new<S: Into<String>>(
        group_id: impl Into<String>,
        permission_group_id: impl Into<String>,
        members: impl IntoIterator<Item = S>,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            permission_group_id: permission_group_id.into(),
            member_list: members.into_iter().map(MemberAccount::new).collect(),
            call: PhantomData,
        }
    }

    /// Checks: `GroupId` and `PermissionGroupId` not empty; 1 to 100
    /// members, each a UserID of 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        permission_group::ids(&self.group_id, &self.permission_group_id)?;
        check::count(
            "MemberList",
            self.member_list.len(),
            1,
            PERMISSION_GROUP_MEMBERS_PER_REQUEST_MAX,
            None,
        )?;
        for (index, member) in self.member_list.iter().enumerate() {
            check::user_id(|| format!("MemberList[{index}].Member_Account"), &member.member_account)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::group::{AddPermissionGroupMemberRequest, DeletePermissionGroupMemberRequest};
    use crate::validation::Rule;

    #[test]
    fn one_to_a_hundred_members() {
        let names = |n: usize| (0..n).map(|i| format!("u{i}")).collect::<Vec<_>>();
        assert!(AddPermissionGroupMemberRequest::new("g", "p", names(100))
            .check()
            .is_ok());
        let error = DeletePermissionGroupMemberRequest::new("g", "p", names(101))
            .check()
            .unwrap_err();
        assert!(matches!(error.rule(), Rule::TooMany { max: 100, actual: 101 }));
        let error = AddPermissionGroupMemberRequest::new("g", "p", ["a", ""])
            .check()
            .unwrap_err();
        assert_eq!(error.field(), "MemberList[1].Member_Account");
        let json = serde_json::to_string(&AddPermissionGroupMemberRequest::new("g", "p", ["a"])).unwrap();
        assert_eq!(
            json,
            r#"{"GroupId":"g","PermissionGroupId":"p","MemberList":[{"Member_Account":"a"}]}"#
        );
    }
}
