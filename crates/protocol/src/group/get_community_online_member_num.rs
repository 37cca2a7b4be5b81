//! `v4/million_group_open_http_svc/get_online_member_num`: count the online
//! members of a Community. (Named after the clients' method, since
//! `get_online_member_num.rs` is the `group_open_http_svc` call of the same
//! command.)

use super::group_id_request::GroupIdRequest;

/// The request of `million_group_open_http_svc/get_online_member_num`
/// (<https://www.tencentcloud.com/document/product/1047/66883>; Chinese page
/// 269/102707): the Community's ID. The reply is the
/// [`GetOnlineMemberNumResponse`](super::GetOnlineMemberNumResponse) of the
/// audio-video group call, the same shape. The service updates a
/// Community's count every 4 minutes.
///
/// ```
/// use tim_protocol::group::GetCommunityOnlineMemberNumRequest;
///
/// let request = GetCommunityOnlineMemberNumRequest::new("@TGS#_@TGS#cQVLVHIM62CJ");
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"GroupId": "@TGS#_@TGS#cQVLVHIM62CJ"})
/// );
/// assert!(request.validate().is_ok());
/// assert!(GetCommunityOnlineMemberNumRequest::new("").validate().is_err());
/// ```
pub type GetCommunityOnlineMemberNumRequest = GroupIdRequest<GetCommunityOnlineMemberNum>;

/// Marks a [`GroupIdRequest`] as the request of
/// `million_group_open_http_svc/get_online_member_num`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GetCommunityOnlineMemberNum {}
