//! `v4/openim_robot_http_svc/send_stream_msg`: send a chatbot's text in
//! chunks, a streaming message.

use serde::{Deserialize, Serialize};

use crate::message::MsgKey;
use crate::validation::{check, Rule, ValidationError};
use crate::Envelope;

/// The request of `send_stream_msg`
/// (<https://www.tencentcloud.com/document/product/1047/71131>): one chunk
/// (`Chunk`) of a text from `From_Account` to `To_Account`. The first call
/// has no `MsgKey` and the service answers one; every later call of the
/// same message sends it back, and the last sets `Finish` to 1.
///
/// Not idempotent: each call appends its chunk.
///
/// ```
/// use tim_protocol::message::MsgKey;
/// use tim_protocol::robot::{SendStreamMsgRequest, SendStreamMsgResponse};
///
/// let first = SendStreamMsgRequest::new("@RBT#my_bot", "user01", "hello, ");
/// assert!(first.validate().is_ok());
/// let reply: SendStreamMsgResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"MsgKey":"606781340_3986845397_1706000918"}"#,
/// )
/// .unwrap();
/// let last = first.next_chunk(&reply, "world").unwrap().finish();
/// assert_eq!(last.msg_key, Some(MsgKey::new("606781340_3986845397_1706000918")));
/// assert_eq!(last.finish, Some(1));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SendStreamMsgRequest {
    /// `From_Account`: the sender (the chatbot).
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: the recipient.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `Chunk`: this call's piece of the text.
    #[serde(rename = "Chunk")]
    pub chunk: String,
    /// `MsgKey`: absent on the first call, then the key the first call
    /// answered.
    #[serde(rename = "MsgKey", default, skip_serializing_if = "Option::is_none")]
    pub msg_key: Option<MsgKey>,
    /// `Finish`: 1 on the last call.
    #[serde(rename = "Finish", default, skip_serializing_if = "Option::is_none")]
    pub finish: Option<i64>,
}

impl SendStreamMsgRequest {
    /// The first chunk `chunk` of a message from `from` to `to`.
    pub fn new(from: impl Into<String>, to: impl Into<String>, chunk: impl Into<String>) -> Self {
        Self {
            from_account: from.into(),
            to_account: to.into(),
            chunk: chunk.into(),
            msg_key: None,
            finish: None,
        }
    }

    /// A chunk of the message whose key is `key`.
    pub fn msg_key(mut self, key: MsgKey) -> Self {
        self.msg_key = Some(key);
        self
    }

    /// Marks this chunk the last (`Finish` 1).
    pub fn finish(mut self) -> Self {
        self.finish = Some(1);
        self
    }

    /// The call after this one, sending `chunk` with the `MsgKey` of
    /// `reply` (this call's reply); `None` if the reply has no key.
    pub fn next_chunk(&self, reply: &SendStreamMsgResponse, chunk: impl Into<String>) -> Option<Self> {
        let key = reply.msg_key.clone().or_else(|| self.msg_key.clone())?;
        Some(Self {
            from_account: self.from_account.clone(),
            to_account: self.to_account.clone(),
            chunk: chunk.into(),
            msg_key: Some(key),
            finish: None,
        })
    }

    /// Checks: `From_Account` and `To_Account` 1 to 32 bytes; `MsgKey`, when
    /// given, not empty; `Finish` 0 or 1 (the page: 1 marks the last call;
    /// this crate accepts 0 as "not the last"). `Chunk` must be present; the
    /// page gives no length, so an empty chunk (a last call with nothing more
    /// to say) is allowed.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".to_owned(), &self.from_account)?;
        check::user_id(|| "To_Account".to_owned(), &self.to_account)?;
        if self.msg_key.as_ref().is_some_and(|key| key.as_str().is_empty()) {
            return Err(ValidationError::new("MsgKey", Rule::NotEmpty));
        }
        if let Some(finish) = self.finish {
            if !(0..=1).contains(&finish) {
                return Err(ValidationError::new(
                    "Finish",
                    Rule::UnsupportedValue {
                        value: finish,
                        expected: "0 or 1",
                    },
                ));
            }
        }
        Ok(())
    }
}

/// The reply of `send_stream_msg`: the message's key, to send back with the
/// next chunk.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SendStreamMsgResponse {
    /// `MsgKey`: the message's key.
    #[serde(rename = "MsgKey", default, skip_serializing_if = "Option::is_none")]
    pub msg_key: Option<MsgKey>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(SendStreamMsgResponse);

impl SendStreamMsgResponse {
    /// A successful reply with the key `key`.
    pub fn new(key: MsgKey) -> Self {
        Self {
            msg_key: Some(key),
            envelope: Envelope::ok(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn every_rule_names_its_field() {
        let ok = SendStreamMsgRequest::new("@RBT#b", "u", "");
        assert!(ok.validate().is_ok(), "an empty chunk is allowed");
        let error = SendStreamMsgRequest::new("", "u", "c").validate().unwrap_err();
        assert_eq!(error.field(), "From_Account");
        assert_eq!(error.error_code(), Some(ErrorCode::GroupParameterInvalid));
        let error = SendStreamMsgRequest::new("b", "u".repeat(33), "c")
            .validate()
            .unwrap_err();
        assert_eq!(error.field(), "To_Account");
        let error = SendStreamMsgRequest::new("b", "u", "c")
            .msg_key(MsgKey::new(""))
            .validate()
            .unwrap_err();
        assert_eq!(error.field(), "MsgKey");
        let mut two = SendStreamMsgRequest::new("b", "u", "c");
        two.finish = Some(2);
        assert_eq!(two.validate().unwrap_err().field(), "Finish");
        two.finish = Some(0);
        assert!(two.validate().is_ok());
    }

    #[test]
    fn the_next_chunk_carries_the_key() {
        let first = SendStreamMsgRequest::new("b", "u", "a");
        assert_eq!(first.next_chunk(&SendStreamMsgResponse::default(), "b"), None);
        let reply = SendStreamMsgResponse::new(MsgKey::new("1_2_3"));
        let second = first.next_chunk(&reply, "b").unwrap();
        let third = second.next_chunk(&SendStreamMsgResponse::default(), "c").unwrap();
        assert_eq!(third.msg_key, Some(MsgKey::new("1_2_3")));
        assert_eq!((third.chunk.as_str(), third.finish), ("c", None));
    }
}
