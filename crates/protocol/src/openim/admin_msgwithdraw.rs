//! `v4/openim/admin_msgwithdraw`: recall a one-to-one message.

use serde::{Deserialize, Serialize};

use super::check_msg_address;
use crate::message::MsgKey;
use crate::validation::ValidationError;

/// The request of `admin_msgwithdraw` (<https://trtc.io/document/35015>).
///
/// Idempotent in effect: recalling a recalled message leaves it recalled
/// (the second call may answer with an error code saying so).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AdminMsgwithdrawRequest {
    /// `From_Account`: the sender of the message.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: its recipient.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `MsgKey`: from `sendmsg`, `batchsendmsg` or `admin_getroammsg`.
    #[serde(rename = "MsgKey")]
    pub msg_key: MsgKey,
}

impl AdminMsgwithdrawRequest {
    /// Recall the message `key` sent by `from` to `to`.
    pub fn new(from: impl Into<String>, to: impl Into<String>, key: impl Into<MsgKey>) -> Self {
        Self {
            from_account: from.into(),
            to_account: to.into(),
            msg_key: key.into(),
        }
    }

    /// Checks: both accounts 1 to 32 bytes; `MsgKey` not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_msg_address(Some(&self.from_account), &self.to_account, &self.msg_key)
    }
}
