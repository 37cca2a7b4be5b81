//! `v4/group_open_http_svc/destroy_group`: disband a group.

use super::group_id_request::GroupIdRequest;

/// The request of `destroy_group`: the group's ID.
pub type DestroyGroupRequest = GroupIdRequest<DestroyGroup>;

/// Marks a [`GroupIdRequest`] as the request of `destroy_group`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DestroyGroup {}
