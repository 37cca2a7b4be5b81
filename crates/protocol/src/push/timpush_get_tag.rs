//! `v4/timpush/get_tag`: read users' tags (the tags of `im_get_tag`).

use super::{ToAccountsCall, ToAccountsRequest};

/// The request of `timpush/get_tag` (<https://www.tencentcloud.com/document/product/1047/60567>;
/// 269/100640 on the Chinese site): 1 to 100 accounts (90018), UserIDs or
/// the Push SDK's RegistrationIDs. The reply is
/// [`UserTagsResponse`](super::UserTagsResponse), with an `ErrorList` of the
/// accounts it could not read.
///
/// ```
/// use tim_protocol::push::TimpushGetTagRequest;
///
/// // A RegistrationID is longer than a UserID may be.
/// let request = TimpushGetTagRequest::new(["xiaoming", "379C2F0D-290D-47AE-94D1-919058C39C77"]);
/// assert!(request.validate().is_ok());
/// assert!(TimpushGetTagRequest::new([""]).validate().is_err());
/// ```
pub type TimpushGetTagRequest = ToAccountsRequest<TimpushGetTag>;

/// Marks a [`ToAccountsRequest`] as the request of `timpush/get_tag`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimpushGetTag {}

impl ToAccountsCall for TimpushGetTag {
    const REGISTRATION_IDS: bool = true;
}
