//! The request shape of `follow_delete`, `follow_check` and
//! `follow_get_info`: a user and the users the call is about.

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use crate::validation::{check, ValidationError};

/// A user (`From_Account`) and the users (`To_Account`) to unfollow, check
/// or count. `Call` makes each call its own type with its own path and its
/// own cap on `To_Account`:
/// [`FollowDeleteRequest`](super::FollowDeleteRequest) (20),
/// [`FollowCheckRequest`](super::FollowCheckRequest) (100) and
/// [`FollowGetInfoRequest`](super::FollowGetInfoRequest) (20).
///
/// The sns blocklist calls (`sns::BlocklistEdit`) send the same two fields,
/// but with other caps (1000) and another meaning, so they keep their own
/// type (as `del_contact_group` and sns `group_delete` do).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FollowAccounts<Call> {
    /// `From_Account`: the user who unfollows, or whose relations are read.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: 1 to [`FollowCall::TO_ACCOUNT_MAX`] users.
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    #[serde(skip)]
    call: PhantomData<Call>,
}

/// One of the calls sending a [`FollowAccounts`].
pub trait FollowCall {
    /// The most users of one `To_Account`.
    const TO_ACCOUNT_MAX: usize;
}

impl<Call: FollowCall> FollowAccounts<Call> {
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
    /// `To_Account`, each 1 to 32 bytes. All are 30001.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        check::user_ids("To_Account", &self.to_account, 1, Call::TO_ACCOUNT_MAX)
    }
}
