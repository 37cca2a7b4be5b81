//! `v4/group_open_http_svc/add_permission_group_member`: add members of a
//! Community to one of its permission groups.

use super::permission_group_members::PermissionGroupMembersRequest;

/// The request of `add_permission_group_member`
/// (<https://trtc.io/document/61240>): up to 100 members. The reply is
/// `PermissionGroupMembersResponse`, one `Result` code per member (0 added,
/// 10013 already a member).
pub type AddPermissionGroupMemberRequest = PermissionGroupMembersRequest<AddPermissionGroupMember>;

/// Marks a [`PermissionGroupMembersRequest`] as the request of `add_permission_group_member`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddPermissionGroupMember {}
