//! The request shape of the calls that name a user and a list of others:
//! `black_list_add`, `black_list_delete`, `follow_delete`, `follow_check`
//! and `follow_get_info`.

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use crate::validation::{check, ValidationError};

/// A user (`From_Account`) and the users (`To_Account`) the call is about.
/// `Call` makes each call its own type with its own path and its own cap on
/// `To_Account` ([`AccountsCall::TO_ACCOUNT_MAX`]):
/// [`BlackListAddRequest`](crate::sns::BlackListAddRequest) and
/// [`BlackListDeleteRequest`](crate::sns::BlackListDeleteRequest) (1000),
/// [`FollowDeleteRequest`](crate::follow::FollowDeleteRequest) (20),
/// [`FollowCheckRequest`](crate::follow::FollowCheckRequest) (100) and
/// [`FollowGetInfoRequest`](crate::follow::FollowGetInfoRequest) (20).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AccountsRequest<Call> {
    /// `From_Account`: the user whose blocklist or followings change, or whose relations are read.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: 1 to [`AccountsCall::TO_ACCOUNT_MAX`] users.
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    #[serde(skip)]
    call: PhantomData<Call>,
}

/// One of the calls sending a [`AccountsRequest`].
pub trait AccountsCall {
    /// The most users of one `To_Account`.
    const TO_ACCOUNT_MAX: usize;
}

impl<Call: AccountsCall> AccountsRequest<Call> {
    /// `user`, and the `users` the call is about.
    pub fn new<I, S>(user: impl Into<String>, users: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            from_account: user.into(),
            to_account: users.into_iter().map(Into::into).collect(),
            call: PhantomData,
        }
    }

    /// `user`, and the one user `other` the call is about.
    pub fn one(user: impl Into<String>, other: impl Into<String>) -> Self {
        Self::new(user, [other.into()])
    }

    /// Checks: `From_Account` 1 to 32 bytes; 1 to `TO_ACCOUNT_MAX` users in
    /// `To_Account`, each 1 to 32 bytes. The code is the service's parameter code (30001 for both).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        check::user_ids("To_Account", &self.to_account, 1, Call::TO_ACCOUNT_MAX)
    }
}
