//! `v4/group_open_http_svc/create_group`: create a group.

use serde::{Deserialize, Serialize};

use super::checks;
use super::types::{AppDefinedData, GroupType, JoinOption, MemberRole};
use crate::limits::{CHAT_GROUP_NAME_MAX_BYTES, CREATE_GROUP_MEMBERS_MAX};
use crate::validation::{check, Rule, ValidationError};
use crate::Envelope;

/// One entry of `MemberList` in `create_group`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NewMember {
    /// `Member_Account`.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// `Role`: only `Admin` may be given; absent means an ordinary member.
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<MemberRole>,
    /// `AppMemberDefinedData`: the member's custom fields.
    #[serde(rename = "AppMemberDefinedData", default, skip_serializing_if = "Option::is_none")]
    pub app_member_defined_data: Option<Vec<AppDefinedData>>,
}

impl NewMember {
    /// An ordinary member.
    pub fn new(member_account: impl Into<String>) -> Self {
        Self {
            member_account: member_account.into(),
            role: None,
            app_member_defined_data: None,
        }
    }

    /// An admin.
    pub fn admin(member_account: impl Into<String>) -> Self {
        Self {
            role: Some(MemberRole::Admin),
            ..Self::new(member_account)
        }
    }
}

/// The request of `create_group`.
///
/// ```
/// use tim_protocol::group::{CreateGroupRequest, GroupType};
///
/// let request = CreateGroupRequest::with_members(GroupType::Public, "TestGroup", "leckie", ["bob", "peter"]);
/// assert!(request.validate().is_ok());
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({
///         "Owner_Account": "leckie", "Type": "Public", "Name": "TestGroup",
///         "MemberList": [{"Member_Account": "bob"}, {"Member_Account": "peter"}]
///     })
/// );
/// let refused = CreateGroupRequest::new(GroupType::Public, "TestGroup").group_id("@TGS#mine");
/// assert_eq!(refused.validate().unwrap_err().field(), "GroupId");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateGroupRequest {
    /// `Owner_Account`: the owner, added as a member; absent means no owner.
    #[serde(rename = "Owner_Account", default, skip_serializing_if = "Option::is_none")]
    pub owner_account: Option<String>,
    /// `Type`.
    #[serde(rename = "Type")]
    pub kind: GroupType,
    /// `GroupId`: a custom ID; absent lets the service assign one.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `Name`: 1 to 30 bytes.
    #[serde(rename = "Name")]
    pub name: String,
    /// `Introduction`: at most 240 bytes.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// `Notification`: at most 300 bytes.
    #[serde(rename = "Notification", default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<String>,
    /// `FaceUrl`: at most 100 bytes.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// `MaxMemberCount`.
    #[serde(rename = "MaxMemberCount", default, skip_serializing_if = "Option::is_none")]
    pub max_member_count: Option<u32>,
    /// `ApplyJoinOption`.
    #[serde(rename = "ApplyJoinOption", default, skip_serializing_if = "Option::is_none")]
    pub apply_join_option: Option<JoinOption>,
    /// `InviteJoinOption`.
    #[serde(rename = "InviteJoinOption", default, skip_serializing_if = "Option::is_none")]
    pub invite_join_option: Option<JoinOption>,
    /// `AppDefinedData`: the group's custom fields.
    #[serde(rename = "AppDefinedData", default, skip_serializing_if = "Option::is_none")]
    pub app_defined_data: Option<Vec<AppDefinedData>>,
    /// `MemberList`: at most 100 initial members (none for an AVChatRoom).
    #[serde(rename = "MemberList", default, skip_serializing_if = "Option::is_none")]
    pub member_list: Option<Vec<NewMember>>,
    /// `SupportTopic`: 1 for a Community with topics.
    #[serde(rename = "SupportTopic", default, skip_serializing_if = "Option::is_none")]
    pub support_topic: Option<u8>,
}

impl CreateGroupRequest {
    /// A group of `kind` named `name`, with no owner and no members.
    pub fn new(kind: GroupType, name: impl Into<String>) -> Self {
        Self {
            owner_account: None,
            kind,
            group_id: None,
            name: name.into(),
            introduction: None,
            notification: None,
            face_url: None,
            max_member_count: None,
            apply_join_option: None,
            invite_join_option: None,
            app_defined_data: None,
            member_list: None,
            support_topic: None,
        }
    }

    /// A group owned by `owner` with `members` as ordinary members.
    pub fn with_members<S: Into<String>>(
        kind: GroupType,
        name: impl Into<String>,
        owner: impl Into<String>,
        members: impl IntoIterator<Item = S>,
    ) -> Self {
        let mut request = Self::new(kind, name).owner(owner);
        request.member_list = Some(members.into_iter().map(NewMember::new).collect());
        request
    }

    /// With an owner.
    pub fn owner(mut self, owner: impl Into<String>) -> Self {
        self.owner_account = Some(owner.into());
        self
    }

    /// With a custom group ID.
    pub fn group_id(mut self, group_id: impl Into<String>) -> Self {
        self.group_id = Some(group_id.into());
        self
    }

    /// With an introduction.
    pub fn introduction(mut self, text: impl Into<String>) -> Self {
        self.introduction = Some(text.into());
        self
    }

    /// With a join option.
    pub fn apply_join_option(mut self, option: JoinOption) -> Self {
        self.apply_join_option = Some(option);
        self
    }

    /// Checks: `Name` 1 to 30 bytes; `Introduction` at most 240,
    /// `Notification` 300, `FaceUrl` 100 bytes; a custom `GroupId` at most 48
    /// bytes of printable ASCII, not starting with `@TGS#` (a Community's
    /// starting with `@TGS#_`); `Owner_Account` and members 1 to 32 bytes; at
    /// most 100 members, none for an AVChatRoom (10007); custom keys not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_profile(
            &self.owner_account,
            &self.kind,
            self.group_id.as_deref(),
            &self.name,
            [
                self.introduction.as_deref(),
                self.notification.as_deref(),
                self.face_url.as_deref(),
            ],
            self.app_defined_data.as_deref(),
        )?;
        if let Some(members) = &self.member_list {
            if self.kind == GroupType::AvChatRoom && !members.is_empty() {
                return Err(ValidationError::new(
                    "MemberList",
                    Rule::MustBeAbsent("for an AVChatRoom: users join it themselves"),
                )
                .with_code(crate::ErrorCode::GroupPermissionDenied));
            }
            check::count("MemberList", members.len(), 0, CREATE_GROUP_MEMBERS_MAX, None)?;
            for (index, member) in members.iter().enumerate() {
                checks::user_id(|| format!("MemberList[{index}].Member_Account"), &member.member_account)?;
                checks::defined_data(
                    &format!("MemberList[{index}].AppMemberDefinedData"),
                    member.app_member_defined_data.as_deref(),
                )?;
            }
        }
        Ok(())
    }
}

