//! `v4/all_member_push/im_get_attr_name`: read the app's attribute names.

use super::GetAttrNameRequest;

/// The request of `im_get_attr_name` (<https://www.tencentcloud.com/document/product/1047/37168>):
/// an empty object. The reply is [`AttrNamesResponse`](super::AttrNamesResponse).
///
/// ```
/// use tim_protocol::push::ImGetAttrNameRequest;
///
/// let request = ImGetAttrNameRequest::new();
/// assert_eq!(serde_json::to_value(&request).unwrap(), serde_json::json!({}));
/// assert!(request.validate().is_ok());
/// ```
pub type ImGetAttrNameRequest = GetAttrNameRequest<ImGetAttrName>;

/// Marks a [`GetAttrNameRequest`] as the request of `im_get_attr_name`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImGetAttrName {}
