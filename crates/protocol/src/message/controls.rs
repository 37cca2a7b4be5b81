//! The per-message switches of the send and import APIs, and the message key.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::macros::int_enum;

crate::str_enum! {
    /// One entry of `SendMsgControl`: how this one message is delivered.
    ///
    /// ```
    /// use tim_protocol::message::SendMsgControl;
    ///
    /// let controls: Vec<SendMsgControl> = serde_json::from_str(r#"["NoUnread","Later"]"#).unwrap();
    /// assert_eq!(controls[0], SendMsgControl::NoUnread);
    /// assert_eq!(controls[1], SendMsgControl::Other("Later".into()));
    /// assert_eq!(serde_json::to_string(&controls).unwrap(), r#"["NoUnread","Later"]"#);
    /// ```
    pub enum SendMsgControl {
        /// `NoUnread`: the message does not count as unread.
        NoUnread = "NoUnread",
        /// `NoLastMsg`: the message does not update the conversation list.
        NoLastMsg = "NoLastMsg",
        /// `WithMuteNotifications`: the recipient's do-not-disturb setting for
        /// the sender applies (by default it does not).
        WithMuteNotifications = "WithMuteNotifications",
    }
}

crate::str_enum! {
    /// One entry of `ForbidCallbackControl`: a webhook not to call for this message.
    pub enum ForbidCallbackControl {
        /// `ForbidBeforeSendMsgCallback`: skip the before-send webhook.
        ForbidBeforeSendMsgCallback = "ForbidBeforeSendMsgCallback",
        /// `ForbidAfterSendMsgCallback`: skip the after-send webhook.
        ForbidAfterSendMsgCallback = "ForbidAfterSendMsgCallback",
    }
}

int_enum! {
    /// `SyncOtherMachine`: whether a message sent on a user's behalf also
    /// reaches that user's own devices and roaming history. When absent the
    /// service stores it in the sender's roaming history.
    pub enum SyncOtherMachine {
        /// 1: sync to `From_Account`'s online devices and roaming history.
        Sync = 1,
        /// 2: do not sync to `From_Account`.
        NoSync = 2,
    }
}

/// `MsgKey`: the service's identifier of a one-to-one message, returned by
/// the send APIs and the history API and used to recall or modify it.
///
/// It is written `{MsgSeq}_{MsgRandom}_{MsgTimeStamp}` (the pages' samples,
/// e.g. `549396494_2578554_1584669680`); [`MsgKey::parts`] splits it when it
/// has that shape, but the key is kept as an opaque string.
///
/// ```
/// use tim_protocol::message::MsgKey;
///
/// let key = MsgKey::new("549396494_2578554_1584669680");
/// assert_eq!(key.parts(), Some((549396494, 2578554, 1584669680)));
/// assert_eq!(serde_json::to_string(&key).unwrap(), r#""549396494_2578554_1584669680""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MsgKey(pub String);

impl MsgKey {
    /// A key from its text.
    pub fn new(key: impl Into<String>) -> Self {
        Self(key.into())
    }

    /// The key as sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `(MsgSeq, MsgRandom, MsgTimeStamp)` if the key has the documented shape.
    pub fn parts(&self) -> Option<(u64, u64, u64)> {
        let mut parts = self.0.split('_').map(str::parse::<u64>);
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(Ok(seq)), Some(Ok(random)), Some(Ok(time)), None) => Some((seq, random, time)),
            _ => None,
        }
    }
}

impl fmt::Display for MsgKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for MsgKey {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl From<String> for MsgKey {
    fn from(value: String) -> Self {
        Self(value)
    }
}
