//! `v4/recentcontact/create_contact_group`: create a conversation group for a
//! user, optionally with its first conversations.

use serde::{Deserialize, Serialize};

use super::{ContactResult, GroupItem};
use crate::limits::{CONTACTS_PER_REQUEST_MAX, GROUP_NAME_MAX_BYTES};
use crate::validation::{check, ValidationError};
use crate::{Conversation, Envelope, ErrorCode};

/// The request of `create_contact_group`.
///
/// ```
/// use tim_protocol::Conversation;
/// use tim_protocol::recentcontact::CreateContactGroupRequest;
///
/// let request = CreateContactGroupRequest::new(
///     "user_0001",
///     "group_0001",
///     [Conversation::c2c("user_0002"), Conversation::group("@TGS#1B2AUI7RZ")],
/// );
/// let sample: serde_json::Value =
///     serde_json::from_str(include_str!("../../samples/recentcontact/create_contact_group/request.json")).unwrap();
/// assert_eq!(serde_json::to_value(&request).unwrap(), sample);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateContactGroupRequest {
    /// `From_Account`: the user who gets the group.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `GroupContactItem`: the group to create; the service takes exactly one.
    #[serde(rename = "GroupContactItem")]
    pub groups: Vec<NewContactGroup>,
}

/// One `GroupContactItem`: a group name and its first conversations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NewContactGroup {
    /// `GroupName`: 1 to 64 bytes of UTF-8.
    #[serde(rename = "GroupName")]
    pub group_name: String,
    /// `ContactItem`: up to 100 conversations (absent and empty read the same).
    #[serde(rename = "ContactItem", default, skip_serializing_if = "Vec::is_empty")]
    pub conversations: Vec<Conversation>,
}

impl NewContactGroup {
    /// A group to create.
    pub fn new(group_name: impl Into<String>, conversations: impl IntoIterator<Item = Conversation>) -> Self {
        Self {
            group_name: group_name.into(),
            conversations: conversations.into_iter().collect(),
        }
    }
}

impl CreateContactGroupRequest {
    /// Create `group_name` for `from_account` holding `conversations`.
    pub fn new(
        from_account: impl Into<String>,
        group_name: impl Into<String>,
        conversations: impl IntoIterator<Item = Conversation>,
    ) -> Self {
        Self {
            from_account: from_account.into(),
            groups: vec![NewContactGroup::new(group_name, conversations)],
        }
    }

    /// Checks: `From_Account` 1 to 32 bytes; exactly one group; its name 1 to
    /// 64 bytes (51011); at most 100 conversations (51006), each well-formed.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        check::count("GroupContactItem", self.groups.len(), 1, 1, None)?;
        for (index, group) in self.groups.iter().enumerate() {
            let at = || format!("GroupContactItem[{index}]");
            check::group_name(
                || format!("{}.GroupName", at()),
                &group.group_name,
                GROUP_NAME_MAX_BYTES,
            )?;
            check::count(
                &format!("{}.ContactItem", at()),
                group.conversations.len(),
                0,
                CONTACTS_PER_REQUEST_MAX,
                Some(ErrorCode::ContactCountInvalid),
            )?;
            for (item, conversation) in group.conversations.iter().enumerate() {
                conversation.validate_at(|| format!("{}.ContactItem[{item}]", at()))?;
            }
        }
        Ok(())
    }
}

/// The reply of `create_contact_group`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateContactGroupResponse {
    /// `GroupResultItem`: one entry per created group.
    #[serde(rename = "GroupResultItem", default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<CreatedContactGroup>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(CreateContactGroupResponse);

impl CreateContactGroupResponse {
    /// A successful reply.
    pub fn new(groups: Vec<CreatedContactGroup>) -> Self {
        Self {
            groups,
            envelope: Envelope::ok(),
        }
    }
}

/// One `GroupResultItem`: the new group and the outcome for each conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreatedContactGroup {
    /// `GroupItem`: the new group's name and ID.
    #[serde(rename = "GroupItem")]
    pub group: GroupItem,
    /// `ResultItem`: one entry per initial conversation.
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<ContactResult>,
}

impl CreatedContactGroup {
    /// A created group.
    pub fn new(group: GroupItem, results: Vec<ContactResult>) -> Self {
        Self { group, results }
    }
}