/// The rules `create_group` and `import_group` share; `texts` are the
/// `Introduction`, `Notification` and `FaceUrl` ([`checks::profile_texts`]).
pub(crate) fn check_profile(
    owner: &Option<String>,
    kind: &GroupType,
    group_id: Option<&str>,
    name: &str,
    texts: [Option<&str>; 3],
    defined: Option<&[AppDefinedData]>,
) -> Result<(), ValidationError> {
    if let Some(owner) = owner {
        checks::user_id(|| "Owner_Account".into(), owner)?;
    }
    if let Some(id) = group_id {
        checks::custom_group_id("GroupId", id, kind)?;
    }
    check::text(|| "Name".into(), name, CHAT_GROUP_NAME_MAX_BYTES)?;
    let [introduction, notification, face_url] = texts;
    checks::profile_texts(introduction, notification, face_url)?;
    checks::defined_data("AppDefinedData", defined)
}

/// The reply of `create_group`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateGroupResponse {
    /// `GroupId`: the new group's ID (absent when the call failed).
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `Type`: the new group's type (the page's Community sample shows it).
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<GroupType>,
    /// `HugeGroupFlag`: 1 when the group is a huge (Community) group, as the
    /// page's Community sample shows it (`0` there); the page's field table
    /// does not describe it.
    #[serde(rename = "HugeGroupFlag", default, skip_serializing_if = "Option::is_none")]
    pub huge_group_flag: Option<u32>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(CreateGroupResponse);

impl CreateGroupResponse {
    /// A successful reply.
    pub fn new(group_id: impl Into<String>) -> Self {
        Self {
            group_id: Some(group_id.into()),
            kind: None,
            huge_group_flag: None,
            envelope: Envelope::ok(),
        }
    }
}
