//! `v4/all_member_push/im_remove_tag`: remove tags from users.

use super::{UserTagsCall, UserTagsRequest};

/// The request of `im_remove_tag` (<https://www.tencentcloud.com/document/product/1047/37174>):
/// for 1 to 100 users (90018), the tags to remove (each 1 to 50 bytes; the
/// page gives no cap on their number). The reply is the status fields
/// alone.
///
/// Idempotent: a removed tag stays removed.
///
/// ```
/// use tim_protocol::push::ImRemoveTagRequest;
///
/// let request = ImRemoveTagRequest::one("xiaojun012", ["a", "b"]);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"UserTags": [{"To_Account": "xiaojun012", "Tags": ["a", "b"]}]})
/// );
/// assert!(request.validate().is_ok());
/// ```
pub type ImRemoveTagRequest = UserTagsRequest<ImRemoveTag>;

/// Marks a [`UserTagsRequest`] as the request of `im_remove_tag`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImRemoveTag {}

impl UserTagsCall for ImRemoveTag {
    const TAGS_PER_USER_MAX: Option<usize> = None;
}
