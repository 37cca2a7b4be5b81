//! `v4/openim/modify_c2c_msg`: change a stored one-to-one message.

use serde::{Deserialize, Serialize};

use super::check_msg_address;
use crate::message::{check_body, MsgBody, MsgKey};
use crate::validation::{Rule, ValidationError};

/// The request of `modify_c2c_msg` (<https://intl.cloud.tencent.com/document/product/1047/47722>):
/// overwrites the `MsgBody`, the `CloudCustomData`, or both, of a message
/// in the history. A modified message cannot be restored.
///
/// Idempotent: it overwrites fields with the given values.
///
/// ```
/// use tim_protocol::message::MsgElement;
/// use tim_protocol::openim::ModifyC2cMsgRequest;
///
/// let request = ModifyC2cMsgRequest::new("dramon1", "dramon2", "1_2_3").body(vec![MsgElement::text("hello")]);
/// assert!(request.validate().is_ok());
/// // Neither field to change: refused.
/// assert!(ModifyC2cMsgRequest::new("dramon1", "dramon2", "1_2_3").validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ModifyC2cMsgRequest {
    /// `From_Account`: the sender of the message.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: its recipient.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `MsgKey`: the message.
    #[serde(rename = "MsgKey")]
    pub msg_key: MsgKey,
    /// `MsgBody`: the new body, if it changes.
    #[serde(rename = "MsgBody", default, skip_serializing_if = "Option::is_none")]
    pub msg_body: Option<MsgBody>,
    /// `CloudCustomData`: the new custom data, if it changes.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
}

impl ModifyC2cMsgRequest {
    /// A change to the message `key` from `from` to `to`; add the new
    /// [`body`](Self::body) and/or [`cloud_custom_data`](Self::cloud_custom_data).
    pub fn new(from: impl Into<String>, to: impl Into<String>, key: impl Into<MsgKey>) -> Self {
        Self {
            from_account: from.into(),
            to_account: to.into(),
            msg_key: key.into(),
            msg_body: None,
            cloud_custom_data: None,
        }
    }

    /// With a new `MsgBody`.
    pub fn body(mut self, body: MsgBody) -> Self {
        self.msg_body = Some(body);
        self
    }

    /// With new `CloudCustomData`.
    pub fn cloud_custom_data(mut self, data: impl Into<String>) -> Self {
        self.cloud_custom_data = Some(data.into());
        self
    }

    /// Checks: both accounts 1 to 32 bytes; `MsgKey` not empty; at least
    /// one of `MsgBody` and `CloudCustomData` (the page says they may be
    /// changed "individually or at the same time"; a request with neither
    /// changes nothing, so this crate refuses it); the body's rules.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_msg_address(Some(&self.from_account), &self.to_account, &self.msg_key)?;
        match (&self.msg_body, &self.cloud_custom_data) {
            (None, None) => Err(ValidationError::new("MsgBody", Rule::Required)),
            (Some(body), _) => check_body("MsgBody", body),
            (None, Some(_)) => Ok(()),
        }
    }
}
