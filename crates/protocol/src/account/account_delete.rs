//! `v4/im_open_login_svc/account_delete`: delete up to 100 accounts and all
//! their data.

use serde::{Deserialize, Serialize};

use super::{check_user_ids, UserIdItem};
use crate::validation::ValidationError;
use crate::{Envelope, ErrorCode};

/// The request of `account_delete`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AccountDeleteRequest {
    /// `DeleteItem`: 1 to 100 accounts.
    #[serde(rename = "DeleteItem")]
    pub items: Vec<UserIdItem>,
}

impl AccountDeleteRequest {
    /// Delete `user_ids`.
    pub fn new<S: Into<String>>(user_ids: impl IntoIterator<Item = S>) -> Self {
        Self {
            items: user_ids.into_iter().map(UserIdItem::new).collect(),
        }
    }

    /// Checks: 1 to 100 IDs, each 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_user_ids("DeleteItem", self.items.iter().map(|i| i.user_id.as_str()), |i| {
            format!("DeleteItem[{i}].UserID")
        })
    }
}

/// The reply of `account_delete`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AccountDeleteResponse {
    /// `ResultItem`: one entry per account.
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<AccountDeleteResult>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(AccountDeleteResponse);

impl AccountDeleteResponse {
    /// A successful reply.
    pub fn new(results: Vec<AccountDeleteResult>) -> Self {
        Self {
            results,
            envelope: Envelope::ok(),
        }
    }
}

/// One `ResultItem` of `account_delete`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AccountDeleteResult {
    /// `UserID`.
    #[serde(rename = "UserID")]
    pub user_id: String,
    /// `ResultCode`: 0 deleted; 70107 no such account.
    #[serde(rename = "ResultCode", default)]
    pub result_code: ErrorCode,
    /// `ResultInfo`.
    #[serde(rename = "ResultInfo", default)]
    pub result_info: String,
}

impl AccountDeleteResult {
    /// An outcome.
    pub fn new(user_id: impl Into<String>, result_code: ErrorCode, result_info: impl Into<String>) -> Self {
        Self {
            user_id: user_id.into(),
            result_code,
            result_info: result_info.into(),
        }
    }
}
