//! `v4/recentcontact/update_contact_group`: rename one of a user's
//! conversation groups, or add and remove conversations in it.

use serde::{Deserialize, Serialize, Serializer};

use crate::limits::{CONTACTS_PER_REQUEST_MAX, GROUP_NAME_MAX_BYTES};
use crate::macros::int_enum;
use crate::validation::{check, Rule, ValidationError};
use crate::{Conversation, Envelope, ErrorCode};

int_enum! {
    /// `UpdateType`: the kind of update. The service documents one value.
    pub enum UpdateType {
        /// 1: update a group's name or the conversations in it.
        Group = 1,
    }
}

int_enum! {
    /// `UpdateGroupType`: what a group update changes.
    pub enum UpdateGroupType {
        /// 1: rename the group.
        Rename = 1,
        /// 2: add or remove conversations in the group.
        Contacts = 2,
    }
}

int_enum! {
    /// `ContactOptType`: what to do with one conversation.
    pub enum ContactOp {
        /// 1: add the conversation to the group.
        Add = 1,
        /// 2: remove the conversation from the group.
        Remove = 2,
    }
}

/// The request of `update_contact_group`.
///
/// A rename and an edit of the conversations are different shapes of
/// [`GroupUpdate`], so a request built in Rust cannot mix them. The seed's two
/// samples:
///
/// ```
/// use tim_protocol::Conversation;
/// use tim_protocol::recentcontact::{ContactEdit, UpdateContactGroupRequest};
///
/// let rename = UpdateContactGroupRequest::rename("user_0001", "group_0001", "group_0002");
/// let sample: serde_json::Value =
///     serde_json::from_str(include_str!("../../samples/recentcontact/update_contact_group/request.json")).unwrap();
/// assert_eq!(serde_json::to_value(&rename).unwrap(), sample);
///
/// let edit = UpdateContactGroupRequest::edit_contacts(
///     "user_0001",
///     "group_0001",
///     [
///         ContactEdit::add(Conversation::c2c("user_0002")),
///         ContactEdit::remove(Conversation::group("@TGS#1B2AUI7RZ")),
///     ],
/// );
/// let sample: serde_json::Value =
///     serde_json::from_str(include_str!("../../samples/recentcontact/update_contact_group/request-2.json")).unwrap();
/// assert_eq!(serde_json::to_value(&edit).unwrap(), sample);
/// assert!(rename.validate().is_ok() && edit.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateContactGroupRequest {
    /// `From_Account`: the user whose conversation group changes.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `UpdateType`: always [`UpdateType::Group`] in requests built here.
    #[serde(rename = "UpdateType")]
    pub update_type: UpdateType,
    /// `UpdateGroup`: the change.
    #[serde(rename = "UpdateGroup")]
    pub update: GroupUpdate,
}

/// `UpdateGroup`: a rename, or an edit of the conversations in a group.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "RawGroupUpdate")]
#[non_exhaustive]
pub enum GroupUpdate {
    /// `UpdateGroupType` 1: rename `OldGroupName` to `NewGroupName`.
    Rename {
        /// `OldGroupName`: the group's current name.
        old_name: String,
        /// `NewGroupName`: its new name, 1 to 64 bytes of UTF-8.
        new_name: String,
    },
    /// `UpdateGroupType` 2: add and remove conversations in `OldGroupName`.
    Contacts {
        /// `OldGroupName`: the group to change (it keeps its name).
        group_name: String,
        /// `ContactUpdateItem`: 1 to 100 edits.
        edits: Vec<ContactEdit>,
    },
    /// Any other combination of fields, kept as sent (a reply from a newer
    /// service, or a malformed request received by the emulator). Only
    /// parsing makes these: [`RawGroupUpdate`] has no public constructor.
    /// [`UpdateContactGroupRequest::validate`] rejects it naming the field.
    Other(RawGroupUpdate),
}

/// The fields of `UpdateGroup` as sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RawGroupUpdate {
    /// `UpdateGroupType`.
    #[serde(rename = "UpdateGroupType")]
    pub kind: UpdateGroupType,
    /// `OldGroupName`.
    #[serde(rename = "OldGroupName", default, skip_serializing_if = "Option::is_none")]
    pub old_group_name: Option<String>,
    /// `NewGroupName`.
    #[serde(rename = "NewGroupName", default, skip_serializing_if = "Option::is_none")]
    pub new_group_name: Option<String>,
    /// `ContactUpdateItem`.
    #[serde(rename = "ContactUpdateItem", default, skip_serializing_if = "Option::is_none")]
    pub contact_update_item: Option<Vec<ContactEdit>>,
}

/// One `ContactUpdateItem`: add or remove one conversation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ContactEdit {
    /// `ContactOptType`.
    #[serde(rename = "ContactOptType")]
    pub op: ContactOp,
    /// `ContactItem`.
    #[serde(rename = "ContactItem")]
    pub conversation: Conversation,
}

impl ContactEdit {
    /// An edit with the given operation.
    pub fn new(op: ContactOp, conversation: Conversation) -> Self {
        Self { op, conversation }
    }

