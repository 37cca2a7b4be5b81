//! `v4/group_open_avchatroom_http_svc/get_admin_list`: list the
//! administrators of an audio-video group.

use serde::{Deserialize, Serialize};

use super::group_id_request::GroupIdRequest;
use crate::Envelope;

/// The request of `get_admin_list` (<https://www.tencentcloud.com/document/product/1047/60524>;
/// Chinese page 269/102858): the audio-video group's ID. Needs the Premium
/// edition with the online member list of audio-video groups enabled.
///
/// ```
/// use tim_protocol::group::{GetAdminListRequest, GetAdminListResponse};
///
/// let request = GetAdminListRequest::new("@TGS#a6I4ZUUGO");
/// assert_eq!(serde_json::to_value(&request).unwrap(), serde_json::json!({"GroupId": "@TGS#a6I4ZUUGO"}));
/// assert!(request.validate().is_ok());
/// assert!(GetAdminListRequest::new("").validate().is_err());
///
/// let reply: GetAdminListResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","Admin_List":[{"Admin_Account":"user1","Avatar":"","NickName":"AA"}]}"#,
/// )
/// .unwrap();
/// assert_eq!(reply.admin_list.unwrap()[0].admin_account, "user1");
/// ```
pub type GetAdminListRequest = GroupIdRequest<GetAdminList>;

/// Marks a [`GroupIdRequest`] as the request of `get_admin_list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GetAdminList {}

/// One `Admin_List` item: an administrator and their profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AvChatRoomAdmin {
    /// `Admin_Account`: the administrator's UserID.
    #[serde(rename = "Admin_Account")]
    pub admin_account: String,
    /// `Avatar`: their profile photo URL (may be empty).
    #[serde(rename = "Avatar", default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// `NickName`: their nickname.
    #[serde(rename = "NickName", default, skip_serializing_if = "Option::is_none")]
    pub nick_name: Option<String>,
}

impl AvChatRoomAdmin {
    /// The administrator `admin_account`, with no profile fields.
    pub fn new(admin_account: impl Into<String>) -> Self {
        Self {
            admin_account: admin_account.into(),
            avatar: None,
            nick_name: None,
        }
    }
}

/// The reply of `get_admin_list`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetAdminListResponse {
    /// `Admin_List`: the group's administrators. (The page's field table
    /// types it as an Object; its sample, followed here, sends an array.)
    #[serde(rename = "Admin_List", default, skip_serializing_if = "Option::is_none")]
    pub admin_list: Option<Vec<AvChatRoomAdmin>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetAdminListResponse);
