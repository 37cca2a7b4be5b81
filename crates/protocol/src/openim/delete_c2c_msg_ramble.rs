//! `v4/openim/delete_c2c_msg_ramble`: delete one-to-one messages from one
//! side's history.

use serde::{Deserialize, Serialize};

use crate::message::MsgKey;
use crate::validation::{check, Rule, ValidationError};

/// The request of `delete_c2c_msg_ramble`
/// (<https://cloud.tencent.com/document/product/269/101439>): as
/// `Operator_Account` (the sender or the recipient), delete messages of the
/// conversation with `Peer_Account`. The deletion is one-sided: the peer
/// still sees them. The reply is the status fields alone
/// (`EnvelopeOnlyResponse`; the stored page text stops inside the request
/// sample, so the reply shape is this crate's reading).
///
/// ```
/// use tim_protocol::openim::DeleteC2cMsgRambleRequest;
///
/// let request = DeleteC2cMsgRambleRequest::new("user0", "user1", ["1472765512_1000001_1697781612"]);
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeleteC2cMsgRambleRequest {
    /// `Operator_Account`: whose history loses the messages.
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    /// `Peer_Account`: the other side of the conversation.
    #[serde(rename = "Peer_Account")]
    pub peer_account: String,
    /// `MsgKeyList`: the messages to delete.
    #[serde(rename = "MsgKeyList")]
    pub msg_key_list: Vec<MsgKey>,
}

impl DeleteC2cMsgRambleRequest {
    /// Delete `keys` from `operator`'s history of the conversation with `peer`.
    pub fn new(
        operator: impl Into<String>,
        peer: impl Into<String>,
        keys: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            operator_account: operator.into(),
            peer_account: peer.into(),
            msg_key_list: keys.into_iter().map(|key| MsgKey::new(key)).collect(),
        }
    }

    /// Checks: both UserIDs 1 to 32 bytes; at least one `MsgKey`, each not
    /// empty. (The stored page text names no upper bound on the list.)
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "Operator_Account".into(), &self.operator_account)?;
        check::user_id(|| "Peer_Account".into(), &self.peer_account)?;
        check::count("MsgKeyList", self.msg_key_list.len(), 1, usize::MAX, None)?;
        for (index, key) in self.msg_key_list.iter().enumerate() {
            if key.as_str().is_empty() {
                return Err(ValidationError::new(format!("MsgKeyList[{index}]"), Rule::NotEmpty));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_and_keys_are_required() {
        assert!(DeleteC2cMsgRambleRequest::new("a", "b", ["1_2_3"]).check().is_ok());
        let none: [&str; 0] = [];
        assert_eq!(
            DeleteC2cMsgRambleRequest::new("a", "b", none)
                .check()
                .unwrap_err()
                .field(),
            "MsgKeyList"
        );
        assert_eq!(
            DeleteC2cMsgRambleRequest::new("", "b", ["k"])
                .check()
                .unwrap_err()
                .field(),
            "Operator_Account"
        );
        assert_eq!(
            DeleteC2cMsgRambleRequest::new("a", "b", ["k", ""])
                .check()
                .unwrap_err()
                .field(),
            "MsgKeyList[1]"
        );
    }
}
