//! `v4/im_open_login_svc/multiaccount_import`: register up to 100 UserIDs.

use serde::{Deserialize, Serialize};

use super::check_user_ids;
use crate::validation::ValidationError;
use crate::Envelope;

/// The request of `multiaccount_import`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MultiaccountImportRequest {
    /// `Accounts`: 1 to 100 UserIDs of 1 to 32 bytes.
    #[serde(rename = "Accounts")]
    pub accounts: Vec<String>,
}

impl MultiaccountImportRequest {
    /// Import `accounts`.
    pub fn new<S: Into<String>>(accounts: impl IntoIterator<Item = S>) -> Self {
        Self {
            accounts: accounts.into_iter().map(Into::into).collect(),
        }
    }

    /// Checks: 1 to 100 IDs, each 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_user_ids("Accounts", self.accounts.iter().map(String::as_str), |i| {
            format!("Accounts[{i}]")
        })
    }
}

/// The reply of `multiaccount_import`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MultiaccountImportResponse {
    /// `FailAccounts`: the IDs that could not be imported (absent and empty
    /// read the same).
    #[serde(rename = "FailAccounts", default, skip_serializing_if = "Vec::is_empty")]
    pub fail_accounts: Vec<String>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(MultiaccountImportResponse);

impl MultiaccountImportResponse {
    /// A successful reply.
    pub fn new(fail_accounts: Vec<String>) -> Self {
        Self {
            fail_accounts,
            envelope: Envelope::ok(),
        }
    }
}
