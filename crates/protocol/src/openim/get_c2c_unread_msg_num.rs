//! `v4/openim/get_c2c_unread_msg_num`: unread one-to-one message counts.

use serde::{Deserialize, Serialize};

use super::check_user_id;
use crate::limits::UNREAD_PEERS_MAX;
use crate::validation::{check, ValidationError};
use crate::{Envelope, ErrorCode};

/// The request of `get_c2c_unread_msg_num` (<https://trtc.io/document/41046>).
/// A read: idempotent.
///
/// Without `Peer_Account` the reply has the user's total; with it, the count
/// of each conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetC2cUnreadMsgNumRequest {
    /// `To_Account`: the user whose counts are read.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `Peer_Account`: up to 10 conversation peers.
    #[serde(rename = "Peer_Account", default, skip_serializing_if = "Option::is_none")]
    pub peer_account: Option<Vec<String>>,
}

impl GetC2cUnreadMsgNumRequest {
    /// The total unread count of `user`.
    pub fn total(user: impl Into<String>) -> Self {
        Self {
            to_account: user.into(),
            peer_account: None,
        }
    }

    /// The unread counts of `user`'s conversations with `peers`.
    pub fn with_peers<I, S>(user: impl Into<String>, peers: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            to_account: user.into(),
            peer_account: Some(peers.into_iter().map(Into::into).collect()),
        }
    }

    /// Checks: `To_Account` 1 to 32 bytes; `Peer_Account`, if present, 1 to
    /// 10 IDs of 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_user_id("To_Account", &self.to_account)?;
        if let Some(peers) = &self.peer_account {
            check::count("Peer_Account", peers.len(), 1, UNREAD_PEERS_MAX, None)?;
            for (index, peer) in peers.iter().enumerate() {
                check_user_id(&format!("Peer_Account[{index}]"), peer)?;
            }
        }
        Ok(())
    }
}

/// The reply of `get_c2c_unread_msg_num`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetC2cUnreadMsgNumResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `AllC2CUnreadMsgNum`: the total, when no peers were given.
    #[serde(rename = "AllC2CUnreadMsgNum", default, skip_serializing_if = "Option::is_none")]
    pub all_c2c_unread_msg_num: Option<u64>,
    /// `C2CUnreadMsgNumList`: per conversation.
    #[serde(rename = "C2CUnreadMsgNumList", default, skip_serializing_if = "Option::is_none")]
    pub c2c_unread_msg_num_list: Option<Vec<C2cUnreadMsgNum>>,
    /// `ErrorList`: peers that could not be read.
    #[serde(rename = "ErrorList", default, skip_serializing_if = "Option::is_none")]
    pub error_list: Option<Vec<C2cUnreadError>>,
}

crate::macros::response!(GetC2cUnreadMsgNumResponse);

/// One entry of `C2CUnreadMsgNumList`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct C2cUnreadMsgNum {
    /// `Peer_Account`.
    #[serde(rename = "Peer_Account")]
    pub peer_account: String,
    /// `C2CUnreadMsgNum`.
    #[serde(rename = "C2CUnreadMsgNum")]
    pub c2c_unread_msg_num: u64,
}

impl C2cUnreadMsgNum {
    /// `count` unread messages in the conversation with `peer_account`.
    pub fn new(peer_account: impl Into<String>, count: u64) -> Self {
        Self {
            peer_account: peer_account.into(),
            c2c_unread_msg_num: count,
        }
    }
}

/// One entry of `ErrorList`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct C2cUnreadError {
    /// `Peer_Account`.
    #[serde(rename = "Peer_Account")]
    pub peer_account: String,
    /// `ErrorCode`: 70107 when the account does not exist.
    #[serde(rename = "ErrorCode")]
    pub error_code: ErrorCode,
}

impl C2cUnreadError {
    /// The count of the conversation with `peer_account` could not be read.
    pub fn new(peer_account: impl Into<String>, error_code: ErrorCode) -> Self {
        Self {
            peer_account: peer_account.into(),
            error_code,
        }
    }
}
