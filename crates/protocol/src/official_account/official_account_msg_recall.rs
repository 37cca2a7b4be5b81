//! `v4/official_account_open_http_svc/official_account_msg_recall`: recall
//! up to 10 of an official account's messages.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::{OFFICIAL_ACCOUNT_RECALL_MAX, OFFICIAL_ACCOUNT_RECALL_REASON_MAX_BYTES};
use crate::validation::{check, Rule, ValidationError};
use crate::{Envelope, ErrorCode};

/// The request of `official_account_msg_recall`
/// (<https://www.tencentcloud.com/document/product/1047/60811>).
///
/// Not idempotent (as `group_msg_recall`): a second recall of a message
/// answers its `RetCode` 10030 instead of 0.
///
/// ```
/// use tim_protocol::official_account::OfficialAccountMsgRecallRequest;
///
/// let request = OfficialAccountMsgRecallRequest::new("@TOA#_2J4SZEAEL", ["71_1_1698741698"]).reason("typo");
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"Official_Account": "@TOA#_2J4SZEAEL", "MsgKeyList": ["71_1_1698741698"], "Reason": "typo"})
/// );
/// let many = OfficialAccountMsgRecallRequest::new("@TOA#_a", (0..11).map(|n| format!("{n}_1_1")));
/// let error = many.validate().unwrap_err();
/// assert_eq!(error.field(), "MsgKeyList");
/// assert_eq!(error.error_code().map(|c| c.code()), Some(10004));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OfficialAccountMsgRecallRequest {
    /// `Official_Account`: the account.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// `MsgKeyList`: 1 to 10 message keys.
    #[serde(rename = "MsgKeyList")]
    pub msg_key_list: Vec<String>,
    /// `Reason`: at most 100 bytes.
    #[serde(rename = "Reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl OfficialAccountMsgRecallRequest {
    /// Recall the messages `keys` of `official_account`.
    pub fn new<I, S>(official_account: impl Into<String>, keys: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            official_account: official_account.into(),
            msg_key_list: keys.into_iter().map(Into::into).collect(),
            reason: None,
        }
    }

    /// The same request with a reason.
    pub fn reason(mut self, reason: impl Into<String>) -> Self {
        self.reason = Some(reason.into());
        self
    }

    /// Checks: `Official_Account` not empty; 1 to 10 keys, none empty;
    /// `Reason` at most 100 bytes. The page's table gives 10004 for invalid
    /// parameters.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        let code = ErrorCode::GroupParameterInvalid;
        let rules = || -> Result<(), ValidationError> {
            checks::official_account("Official_Account", &self.official_account)?;
            check::count(
                "MsgKeyList",
                self.msg_key_list.len(),
                1,
                OFFICIAL_ACCOUNT_RECALL_MAX,
                None,
            )?;
            if let Some(index) = self.msg_key_list.iter().position(String::is_empty) {
                return Err(ValidationError::new(format!("MsgKeyList[{index}]"), Rule::NotEmpty));
            }
            if let Some(reason) = &self.reason {
                check::max_bytes(|| "Reason".into(), reason, OFFICIAL_ACCOUNT_RECALL_REASON_MAX_BYTES)?;
            }
            Ok(())
        };
        rules().map_err(|error| error.with_code(code))
    }
}

/// One `RecallRetList` item: a message's outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MsgRecallResult {
    /// `MsgKey`: the message.
    #[serde(rename = "MsgKey")]
    pub msg_key: String,
    /// `RetCode`: 0 when recalled; another code when not (the sample shows
    /// 10030).
    #[serde(rename = "RetCode")]
    pub ret_code: ErrorCode,
}

impl MsgRecallResult {
    /// The outcome `ret_code` of recalling `msg_key`.
    pub fn new(msg_key: impl Into<String>, ret_code: ErrorCode) -> Self {
        Self {
            msg_key: msg_key.into(),
            ret_code,
        }
    }
}

/// The reply of `official_account_msg_recall`: one result per message.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OfficialAccountMsgRecallResponse {
    /// `RecallRetList`: one result per key.
    #[serde(rename = "RecallRetList", default, skip_serializing_if = "Option::is_none")]
    pub recall_ret_list: Option<Vec<MsgRecallResult>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(OfficialAccountMsgRecallResponse);

impl OfficialAccountMsgRecallResponse {
    /// A successful reply with `results`.
    pub fn new(results: Vec<MsgRecallResult>) -> Self {
        Self {
            recall_ret_list: Some(results),
            envelope: Envelope::default(),
        }
    }

    /// The outcome of `msg_key`, if the reply lists it.
    pub fn result(&self, msg_key: &str) -> Option<ErrorCode> {
        self.recall_ret_list
            .iter()
            .flatten()
            .find(|item| item.msg_key == msg_key)
            .map(|item| item.ret_code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_inclusive_and_named() {
        let ten = OfficialAccountMsgRecallRequest::new("@TOA#_a", (0..10).map(|n| format!("{n}_1_1")))
            .reason("r".repeat(100));
        assert!(ten.validate().is_ok());
        for (request, field) in [
            (OfficialAccountMsgRecallRequest::new("", ["1_1_1"]), "Official_Account"),
            (
                OfficialAccountMsgRecallRequest::new("@TOA#_a", Vec::<String>::new()),
                "MsgKeyList",
            ),
            (
                OfficialAccountMsgRecallRequest::new("@TOA#_a", ["1_1_1", ""]),
                "MsgKeyList[1]",
            ),
            (ten.clone().reason("r".repeat(101)), "Reason"),
        ] {
            let error = request.validate().unwrap_err();
            assert_eq!(error.field(), field);
            assert_eq!(error.error_code(), Some(ErrorCode::GroupParameterInvalid));
        }
    }
}
