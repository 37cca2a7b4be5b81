//! The shapes the group message calls share: the priority of a message, the
//! `@` mentions of `send_group_msg`, and the checks of a message's fields.

use serde::{Deserialize, Serialize};

crate::str_enum! {
    /// `MsgPriority` of `send_group_msg`: which messages an audio-video group
    /// drops first under load. Case-sensitive on the wire; `Normal` when absent.
    ///
    /// ```
    /// use tim_protocol::group::MsgPriority;
    ///
    /// let high: MsgPriority = serde_json::from_str(r#""High""#).unwrap();
    /// assert_eq!(high, MsgPriority::High);
    /// assert_eq!(serde_json::to_string(&MsgPriority::Other("Urgent".into())).unwrap(), r#""Urgent""#);
    /// ```
    pub enum MsgPriority {
        /// `High`.
        High = "High",
        /// `Normal` (the default).
        Normal = "Normal",
        /// `Low`.
        Low = "Low",
        /// `Lowest`.
        Lowest = "Lowest",
    }
}

/// One `GroupAtInfo` item of `send_group_msg`: an `@` in the text, in the
/// order the mentions appear in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupAtInfo {
    /// `GroupAtAllFlag`: 1 mentions everyone, 0 one member.
    #[serde(rename = "GroupAtAllFlag")]
    pub group_at_all_flag: u32,
    /// `GroupAt_Account`: the member mentioned when the flag is 0.
    #[serde(rename = "GroupAt_Account", default, skip_serializing_if = "Option::is_none")]
    pub group_at_account: Option<String>,
}

impl GroupAtInfo {
    /// `@all`.
    pub fn all() -> Self {
        Self {
            group_at_all_flag: 1,
            group_at_account: None,
        }
    }

    /// `@member`.
    pub fn member(account: impl Into<String>) -> Self {
        Self {
            group_at_all_flag: 0,
            group_at_account: Some(account.into()),
        }
    }
}
