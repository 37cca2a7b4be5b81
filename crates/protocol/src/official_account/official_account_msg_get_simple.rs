//! `v4/official_account_open_http_svc/official_account_msg_get_simple`:
//! read an official account's messages, newest first, page by page.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::message::MsgBody;
use crate::validation::{Rule, ValidationError};
use crate::{Envelope, ErrorCode, Paged};

/// The request of `official_account_msg_get_simple`
/// (<https://www.tencentcloud.com/document/product/1047/60812>). A read:
/// idempotent; paged by `LastMsgKey` ([`Paged`]).
///
/// The first page (no `LastMsgKey`) holds the newest messages; each next
/// page starts below the previous reply's `LastMsgKey`. A message whose
/// `IsPlaceMsg` is 1 expired, failed to be stored, or was deleted.
///
/// ```
/// use tim_protocol::official_account::{OfficialAccountMsgGetSimpleRequest, OfficialAccountMsgGetSimpleResponse};
/// use tim_protocol::Paged;
///
/// let first = OfficialAccountMsgGetSimpleRequest::new("@TOA#_15ERQPAER", 2);
/// assert_eq!(
///     serde_json::to_value(&first).unwrap(),
///     serde_json::json!({"Official_Account": "@TOA#_15ERQPAER", "ReqMsgNumber": 2})
/// );
/// let page: OfficialAccountMsgGetSimpleResponse =
///     serde_json::from_str(r#"{"IsFinished":0,"LastMsgKey":"71_1_1698741698","RspMsgList":[]}"#).unwrap();
/// assert_eq!(first.next_request(&page).unwrap().last_msg_key.as_deref(), Some("71_1_1698741698"));
/// let last: OfficialAccountMsgGetSimpleResponse = serde_json::from_str(r#"{"IsFinished":1,"LastMsgKey":"1_1_1"}"#).unwrap();
/// assert_eq!(first.next_request(&last), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OfficialAccountMsgGetSimpleRequest {
    /// `Official_Account`: the account whose messages are read.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// `LastMsgKey`: absent for the first page, then the previous reply's
    /// `LastMsgKey`.
    #[serde(rename = "LastMsgKey", default, skip_serializing_if = "Option::is_none")]
    pub last_msg_key: Option<String>,
    /// `ReqMsgNumber`: how many messages to read.
    #[serde(rename = "ReqMsgNumber", default, skip_serializing_if = "Option::is_none")]
    pub req_msg_number: Option<u32>,
    /// `WithRecalledMsg`: 1 to include recalled messages.
    #[serde(rename = "WithRecalledMsg", default, skip_serializing_if = "Option::is_none")]
    pub with_recalled_msg: Option<u32>,
}

impl OfficialAccountMsgGetSimpleRequest {
    /// The `number` newest messages of `official_account`.
    pub fn new(official_account: impl Into<String>, number: u32) -> Self {
        Self {
            official_account: official_account.into(),
            last_msg_key: None,
            req_msg_number: Some(number),
            with_recalled_msg: None,
        }
    }

    /// The same request for the messages below `key` (a reply's `LastMsgKey`).
    pub fn below(mut self, key: impl Into<String>) -> Self {
        self.last_msg_key = Some(key.into());
        self
    }

    /// The same request including recalled messages.
    pub fn with_recalled(mut self) -> Self {
        self.with_recalled_msg = Some(1);
        self
    }

    /// Checks: `Official_Account` not empty; `ReqMsgNumber`, if given, at
    /// least 1 (the page gives no bounds; 0 is refused as a page of
    /// nothing, this crate's choice); `WithRecalledMsg` 0 or 1. The message
    /// pages list the group service's codes, so these are 10004.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        let code = ErrorCode::GroupParameterInvalid;
        checks::official_account("Official_Account", &self.official_account).map_err(|e| e.with_code(code))?;
        if self.req_msg_number == Some(0) {
            return Err(ValidationError::new(
                "ReqMsgNumber",
                Rule::UnsupportedValue {
                    value: 0,
                    expected: "at least 1",
                },
            )
            .with_code(code));
        }
        if let Some(flag) = self.with_recalled_msg.filter(|flag| *flag > 1) {
            return Err(ValidationError::new(
                "WithRecalledMsg",
                Rule::UnsupportedValue {
                    value: i64::from(flag),
                    expected: "0 or 1",
                },
            )
            .with_code(code));
        }
        Ok(())
    }
}

