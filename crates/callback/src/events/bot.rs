//! Chatbot events (`Bot.…`).

use serde::{Deserialize, Serialize};
use tim_protocol::group::GroupType;
use tim_protocol::message::{MsgBody, MsgKey};

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

/// `Bot.OnC2CMessage`: a one-to-one message was sent to a chatbot
/// (<https://tencentcloud.com/document/product/1047/68952>).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BotOnC2cMessage {
    /// `From_Account`: the sender.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: the chatbot.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `MsgSeq`.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
    /// `MsgRandom`.
    #[serde(rename = "MsgRandom", default, skip_serializing_if = "Option::is_none")]
    pub msg_random: Option<u64>,
    /// `MsgTime`: Unix seconds.
    #[serde(rename = "MsgTime", default, skip_serializing_if = "Option::is_none")]
    pub msg_time: Option<u64>,
    /// `MsgKey`: identifies the message (e.g. to recall it).
    #[serde(rename = "MsgKey", default, skip_serializing_if = "Option::is_none")]
    pub msg_key: Option<MsgKey>,
    /// `OnlineOnlyFlag`: 1 for an online-only message.
    #[serde(rename = "OnlineOnlyFlag", default, skip_serializing_if = "Option::is_none")]
    pub online_only_flag: Option<i64>,
    /// `SendMsgResult`: 0 when the message was delivered.
    #[serde(rename = "SendMsgResult", default, skip_serializing_if = "Option::is_none")]
    pub send_msg_result: Option<i64>,
    /// `ErrorInfo`: why delivery failed (`send msg succeed` otherwise).
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
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
