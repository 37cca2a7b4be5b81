//! A group's profile as the group APIs return it, and the filter choosing
//! which parts are returned.

use serde::{Deserialize, Serialize};

use super::member_info::MemberInfo;
use super::types::{AppDefinedData, GroupType, JoinOption, MuteAll};
use crate::ErrorCode;

/// `ResponseFilter` of `get_group_info` and `get_joined_group_list`: which
/// fields the reply carries. An absent list means "all" (or, for the custom
/// data filters, "none").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ResponseFilter {
    /// `GroupBaseInfoFilter`: the base fields wanted (`Type`, `Name`, ...).
    #[serde(rename = "GroupBaseInfoFilter", default, skip_serializing_if = "Option::is_none")]
    pub group_base_info: Option<Vec<String>>,
    /// `MemberInfoFilter`: the member fields wanted (`get_group_info`).
    #[serde(rename = "MemberInfoFilter", default, skip_serializing_if = "Option::is_none")]
    pub member_info: Option<Vec<String>>,
    /// `SelfInfoFilter`: the caller's own member fields (`get_joined_group_list`).
    #[serde(rename = "SelfInfoFilter", default, skip_serializing_if = "Option::is_none")]
    pub self_info: Option<Vec<String>>,
    /// `AppDefinedDataFilter_Group`: the group custom fields wanted.
    #[serde(
        rename = "AppDefinedDataFilter_Group",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_defined_data_group: Option<Vec<String>>,
    /// `AppDefinedDataFilter_GroupMember`: the member custom fields wanted.
    #[serde(
        rename = "AppDefinedDataFilter_GroupMember",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_defined_data_group_member: Option<Vec<String>>,
}

impl ResponseFilter {
    /// An empty filter (everything the service sends by default).
    pub fn new() -> Self {
        Self::default()
    }

    /// Only these base fields.
    pub fn base_info<S: Into<String>>(mut self, fields: impl IntoIterator<Item = S>) -> Self {
        self.group_base_info = Some(fields.into_iter().map(Into::into).collect());
        self
    }

    /// Only these member fields.
    pub fn member_info<S: Into<String>>(mut self, fields: impl IntoIterator<Item = S>) -> Self {
        self.member_info = Some(fields.into_iter().map(Into::into).collect());
        self
    }
}

/// One group's profile (`GroupInfo` items of `get_group_info`, `GroupIdList`
/// items of `get_joined_group_list`). Every field is optional: the filter
/// chooses which are sent, and a group that could not be read carries only
/// `GroupId`, `ErrorCode` and `ErrorInfo`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupInfo {
    /// `GroupId`.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `ErrorCode`: this group's result (0 when read).
    #[serde(rename = "ErrorCode", default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<ErrorCode>,
    /// `ErrorInfo`.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<GroupType>,
    /// `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `Appid`: the SDKAppID.
    #[serde(rename = "Appid", default, skip_serializing_if = "Option::is_none")]
    pub appid: Option<u64>,
    /// `Introduction`.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// `Notification`.
    #[serde(rename = "Notification", default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<String>,
    /// `FaceUrl`.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// `Owner_Account`.
    #[serde(rename = "Owner_Account", default, skip_serializing_if = "Option::is_none")]
    pub owner_account: Option<String>,
    /// `CreateTime`: Unix seconds.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<u64>,
    /// `InfoSeq`: grows with every profile change.
    #[serde(rename = "InfoSeq", default, skip_serializing_if = "Option::is_none")]
    pub info_seq: Option<u64>,
    /// `LastInfoTime`: Unix seconds of the last profile change.
    #[serde(rename = "LastInfoTime", default, skip_serializing_if = "Option::is_none")]
    pub last_info_time: Option<u64>,
    /// `LastMsgTime`: Unix seconds of the last message.
    #[serde(rename = "LastMsgTime", default, skip_serializing_if = "Option::is_none")]
    pub last_msg_time: Option<u64>,
    /// `NextMsgSeq`: the sequence number the next message will get.
    #[serde(rename = "NextMsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub next_msg_seq: Option<u64>,
    /// `MemberNum`.
    #[serde(rename = "MemberNum", default, skip_serializing_if = "Option::is_none")]
    pub member_num: Option<u64>,
    /// `MaxMemberNum`.
    #[serde(rename = "MaxMemberNum", default, skip_serializing_if = "Option::is_none")]
    pub max_member_num: Option<u64>,
    /// `ApplyJoinOption`.
    #[serde(rename = "ApplyJoinOption", default, skip_serializing_if = "Option::is_none")]
    pub apply_join_option: Option<JoinOption>,
    /// `InviteJoinOption`.
    #[serde(rename = "InviteJoinOption", default, skip_serializing_if = "Option::is_none")]
    pub invite_join_option: Option<JoinOption>,
    /// `ShutUpAllMember`.
    #[serde(rename = "ShutUpAllMember", default, skip_serializing_if = "Option::is_none")]
    pub shut_up_all_member: Option<MuteAll>,
    /// `MuteAllMember`: the newer spelling of the whole-group mute.
    #[serde(rename = "MuteAllMember", default, skip_serializing_if = "Option::is_none")]
    pub mute_all_member: Option<MuteAll>,
    /// `GrossTopicNextMsgSeq`: the next sequence number over all of a
    /// Community's topics (`get_joined_group_list` with `SupportTopic`).
    #[serde(rename = "GrossTopicNextMsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub gross_topic_next_msg_seq: Option<u64>,
    /// `SupportTopic`: 1 for a Community with topics.
    #[serde(rename = "SupportTopic", default, skip_serializing_if = "Option::is_none")]
    pub support_topic: Option<u8>,
    /// `AppDefinedData`: the group's custom fields.
    #[serde(rename = "AppDefinedData", default, skip_serializing_if = "Option::is_none")]
    pub app_defined_data: Option<Vec<AppDefinedData>>,
    /// `MemberList` (`get_group_info`).
    #[serde(rename = "MemberList", default, skip_serializing_if = "Option::is_none")]
    pub member_list: Option<Vec<MemberInfo>>,
    /// `SelfInfo`: the queried user's own membership (`get_joined_group_list`).
    #[serde(rename = "SelfInfo", default, skip_serializing_if = "Option::is_none")]
    pub self_info: Option<MemberInfo>,
}

impl GroupInfo {
    /// A profile with only the ID.
    pub fn new(group_id: impl Into<String>) -> Self {
        Self {
            group_id: Some(group_id.into()),
            ..Self::default()
        }
    }

    /// Whether the group was read (no per-group error code, or 0).
    pub fn is_success(&self) -> bool {
        self.error_code.is_none_or(ErrorCode::is_success)
    }
}
