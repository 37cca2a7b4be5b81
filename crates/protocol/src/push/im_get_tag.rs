//! `v4/all_member_push/im_get_tag`: read users' tags.

use super::{ToAccountsCall, ToAccountsRequest};

/// The request of `im_get_tag` (<https://www.tencentcloud.com/document/product/1047/37172>):
/// 1 to 100 users (90018). The reply is [`UserTagsResponse`](super::UserTagsResponse),
/// one item per user.
///
/// ```
/// use tim_protocol::push::{ImGetTagRequest, UserTagsResponse};
///
/// let request = ImGetTagRequest::new(["xiaojun012", "xiaojun013"]);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"To_Account": ["xiaojun012", "xiaojun013"]})
/// );
/// assert!(request.validate().is_ok());
/// assert!(ImGetTagRequest::new(Vec::<String>::new()).validate().is_err());
///
/// let reply: UserTagsResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"UserTags":[{"To_Account":"xiaojun012","Tags":["a","b"]}]}"#,
/// )
/// .unwrap();
/// assert_eq!(reply.tags("xiaojun012"), Some(&["a".to_owned(), "b".to_owned()][..]));
/// ```
pub type ImGetTagRequest = ToAccountsRequest<ImGetTag>;

/// Marks a [`ToAccountsRequest`] as the request of `im_get_tag`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImGetTag {}

impl ToAccountsCall for ImGetTag {
    const REGISTRATION_IDS: bool = false;
}
