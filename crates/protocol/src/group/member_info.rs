//! A member's profile as the group APIs return it.

use serde::{Deserialize, Serialize};

use super::types::{AppDefinedData, MemberRole, MsgFlag};

/// A group member's profile (`MemberList` items of `get_group_info` and
/// `get_group_member_info`, and `SelfInfo` of `get_joined_group_list`). Every
/// field is optional: the filters of the request choose which are sent.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MemberInfo {
    /// `Member_Account` (absent in `SelfInfo`).
    #[serde(rename = "Member_Account", default, skip_serializing_if = "Option::is_none")]
    pub member_account: Option<String>,
    /// `Role`.
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<MemberRole>,
    /// `JoinTime`: Unix seconds.
    #[serde(rename = "JoinTime", default, skip_serializing_if = "Option::is_none")]
    pub join_time: Option<u64>,
    /// `MsgSeq`: the sequence number of the last message the member read.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
    /// `MsgFlag`.
    #[serde(rename = "MsgFlag", default, skip_serializing_if = "Option::is_none")]
    pub msg_flag: Option<MsgFlag>,
    /// `LastSendMsgTime`: Unix seconds.
    #[serde(rename = "LastSendMsgTime", default, skip_serializing_if = "Option::is_none")]
    pub last_send_msg_time: Option<u64>,
    /// `ShutUpUntil`: muted until this Unix time; 0 when not muted.
    #[serde(
        rename = "MuteUntil",
        alias = "ShutUpUntil",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mute_until: Option<u64>,
    /// `NameCard`.
    #[serde(rename = "NameCard", default, skip_serializing_if = "Option::is_none")]
    pub name_card: Option<String>,
    /// `GrossTopicReadSeq`: the member's read position over all of a
    /// Community's topics (`SelfInfo` with `SupportTopic`).
    #[serde(rename = "GrossTopicReadSeq", default, skip_serializing_if = "Option::is_none")]
    pub gross_topic_read_seq: Option<u64>,
    /// `UnreadMsgNum`: unread messages (`import_group_member`, `SelfInfo`).
    #[serde(rename = "UnreadMsgNum", default, skip_serializing_if = "Option::is_none")]
    pub unread_msg_num: Option<u64>,
    /// `AppMemberDefinedData`: the member's custom fields.
    #[serde(rename = "AppMemberDefinedData", default, skip_serializing_if = "Option::is_none")]
    pub app_member_defined_data: Option<Vec<AppDefinedData>>,
}

impl MemberInfo {
    /// A profile naming only the member.
    pub fn new(member_account: impl Into<String>) -> Self {
        Self {
            member_account: Some(member_account.into()),
            ..Self::default()
        }
    }

    /// With a role.
    pub fn role(mut self, role: MemberRole) -> Self {
        self.role = Some(role);
        self
    }
}
