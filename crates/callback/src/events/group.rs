//! Group events (`Group.…`).

use serde::{Deserialize, Serialize};
use tim_protocol::message::MsgBody;

use super::common::EventTime;

/// `Group.CallbackAfterGroupInfoChanged`: a group's name, introduction,
/// notice or photo changed. Only the fields that changed are present.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupInfoChanged {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type`: the group type (`Public`, `Private`, `ChatRoom`, `AVChatRoom`,
    /// `Community`, ...), kept as sent.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<String>,
    /// `Operator_Account`: who changed it.
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `Name`: the new name.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `Introduction`: the new introduction.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// `Notification`: the new notice.
    #[serde(rename = "Notification", default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<String>,
    /// `FaceUrl`: the new photo's URL.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `Group.CallbackBeforeSendMsg`: a group message is about to be delivered;
/// the reply may let it through, refuse it, drop it silently or rewrite it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupBeforeSendMsg {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type`: the group type, kept as sent.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<String>,
    /// `From_Account`: the sender.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `Operator_Account`: who made the request (the admin, for REST calls).
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `Random`: the request's random number.
    #[serde(rename = "Random", default, skip_serializing_if = "Option::is_none")]
    pub random: Option<u64>,
    /// `OnlineOnlyFlag`: 1 for an online-only message.
    #[serde(rename = "OnlineOnlyFlag", default, skip_serializing_if = "Option::is_none")]
    pub online_only_flag: Option<i64>,
    /// `MsgBody`.
    #[serde(rename = "MsgBody", default)]
    pub msg_body: MsgBody,
    /// `CloudCustomData`.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
    /// `TopicId`: the topic, in topic-enabled communities.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}
