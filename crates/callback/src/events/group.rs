//! Group events (`Group.…`): the group's life, its members and its profile.
//! Message events are in `group_msg`, topic events in `topic`.
//!
//! Field types come from `tim_protocol::group` where the field is exactly one
//! of its shapes: `Type` is a [`GroupType`] (unknown types kept in
//! `GroupType::Other`), member lists are [`MemberAccount`] items, custom data
//! [`AppDefinedData`], roles [`MemberRole`], attributes [`GroupAttr`].

use serde::{Deserialize, Serialize};
use tim_protocol::group::{AppDefinedData, GroupAttr, GroupType, MemberAccount, MemberRole};

use super::common::EventTime;

/// `Group.CallbackBeforeCreateGroup`: a user asks to create a group; the
/// reply may refuse (<https://intl.cloud.tencent.com/document/product/1047/34368>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BeforeCreateGroup {
    /// `Operator_Account`: who asks.
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    /// `Owner_Account`: the owner-to-be.
    #[serde(rename = "Owner_Account", default, skip_serializing_if = "Option::is_none")]
    pub owner_account: Option<String>,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `CreateGroupNum`: how many groups of this type the user has created.
    #[serde(rename = "CreateGroupNum", default, skip_serializing_if = "Option::is_none")]
    pub create_group_num: Option<u64>,
    /// `MemberList`: the initial members.
    #[serde(rename = "MemberList", default, skip_serializing_if = "Option::is_none")]
    pub member_list: Option<Vec<MemberAccount>>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `Group.CallbackAfterCreateGroup`: a group was created
/// (<https://intl.cloud.tencent.com/document/product/1047/34369>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterCreateGroup {
    /// `GroupId` (the page's field table spells it `groupID`; its sample
    /// and the service send `GroupId`).
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Operator_Account`: who created it.
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `Owner_Account`.
    #[serde(rename = "Owner_Account", default, skip_serializing_if = "Option::is_none")]
    pub owner_account: Option<String>,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `MemberList`: the initial members.
    #[serde(rename = "MemberList", default, skip_serializing_if = "Option::is_none")]
    pub member_list: Option<Vec<MemberAccount>>,
    /// `UserDefinedDataList`: the custom fields set at creation (when the
    /// app enabled them).
    #[serde(rename = "UserDefinedDataList", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_data_list: Option<Vec<AppDefinedData>>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `Group.CallbackBeforeApplyJoinGroup`: a user asks to join; the reply may
/// refuse. Groups that need approval still need it after an allow
/// (<https://intl.cloud.tencent.com/document/product/1047/34370>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BeforeApplyJoinGroup {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `Requestor_Account`: who asks (spelled so on the wire).
    #[serde(rename = "Requestor_Account")]
    pub requestor_account: String,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `Group.CallbackBeforeInviteJoinGroup`: a member invites users; the reply
/// may refuse all of them, or some ([`crate::Reply::refuse_members`])
/// (<https://intl.cloud.tencent.com/document/product/1047/34371>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BeforeInviteJoinGroup {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `Operator_Account`: who invites.
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    /// `DestinationMembers`: the invitees.
    #[serde(rename = "DestinationMembers", default)]
    pub destination_members: Vec<MemberAccount>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

tim_protocol::str_enum! {
    /// `JoinType` of [`AfterNewMemberJoin`].
    pub enum JoinType {
        /// `Apply`: joined on request.
        Apply = "Apply",
        /// `Invited`: joined by invitation.
        Invited = "Invited",
    }
}

/// `Group.CallbackAfterNewMemberJoin`: users joined a group
/// (<https://intl.cloud.tencent.com/document/product/1047/34372>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterNewMemberJoin {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `JoinType`.
    #[serde(rename = "JoinType", default, skip_serializing_if = "Option::is_none")]
    pub join_type: Option<JoinType>,
    /// `Operator_Account`: who made the request.
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `NewMemberList`.
    #[serde(rename = "NewMemberList", default)]
    pub new_member_list: Vec<MemberAccount>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

tim_protocol::str_enum! {
    /// `ExitType` of [`AfterMemberExit`].
    pub enum ExitType {
        /// `Kicked`: removed from the group.
        Kicked = "Kicked",
        /// `Quit`: left on their own.
        Quit = "Quit",
    }
}

/// `Group.CallbackAfterMemberExit`: members left or were removed
/// (<https://intl.cloud.tencent.com/document/product/1047/34373>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterMemberExit {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `ExitType`.
    #[serde(rename = "ExitType", default, skip_serializing_if = "Option::is_none")]
    pub exit_type: Option<ExitType>,
    /// `Operator_Account`.
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `ExitMemberList`.
    #[serde(rename = "ExitMemberList", default)]
    pub exit_member_list: Vec<MemberAccount>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `Group.CallbackAfterGroupFull`: a group reached its member limit
/// (<https://intl.cloud.tencent.com/document/product/1047/34376>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterGroupFull {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `Group.CallbackAfterGroupDestroyed`: a group was disbanded
/// (<https://intl.cloud.tencent.com/document/product/1047/34377>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterGroupDestroyed {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `Owner_Account`.
    #[serde(rename = "Owner_Account", default, skip_serializing_if = "Option::is_none")]
    pub owner_account: Option<String>,
    /// `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `MemberList`: the members at the end (absent for communities).
    #[serde(rename = "MemberList", default, skip_serializing_if = "Option::is_none")]
    pub member_list: Option<Vec<MemberAccount>>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `Group.CallbackAfterGroupInfoChanged`: a group's name, introduction,
