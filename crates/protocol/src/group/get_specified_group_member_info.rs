//! `v4/group_open_http_svc/get_specified_group_member_info`: read the
//! profiles of given members of a group.

use serde::{Deserialize, Serialize};

use super::checks;
use super::types::MemberRole;
use crate::limits::SPECIFIED_GROUP_MEMBERS_MAX;
use crate::validation::ValidationError;

/// The request of `get_specified_group_member_info`
/// (<https://cloud.tencent.com/document/product/269/112002>). Not for an
/// AVChatRoom. The reply is `get_group_member_info`'s
/// (`GetGroupMemberInfoResponse`: the stored page text stops before the
/// reply; the same shape is this crate's reading of "the same member
/// fields, for given members").
///
/// ```
/// use tim_protocol::group::GetSpecifiedGroupMemberInfoRequest;
///
/// let request = GetSpecifiedGroupMemberInfoRequest::new("@TGS#2KIFZCIPQ", ["bob", "peter"])
///     .fields(["Role", "JoinTime", "NameCard"]);
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetSpecifiedGroupMemberInfoRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Member_List_Account`: 1 to 50 members.
    #[serde(rename = "Member_List_Account")]
    pub member_list_account: Vec<String>,
    /// `MemberInfoFilter`: the member fields wanted (all when absent;
    /// `Member_Account` always).
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
}

impl GetSpecifiedGroupMemberInfoRequest {
    /// The profiles of `members` of `group_id`.
    pub fn new(group_id: impl Into<String>, members: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            group_id: group_id.into(),
            member_list_account: members.into_iter().map(Into::into).collect(),
            member_info_filter: None,
            member_role_filter: None,
            app_defined_data_filter_group_member: None,
        }
    }

    /// Only the member fields `fields`.
    #[must_use]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.member_info_filter = Some(fields.into_iter().map(Into::into).collect());
        self
    }

    /// Only members with `roles`.
    #[must_use]
    pub fn roles(mut self, roles: impl IntoIterator<Item = MemberRole>) -> Self {
        self.member_role_filter = Some(roles.into_iter().collect());
        self
    }

    /// With the custom member fields `keys`.
    #[must_use]
    pub fn defined_data(mut self, keys: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.app_defined_data_filter_group_member = Some(keys.into_iter().map(Into::into).collect());
        self
    }

    /// Checks: `GroupId` not empty; 1 to 50 members (the page: "cannot
    /// exceed 50 at a time"), each a UserID of 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        checks::user_ids(
            "Member_List_Account",
            &self.member_list_account,
            1,
            SPECIFIED_GROUP_MEMBERS_MAX,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Rule;

    #[test]
    fn one_to_fifty_members() {
        let names = |n: usize| (0..n).map(|i| format!("u{i}")).collect::<Vec<_>>();
        assert!(GetSpecifiedGroupMemberInfoRequest::new("g", names(50)).check().is_ok());
        let error = GetSpecifiedGroupMemberInfoRequest::new("g", names(51))
            .check()
            .unwrap_err();
        assert!(matches!(error.rule(), Rule::TooMany { max: 50, actual: 51 }));
        let none: [&str; 0] = [];
        assert!(GetSpecifiedGroupMemberInfoRequest::new("g", none).check().is_err());
        let error = GetSpecifiedGroupMemberInfoRequest::new("g", ["a", ""])
            .check()
            .unwrap_err();
        assert_eq!(error.field(), "Member_List_Account[1]");
    }
}
