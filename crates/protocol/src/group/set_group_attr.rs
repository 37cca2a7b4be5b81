//! `v4/group_open_http_svc/set_group_attr`: replace all custom attributes of a group.

use super::group_attrs_request::GroupAttrsRequest;

/// The request of `set_group_attr`.
pub type SetGroupAttrRequest = GroupAttrsRequest<SetGroupAttr>;

/// Marks a [`GroupAttrsRequest`] as the request of `set_group_attr`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetGroupAttr {}
