//! Group message events (`Group.…SendMsg…`, recall, read receipts), on the
//! shared message model.

use serde::{Deserialize, Serialize};
use tim_protocol::group::{GroupType, MemberAccount, MsgSeqItem};
use tim_protocol::message::MsgBody;
use tim_protocol::openim::{ExtOperateType, MsgExtension};

use super::common::EventTime;

/// `Group.CallbackBeforeSendMsg`: a group message is about to be delivered;
/// the reply may let it through, refuse it, drop it silently or rewrite it
/// (<https://intl.cloud.tencent.com/document/product/1047/34374>).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupBeforeSendMsg {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
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

/// `Group.CallbackAfterSendMsg`: a group message was sent
/// (<https://intl.cloud.tencent.com/document/product/1047/34375>).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupAfterSendMsg {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `From_Account`: the sender.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `Operator_Account`: who made the request.
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `Random`.
    #[serde(rename = "Random", default, skip_serializing_if = "Option::is_none")]
    pub random: Option<u64>,
    /// `MsgSeq`: the message's sequence number in the group.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
    /// `MsgTime`: Unix seconds (the server's time).
    #[serde(rename = "MsgTime", default, skip_serializing_if = "Option::is_none")]
    pub msg_time: Option<u64>,
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

/// `Group.CallbackSendMsgException`: a group message could not be delivered
/// (bad parameter, rate limit, content filtering, muted sender)
/// (<https://intl.cloud.tencent.com/document/product/1047/49462>).
///
/// `ErrorCode` and `ErrorInfo` here are the message's failure, not an
/// envelope: the reply is always `OK`/0.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupSendMsgException {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `From_Account`: the sender.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `Operator_Account`: who made the request.
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `Random`.
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
    /// `ErrorCode`: why the message failed (a service error code).
    #[serde(rename = "ErrorCode")]
    pub error_code: i64,
    /// `ErrorInfo`: the failure's details.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `Group.CallbackAfterRecallMsg`: group messages were recalled
/// (<https://www.tencentcloud.com/document/product/1047/46979>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupAfterRecallMsg {
    /// `Operator_Account`: who recalled them.
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `MsgSeqList`: the recalled messages.
    #[serde(rename = "MsgSeqList", default)]
    pub msg_seq_list: Vec<MsgSeqItem>,
    /// `TopicId`: the topic, in topic-enabled communities.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `Group.CallbackAfterReadReceipt`: members sent read receipts for group
/// messages (<https://www.tencentcloud.com/document/product/1047/60395>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupAfterReadReceipt {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type` (communities are not supported by this webhook).
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `GroupMsgReceiptList`: one entry per message.
    #[serde(rename = "GroupMsgReceiptList", default)]
    pub group_msg_receipt_list: Vec<GroupMsgReceipt>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// One `GroupMsgReceiptList` item of [`GroupAfterReadReceipt`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupMsgReceipt {
    /// `MsgSeq`: the message.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// `ReadNum`: how many members read it.
    #[serde(rename = "ReadNum", default, skip_serializing_if = "Option::is_none")]
    pub read_num: Option<u64>,
    /// `UnreadNum`: how many have not.
    #[serde(rename = "UnreadNum", default, skip_serializing_if = "Option::is_none")]
    pub unread_num: Option<u64>,
    /// `ReadReceiptMembers`: the members who read it.
    #[serde(rename = "ReadReceiptMembers", default, skip_serializing_if = "Option::is_none")]
    pub read_receipt_members: Option<Vec<MemberAccount>>,
}

/// `Group.CallbackAfterGroupMsgExtension`: the extension (key-value pairs) of
/// a group message was set, deleted or cleared, from a client or through the
/// REST call `group_set_key_values`
/// (<https://www.tencentcloud.com/document/product/1047/76007>). The reply is
/// the common one ([`crate::Reply::allow`]).
///
/// The page gives three samples, one per `OperateType`: set (1), delete (2;
/// each deleted key comes with an empty `Value` and its new `Seq`) and clear
/// (3, with an empty `ExtensionList`). The pairs are the [`MsgExtension`] of
/// `group_set_key_values`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupAfterMsgExtension {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `MsgSeq`: the message.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// `OperateType`: set, delete or clear.
    #[serde(rename = "OperateType")]
    pub operate_type: ExtOperateType,
    /// `ExtensionList`: the pairs set or deleted, each with its new `Seq`.
    #[serde(rename = "ExtensionList", default)]
    pub extension_list: Vec<MsgExtension>,
    /// `Seq`: the latest version of the message's whole extension.
    #[serde(rename = "Seq", default, skip_serializing_if = "Option::is_none")]
    pub seq: Option<u64>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}