/// The next page starts below the reply's `LastMsgKey`; paging ends when
/// `IsFinished` is 1, or `LastMsgKey` is absent, empty or the key this page
/// started from.
impl Paged for OfficialAccountMsgGetSimpleRequest {
    fn next_request(&self, reply: &OfficialAccountMsgGetSimpleResponse) -> Option<Self> {
        if reply.is_finished == Some(1) {
            return None;
        }
        let key = reply
            .last_msg_key
            .as_deref()
            .filter(|key| !key.is_empty() && Some(*key) != self.last_msg_key.as_deref())?;
        Some(self.clone().below(key))
    }
}

/// The reply of `official_account_msg_get_simple`: one page of messages.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OfficialAccountMsgGetSimpleResponse {
    /// `Official_Account`: the account.
    #[serde(rename = "Official_Account", default, skip_serializing_if = "Option::is_none")]
    pub official_account: Option<String>,
    /// `IsFinished`: 1 when no older message is left.
    #[serde(rename = "IsFinished", default, skip_serializing_if = "Option::is_none")]
    pub is_finished: Option<u32>,
    /// `LastMsgKey`: the key of this page's oldest message, for the next page.
    #[serde(rename = "LastMsgKey", default, skip_serializing_if = "Option::is_none")]
    pub last_msg_key: Option<String>,
    /// `RspMsgList`: the messages, newest first.
    #[serde(rename = "RspMsgList", default, skip_serializing_if = "Option::is_none")]
    pub rsp_msg_list: Option<Vec<OfficialAccountMsg>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(OfficialAccountMsgGetSimpleResponse);

/// One message of `RspMsgList`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OfficialAccountMsg {
    /// `From_Account`: the sender.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// `IsPlaceMsg`: 1 for a placeholder (expired, not stored, or deleted).
    #[serde(rename = "IsPlaceMsg", default, skip_serializing_if = "Option::is_none")]
    pub is_place_msg: Option<u32>,
    /// `MsgBody`: the elements.
    #[serde(rename = "MsgBody", default, skip_serializing_if = "Option::is_none")]
    pub msg_body: Option<MsgBody>,
    /// `MsgSeq`: the message's sequence number in the account.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
    /// `MsgKey`: the message's key (`{MsgSeq}_1_{time}` in the samples).
    #[serde(rename = "MsgKey", default, skip_serializing_if = "Option::is_none")]
    pub msg_key: Option<String>,
    /// `MsgTimeStamp`: when it was sent.
    #[serde(rename = "MsgTimeStamp", default, skip_serializing_if = "Option::is_none")]
    pub msg_time_stamp: Option<i64>,
    /// `MsgRandom`: the sender's random number.
    #[serde(rename = "MsgRandom", default, skip_serializing_if = "Option::is_none")]
    pub msg_random: Option<u64>,
    /// `CloudCustomData`: the message's custom data.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
    /// `MsgFlagBits`: 8 marks a recalled message (as in group history; only
    /// with `WithRecalledMsg` 1).
    #[serde(rename = "MsgFlagBits", default, skip_serializing_if = "Option::is_none")]
    pub msg_flag_bits: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_named_with_the_message_pages_code() {
        let request = OfficialAccountMsgGetSimpleRequest::new("@TOA#_a", 1).with_recalled();
        assert!(request.validate().is_ok());
        for (request, field) in [
            (OfficialAccountMsgGetSimpleRequest::new("", 1), "Official_Account"),
            (OfficialAccountMsgGetSimpleRequest::new("@TOA#_a", 0), "ReqMsgNumber"),
            (
                OfficialAccountMsgGetSimpleRequest {
                    with_recalled_msg: Some(2),
                    ..request.clone()
                },
                "WithRecalledMsg",
            ),
        ] {
            let error = request.validate().unwrap_err();
            assert_eq!(error.field(), field);
            assert_eq!(error.error_code(), Some(ErrorCode::GroupParameterInvalid));
        }
    }

    #[test]
    fn paging_stops_on_a_key_that_does_not_move() {
        let request = OfficialAccountMsgGetSimpleRequest::new("@TOA#_a", 2).below("5_1_9");
        let stuck: OfficialAccountMsgGetSimpleResponse =
            serde_json::from_str(r#"{"IsFinished":0,"LastMsgKey":"5_1_9"}"#).unwrap();
        assert_eq!(request.next_request(&stuck), None);
        let empty: OfficialAccountMsgGetSimpleResponse = serde_json::from_str(r#"{"IsFinished":0}"#).unwrap();
        assert_eq!(request.next_request(&empty), None);
    }
}
