//! `v4/group_open_attr_http_svc/get_group_attr`: read the custom attributes of a group.

use serde::{Deserialize, Serialize};

use super::group_id_request::GroupIdRequest;

use super::types::GroupAttr;
use crate::Envelope;

/// The reply of `get_group_attr`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetGroupAttrResponse {
    /// `GroupAttrAry`: the attributes.
    #[serde(rename = "GroupAttrAry", default, skip_serializing_if = "Option::is_none")]
    pub group_attr_ary: Option<Vec<GroupAttr>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetGroupAttrResponse);

/// The request of `get_group_attr`: the group's ID.
pub type GetGroupAttrRequest = GroupIdRequest<GetGroupAttr>;

/// Marks a [`GroupIdRequest`] as the request of `get_group_attr`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GetGroupAttr {}
