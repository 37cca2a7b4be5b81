//! The request shape of `friend_check` and `black_list_check`: a user, some
//! others, and how to check the relation between them.

use serde::{Deserialize, Serialize};

use super::check_from_to;
use super::kinds::{check_known, BlackCheckType, CheckType};
use crate::validation::ValidationError;

/// A user (`From_Account`), 1 to 1000 others (`To_Account`) and a `CheckType`
/// of kind `Kind`, which makes each call its own type:
/// [`FriendCheckRequest`](super::FriendCheckRequest) (a [`CheckType`]) and
/// [`BlackListCheckRequest`](super::BlackListCheckRequest) (a [`BlackCheckType`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RelationCheck<Kind> {
    /// `From_Account`: the user whose friends or blocklist are checked.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: 1 to 1000 users.
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    /// `CheckType`: one-way or two-way.
    #[serde(rename = "CheckType")]
    pub check_type: Kind,
}

/// A `CheckType` of one of the check calls.
pub trait CheckKind {
    /// The documented values, for the validation error.
    const DOCUMENTED: &'static str;

    /// Whether the value is one of the documented ones.
    fn is_documented(&self) -> bool;
}

impl CheckKind for CheckType {
    const DOCUMENTED: &'static str = "CheckResult_Type_Single or CheckResult_Type_Both";

    fn is_documented(&self) -> bool {
        self.is_known()
    }
}

impl CheckKind for BlackCheckType {
    const DOCUMENTED: &'static str = "BlackCheckResult_Type_Single or BlackCheckResult_Type_Both";

    fn is_documented(&self) -> bool {
        self.is_known()
    }
}

impl<Kind: CheckKind> RelationCheck<Kind> {
    /// Check how `users` relate to `user`.
    pub fn new<I, S>(user: impl Into<String>, users: I, check_type: Kind) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            from_account: user.into(),
            to_account: users.into_iter().map(Into::into).collect(),
            check_type,
        }
    }

    /// Checks: the accounts 1 to 32 bytes; 1 to 1000 users; a documented `CheckType`.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_from_to(&self.from_account, &self.to_account)?;
        check_known("CheckType", self.check_type.is_documented(), Kind::DOCUMENTED)
    }
}