    /// Add `conversation` to the group.
    pub fn add(conversation: Conversation) -> Self {
        Self::new(ContactOp::Add, conversation)
    }

    /// Remove `conversation` from the group.
    pub fn remove(conversation: Conversation) -> Self {
        Self::new(ContactOp::Remove, conversation)
    }
}

impl UpdateContactGroupRequest {
    /// A request with the given update.
    pub fn new(from_account: impl Into<String>, update: GroupUpdate) -> Self {
        Self {
            from_account: from_account.into(),
            update_type: UpdateType::Group,
            update,
        }
    }

    /// Rename `from_account`'s group `old_name` to `new_name`.
    pub fn rename(from_account: impl Into<String>, old_name: impl Into<String>, new_name: impl Into<String>) -> Self {
        Self::new(
            from_account,
            GroupUpdate::Rename {
                old_name: old_name.into(),
                new_name: new_name.into(),
            },
        )
    }

    /// Add and remove conversations in `from_account`'s group `group_name`.
    pub fn edit_contacts(
        from_account: impl Into<String>,
        group_name: impl Into<String>,
        edits: impl IntoIterator<Item = ContactEdit>,
    ) -> Self {
        Self::new(
            from_account,
            GroupUpdate::Contacts {
                group_name: group_name.into(),
                edits: edits.into_iter().collect(),
            },
        )
    }

    /// Checks the seed's rules: `From_Account` 1 to 32 bytes; `UpdateType` 1; a
    /// rename names the group and a new name of 1 to 64 bytes (51011); an edit
    /// names the group and has 1 to 100 conversations (51006), each a one-to-one
    /// conversation with a `To_Account` or a group conversation with a
    /// `ToGroupId`, never both, never empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        if self.update_type != UpdateType::Group {
            return Err(ValidationError::new(
                "UpdateType",
                Rule::UnsupportedValue {
                    value: self.update_type.value(),
                    expected: "1",
                },
            ));
        }
        match &self.update {
            GroupUpdate::Rename { old_name, new_name } => {
                check_old_name(old_name)?;
                check::group_name(|| "UpdateGroup.NewGroupName".into(), new_name, GROUP_NAME_MAX_BYTES)
            }
            GroupUpdate::Contacts { group_name, edits } => {
                check_old_name(group_name)?;
                check::count(
                    "UpdateGroup.ContactUpdateItem",
                    edits.len(),
                    1,
                    CONTACTS_PER_REQUEST_MAX,
                    Some(ErrorCode::ContactCountInvalid),
                )?;
                for (index, edit) in edits.iter().enumerate() {
                    let at = || format!("UpdateGroup.ContactUpdateItem[{index}]");
                    if !edit.op.is_known() {
                        return Err(ValidationError::new(
                            format!("{}.ContactOptType", at()),
                            Rule::UnsupportedValue {
                                value: edit.op.value(),
                                expected: "1 (add) or 2 (remove)",
                            },
                        ));
                    }
                    edit.conversation.validate_at(|| format!("{}.ContactItem", at()))?;
                }
                Ok(())
            }
            GroupUpdate::Other(raw) => Err(raw.violation()),
        }
    }
}

fn check_old_name(name: &str) -> Result<(), ValidationError> {
    if name.is_empty() {
        return Err(ValidationError::new("UpdateGroup.OldGroupName", Rule::NotEmpty));
    }
    Ok(())
}

impl RawGroupUpdate {
    /// The first rule this combination of fields breaks. Only called on values
    /// that did not fit a [`GroupUpdate`] shape, so there always is one.
    fn violation(&self) -> ValidationError {
        let field = |name: &str| format!("UpdateGroup.{name}");
        let absent = |name: &str, why| ValidationError::new(field(name), Rule::MustBeAbsent(why));
        let required = |name: &str| ValidationError::new(field(name), Rule::Required);
        match self.kind {
            _ if self.old_group_name.is_none() => required("OldGroupName"),
            UpdateGroupType::Rename if self.new_group_name.is_none() => required("NewGroupName"),
            UpdateGroupType::Rename => absent("ContactUpdateItem", "for a rename (UpdateGroupType 1)"),
            UpdateGroupType::Contacts if self.contact_update_item.is_none() => {
                required("ContactUpdateItem").with_code(ErrorCode::ContactCountInvalid)
            }
            UpdateGroupType::Contacts => absent("NewGroupName", "for a conversation edit (UpdateGroupType 2)"),
            kind => ValidationError::new(
                field("UpdateGroupType"),
                Rule::UnsupportedValue {
                    value: kind.value(),
                    expected: "1 (rename) or 2 (conversations)",
                },
            ),
        }
    }
}

impl From<RawGroupUpdate> for GroupUpdate {
    fn from(raw: RawGroupUpdate) -> Self {
        match raw {
            RawGroupUpdate {
                kind: UpdateGroupType::Rename,
                old_group_name: Some(old_name),
                new_group_name: Some(new_name),
                contact_update_item: None,
            } => Self::Rename { old_name, new_name },
            RawGroupUpdate {
                kind: UpdateGroupType::Contacts,
                old_group_name: Some(group_name),
                new_group_name: None,
                contact_update_item: Some(edits),
            } => Self::Contacts { group_name, edits },
            other => Self::Other(other),
        }
    }
}

