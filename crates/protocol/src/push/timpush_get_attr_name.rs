//! `v4/timpush/get_attr_name`: read the app's attribute names and their
//! account types.

use super::GetAttrNameRequest;

/// The request of `timpush/get_attr_name` (<https://trtc.io/document/60562>;
/// 269/100635 on the Chinese site): an empty object. The reply is
/// [`AttrNamesResponse`](super::AttrNamesResponse), with `AttrTypes` besides
/// the names. The names are those of `im_get_attr_name`.
///
/// ```
/// use tim_protocol::push::TimpushGetAttrNameRequest;
///
/// assert_eq!(serde_json::to_value(TimpushGetAttrNameRequest::new()).unwrap(), serde_json::json!({}));
/// ```
pub type TimpushGetAttrNameRequest = GetAttrNameRequest<TimpushGetAttrName>;

/// Marks a [`GetAttrNameRequest`] as the request of `timpush/get_attr_name`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimpushGetAttrName {}
