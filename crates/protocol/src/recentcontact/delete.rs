//! `v4/recentcontact/delete`: remove one conversation from a user's recent
//! list.

use serde::{Deserialize, Serialize};

use crate::conversation::ConversationType;
use crate::validation::{check, Rule, ValidationError};

/// The request of `delete`. Note the group key is `ToGroupid` (lower-case d),
/// as the service spells it for this API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeleteRequest {
    /// `From_Account`: the owner of the list.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `Type`: 1 one-to-one, 2 group.
    #[serde(rename = "Type")]
    pub kind: ConversationType,
    /// `To_Account`: the peer, for Type 1.
    #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
    pub to_account: Option<String>,
    /// `ToGroupid`: the group, for Type 2.
    #[serde(rename = "ToGroupid", default, skip_serializing_if = "Option::is_none")]
    pub to_group_id: Option<String>,
    /// `ClearRamble`: 1 also clears the roaming messages.
    #[serde(rename = "ClearRamble", default, skip_serializing_if = "Option::is_none")]
    pub clear_ramble: Option<u32>,
}

impl DeleteRequest {
    /// Delete the one-to-one conversation with `to_account`.
    pub fn c2c(from_account: impl Into<String>, to_account: impl Into<String>, clear_messages: bool) -> Self {
        Self {
            from_account: from_account.into(),
            kind: ConversationType::C2c,
            to_account: Some(to_account.into()),
            to_group_id: None,
            clear_ramble: Some(u32::from(clear_messages)),
        }
    }

    /// Delete the group conversation `group_id`.
    pub fn group(from_account: impl Into<String>, group_id: impl Into<String>, clear_messages: bool) -> Self {
        Self {
            from_account: from_account.into(),
            kind: ConversationType::Group,
            to_account: None,
            to_group_id: Some(group_id.into()),
            clear_ramble: Some(u32::from(clear_messages)),
        }
    }

    /// Checks: `From_Account` 1 to 32 bytes; Type 1 with `To_Account` only, or
    /// Type 2 with `ToGroupid` only; `ClearRamble` 0 or 1.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        let (needed, forbidden) = match self.kind {
            ConversationType::C2c => (("To_Account", &self.to_account), ("ToGroupid", &self.to_group_id)),
            ConversationType::Group => (("ToGroupid", &self.to_group_id), ("To_Account", &self.to_account)),
            kind => {
                return Err(ValidationError::new(
                    "Type",
                    Rule::UnsupportedValue {
                        value: kind.value(),
                        expected: "1 (one-to-one) or 2 (group)",
                    },
                ))
            }
        };
        match needed.1 {
            None => return Err(ValidationError::new(needed.0, Rule::Required)),
            Some(id) if id.is_empty() => return Err(ValidationError::new(needed.0, Rule::NotEmpty)),
            Some(_) => {}
        }
        if forbidden.1.is_some() {
            return Err(ValidationError::new(forbidden.0, Rule::MustBeAbsent("for this Type")));
        }
        match self.clear_ramble {
            Some(value) if value > 1 => Err(ValidationError::new(
                "ClearRamble",
                Rule::UnsupportedValue {
                    value: i64::from(value),
                    expected: "0 or 1",
                },
            )),
            _ => Ok(()),
        }
    }
}

impl DeleteRequest {
    /// The conversation, keyed as elsewhere (`ToGroupId`).
    pub fn conversation(&self) -> crate::Conversation {
        crate::Conversation::from(crate::RawConversation::new(
            self.kind,
            self.to_account.clone(),
            self.to_group_id.clone(),
        ))
    }
}
