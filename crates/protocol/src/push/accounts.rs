//! The request of the push calls that name users and nothing else
//! (`{"To_Account": [...]}`), and the per-account errors of `timpush`.

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use super::USERS_PER_REQUEST_MAX;
use crate::validation::{check, Rule, ValidationError};
use crate::ErrorCode;

/// A list of 1 to 100 accounts (`To_Account`; 90018 beyond). `Call` makes
/// each call its own type with its own path: [`ImGetAttrRequest`](super::ImGetAttrRequest),
/// [`ImGetTagRequest`](super::ImGetTagRequest),
/// [`ImRemoveAllTagsRequest`](super::ImRemoveAllTagsRequest) and
/// [`TimpushGetTagRequest`](super::TimpushGetTagRequest).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ToAccountsRequest<Call> {
    /// `To_Account`: the users.
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    #[serde(skip)]
    call: PhantomData<Call>,
}

/// One of the calls sending a [`ToAccountsRequest`].
pub trait ToAccountsCall {
    /// Whether the call also takes the Push SDK's RegistrationIDs (as
    /// `timpush` does), whose length the pages do not give: then an account
    /// is only checked not to be empty, not to be a UserID of at most 32
    /// bytes.
    const REGISTRATION_IDS: bool;
}

impl<Call: ToAccountsCall> ToAccountsRequest<Call> {
    /// The request for `users`.
    pub fn new<I, S>(users: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            to_account: users.into_iter().map(Into::into).collect(),
            call: PhantomData,
        }
    }

    /// Checks: 1 to 100 accounts (90018), each a UserID of 1 to 32 bytes (or,
    /// for a call taking RegistrationIDs, not empty).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        let accounts = &self.to_account;
        check::count(
            "To_Account",
            accounts.len(),
            1,
            USERS_PER_REQUEST_MAX,
            Some(ErrorCode::PushAccountsExceeded),
        )?;
        for (index, account) in accounts.iter().enumerate() {
            let field = || format!("To_Account[{index}]");
            if Call::REGISTRATION_IDS {
                if account.is_empty() {
                    return Err(ValidationError::new(field(), Rule::NotEmpty));
                }
            } else {
                check::user_id(field, account)?;
            }
        }
        Ok(())
    }
}

/// One `ErrorList` item of a `timpush` reply: an account the call failed on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AccountError {
    /// `To_Account`: the UserID or RegistrationID.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `ErrorCode`: why.
    #[serde(rename = "ErrorCode")]
    pub error_code: ErrorCode,
    /// `ErrorInfo`: the reason, when given.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
}

impl AccountError {
    /// `account` failed with `code`.
    pub fn new(account: impl Into<String>, code: ErrorCode) -> Self {
        Self {
            to_account: account.into(),
            error_code: code,
            error_info: None,
        }
    }
}