impl Serialize for GroupUpdate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut update = serializer.serialize_struct("UpdateGroup", 3)?;
        match self {
            Self::Rename { old_name, new_name } => {
                update.serialize_field("UpdateGroupType", &UpdateGroupType::Rename)?;
                update.serialize_field("OldGroupName", old_name)?;
                update.serialize_field("NewGroupName", new_name)?;
            }
            Self::Contacts { group_name, edits } => {
                update.serialize_field("UpdateGroupType", &UpdateGroupType::Contacts)?;
                update.serialize_field("OldGroupName", group_name)?;
                update.serialize_field("ContactUpdateItem", edits)?;
            }
            Self::Other(raw) => {
                update.serialize_field("UpdateGroupType", &raw.kind)?;
                if let Some(old) = &raw.old_group_name {
                    update.serialize_field("OldGroupName", old)?;
                }
                if let Some(new) = &raw.new_group_name {
                    update.serialize_field("NewGroupName", new)?;
                }
                if let Some(items) = &raw.contact_update_item {
                    update.serialize_field("ContactUpdateItem", items)?;
                }
            }
        }
        update.end()
    }
}

/// The reply of `update_contact_group`.
///
/// ```
/// use tim_protocol::recentcontact::UpdateContactGroupResponse;
///
/// let reply: UpdateContactGroupResponse =
///     serde_json::from_str(include_str!("../../samples/recentcontact/update_contact_group/response-2.json")).unwrap();
/// let result = reply.result.as_ref().unwrap();
/// assert_eq!((result.group_id, result.group_name.as_str()), (1, "group_0001"));
/// assert_eq!(reply.failed_contacts().count(), 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateContactGroupResponse {
    /// `UpdateType`: echoes the request's.
    #[serde(rename = "UpdateType", default, skip_serializing_if = "Option::is_none")]
    pub update_type: Option<UpdateType>,
    /// `UpdateGroupResult`: absent when the call failed.
    #[serde(rename = "UpdateGroupResult", default, skip_serializing_if = "Option::is_none")]
    pub result: Option<UpdateGroupResult>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(UpdateContactGroupResponse);

impl UpdateContactGroupResponse {
    /// A successful reply carrying `result`.
    pub fn new(result: UpdateGroupResult) -> Self {
        Self {
            update_type: Some(UpdateType::Group),
            result: Some(result),
            envelope: Envelope::ok(),
        }
    }

    /// The conversations whose add or remove failed (`ResultCode` not 0).
    pub fn failed_contacts(&self) -> impl Iterator<Item = &ContactEditResult> {
        self.result
            .iter()
            .flat_map(|result| result.contact_results.iter())
            .filter(|item| !item.result_code.is_success())
    }
}

/// `UpdateGroupResult`: the group after the update.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateGroupResult {
    /// `UpdateGroupType`: 1 rename, 2 conversations.
    #[serde(rename = "UpdateGroupType")]
    pub kind: UpdateGroupType,
    /// `GroupName`: the name after the update.
    #[serde(rename = "GroupName")]
    pub group_name: String,
    /// `GroupId`: the group's ID (a rename keeps it).
    #[serde(rename = "GroupId")]
    pub group_id: u64,
    /// `OldGroupName`: the name before the update.
    #[serde(rename = "OldGroupName")]
    pub old_group_name: String,
    /// `ContactResultItem`: one entry per edit, in request order (edits only;
    /// absent and empty read the same).
    #[serde(rename = "ContactResultItem", default, skip_serializing_if = "Vec::is_empty")]
    pub contact_results: Vec<ContactEditResult>,
}

impl UpdateGroupResult {
    /// A result without per-conversation items.
    pub fn new(
        kind: UpdateGroupType,
        group_name: impl Into<String>,
        group_id: u64,
        old_group_name: impl Into<String>,
    ) -> Self {
        Self {
            kind,
            group_name: group_name.into(),
            group_id,
            old_group_name: old_group_name.into(),
            contact_results: Vec::new(),
        }
    }
}

/// One `ContactResultItem`: the outcome of one edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ContactEditResult {
    /// `ContactOptType`: echo of the edit's operation.
    #[serde(rename = "ContactOptType")]
    pub op: ContactOp,
    /// `ContactItem`: echo of the conversation.
    #[serde(rename = "ContactItem")]
    pub conversation: Conversation,
    /// `ResultCode`: 0 on success.
    #[serde(rename = "ResultCode", default)]
    pub result_code: ErrorCode,
    /// `ResultInfo`: the reason for a failure; empty on success.
    #[serde(rename = "ResultInfo", default)]
    pub result_info: String,
}

impl ContactEditResult {
    /// The outcome of `edit`.
    pub fn new(edit: ContactEdit, result_code: ErrorCode, result_info: impl Into<String>) -> Self {
        Self {
            op: edit.op,
            conversation: edit.conversation,
            result_code,
            result_info: result_info.into(),
        }
    }
}
