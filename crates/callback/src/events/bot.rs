//! Chatbot events (`Bot.…`).

use serde::{Deserialize, Serialize};
use tim_protocol::group::GroupType;
use tim_protocol::message::MsgBody;

use super::common::EventTime;

/// `Bot.OnGroupMessage`: a group message @-mentioned one or more chatbots
/// (not sent when everyone is mentioned)
/// (<https://tencentcloud.com/document/product/1047/68953>).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BotOnGroupMessage {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `From_Account`: the sender.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// `Operator_Account`: who made the request (e.g. an admin sending for
    /// the user).
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `Random`.
    #[serde(rename = "Random", default, skip_serializing_if = "Option::is_none")]
    pub random: Option<u64>,
    /// `MsgSeq`: the message's sequence number in the group.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
    /// `MsgTime`: Unix seconds.
    #[serde(rename = "MsgTime", default, skip_serializing_if = "Option::is_none")]
    pub msg_time: Option<u64>,
    /// `OnlineOnlyFlag`: 1 for an online-only message (always 0 in
    /// audio-video groups).
    #[serde(rename = "OnlineOnlyFlag", default, skip_serializing_if = "Option::is_none")]
    pub online_only_flag: Option<i64>,
    /// `MsgBody`.
    #[serde(rename = "MsgBody", default)]
    pub msg_body: MsgBody,
    /// `AtRobots_Account`: the chatbots mentioned.
    #[serde(rename = "AtRobots_Account", default)]
    pub at_robots_account: Vec<String>,
    /// `CloudCustomData`.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}
