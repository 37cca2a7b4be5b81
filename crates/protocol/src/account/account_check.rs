//! `v4/im_open_login_svc/account_check`: whether up to 100 UserIDs are imported.

use serde::{Deserialize, Serialize};

use super::{check_user_ids, UserIdItem};
use crate::validation::ValidationError;
use crate::{Envelope, ErrorCode};

/// The request of `account_check`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AccountCheckRequest {
    /// `CheckItem`: 1 to 100 accounts.
    #[serde(rename = "CheckItem")]
    pub items: Vec<UserIdItem>,
}

impl AccountCheckRequest {
    /// Check `user_ids`.
    pub fn new<S: Into<String>>(user_ids: impl IntoIterator<Item = S>) -> Self {
        Self {
            items: user_ids.into_iter().map(UserIdItem::new).collect(),
        }
    }

    /// Checks: 1 to 100 IDs, each 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_user_ids("CheckItem", self.items.iter().map(|i| i.user_id.as_str()), |i| {
            format!("CheckItem[{i}].UserID")
        })
    }
}

/// `AccountStatus`: `Imported` or `NotImported`, any other string kept.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum AccountStatus {
    /// `Imported`.
    Imported,
    /// `NotImported`.
    NotImported,
    /// Any other value, kept as sent.
    Other(String),
}

impl From<String> for AccountStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Imported" => Self::Imported,
            "NotImported" => Self::NotImported,
            _ => Self::Other(value),
        }
    }
}

impl From<AccountStatus> for String {
    fn from(status: AccountStatus) -> Self {
        match status {
            AccountStatus::Imported => "Imported".into(),
            AccountStatus::NotImported => "NotImported".into(),
            AccountStatus::Other(other) => other,
        }
    }
}

/// The reply of `account_check`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AccountCheckResponse {
    /// `ResultItem`: one entry per account.
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<AccountCheckResult>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(AccountCheckResponse);

impl AccountCheckResponse {
    /// A successful reply.
    pub fn new(results: Vec<AccountCheckResult>) -> Self {
        Self {
            results,
            envelope: Envelope::ok(),
        }
    }
}

/// One `ResultItem` of `account_check`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AccountCheckResult {
    /// `UserID`.
    #[serde(rename = "UserID")]
    pub user_id: String,
    /// `ResultCode`: 0 when the check itself worked.
    #[serde(rename = "ResultCode", default)]
    pub result_code: ErrorCode,
    /// `ResultInfo`.
    #[serde(rename = "ResultInfo", default)]
    pub result_info: String,
    /// `AccountStatus`.
    #[serde(rename = "AccountStatus")]
    pub status: AccountStatus,
}

impl AccountCheckResult {
    /// A successful check with the given status.
    pub fn new(user_id: impl Into<String>, status: AccountStatus) -> Self {
        Self {
            user_id: user_id.into(),
            result_code: ErrorCode::Success,
            result_info: String::new(),
            status,
        }
    }
}
