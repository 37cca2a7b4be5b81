//! `v4/sns/black_list_add`: add users to a user's blocklist.

use crate::limits::SNS_ACCOUNTS_PER_REQUEST_MAX;
use crate::{AccountsCall, AccountsRequest};

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
pub type BlackListAddRequest = AccountsRequest<BlackListAdd>;

/// Marks a [`AccountsRequest`] as the request of `black_list_add`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlackListAdd {}

impl AccountsCall for BlackListAdd {
    const TO_ACCOUNT_MAX: usize = SNS_ACCOUNTS_PER_REQUEST_MAX;
}
