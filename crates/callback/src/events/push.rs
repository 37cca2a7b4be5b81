//! Push plugin results (`Push.…`): batched bodies.
//!
//! Unlike the other webhooks, these bodies have no `CallbackCommand` of their
//! own: they are `{"Events": [...]}`, 1 to 100 items, each with the command
//! (which is also in the query). [`crate::Event`] reads the command from the
//! first item, and writes the body back without a top-level command.
//!
//! Times here are Unix **seconds** (`EventTime`, `TaskTime`, `MsgTime`), not
//! the milliseconds of [`super::EventTime`] on the other webhooks; the pages
//! say so field by field.

use serde::{Deserialize, Serialize};
use tim_protocol::message::MsgKey;

/// `Push.OfflinePush`: results of offline pushes of one-to-one and group
/// messages, sent when the push plugin is enabled ("Other Push Callbacks",
/// <https://www.tencentcloud.com/document/product/1047/67552>). The reply is
/// the common one ([`crate::Reply::allow`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OfflinePush {
    /// `Events`: 1 to 100 push results.
    #[serde(rename = "Events", default)]
    pub events: Vec<OfflinePushEvent>,
}

/// One item of [`OfflinePush::events`].
///
/// The stored copies of the page cut off before the meanings of
/// `PushPlatform` and `PushStage` are given, so they are kept as numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OfflinePushEvent {
    /// `CallbackCommand`: `Push.OfflinePush`, in every item.
    #[serde(rename = "CallbackCommand")]
    pub callback_command: String,
    /// `EventType`: 1 for a one-to-one message, 2 for a group message.
    #[serde(rename = "EventType", default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<i64>,
    /// `EventTime`: when the push happened, Unix seconds.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<u64>,
    /// `From_Account`: the message's sender.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// `To_Account`: the user pushed to.
    #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
    pub to_account: Option<String>,
    /// `PushPlatform`: the push vendor.
    #[serde(rename = "PushPlatform", default, skip_serializing_if = "Option::is_none")]
    pub push_platform: Option<i64>,
    /// `PushStage`: the stage of the push.
    #[serde(rename = "PushStage", default, skip_serializing_if = "Option::is_none")]
    pub push_stage: Option<i64>,
    /// `MsgKey`: the one-to-one message (`EventType` 1).
    #[serde(rename = "MsgKey", default, skip_serializing_if = "Option::is_none")]
    pub msg_key: Option<MsgKey>,
    /// `GroupID`: the group of a group message (`EventType` 2; spelled so
    /// here, not `GroupId`).
    #[serde(rename = "GroupID", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `MsgSeq`.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
    /// `MsgRandom`.
    #[serde(rename = "MsgRandom", default, skip_serializing_if = "Option::is_none")]
    pub msg_random: Option<u64>,
    /// `MsgTime`: when the message was sent, Unix seconds.
    #[serde(rename = "MsgTime", default, skip_serializing_if = "Option::is_none")]
    pub msg_time: Option<u64>,
    /// `PushID`: the push's unique ID.
    #[serde(rename = "PushID", default, skip_serializing_if = "Option::is_none")]
    pub push_id: Option<String>,
    /// `ErrCode`: the push's result, 0 for success.
    #[serde(rename = "ErrCode", default, skip_serializing_if = "Option::is_none")]
    pub err_code: Option<i64>,
    /// `ErrInfo`: the result's description; may be empty.
    #[serde(rename = "ErrInfo", default, skip_serializing_if = "Option::is_none")]
    pub err_info: Option<String>,
}

/// `Push.AllMemberPush`: results of the pushes of an all-member, tag or
/// single-user push task (the REST call `im_push`), when the push plugin is
/// enabled (<https://www.tencentcloud.com/document/product/1047/67551>). The
/// reply is the common one ([`crate::Reply::allow`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AllMemberPush {
    /// `Events`: 1 to 100 push results.
    #[serde(rename = "Events", default)]
    pub events: Vec<AllMemberPushEvent>,
}

/// One item of [`AllMemberPush::events`].
///
/// The stored copies of the page cut off before the meanings of
/// `PushPlatform` and `PushStage` are given, so they are kept as numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AllMemberPushEvent {
    /// `CallbackCommand`: `Push.AllMemberPush`, in every item.
    #[serde(rename = "CallbackCommand")]
    pub callback_command: String,
    /// `EventType`: 1 for an offline push, 2 for an online push.
    #[serde(rename = "EventType", default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<i64>,
    /// `TaskId`: the push task, as returned when it was started.
    #[serde(rename = "TaskId", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    /// `TaskTime`: when the task was started, Unix seconds.
    #[serde(rename = "TaskTime", default, skip_serializing_if = "Option::is_none")]
    pub task_time: Option<u64>,
    /// `EventTime`: when the push happened, Unix seconds.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<u64>,
    /// `To_Account`: the user pushed to.
    #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
    pub to_account: Option<String>,
    /// `PushPlatform`: the push vendor (0 in the page's online-push item).
    #[serde(rename = "PushPlatform", default, skip_serializing_if = "Option::is_none")]
    pub push_platform: Option<i64>,
    /// `PushStage`: the stage of the push.
    #[serde(rename = "PushStage", default, skip_serializing_if = "Option::is_none")]
    pub push_stage: Option<i64>,
    /// `ErrCode`: the push's result, 0 for success.
    #[serde(rename = "ErrCode", default, skip_serializing_if = "Option::is_none")]
    pub err_code: Option<i64>,
    /// `ErrInfo`: the result's description; may be empty.
    #[serde(rename = "ErrInfo", default, skip_serializing_if = "Option::is_none")]
    pub err_info: Option<String>,
}
