//! `v4/all_member_push/im_remove_all_tags`: remove every tag of users.

use super::{ToAccountsCall, ToAccountsRequest};

/// The request of `im_remove_all_tags` (<https://www.tencentcloud.com/document/product/1047/37175>):
/// 1 to 100 users (90018) to clear of all their tags. The reply is the
/// status fields alone.
///
/// Idempotent: a user without tags stays without.
///
/// ```
/// use tim_protocol::push::ImRemoveAllTagsRequest;
///
/// let request = ImRemoveAllTagsRequest::new(["xiaojun012", "xiaojun013"]);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"To_Account": ["xiaojun012", "xiaojun013"]})
/// );
/// assert!(request.validate().is_ok());
/// let error = ImRemoveAllTagsRequest::new((0..101).map(|i| format!("u{i}"))).validate().unwrap_err();
/// assert_eq!(error.error_code().map(|c| c.code()), Some(90018));
/// ```
pub type ImRemoveAllTagsRequest = ToAccountsRequest<ImRemoveAllTags>;

/// Marks a [`ToAccountsRequest`] as the request of `im_remove_all_tags`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImRemoveAllTags {}

impl ToAccountsCall for ImRemoveAllTags {
    const REGISTRATION_IDS: bool = false;
}
