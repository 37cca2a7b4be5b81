//! The string-coded sets of the group APIs (group types, member roles, join
//! options, message flags) and the custom-data entries.

use serde::{Deserialize, Serialize};

crate::str_enum! {
    /// `Type`: the kind of a group. The older names (`Private`, `ChatRoom`)
    /// and the newer ones (`Work`, `Meeting`) are distinct values on the wire
    /// and are kept as sent.
    ///
    /// ```
    /// use tim_protocol::group::GroupType;
    ///
    /// let kind: GroupType = serde_json::from_str(r#""Work""#).unwrap();
    /// assert_eq!(kind, GroupType::Work);
    /// let later: GroupType = serde_json::from_str(r#""Channel""#).unwrap();
    /// assert_eq!(later, GroupType::Other("Channel".into()));
    /// ```
    pub enum GroupType {
        /// `Private`: a work group, as named by older versions.
        Private = "Private",
        /// `Work`: a work group (members join by invitation).
        Work = "Work",
        /// `Public`: a public group (join by request, approved by owner or admin).
        Public = "Public",
        /// `ChatRoom`: a meeting group, as named by older versions.
        ChatRoom = "ChatRoom",
        /// `Meeting`: a meeting group (join and leave freely).
        Meeting = "Meeting",
        /// `AVChatRoom`: an audio-video (live-streaming) group.
        AvChatRoom = "AVChatRoom",
        /// `BChatRoom`: a broadcast chat room (older type).
        BChatRoom = "BChatRoom",
        /// `Community`: a community, optionally with topics.
        Community = "Community",
    }
}

crate::str_enum! {
    /// `Role`: a member's role in a group. `get_role_in_group` also answers
    /// `NotMember` for a user outside the group.
    pub enum MemberRole {
        /// `Owner`.
        Owner = "Owner",
        /// `Admin`.
        Admin = "Admin",
        /// `Member`.
        Member = "Member",
        /// `NotMember`: not in the group (`get_role_in_group` only).
        NotMember = "NotMember",
    }
}

crate::str_enum! {
    /// `ApplyJoinOption` / `InviteJoinOption`: how requests to join (or
    /// invitations) are handled.
    pub enum JoinOption {
        /// `FreeAccess`: anyone may join without approval.
        FreeAccess = "FreeAccess",
        /// `NeedPermission`: the owner or an admin approves.
        NeedPermission = "NeedPermission",
        /// `DisableApply`: nobody may apply (or be invited).
        DisableApply = "DisableApply",
    }
}

crate::str_enum! {
    /// `MsgFlag`: how a member receives the group's messages.
    pub enum MsgFlag {
        /// `AcceptAndNotify`: receive and notify.
        AcceptAndNotify = "AcceptAndNotify",
        /// `AcceptNotNotify`: receive without notifications (no offline push).
        AcceptNotNotify = "AcceptNotNotify",
        /// `Discard`: block the group's messages.
        Discard = "Discard",
    }
}

crate::str_enum! {
    /// `MuteAllMember` (older `ShutUpAllMember`): whether the whole group is muted.
    pub enum MuteAll {
        /// `On`: only the owner, admins and the app admin may speak.
        On = "On",
        /// `Off`: everyone may speak.
        Off = "Off",
    }
}

/// One custom-data entry (`AppDefinedData`, `AppMemberDefinedData`): a key
/// configured in the console and its value.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AppDefinedData {
    /// `Key`.
    #[serde(rename = "Key")]
    pub key: String,
    /// `Value`.
    #[serde(rename = "Value")]
    pub value: String,
}

impl AppDefinedData {
    /// An entry.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            value: value.into(),
        }
    }
}

/// A `{"Member_Account": ..}` item.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MemberAccount {
    /// `Member_Account`.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
}

impl MemberAccount {
    /// An item.
    pub fn new(member_account: impl Into<String>) -> Self {
        Self {
            member_account: member_account.into(),
        }
    }
}

crate::macros::int_enum! {
    /// `Result` of one member in `add_group_member` and `import_group_member`.
    pub enum MemberResult {
        /// 0: failed.
        Failed = 0,
        /// 1: added.
        Added = 1,
        /// 2: already a member.
        AlreadyMember = 2,
        /// 3: invited, waiting for the invitee's answer.
        AwaitingConfirmation = 3,
    }
}

/// One member's outcome in `add_group_member` and `import_group_member`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MemberOutcome {
    /// `Member_Account`.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// `Result`.
    #[serde(rename = "Result")]
    pub result: MemberResult,
}

impl MemberOutcome {
    /// An outcome.
    pub fn new(member_account: impl Into<String>, result: MemberResult) -> Self {
        Self {
            member_account: member_account.into(),
            result,
        }
    }
}

/// One custom group attribute (`GroupAttr`, `GroupAttrAry` items). Unlike the
/// rest of the API these keys are lower case on the wire: `key`, `value`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupAttr {
    /// `key`: at most 32 bytes.
    pub key: String,
    /// `value`: at most 4000 bytes.
    pub value: String,
}

impl GroupAttr {
    /// An attribute.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            value: value.into(),
        }
    }
}

crate::str_enum! {
    /// `Mode` of `update_group_counter`: how the given values change the counters.
    pub enum CounterMode {
        /// `Set`: the counter takes the given value (the default).
        Set = "Set",
        /// `Increase`: the value is added (a missing key starts at 0).
        Increase = "Increase",
        /// `Decrease`: the value is subtracted (a missing key starts at 0).
        Decrease = "Decrease",
    }
}