/// notice or photo changed. Only the fields that changed are present
/// (<https://intl.cloud.tencent.com/document/product/1047/34378>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupInfoChanged {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `Operator_Account`: who changed it.
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `Name`: the new name.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `Introduction`: the new introduction.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// `Notification`: the new notice.
    #[serde(rename = "Notification", default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<String>,
    /// `FaceUrl`: the new photo's URL.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

tim_protocol::str_enum! {
    /// `EventType` of [`MemberStateChange`].
    pub enum MemberStateEvent {
        /// `Offline`: disconnected.
        Offline = "Offline",
        /// `Online`: reconnected.
        Online = "Online",
    }
}

/// `Group.CallbackOnMemberStateChange`: members of an audio-video group went
/// offline or came back (<https://intl.cloud.tencent.com/document/product/1047/48734>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MemberStateChange {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `EventType`.
    #[serde(rename = "EventType")]
    pub event_type: MemberStateEvent,
    /// `MemberList`: the members concerned.
    #[serde(rename = "MemberList", default)]
    pub member_list: Vec<MemberAccount>,
    /// `EventTime` (not in the page's sample; accepted as on other webhooks).
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `Group.CallbackAfterMemberFieldChanged`: a member's role or name card
/// changed (<https://www.tencentcloud.com/document/product/1047/60393>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterMemberFieldChanged {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `Operator_Account`: who changed it.
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `Member_Account`: whose profile changed.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// `Role`: the new role (`Admin` when made an administrator, `Member`
    /// when no longer one), when it changed.
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<MemberRole>,
    /// `NameCard`: the new name card, when it changed.
    #[serde(rename = "NameCard", default, skip_serializing_if = "Option::is_none")]
    pub name_card: Option<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `Group.CallbackAfterChangeGroupOwner`: a group's owner changed
/// (<https://www.tencentcloud.com/document/product/1047/60396>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterChangeGroupOwner {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `Operator_Account`: who transferred it.
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `NewOwner_Account`: the new owner.
    #[serde(rename = "NewOwner_Account", default, skip_serializing_if = "Option::is_none")]
    pub new_owner_account: Option<String>,
    /// `OldOwner_Account`: the previous owner.
    #[serde(rename = "OldOwner_Account", default, skip_serializing_if = "Option::is_none")]
    pub old_owner_account: Option<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

tim_protocol::str_enum! {
    /// `OptionType` of [`AfterGroupAttrChanged`].
    pub enum AttrOption {
        /// `set`: the attributes were reset to these.
        Set = "set",
        /// `modify`: these attributes were modified.
        Modify = "modify",
        /// `clear`: the attributes were cleared.
        Clear = "clear",
        /// `delete`: these attributes were deleted.
        Delete = "delete",
    }
}

/// `Group.CallbackAfterGroupAttrChanged`: custom group attributes were
/// reset, modified, cleared or deleted
/// (<https://www.tencentcloud.com/document/product/1047/60394>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterGroupAttrChanged {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `Operator_Account`.
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `OptionType`: what was done.
    #[serde(rename = "OptionType", default, skip_serializing_if = "Option::is_none")]
    pub option_type: Option<AttrOption>,
    /// `GroupAttr`: the attributes concerned (lower-case `key`, `value`).
    #[serde(rename = "GroupAttr", default, skip_serializing_if = "Option::is_none")]
    pub group_attr: Option<Vec<GroupAttr>>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `Group.CallbackOnDailyGroupQuotaAlarm`: the app's net number of groups
/// created today (created minus disbanded) passed 70% of its daily limit
/// (<https://trtc.io/document/57455>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DailyGroupQuotaAlarm {
    /// `QuotaUsed`: the net number of groups created today.
    #[serde(rename = "QuotaUsed")]
    pub quota_used: u64,
    /// `Quota`: the daily limit.
    #[serde(rename = "Quota")]
    pub quota: u64,
    /// `EventTime` (a string in the page's sample, an integer in its field
    /// table; both parse).
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}
