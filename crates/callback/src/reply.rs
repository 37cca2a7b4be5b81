//! What the app answers to a webhook.

use serde::{Deserialize, Serialize};
use tim_protocol::message::MsgBody;
use tim_protocol::ActionStatus;

/// The first and last `ErrorCode` an app may return to refuse an operation
/// and pass its own code and `ErrorInfo` on to the sender.
pub const SENDER_ERROR_CODES: std::ops::RangeInclusive<i64> = 120001..=130000;

/// The app's answer to a webhook: the envelope, and for a before-send
/// callback, optionally a rewritten message.
///
/// The meanings of `ErrorCode` on before-event callbacks, as the pages give
/// them: 0 lets the operation go ahead, 1 refuses it (the sender gets an
/// error), 2 discards a message silently (the sender sees success), and a
/// code in [`SENDER_ERROR_CODES`] refuses it and hands that code and
/// `ErrorInfo` to the sender. After-event callbacks ignore the code.
///
/// ```
/// use tim_callback::Reply;
///
/// assert_eq!(
///     serde_json::to_value(Reply::allow()).unwrap(),
///     serde_json::json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0}),
/// );
/// let refused = Reply::refuse_with_error(120123, "no links please").unwrap();
/// assert_eq!(refused.error_code, 120123);
/// assert!(Reply::refuse_with_error(42, "out of range").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Reply {
    /// `ActionStatus`: `OK` in every documented reply, refusals included.
    #[serde(rename = "ActionStatus", default)]
    pub action_status: ActionStatus,
    /// `ErrorInfo`: shown to the sender with a code in
    /// [`SENDER_ERROR_CODES`]; otherwise for logs.
    #[serde(rename = "ErrorInfo", default)]
    pub error_info: String,
    /// `ErrorCode`: see the type's description.
    #[serde(rename = "ErrorCode", default)]
    pub error_code: i64,
    /// `MsgBody`: for a before-send callback, the message that replaces the
    /// one sent (with `ErrorCode` 0).
    #[serde(rename = "MsgBody", default, skip_serializing_if = "Option::is_none")]
    pub msg_body: Option<MsgBody>,
    /// `CloudCustomData`: for a before-send callback, the custom data that
    /// replaces the message's.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
}

/// A refusal code outside [`SENDER_ERROR_CODES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a refusal passed to the sender needs an ErrorCode from 120001 to 130000, not {0}")]
pub struct SenderCodeOutOfRange(pub i64);

impl Reply {
    /// A reply with `ActionStatus` `OK`, this code and this `ErrorInfo`.
    pub fn new(error_code: i64, error_info: impl Into<String>) -> Self {
        Self {
            action_status: ActionStatus::Ok,
            error_info: error_info.into(),
            error_code,
            msg_body: None,
            cloud_custom_data: None,
        }
    }

    /// Let the operation go ahead (`ErrorCode` 0). Also the answer to every
    /// after-event callback, and the default when the handler overruns:
    /// on a before-event timeout the service lets the operation go ahead.
    pub fn allow() -> Self {
        Self::new(0, "")
    }

    /// Refuse the operation (`ErrorCode` 1); the sender gets the service's
    /// own error.
    pub fn refuse() -> Self {
        Self::new(1, "")
    }

    /// Drop a message silently (`ErrorCode` 2): nobody receives it, and the
    /// sender sees it as sent. Before-send callbacks only.
    pub fn discard() -> Self {
        Self::new(2, "")
    }

    /// Refuse the operation and hand `code` and `info` to the sender; `code`
    /// must be in [`SENDER_ERROR_CODES`].
    pub fn refuse_with_error(code: i64, info: impl Into<String>) -> Result<Self, SenderCodeOutOfRange> {
        if SENDER_ERROR_CODES.contains(&code) {
            Ok(Self::new(code, info))
        } else {
            Err(SenderCodeOutOfRange(code))
        }
    }

    /// Let a message through with its body replaced by `msg_body`.
    /// Before-send callbacks only (`ErrorCode` must be 0 for the service to
    /// use the new body).
    pub fn rewrite(msg_body: MsgBody) -> Self {
        Self {
            msg_body: Some(msg_body),
            ..Self::allow()
        }
    }

    /// Also replaces the message's `CloudCustomData`.
    pub fn with_cloud_custom_data(mut self, data: impl Into<String>) -> Self {
        self.cloud_custom_data = Some(data.into());
        self
    }

    /// Whether this reply lets the operation go ahead.
    pub fn allows(&self) -> bool {
        self.action_status == ActionStatus::Ok && self.error_code == 0
    }
}

impl Default for Reply {
    fn default() -> Self {
        Self::allow()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn replies_serialize_as_documented() {
        assert_eq!(
            serde_json::to_value(Reply::refuse()).unwrap(),
            json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 1})
        );
        assert_eq!(
            serde_json::to_value(Reply::discard()).unwrap(),
            json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 2})
        );
        let body = json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "***"}}]);
        let rewritten =
            Reply::rewrite(vec![tim_protocol::message::MsgElement::text("***")]).with_cloud_custom_data("x");
        assert_eq!(
            serde_json::to_value(rewritten).unwrap(),
            json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "MsgBody": body, "CloudCustomData": "x"})
        );
    }

    #[test]
    fn sender_codes_are_bounded() {
        assert!(Reply::refuse_with_error(120001, "a").is_ok());
        assert!(Reply::refuse_with_error(130000, "a").is_ok());
        assert_eq!(Reply::refuse_with_error(120000, "a"), Err(SenderCodeOutOfRange(120000)));
        assert_eq!(Reply::refuse_with_error(130001, "a"), Err(SenderCodeOutOfRange(130001)));
        assert!(!Reply::refuse_with_error(120001, "a").unwrap().allows());
        assert!(Reply::allow().allows());
    }
}
