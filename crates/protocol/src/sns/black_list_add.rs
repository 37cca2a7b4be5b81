//! `v4/sns/black_list_add`: add users to a user's blocklist.

use serde::{Deserialize, Serialize};

use super::{check_from_to, ResultItem};
use crate::validation::ValidationError;
use crate::Envelope;

/// The request of `black_list_add` (<https://intl.cloud.tencent.com/document/product/1047/34911>).
/// Blocking a friend also ends the friendship both ways.
///
/// Not idempotent: blocking a user already blocked answers the per-item
/// failure 30001 (`Err_SNS_BlackListAdd_Already_Exist` in the page's sample),
/// so a call whose reply was lost is not repeated by default.
///
/// ```
/// use tim_protocol::sns::BlackListAddRequest;
///
/// let request = BlackListAddRequest::new("id", ["id1", "id2"]);
/// assert!(request.validate().is_ok());
/// assert!(BlackListAddRequest::new("id", Vec::<String>::new()).validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BlackListAddRequest {
    /// `From_Account`: the user who blocks.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: 1 to 1000 users to block.
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
}

impl BlackListAddRequest {
    /// `user` blocks `users`.
    pub fn new<I, S>(user: impl Into<String>, users: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            from_account: user.into(),
            to_account: users.into_iter().map(Into::into).collect(),
        }
    }

    /// Checks: the accounts 1 to 32 bytes; 1 to 1000 users.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_from_to(&self.from_account, &self.to_account)
    }
}

/// The reply of `black_list_add`: per-user results.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BlackListAddResponse {
    /// `ResultItem`: one result per user.
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Option::is_none")]
    pub result_item: Option<Vec<ResultItem>>,
    /// `Fail_Account`: the users that failed; present only when one did.
    #[serde(rename = "Fail_Account", default, skip_serializing_if = "Option::is_none")]
    pub fail_account: Option<Vec<String>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}
