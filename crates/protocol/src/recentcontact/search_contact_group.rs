//! `v4/recentcontact/search_contact_group`: the groups and marks of specific
//! conversations of a user.

use serde::{Deserialize, Serialize};

use super::{ContactInfo, GroupItem};
use crate::limits::SEARCH_CONTACTS_MAX;
use crate::validation::{check, ValidationError};
use crate::{Conversation, Envelope};

/// The request of `search_contact_group`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SearchContactGroupRequest {
    /// `From_Account`: the owner.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `ContactItem`: 1 to 300 conversations to look up.
    #[serde(rename = "ContactItem")]
    pub conversations: Vec<Conversation>,
}

impl SearchContactGroupRequest {
    /// Look up `conversations` of `from_account`.
    pub fn new(from_account: impl Into<String>, conversations: impl IntoIterator<Item = Conversation>) -> Self {
        Self {
            from_account: from_account.into(),
            conversations: conversations.into_iter().collect(),
        }
    }

    /// Checks: `From_Account` 1 to 32 bytes; 1 to 300 well-formed conversations.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        check::count("ContactItem", self.conversations.len(), 1, SEARCH_CONTACTS_MAX, None)?;
        for (index, conversation) in self.conversations.iter().enumerate() {
            conversation.validate_at(|| format!("ContactItem[{index}]"))?;
        }
        Ok(())
    }
}

/// The reply of `search_contact_group`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SearchContactGroupResponse {
    /// `ContactResultItem`: the conversations found.
    #[serde(rename = "ContactResultItem", default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<ContactInfo>,
    /// `GroupItem`: the user's groups.
    #[serde(rename = "GroupItem", default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<GroupItem>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(SearchContactGroupResponse);

impl SearchContactGroupResponse {
    /// A successful reply.
    pub fn new(contacts: Vec<ContactInfo>, groups: Vec<GroupItem>) -> Self {
        Self {
            contacts,
            groups,
            envelope: Envelope::ok(),
        }
    }
}
