//! The per-user result of the sns calls that change or check several users.

use serde::{Deserialize, Serialize};

use crate::ErrorCode;

/// One `ResultItem`: a user of the request and what happened to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ResultItem {
    /// `To_Account`.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `ResultCode`: 0 for this user's success.
    #[serde(rename = "ResultCode", default)]
    pub result_code: ErrorCode,
    /// `ResultInfo`: the reason of a failure, empty on success.
    #[serde(rename = "ResultInfo", default, skip_serializing_if = "Option::is_none")]
    pub result_info: Option<String>,
}

impl ResultItem {
    /// A result.
    pub fn new(user: impl Into<String>, result_code: ErrorCode) -> Self {
        Self {
            to_account: user.into(),
            result_code,
            result_info: Some(String::new()),
        }
    }

    /// Whether this user's part succeeded.
    pub fn is_success(&self) -> bool {
        self.result_code.is_success()
    }
}
