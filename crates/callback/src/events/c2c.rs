//! One-to-one message events (`C2C.…`), on the shared message model.

use serde::{Deserialize, Serialize};
use tim_protocol::message::{MsgBody, MsgKey};
use tim_protocol::openim::{C2cMsgRef, ExtOperateType, MsgExtension};

use super::common::EventTime;

/// `C2C.CallbackBeforeSendMsg`: a one-to-one message is about to be
/// delivered. The reply may let it through, refuse it, drop it silently or
/// rewrite it ([`crate::Reply::rewrite`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct C2cBeforeSendMsg {
    /// `From_Account`: the sender.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: the recipient.
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

/// `C2C.CallbackAfterSendMsg`: a one-to-one message was sent (or failed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct C2cAfterSendMsg {
    /// `From_Account`: the sender.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: the recipient.
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
    /// `MsgKey`.
    #[serde(rename = "MsgKey", default, skip_serializing_if = "Option::is_none")]
    pub msg_key: Option<MsgKey>,
    /// `OnlineOnlyFlag`: 1 for an online-only message.
    #[serde(rename = "OnlineOnlyFlag", default, skip_serializing_if = "Option::is_none")]
    pub online_only_flag: Option<i64>,
    /// `SendMsgResult`: 0 when the message was sent, else the error code.
    #[serde(rename = "SendMsgResult", default, skip_serializing_if = "Option::is_none")]
    pub send_msg_result: Option<i64>,
    /// `ErrorInfo`: `send msg succeed`, or why it failed.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
    /// `UnreadMsgNum`: the recipient's unread one-to-one messages.
    #[serde(rename = "UnreadMsgNum", default, skip_serializing_if = "Option::is_none")]
    pub unread_msg_num: Option<i64>,
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

/// `C2C.CallbackAfterMsgReport`: a user marked a one-to-one conversation as
/// read (<https://intl.cloud.tencent.com/document/product/1047/43465>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct C2cAfterMsgReport {
    /// `Report_Account`: who read.
    #[serde(rename = "Report_Account")]
    pub report_account: String,
    /// `Peer_Account`: the other party of the conversation.
    #[serde(rename = "Peer_Account")]
    pub peer_account: String,
    /// `LastReadTime`: Unix seconds.
    #[serde(rename = "LastReadTime", default, skip_serializing_if = "Option::is_none")]
    pub last_read_time: Option<u64>,
    /// `UnreadMsgNum`: the reader's unread one-to-one messages, over all
    /// conversations.
    #[serde(rename = "UnreadMsgNum", default, skip_serializing_if = "Option::is_none")]
    pub unread_msg_num: Option<i64>,
    /// `EventTime` (not in the page's sample; sent by newer versions of the
    /// service on most webhooks, so accepted here).
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `C2C.CallbackAfterMsgWithDraw`: a one-to-one message was recalled
/// (<https://intl.cloud.tencent.com/document/product/1047/43466>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct C2cAfterMsgWithDraw {
    /// `From_Account`: the message's sender.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: the message's recipient.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `MsgKey`: the recalled message.
    #[serde(rename = "MsgKey")]
    pub msg_key: MsgKey,
    /// `UnreadMsgNum`: the recipient's unread one-to-one messages, over all
    /// conversations.
    #[serde(rename = "UnreadMsgNum", default, skip_serializing_if = "Option::is_none")]
    pub unread_msg_num: Option<i64>,
    /// `EventTime` (not in the page's sample; accepted as on other webhooks).
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `C2C.CallbackAfterMsgReadReceipt`: a user sent read receipts for
/// one-to-one messages, from a client or through the REST call
/// `c2c_msg_read_receipt` (Chinese page
/// <https://cloud.tencent.com/document/product/269/128223>, no English page
/// yet). The reply is the common one ([`crate::Reply::allow`]).
///
/// The stored copy of the page cuts off in its field table; the fields here
/// follow its sample. Each `C2CMsgInfo` item is the
/// [`C2cMsgRef`] of `c2c_msg_read_receipt`, with its `MsgId`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct C2cAfterMsgReadReceipt {
    /// `Operator_Account`: who read, and sent the receipts.
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    /// `Peer_Account`: the other party of the conversation, who sent the
    /// messages.
    #[serde(rename = "Peer_Account")]
    pub peer_account: String,
    /// `C2CMsgInfo`: the messages read (each `From_Account` is the peer,
    /// `To_Account` the operator).
    #[serde(rename = "C2CMsgInfo", default)]
    pub c2c_msg_info: Vec<C2cMsgRef>,
    /// `EventTime`: when the receipts were sent.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `C2C.CallbackAfterModifyMsg`: a one-to-one message was edited, from a
