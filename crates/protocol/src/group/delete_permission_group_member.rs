//! `v4/group_open_http_svc/delete_permission_group_member`: remove members
//! from a Community's permission group.

use super::permission_group_members::PermissionGroupMembersRequest;

/// The request of `delete_permission_group_member`
/// (<https://trtc.io/document/61241>): up to 100 members; a user not in the
/// permission group does not fail the call.
///
/// The stored page text stops inside the sample's `MemberList`; its items
/// being `{"Member_Account": ...}` as in `add_permission_group_member`, and
/// the reply being the status fields alone (`EnvelopeOnlyResponse`), are
/// this crate's reading.
pub type DeletePermissionGroupMemberRequest = PermissionGroupMembersRequest<DeletePermissionGroupMember>;

/// Marks a [`PermissionGroupMembersRequest`] as the request of `delete_permission_group_member`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeletePermissionGroupMember {}
