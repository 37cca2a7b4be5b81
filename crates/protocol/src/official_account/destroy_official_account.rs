//! `v4/official_account_open_http_svc/destroy_official_account`: destroy an
//! official account.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::validation::ValidationError;

/// The request of `destroy_official_account`
/// (<https://www.tencentcloud.com/document/product/1047/60756>). The reply
/// is the status fields alone (`EnvelopeOnlyResponse`).
///
/// Not idempotent: sent again, it answers 130004 (the account no longer
/// exists).
///
/// ```
/// use tim_protocol::official_account::DestroyOfficialAccountRequest;
///
/// let request = DestroyOfficialAccountRequest::new("@TOA#_test_id");
/// assert_eq!(serde_json::to_string(&request).unwrap(), r#"{"Official_Account":"@TOA#_test_id"}"#);
/// assert_eq!(DestroyOfficialAccountRequest::new("").validate().unwrap_err().field(), "Official_Account");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DestroyOfficialAccountRequest {
    /// `Official_Account`: the account's ID (`OfficialAccountUserID` at creation).
    #[serde(rename = "Official_Account")]
    pub official_account: String,
}

impl DestroyOfficialAccountRequest {
    /// Destroy `official_account`.
    pub fn new(official_account: impl Into<String>) -> Self {
        Self {
            official_account: official_account.into(),
        }
    }

    /// Checks: `Official_Account` not empty (6017).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::official_account("Official_Account", &self.official_account)
    }
}
