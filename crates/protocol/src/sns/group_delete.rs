//! `v4/sns/group_delete`: delete friend lists.

use serde::{Deserialize, Serialize};

use super::fields::check_group_name;
use crate::validation::{check, ValidationError};
use crate::Envelope;

/// The request of `group_delete` (<https://intl.cloud.tencent.com/document/product/1047/34926>).
///
/// Not idempotent (this crate's choice): deleting a list that no longer
/// exists may answer a failure, and each call moves `CurrentSequence` on.
///
/// ```
/// use tim_protocol::sns::GroupDeleteRequest;
///
/// assert!(GroupDeleteRequest::new("id", ["group1"]).validate().is_ok());
/// assert_eq!(GroupDeleteRequest::new("id", [""]).validate().unwrap_err().field(), "GroupName[0]");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupDeleteRequest {
    /// `From_Account`: the user whose lists are deleted.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `GroupName`: the lists to delete, at least one.
    #[serde(rename = "GroupName")]
    pub group_name: Vec<String>,
}

impl GroupDeleteRequest {
    /// Delete `user`'s lists `names`.
    pub fn new<I, S>(user: impl Into<String>, names: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            from_account: user.into(),
            group_name: names.into_iter().map(Into::into).collect(),
        }
    }

    /// Checks: `From_Account` 1 to 32 bytes; at least one name, each 1 to 30
    /// bytes (the page gives no maximum per call).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        check::count("GroupName", self.group_name.len(), 1, usize::MAX, None)?;
        for (index, name) in self.group_name.iter().enumerate() {
            check_group_name(|| format!("GroupName[{index}]"), name)?;
        }
        Ok(())
    }
}

/// The reply of `group_delete`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupDeleteResponse {
    /// `CurrentSequence`: the lists' sequence after the change.
    #[serde(rename = "CurrentSequence", default, skip_serializing_if = "Option::is_none")]
    pub current_sequence: Option<u64>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GroupDeleteResponse);
