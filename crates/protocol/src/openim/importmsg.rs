//! `v4/openim/importmsg`: import one historical one-to-one message.

use serde::{Deserialize, Serialize};

use super::check_user_id;
use crate::macros::int_enum;
use crate::message::{check_body, MsgBody};
use crate::validation::{Rule, ValidationError};

int_enum! {
    /// `SyncFromOldSystem`: how an imported message counts.
    pub enum SyncFromOldSystem {
        /// 1: a real-time import, as older pages documented it (the current
        /// page lists only 2 and 5; 1 is still accepted by `validate()`).
        LegacyRealtime = 1,
        /// 2: a history import: marked read, not pushed.
        History = 2,
        /// 5: a real-time import: marked unread and pushed to the client.
        Realtime = 5,
    }
}

/// The request of `importmsg` (the "Importing One-to-One Messages" page).
///
/// Idempotent: the service drops a message whose `MsgTimeStamp`, `MsgRandom`
/// (and `MsgSeq`) and body match one already imported, so a retry after a
/// lost reply does not duplicate it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImportmsgRequest {
    /// `SyncFromOldSystem`: 2 (history) or 5 (real time).
    #[serde(rename = "SyncFromOldSystem")]
    pub sync_from_old_system: SyncFromOldSystem,
    /// `From_Account`: the sender.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: the recipient.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `MsgSeq`.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u32>,
    /// `MsgRandom`.
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    /// `MsgTimeStamp`: seconds since the epoch.
    #[serde(rename = "MsgTimeStamp")]
    pub msg_time_stamp: i64,
    /// `MsgBody`.
    #[serde(rename = "MsgBody")]
    pub msg_body: MsgBody,
    /// `CloudCustomData`.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
}

impl ImportmsgRequest {
    /// Import a message from `from` to `to` sent at `time_stamp`.
    pub fn new(
        kind: SyncFromOldSystem,
        from: impl Into<String>,
        to: impl Into<String>,
        msg_random: u32,
        time_stamp: i64,
        body: MsgBody,
    ) -> Self {
        Self {
            sync_from_old_system: kind,
            from_account: from.into(),
            to_account: to.into(),
            msg_seq: None,
            msg_random,
            msg_time_stamp: time_stamp,
            msg_body: body,
            cloud_custom_data: None,
        }
    }

    /// Checks: `SyncFromOldSystem` 1, 2 or 5; both accounts 1 to 32 bytes;
    /// `MsgTimeStamp` not negative; the body.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if !self.sync_from_old_system.is_known() {
            return Err(ValidationError::new(
                "SyncFromOldSystem",
                Rule::UnsupportedValue {
                    value: self.sync_from_old_system.value(),
                    expected: "2 (history) or 5 (real time)",
                },
            ));
        }
        check_user_id("From_Account", &self.from_account)?;
        check_user_id("To_Account", &self.to_account)?;
        if self.msg_time_stamp < 0 {
            return Err(ValidationError::new(
                "MsgTimeStamp",
                Rule::UnsupportedValue {
                    value: self.msg_time_stamp,
                    expected: "a UNIX time in seconds",
                },
            ));
        }
        check_body("MsgBody", &self.msg_body)
    }
}
