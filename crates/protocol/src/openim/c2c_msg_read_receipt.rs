//! `v4/openim/c2c_msg_read_receipt`: send read receipts for one-to-one messages.

use serde::{Deserialize, Serialize};

use super::check_user_id;
use crate::message::MsgKey;
use crate::validation::{check, Rule, ValidationError};

/// The request of `c2c_msg_read_receipt` (<https://trtc.io/document/77776>,
/// "Sending Read Receipts for One-to-One Messages"; Chinese page 269/104121).
///
/// The recipient of the messages (`Operator_Account`) sends the receipts to
/// their sender (`Peer_Account`): each message's `From_Account` is the peer
/// and its `To_Account` the operator.
///
/// Idempotent: a message read twice is still read.
///
/// ```
/// use tim_protocol::openim::C2cMsgReadReceiptRequest;
///
/// let request = C2cMsgReadReceiptRequest::new("user1", "user2", ["1467329515_5675354_1708676941"]);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({
///         "Operator_Account": "user1",
///         "Peer_Account": "user2",
///         "C2CMsgInfo": [{"From_Account": "user2", "To_Account": "user1", "MsgKey": "1467329515_5675354_1708676941"}]
///     })
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct C2cMsgReadReceiptRequest {
    /// `Operator_Account`: the user who read the messages and sends the receipts.
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    /// `Peer_Account`: the other side of the conversation, who sent the messages.
    #[serde(rename = "Peer_Account")]
    pub peer_account: String,
    /// `C2CMsgInfo`: the messages read.
    #[serde(rename = "C2CMsgInfo")]
    pub c2c_msg_info: Vec<C2cMsgRef>,
}

/// One `C2CMsgInfo` item: a one-to-one message by its sender, recipient and key.
///
/// The same item is sent back in the webhook `C2C.CallbackAfterMsgReadReceipt`
/// (Chinese page 269/128223), there with the message's `MsgId` as well.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct C2cMsgRef {
    /// `From_Account`: the sender; the request's `Peer_Account`.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: the recipient; the request's `Operator_Account`.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `MsgKey`: the message.
    #[serde(rename = "MsgKey")]
    pub msg_key: MsgKey,
    /// `MsgId`: the message's client-side ID (e.g.
    /// `144115433090395387-1769139578-24064952`). Not a field of the
    /// request's page; the webhook `C2C.CallbackAfterMsgReadReceipt` sends it
    /// in each item. [`C2cMsgRef::new`] leaves it out.
    #[serde(rename = "MsgId", default, skip_serializing_if = "Option::is_none")]
    pub msg_id: Option<String>,
}

impl C2cMsgRef {
    /// The message `key` that `from` sent to `to`.
    pub fn new(from: impl Into<String>, to: impl Into<String>, key: impl Into<MsgKey>) -> Self {
        Self {
            from_account: from.into(),
            to_account: to.into(),
            msg_key: key.into(),
            msg_id: None,
        }
    }
}

impl C2cMsgReadReceiptRequest {
    /// `operator` has read the messages `keys` that `peer` sent them.
    pub fn new(
        operator: impl Into<String>,
        peer: impl Into<String>,
        keys: impl IntoIterator<Item = impl Into<MsgKey>>,
    ) -> Self {
        let operator = operator.into();
        let peer = peer.into();
        let c2c_msg_info = keys
            .into_iter()
            .map(|key| C2cMsgRef::new(peer.clone(), operator.clone(), key))
            .collect();
        Self {
            operator_account: operator,
            peer_account: peer,
            c2c_msg_info,
        }
    }

    /// Checks: both accounts 1 to 32 bytes; at least one message (the page
    /// gives no upper bound, so none is checked); in each, `From_Account`
    /// equal to `Peer_Account`, `To_Account` equal to `Operator_Account` (the
    /// page: "Must match"), and `MsgKey` not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_user_id("Operator_Account", &self.operator_account)?;
        check_user_id("Peer_Account", &self.peer_account)?;
        check::count("C2CMsgInfo", self.c2c_msg_info.len(), 1, usize::MAX, None)?;
        for (index, item) in self.c2c_msg_info.iter().enumerate() {
            if item.from_account != self.peer_account {
                return Err(ValidationError::new(
                    format!("C2CMsgInfo[{index}].From_Account"),
                    Rule::BadFormat("equal to Peer_Account"),
                ));
            }
            if item.to_account != self.operator_account {
                return Err(ValidationError::new(
                    format!("C2CMsgInfo[{index}].To_Account"),
                    Rule::BadFormat("equal to Operator_Account"),
                ));
            }
            if item.msg_key.as_str().is_empty() {
                return Err(ValidationError::new(
                    format!("C2CMsgInfo[{index}].MsgKey"),
                    Rule::NotEmpty,
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_messages_and_their_sides_are_checked() {
        assert!(C2cMsgReadReceiptRequest::new("a".repeat(32), "b", ["k"])
            .check()
            .is_ok());
        let error = C2cMsgReadReceiptRequest::new("a".repeat(33), "b", ["k"])
            .check()
            .unwrap_err();
        assert_eq!(error.field(), "Operator_Account");
        assert!(matches!(
            error.rule(),
            Rule::TooLong {
                max_bytes: 32,
                actual: 33
            }
        ));
        let error = C2cMsgReadReceiptRequest::new("a", "", ["k"]).check().unwrap_err();
        assert_eq!((error.field(), error.rule()), ("Peer_Account", &Rule::NotEmpty));
        let error = C2cMsgReadReceiptRequest::new("a", "b", Vec::<String>::new())
            .check()
            .unwrap_err();
        assert_eq!(error.field(), "C2CMsgInfo");
        assert!(matches!(error.rule(), Rule::TooFew { min: 1, actual: 0 }));

        let mut request = C2cMsgReadReceiptRequest::new("a", "b", ["k", "l"]);
        request.c2c_msg_info[1] = C2cMsgRef::new("a", "b", "l");
        assert_eq!(request.check().unwrap_err().field(), "C2CMsgInfo[1].From_Account");
        request.c2c_msg_info[1] = C2cMsgRef::new("b", "c", "l");
        assert_eq!(request.check().unwrap_err().field(), "C2CMsgInfo[1].To_Account");
        request.c2c_msg_info[1] = C2cMsgRef::new("b", "a", "");
        assert_eq!(request.check().unwrap_err().field(), "C2CMsgInfo[1].MsgKey");
    }
}
