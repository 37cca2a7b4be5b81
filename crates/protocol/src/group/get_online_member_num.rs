//! `v4/group_open_http_svc/get_online_member_num`: count the online members of an audio-video group.

use serde::{Deserialize, Serialize};

use super::group_id_request::GroupIdRequest;

use crate::Envelope;

/// The reply of `get_online_member_num`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetOnlineMemberNumResponse {
    /// `OnlineMemberNum`.
    #[serde(rename = "OnlineMemberNum", default, skip_serializing_if = "Option::is_none")]
    pub online_member_num: Option<u64>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetOnlineMemberNumResponse);

/// The request of `get_online_member_num`: the group's ID.
pub type GetOnlineMemberNumRequest = GroupIdRequest<GetOnlineMemberNum>;

/// Marks a [`GroupIdRequest`] as the request of `get_online_member_num`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GetOnlineMemberNum {}
