//! `v4/openim_msg_ext_http_svc/set_key_values`: set, delete or clear a
//! one-to-one message's extension.

use serde::{Deserialize, Serialize};

use super::check_msg_address;
use super::msg_extension::{check_operation, ExtOperateType, MsgExtension};
use crate::message::MsgKey;
use crate::validation::ValidationError;

/// The request of `set_key_values` (<https://intl.cloud.tencent.com/document/product/1047/51195>).
/// The message must have been sent with `SupportMessageExtension` 1 (23002).
///
/// Not idempotent: each successful set moves the pairs' `Seq` on, so a
/// repeated member request conflicts (23001).
///
/// ```
/// use tim_protocol::openim::{MsgExtension, SetKeyValuesRequest};
///
/// let request = SetKeyValuesRequest::set("116400", "44739199_12_1665388280", [MsgExtension::new("k1", "v1", 0)]);
/// assert!(request.validate().is_ok());
/// assert!(SetKeyValuesRequest::clear("116400", "44739199_12_1665388280").validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SetKeyValuesRequest {
    /// `From_Account`: the message's sender (optional).
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// `To_Account`: the message's recipient.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `MsgKey`: the message.
    #[serde(rename = "MsgKey")]
    pub msg_key: MsgKey,
    /// `OperateType`.
    #[serde(rename = "OperateType")]
    pub operate_type: ExtOperateType,
    /// `ExtensionList`: 1 to 20 pairs; required to set or delete.
    #[serde(rename = "ExtensionList", default, skip_serializing_if = "Option::is_none")]
    pub extension_list: Option<Vec<MsgExtension>>,
}

impl SetKeyValuesRequest {
    fn with(to: impl Into<String>, key: impl Into<MsgKey>, operate_type: ExtOperateType) -> Self {
        Self {
            from_account: None,
            to_account: to.into(),
            msg_key: key.into(),
            operate_type,
            extension_list: None,
        }
    }

    /// Set `pairs` on the message `key` sent to `to`.
    pub fn set(to: impl Into<String>, key: impl Into<MsgKey>, pairs: impl IntoIterator<Item = MsgExtension>) -> Self {
        let mut request = Self::with(to, key, ExtOperateType::Set);
        request.extension_list = Some(pairs.into_iter().collect());
        request
    }

    /// Delete the keys of `pairs` from the message.
    pub fn delete(
        to: impl Into<String>,
        key: impl Into<MsgKey>,
        pairs: impl IntoIterator<Item = MsgExtension>,
    ) -> Self {
        let mut request = Self::with(to, key, ExtOperateType::Delete);
        request.extension_list = Some(pairs.into_iter().collect());
        request
    }

    /// Clear every pair of the message.
    pub fn clear(to: impl Into<String>, key: impl Into<MsgKey>) -> Self {
        Self::with(to, key, ExtOperateType::Clear)
    }

    /// With the sender.
    pub fn from(mut self, from: impl Into<String>) -> Self {
        self.from_account = Some(from.into());
        self
    }

    /// Checks: the accounts 1 to 32 bytes; `MsgKey` not empty;
    /// `OperateType` 1, 2 or 3; for 1 and 2, 1 to 20 pairs with keys of 1
    /// to 100 bytes and values of at most 1000 bytes. (A list sent with 3
    /// is left to the service.)
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_msg_address(self.from_account.as_deref(), &self.to_account, &self.msg_key)?;
        check_operation(&self.operate_type, self.extension_list.as_deref())
    }
}
