//! `v4/recentcontact/get_contact_group`: page through a user's grouped and
//! marked conversations, with the user's group list.

use serde::{Deserialize, Serialize};

use super::{ContactInfo, GroupItem};
use crate::validation::{check, ValidationError};
use crate::{Envelope, Paged};

/// The request of `get_contact_group`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetContactGroupRequest {
    /// `From_Account`: the user to read.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `StartIndex`: 0 first, then the previous reply's `NextStartIndex`.
    #[serde(rename = "StartIndex")]
    pub start_index: u64,
}

impl GetContactGroupRequest {
    /// A request for the page starting at `start_index`.
    pub fn new(from_account: impl Into<String>, start_index: u64) -> Self {
        Self {
            from_account: from_account.into(),
            start_index,
        }
    }

    /// Checks: `From_Account` 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)
    }
}

/// Pages by `StartIndex`, from the reply's `NextStartIndex`, until `CompleteFlag` is 1.
impl Paged for GetContactGroupRequest {
    fn next_request(&self, reply: &GetContactGroupResponse) -> Option<Self> {
        let next = Self::new(&self.from_account, reply.next_start_index);
        (!reply.is_complete() && next != *self).then_some(next)
    }
}

/// The reply of `get_contact_group`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetContactGroupResponse {
    /// `ContactItem`: conversations with group or mark data.
    #[serde(rename = "ContactItem", default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<ContactInfo>,
    /// `GroupItem`: all of the user's groups.
    #[serde(rename = "GroupItem", default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<GroupItem>,
    /// `CompleteFlag`: 1 on the last page.
    #[serde(rename = "CompleteFlag", default)]
    pub complete_flag: u32,
    /// `NextStartIndex`: the `StartIndex` of the next page.
    #[serde(rename = "NextStartIndex", default)]
    pub next_start_index: u64,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetContactGroupResponse);

impl GetContactGroupResponse {
    /// A successful reply.
    pub fn new(contacts: Vec<ContactInfo>, groups: Vec<GroupItem>, complete: bool, next_start_index: u64) -> Self {
        Self {
            contacts,
            groups,
            complete_flag: u32::from(complete),
            next_start_index,
            envelope: Envelope::ok(),
        }
    }

    /// Whether this is the last page.
    pub fn is_complete(&self) -> bool {
        self.complete_flag == 1
    }
}
