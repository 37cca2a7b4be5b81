//! `v4/recentcontact/del_contact_group`: delete one of a user's conversation
//! groups.

use serde::{Deserialize, Serialize};

use super::GroupItem;
use crate::limits::GROUP_NAME_MAX_BYTES;
use crate::validation::{check, ValidationError};
use crate::Envelope;

/// The request of `del_contact_group`.
///
/// The wire shape of sns `group_delete` (a user and names), kept a type of
/// its own: the rules differ (exactly one name here, of up to 64 bytes; any
/// number of friend-list names there), and the two are different things of
/// different services, so a shared type would only share field names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DelContactGroupRequest {
    /// `From_Account`: the group's owner.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `GroupName`: the names to delete; the service takes exactly one.
    #[serde(rename = "GroupName")]
    pub group_names: Vec<String>,
}

impl DelContactGroupRequest {
    /// Delete `from_account`'s group `group_name`.
    pub fn new(from_account: impl Into<String>, group_name: impl Into<String>) -> Self {
        Self {
            from_account: from_account.into(),
            group_names: vec![group_name.into()],
        }
    }

    /// Checks: `From_Account` 1 to 32 bytes; exactly one name, 1 to 64 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        check::count("GroupName", self.group_names.len(), 1, 1, None)?;
        for (index, name) in self.group_names.iter().enumerate() {
            check::group_name(|| format!("GroupName[{index}]"), name, GROUP_NAME_MAX_BYTES)?;
        }
        Ok(())
    }
}

/// The reply of `del_contact_group`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DelContactGroupResponse {
    /// `GroupItem`: the deleted groups.
    #[serde(rename = "GroupItem", default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<GroupItem>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(DelContactGroupResponse);

impl DelContactGroupResponse {
    /// A successful reply.
    pub fn new(groups: Vec<GroupItem>) -> Self {
        Self {
            groups,
            envelope: Envelope::ok(),
        }
    }
}
