//! `v4/sns/group_add`: create friend lists, optionally putting friends in them.

use serde::{Deserialize, Serialize};

use super::fields::check_group_names;
use super::ResultItem;
use crate::validation::{check, ValidationError};
use crate::Envelope;

/// The request of `group_add` (<https://intl.cloud.tencent.com/document/product/1047/34950>):
/// friend lists ("groups" on the pages; not chat groups).
///
/// Not idempotent (this crate's choice): creating a list that exists may
/// answer a failure, and each call moves `CurrentSequence` on.
///
/// ```
/// use tim_protocol::sns::GroupAddRequest;
///
/// let request = GroupAddRequest::new("id", ["group1", "group2"]).with_friends(["id1"]);
/// assert!(request.validate().is_ok());
/// let error = GroupAddRequest::new("id", vec!["g"; 33]).validate().unwrap_err();
/// assert_eq!(error.error_code().map(|c| c.code()), Some(30011));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupAddRequest {
    /// `From_Account`: the user who gets the lists.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `GroupName`: the new lists, 1 to 32 names of 1 to 30 bytes.
    #[serde(rename = "GroupName")]
    pub group_name: Vec<String>,
    /// `To_Account`: friends to put in the new lists.
    #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
    pub to_account: Option<Vec<String>>,
}

impl GroupAddRequest {
    /// Create the lists `names` for `user`.
    pub fn new<I, S>(user: impl Into<String>, names: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            from_account: user.into(),
            group_name: names.into_iter().map(Into::into).collect(),
            to_account: None,
        }
    }

    /// Puts `friends` in the new lists.
    pub fn with_friends<I, S>(mut self, friends: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.to_account = Some(friends.into_iter().map(Into::into).collect());
        self
    }

    /// Checks: the accounts 1 to 32 bytes; 1 to 32 names of 1 to 30 bytes (a
    /// user has at most 32 lists, so more can never be created: 30011); when
    /// `To_Account` is sent, at least one friend (the page gives no maximum).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        check_group_names("GroupName", &self.group_name, 1)?;
        if let Some(friends) = &self.to_account {
            check::user_ids("To_Account", friends, 1, usize::MAX)?;
        }
        Ok(())
    }
}

/// The reply of `group_add`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupAddResponse {
    /// `ResultItem`: one result per friend put in the lists (when `To_Account` was sent).
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Option::is_none")]
    pub result_item: Option<Vec<ResultItem>>,
    /// `Fail_Account`: the friends that failed; present only when one did.
    #[serde(rename = "Fail_Account", default, skip_serializing_if = "Option::is_none")]
    pub fail_account: Option<Vec<String>>,
    /// `CurrentSequence`: the lists' sequence after the change.
    #[serde(rename = "CurrentSequence", default, skip_serializing_if = "Option::is_none")]
    pub current_sequence: Option<u64>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GroupAddResponse);
