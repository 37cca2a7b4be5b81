//! The request shape of `black_list_add` and `black_list_delete`: a user and
//! the users to put on, or take off, their blocklist.

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use super::check_from_to;
use crate::validation::ValidationError;

/// A user (`From_Account`) and 1 to 1000 users (`To_Account`) to add to or
/// remove from their blocklist. `Call` says which, so each call is its own
/// type with its own path: [`BlackListAddRequest`](super::BlackListAddRequest)
/// and [`BlackListDeleteRequest`](super::BlackListDeleteRequest).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BlocklistEdit<Call> {
    /// `From_Account`: the user whose blocklist changes.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: 1 to 1000 users to block or unblock.
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    #[serde(skip)]
    call: PhantomData<Call>,
}

impl<Call> BlocklistEdit<Call> {
    /// `user` blocks (or unblocks) `users`.
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

    /// Checks: the accounts 1 to 32 bytes; 1 to 1000 users.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_from_to(&self.from_account, &self.to_account)
    }
}