/// client or through the REST call `modify_c2c_msg` (Chinese page
/// <https://cloud.tencent.com/document/product/269/128224>, no English page
/// yet). Carries the message as it now is. The reply is the common one
/// ([`crate::Reply::allow`]).
///
/// The stored copy of the page cuts off in its field table; the fields here
/// follow its sample.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct C2cAfterModifyMsg {
    /// `Operator_Account`: who edited the message (the sender, or the
    /// account the admin call names).
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `From_Account`: the message's sender.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: the message's recipient.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `MsgSeq`.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
    /// `MsgRandom`.
    #[serde(rename = "MsgRandom", default, skip_serializing_if = "Option::is_none")]
    pub msg_random: Option<u64>,
    /// `MsgTime`: when the message was sent, Unix seconds.
    #[serde(rename = "MsgTime", default, skip_serializing_if = "Option::is_none")]
    pub msg_time: Option<u64>,
    /// `MsgKey`: the edited message.
    #[serde(rename = "MsgKey", default, skip_serializing_if = "Option::is_none")]
    pub msg_key: Option<MsgKey>,
    /// `MsgBody`: the message after the edit.
    #[serde(rename = "MsgBody", default)]
    pub msg_body: MsgBody,
    /// `CloudCustomData`: the message's custom data after the edit.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `C2C.CallbackAfterMsgReadAll`: a user cleared all their unread messages,
/// one-to-one and group, from a client (Chinese page
/// <https://cloud.tencent.com/document/product/269/128225>, "清除全部未读消息之后回调(含单/群聊)",
/// no English page yet). The reply is the common one ([`crate::Reply::allow`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct C2cAfterMsgReadAll {
    /// `Report_Account`: who cleared their unread messages.
    #[serde(rename = "Report_Account")]
    pub report_account: String,
    /// `GroupReadInfo`: the groups whose unread messages were cleared.
    #[serde(rename = "GroupReadInfo", default, skip_serializing_if = "Option::is_none")]
    pub group_read_info: Option<Vec<GroupReadInfo>>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// One `GroupReadInfo` item of [`C2cAfterMsgReadAll`]: a group whose unread
/// messages were cleared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupReadInfo {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `MsgSeq`: the group message seq given in the request that cleared
    /// the unread messages.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
}

/// `C2C.CallbackAfterC2CMsgExtension`: the extension (key-value pairs) of a
/// one-to-one message was set, deleted or cleared, from a client or through
/// the REST call `set_key_values`
/// (<https://www.tencentcloud.com/document/product/1047/76006>). The reply is
/// the common one ([`crate::Reply::allow`]).
///
/// The page gives three samples, one per `OperateType`: set (1), delete (2;
/// each deleted key comes with an empty `Value` and its new `Seq`) and clear
/// (3). The pairs are the [`MsgExtension`] of `set_key_values`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct C2cAfterMsgExtension {
    /// `From_Account`: the message's sender.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: the message's recipient.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `MsgKey`: the message.
    #[serde(rename = "MsgKey")]
    pub msg_key: MsgKey,
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
