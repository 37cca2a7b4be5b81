//! `v4/all_member_push/im_get_attr`: read users' attributes.

use serde::{Deserialize, Serialize};

use super::{ToAccountsCall, ToAccountsRequest, UserAttrsItem};
use crate::Envelope;

/// The request of `im_get_attr` (<https://www.tencentcloud.com/document/product/1047/37169>):
/// 1 to 100 users (90018). The reply is [`ImGetAttrResponse`], one item per
/// user (with empty `Attrs` for a user with none).
///
/// ```
/// use tim_protocol::push::{ImGetAttrRequest, ImGetAttrResponse};
///
/// let request = ImGetAttrRequest::new(["Zhang Xiaohong", "abc"]);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"To_Account": ["Zhang Xiaohong", "abc"]})
/// );
/// assert!(request.validate().is_ok());
///
/// let reply: ImGetAttrResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,
///         "UserAttrs":[{"To_Account":"Zhang Xiaohong","Attrs":{"sex":"Female"}},{"To_Account":"abc","Attrs":{}}]}"#,
/// )
/// .unwrap();
/// assert_eq!(reply.attrs("Zhang Xiaohong").and_then(|a| a.get("sex")), Some("Female"));
/// assert!(reply.attrs("abc").unwrap().is_empty());
/// ```
pub type ImGetAttrRequest = ToAccountsRequest<ImGetAttr>;

/// Marks a [`ToAccountsRequest`] as the request of `im_get_attr`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImGetAttr {}

impl ToAccountsCall for ImGetAttr {
    const REGISTRATION_IDS: bool = false;
}

/// The reply of `im_get_attr`: each user's attributes.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImGetAttrResponse {
    /// `UserAttrs`: one item per user read.
    #[serde(rename = "UserAttrs", default)]
    pub user_attrs: Vec<UserAttrsItem>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

impl ImGetAttrResponse {
    /// A successful reply with `items`.
    pub fn new(items: Vec<UserAttrsItem>) -> Self {
        Self {
            user_attrs: items,
            envelope: Envelope::ok(),
        }
    }

    /// The attributes of `user`, if the reply has an item for it.
    pub fn attrs(&self, user: &str) -> Option<&super::Attrs> {
        self.user_attrs
            .iter()
            .find(|item| item.to_account == user)
            .map(|item| &item.attrs)
    }
}

crate::macros::response!(ImGetAttrResponse);
