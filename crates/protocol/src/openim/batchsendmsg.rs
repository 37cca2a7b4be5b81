//! `v4/openim/batchsendmsg`: send one one-to-one message to up to 500 users.

use serde::{Deserialize, Serialize};

use super::{check_life_time, check_user_id};
use crate::limits::BATCH_RECIPIENTS_MAX;
use crate::message::{MsgBody, MsgElement, MsgKey, OfflinePushInfo, SendMsgControl, SyncOtherMachine};
use crate::validation::{check, ValidationError};
use crate::{Envelope, ErrorCode};

/// The request of `batchsendmsg` (<https://trtc.io/document/34920>). It
/// triggers no webhooks.
///
/// Not idempotent: each call delivers the message again.
///
/// ```
/// use tim_protocol::openim::BatchsendmsgRequest;
///
/// let request = BatchsendmsgRequest::text(Some("admin"), ["bonnie", "rong"], "hi, beauty", 19901224);
/// assert_eq!(request.to_account.len(), 2);
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BatchsendmsgRequest {
    /// `SyncOtherMachine`.
    #[serde(rename = "SyncOtherMachine", default, skip_serializing_if = "Option::is_none")]
    pub sync_other_machine: Option<SyncOtherMachine>,
    /// `From_Account`: the sender shown; the admin when absent.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// `To_Account`: 1 to 500 recipients (90011).
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    /// `MsgLifeTime`: 0 to 604800 seconds.
    #[serde(rename = "MsgLifeTime", default, skip_serializing_if = "Option::is_none")]
    pub msg_life_time: Option<u32>,
    /// `MsgSeq`.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u32>,
    /// `MsgRandom`.
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    /// `SendMsgControl`.
    #[serde(rename = "SendMsgControl", default, skip_serializing_if = "Option::is_none")]
    pub send_msg_control: Option<Vec<SendMsgControl>>,
    /// `MsgBody`.
    #[serde(rename = "MsgBody")]
    pub msg_body: MsgBody,
    /// `CloudCustomData`.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
    /// `SupportMessageExtension`: 1 lets the message carry extensions.
    #[serde(rename = "SupportMessageExtension", default, skip_serializing_if = "Option::is_none")]
    pub support_message_extension: Option<u32>,
    /// `OfflinePushInfo`.
    #[serde(rename = "OfflinePushInfo", default, skip_serializing_if = "Option::is_none")]
    pub offline_push_info: Option<OfflinePushInfo>,
}

impl BatchsendmsgRequest {
    /// Send `body` to every one of `to`.
    pub fn new<I, S>(to: I, body: MsgBody, msg_random: u32) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            sync_other_machine: None,
            from_account: None,
            to_account: to.into_iter().map(Into::into).collect(),
            msg_life_time: None,
            msg_seq: None,
            msg_random,
            send_msg_control: None,
            msg_body: body,
            cloud_custom_data: None,
            support_message_extension: None,
            offline_push_info: None,
        }
    }

    /// A text to many, from `from` (synced to its devices) or from the admin.
    pub fn text<I, S>(from: Option<&str>, to: I, text: impl Into<String>, msg_random: u32) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut request = Self::new(to, vec![MsgElement::text(text)], msg_random);
        if let Some(from) = from {
            request.from_account = Some(from.to_owned());
            request.sync_other_machine = Some(SyncOtherMachine::Sync);
        }
        request
    }

    /// Checks: 1 to 500 recipients (90011), each 1 to 32 bytes;
    /// `From_Account` 1 to 32 bytes if set; `MsgLifeTime`; the body (over
    /// 12 KB: 93000).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if let Some(from) = &self.from_account {
            check_user_id("From_Account", from)?;
        }
        check::count(
            "To_Account",
            self.to_account.len(),
            1,
            BATCH_RECIPIENTS_MAX,
            Some(ErrorCode::OpenimTooManyRecipients),
        )?;
        for (index, to) in self.to_account.iter().enumerate() {
            check_user_id(&format!("To_Account[{index}]"), to)?;
        }
        check_life_time(self.msg_life_time)?;
        super::check_c2c_body(&self.msg_body)
    }
}

/// The reply of `batchsendmsg`. It may say `OK` while some recipients failed:
/// those are in `ErrorList`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BatchsendmsgResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `MsgKey`: identifies the message.
    #[serde(rename = "MsgKey", default, skip_serializing_if = "Option::is_none")]
    pub msg_key: Option<MsgKey>,
    /// `MsgId`.
    #[serde(rename = "MsgId", default, skip_serializing_if = "Option::is_none")]
    pub msg_id: Option<String>,
    /// `ErrorList`: the recipients the message did not reach.
    #[serde(rename = "ErrorList", default, skip_serializing_if = "Option::is_none")]
    pub error_list: Option<Vec<BatchSendError>>,
}

crate::macros::response!(BatchsendmsgResponse);

/// One entry of `batchsendmsg`'s `ErrorList`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BatchSendError {
    /// `To_Account`.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `ErrorCode`.
    #[serde(rename = "ErrorCode")]
    pub error_code: ErrorCode,
}

impl BatchSendError {
    /// The message did not reach `to_account`, for the reason `error_code`.
    pub fn new(to_account: impl Into<String>, error_code: ErrorCode) -> Self {
        Self {
            to_account: to_account.into(),
            error_code,
        }
    }
}
