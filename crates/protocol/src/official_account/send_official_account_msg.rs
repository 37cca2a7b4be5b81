//! `v4/official_account_open_http_svc/send_official_account_msg`: broadcast
//! a message from an official account to its subscribers.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::message::{check_body, ForbidCallbackControl, MsgBody, OfflinePushInfo, SendMsgControl};
use crate::validation::ValidationError;
use crate::{Envelope, ErrorCode};

/// The request of `send_official_account_msg`
/// (<https://www.tencentcloud.com/document/product/1047/60810>).
///
/// The page: one account sends at most 1 message a second and 2 broadcasts
/// an hour, and a message with the same content as one of the last 5
/// minutes is dropped as a duplicate. Not idempotent: each call delivers a
/// message.
///
/// ```
/// use tim_protocol::message::MsgElement;
/// use tim_protocol::official_account::SendOfficialAccountMsgRequest;
///
/// let request = SendOfficialAccountMsgRequest::new("@TOA#_news", 9875, vec![MsgElement::text("red packet")]);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({
///         "Official_Account": "@TOA#_news", "Random": 9875,
///         "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "red packet"}}]
///     })
/// );
/// let error = SendOfficialAccountMsgRequest::new("@TOA#_news", 1, vec![]).validate().unwrap_err();
/// assert_eq!(error.field(), "MsgBody");
/// assert_eq!(error.error_code().map(|c| c.code()), Some(10004));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SendOfficialAccountMsgRequest {
    /// `Official_Account`: the sending account.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// `Random`: a random number the caller picks for the message.
    #[serde(rename = "Random")]
    pub random: u32,
    /// `MsgBody`: the message's elements.
    #[serde(rename = "MsgBody")]
    pub msg_body: MsgBody,
    /// `CloudCustomData`: custom data kept with the message.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
    /// `OfflinePushInfo`: the offline push.
    #[serde(rename = "OfflinePushInfo", default, skip_serializing_if = "Option::is_none")]
    pub offline_push_info: Option<OfflinePushInfo>,
    /// `SendMsgControl`: e.g. `NoLastMsg`, so the message does not update
    /// the conversation list.
    #[serde(rename = "SendMsgControl", default, skip_serializing_if = "Option::is_none")]
    pub send_msg_control: Option<Vec<SendMsgControl>>,
    /// `ForbidCallbackControl`: webhooks not to call for this message.
    #[serde(rename = "ForbidCallbackControl", default, skip_serializing_if = "Option::is_none")]
    pub forbid_callback_control: Option<Vec<ForbidCallbackControl>>,
    /// `OnlineOnlyFlag`: 1 to deliver to online subscribers only, unstored.
    #[serde(rename = "OnlineOnlyFlag", default, skip_serializing_if = "Option::is_none")]
    pub online_only_flag: Option<u32>,
}

impl SendOfficialAccountMsgRequest {
    /// `official_account` broadcasts `body`, with the caller's `random`.
    pub fn new(official_account: impl Into<String>, random: u32, body: MsgBody) -> Self {
        Self {
            official_account: official_account.into(),
            random,
            msg_body: body,
            cloud_custom_data: None,
            offline_push_info: None,
            send_msg_control: None,
            forbid_callback_control: None,
            online_only_flag: None,
        }
    }

    /// The same message with custom data.
    pub fn cloud_custom_data(mut self, data: impl Into<String>) -> Self {
        self.cloud_custom_data = Some(data.into());
        self
    }

    /// The same message with an offline push.
    pub fn offline_push_info(mut self, info: OfflinePushInfo) -> Self {
        self.offline_push_info = Some(info);
        self
    }

    /// Checks: `Official_Account` not empty; `MsgBody` as every message
    /// body (not empty, each element well formed). The message pages list
    /// the group service's codes, so these are 10004.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::official_account("Official_Account", &self.official_account)
            .and_then(|()| check_body("MsgBody", &self.msg_body))
            .map_err(|error| error.with_code(ErrorCode::GroupParameterInvalid))
    }
}

/// The reply of `send_official_account_msg`: the message's time and key.
///
/// The stored pages stop before this reply's sample; `MsgTime` and
/// `MsgKey` are as other SDKs read them (the recall page names `MsgKey` as
/// what this reply returns).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SendOfficialAccountMsgResponse {
    /// `MsgTime`: the message's time on the server.
    #[serde(rename = "MsgTime", default, skip_serializing_if = "Option::is_none")]
    pub msg_time: Option<i64>,
    /// `MsgKey`: the message's key, to recall it.
    #[serde(rename = "MsgKey", default, skip_serializing_if = "Option::is_none")]
    pub msg_key: Option<String>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(SendOfficialAccountMsgResponse);

impl SendOfficialAccountMsgResponse {
    /// A successful reply for the message `msg_key` sent at `msg_time`.
    pub fn new(msg_time: i64, msg_key: impl Into<String>) -> Self {
        Self {
            msg_time: Some(msg_time),
            msg_key: Some(msg_key.into()),
            envelope: Envelope::default(),
        }
    }
}
