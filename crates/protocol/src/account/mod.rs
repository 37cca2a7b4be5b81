//! The `im_open_login_svc` service: importing, checking and deleting accounts.

mod account_check;
mod account_delete;
mod account_import;
mod kick;
mod multiaccount_import;

use serde::{Deserialize, Serialize};

pub use account_check::{AccountCheckRequest, AccountCheckResponse, AccountCheckResult, AccountStatus};
pub use account_delete::{AccountDeleteRequest, AccountDeleteResponse, AccountDeleteResult};
pub use account_import::AccountImportRequest;
pub use kick::KickRequest;
pub use multiaccount_import::{MultiaccountImportRequest, MultiaccountImportResponse};

use crate::limits::ACCOUNTS_PER_REQUEST_MAX;
use crate::validation::{check, ValidationError};

/// `{"UserID": ..}`, the item of `CheckItem` and `DeleteItem`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserIdItem {
    /// `UserID`.
    #[serde(rename = "UserID")]
    pub user_id: String,
}

impl UserIdItem {
    /// An item.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            user_id: user_id.into(),
        }
    }
}

/// 1 to 100 IDs of 1 to 32 bytes.
fn check_user_ids<'a>(
    list: &str,
    ids: impl ExactSizeIterator<Item = &'a str>,
    field: impl Fn(usize) -> String,
) -> Result<(), ValidationError> {
    check::count(list, ids.len(), 1, ACCOUNTS_PER_REQUEST_MAX, None)?;
    for (index, id) in ids.enumerate() {
        check::user_id(|| field(index), id)?;
    }
    Ok(())
}
