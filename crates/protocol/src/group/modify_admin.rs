//! `v4/group_open_avchatroom_http_svc/modify_admin`: set or remove the
//! administrators of an audio-video group.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::AVCHATROOM_ADMINS_MAX;
use crate::macros::int_enum;
use crate::validation::{Rule, ValidationError};

int_enum! {
    /// `CommandType` of `modify_admin`.
    pub enum AdminCommand {
        /// 1: make the accounts administrators.
        Set = 1,
        /// 2: take the administrator role away.
        Cancel = 2,
    }
}

/// The request of `modify_admin` (<https://www.tencentcloud.com/document/product/1047/60525>).
/// An administrator need not be in the group and stays one after leaving
/// and coming back, until this call removes it.
///
/// ```
/// use tim_protocol::group::ModifyAdminRequest;
///
/// let request = ModifyAdminRequest::set("@TGS#a6I4ZUUGO", ["user1"]);
/// assert!(request.validate().is_ok());
/// assert!(ModifyAdminRequest::cancel("@TGS#a6I4ZUUGO", ["a", "b", "c", "d", "e", "f"]).validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ModifyAdminRequest {
    /// `GroupId`: the audio-video group.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `CommandType`: set or cancel.
    #[serde(rename = "CommandType")]
    pub command_type: AdminCommand,
    /// `Admin_Account`: the UserIDs whose role changes.
    #[serde(rename = "Admin_Account")]
    pub admin_account: Vec<String>,
}

impl ModifyAdminRequest {
    /// Make `users` administrators of `group_id`.
    pub fn set(group_id: impl Into<String>, users: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            group_id: group_id.into(),
            command_type: AdminCommand::Set,
            admin_account: users.into_iter().map(Into::into).collect(),
        }
    }

    /// Take the administrator role from `users` in `group_id`.
    pub fn cancel(group_id: impl Into<String>, users: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            command_type: AdminCommand::Cancel,
            ..Self::set(group_id, users)
        }
    }

    /// Checks: `GroupId` not empty; `CommandType` 1 or 2; 1 to 5 UserIDs,
    /// each 1 to 32 bytes. The page limits a group to 5 administrators; this
    /// crate reads that as at most 5 accounts per call in both directions,
    /// since no group has more to set or remove.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        if let AdminCommand::Unknown(value) = self.command_type {
            return Err(ValidationError::new(
                "CommandType",
                Rule::UnsupportedValue {
                    value,
                    expected: "1 (set) or 2 (cancel)",
                },
            ));
        }
        checks::user_ids(
            "Admin_Account",
            self.admin_account.iter().map(String::as_str),
            1,
            AVCHATROOM_ADMINS_MAX,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_and_the_count_are_checked() {
        assert!(ModifyAdminRequest::cancel("g", ["a"; 5]).check().is_ok());
        let error = ModifyAdminRequest::set("g", ["a"; 6]).check().unwrap_err();
        assert_eq!(error.field(), "Admin_Account");
        assert!(matches!(error.rule(), Rule::TooMany { max: 5, actual: 6 }));
        let error = ModifyAdminRequest::set("g", Vec::<String>::new()).check().unwrap_err();
        assert!(matches!(error.rule(), Rule::TooFew { min: 1, actual: 0 }));
        let mut request = ModifyAdminRequest::set("g", ["a"]);
        request.command_type = AdminCommand::Unknown(3);
        assert_eq!(request.check().unwrap_err().field(), "CommandType");
        let request: ModifyAdminRequest =
            serde_json::from_str(r#"{"GroupId":"g","CommandType":2,"Admin_Account":["u"]}"#).unwrap();
        assert_eq!(request.command_type, AdminCommand::Cancel);
    }
}
