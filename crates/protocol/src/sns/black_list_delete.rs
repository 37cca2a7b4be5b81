//! `v4/sns/black_list_delete`: remove users from a user's blocklist.

use crate::limits::SNS_ACCOUNTS_PER_REQUEST_MAX;
use crate::{AccountsCall, AccountsRequest};

/// The request of `black_list_delete` (<https://intl.cloud.tencent.com/document/product/1047/34912>).
///
/// Not idempotent (this crate's choice, as `friend_delete`): the page does
/// not say what unblocking a user who is not blocked answers, so a call
/// whose reply was lost is not repeated by default.
///
/// ```
/// use tim_protocol::sns::BlackListDeleteRequest;
///
/// let request = BlackListDeleteRequest::new("id", ["id1", "id2"]);
/// assert!(request.validate().is_ok());
/// assert!(BlackListDeleteRequest::new("id", Vec::<String>::new()).validate().is_err());
/// ```
pub type BlackListDeleteRequest = AccountsRequest<BlackListDelete>;

/// Marks a [`AccountsRequest`] as the request of `black_list_delete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlackListDelete {}

impl AccountsCall for BlackListDelete {
    const TO_ACCOUNT_MAX: usize = SNS_ACCOUNTS_PER_REQUEST_MAX;
}
