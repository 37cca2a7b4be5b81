//! Official account events (`OfficialAccount.…`).

use serde::{Deserialize, Serialize};
use tim_protocol::message::MsgBody;

use super::common::EventTime;

/// `OfficialAccount.CallbackBeforeSendMsg`: an official account message is
/// about to go to its subscribers; the reply may refuse, drop or rewrite it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OfficialAccountBeforeSendMsg {
    /// `Official_Account`: the official account's ID.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// `OnlineOnlyFlag`: 1 for an online-only message.
    #[serde(rename = "OnlineOnlyFlag", default, skip_serializing_if = "Option::is_none")]
    pub online_only_flag: Option<i64>,
    /// `MsgBody`.
    #[serde(rename = "MsgBody", default)]
    pub msg_body: MsgBody,
    /// `CloudCustomData`.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}
