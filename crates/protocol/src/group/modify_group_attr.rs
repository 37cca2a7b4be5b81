//! `v4/group_open_http_svc/modify_group_attr`: add or change custom attributes of a group (others are kept).

use super::group_attrs_request::GroupAttrsRequest;

/// The request of `modify_group_attr`.
pub type ModifyGroupAttrRequest = GroupAttrsRequest<ModifyGroupAttr>;

/// Marks a [`GroupAttrsRequest`] as the request of `modify_group_attr`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModifyGroupAttr {}
