//! `v4/group_open_http_svc/clear_group_attr`: remove every custom attribute of a group.

use super::group_id_request::GroupIdRequest;

/// The request of `clear_group_attr`: the group's ID.
pub type ClearGroupAttrRequest = GroupIdRequest<ClearGroupAttr>;

/// Marks a [`GroupIdRequest`] as the request of `clear_group_attr`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClearGroupAttr {}
