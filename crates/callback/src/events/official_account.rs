//! Official account events (`OfficialAccount.…`).

use serde::{Deserialize, Serialize};
use tim_protocol::message::{MsgBody, MsgKey};

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

/// One `SubscribeAccountList` item: a subscriber.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SubscriberAccount {
    /// `Subscriber_Account`: the subscriber's user ID.
    #[serde(rename = "Subscriber_Account")]
    pub subscriber_account: String,
}

impl SubscriberAccount {
    /// The subscriber `user`.
    pub fn new(user: impl Into<String>) -> Self {
        Self {
            subscriber_account: user.into(),
        }
    }
}

/// `OfficialAccount.CallbackAfterCreateOfficialAccount`: an official account
/// was created (<https://tencentcloud.com/document/product/1047/60796>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterCreateOfficialAccount {
    /// `Official_Account`: the new official account's ID.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// `Operator_Account`: who created it.
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `Owner_Account`: its owner.
    #[serde(rename = "Owner_Account", default, skip_serializing_if = "Option::is_none")]
    pub owner_account: Option<String>,
    /// `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `OfficialAccount.CallbackAfterOfficialAccountInfoChanged`: an official
/// account's profile changed; only the changed fields are expected
/// (<https://tencentcloud.com/document/product/1047/60797>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterOfficialAccountInfoChanged {
    /// `Official_Account`.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// `Operator_Account`: who changed it.
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `Introduction`: the new introduction.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// `Name`: the new name.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `FaceUrl`: the new profile photo.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// `Organization`: the new organization.
    #[serde(rename = "Organization", default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `OfficialAccount.CallbackAfterOfficialAccountDestroyed`: an official
/// account was destroyed (<https://tencentcloud.com/document/product/1047/60798>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterOfficialAccountDestroyed {
    /// `Official_Account`.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// `Owner_Account`: its owner.
    #[serde(rename = "Owner_Account", default, skip_serializing_if = "Option::is_none")]
    pub owner_account: Option<String>,
    /// `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// Declares an event of the three subscriber webhooks, which share one
/// shape: the account, who asked, and the users concerned.
macro_rules! subscriber_event {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[non_exhaustive]
        pub struct $name {
            /// `Official_Account`.
            #[serde(rename = "Official_Account")]
            pub official_account: String,
            /// `Operator_Account`: who asked.
            #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
            pub operator_account: Option<String>,
            /// `SubscribeAccountList`: the users concerned (the same name on
            /// all three pages, unsubscriptions included).
            #[serde(rename = "SubscribeAccountList", default)]
            pub subscribe_account_list: Vec<SubscriberAccount>,
            /// `EventTime`.
            #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
            pub event_time: Option<EventTime>,
        }
    };
}

subscriber_event! {
    /// `OfficialAccount.CallbackBeforeAddSubscriber`: users are about to
    /// subscribe; the reply may refuse all (`ErrorCode` 1) or some
    /// ([`Reply::refuse_subscribers`](crate::Reply::refuse_subscribers))
    /// (<https://tencentcloud.com/document/product/1047/60799>).
    BeforeAddSubscriber
}
subscriber_event! {
    /// `OfficialAccount.CallbackAfterAddSubscriber`: users subscribed
    /// (<https://tencentcloud.com/document/product/1047/60800>).
    AfterAddSubscriber
}
subscriber_event! {
    /// `OfficialAccount.CallbackAfterDeleteSubscriber`: users unsubscribed
    /// (<https://tencentcloud.com/document/product/1047/60802>).
    AfterDeleteSubscriber
}

/// `OfficialAccount.CallbackAfterOfficialAccountFull`: an official account
/// reached its subscriber limit
/// (<https://trtc.io/document/60801>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterOfficialAccountFull {
    /// `Official_Account`.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// One `WithdrawMsgList` item of [`AfterOfficialAccountMsgWithDraw`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WithdrawnMsgKey {
    /// `MsgKey`: the recalled message's key.
    #[serde(rename = "MsgKey")]
    pub msg_key: MsgKey,
}

impl WithdrawnMsgKey {
    /// The item for the message `msg_key`.
    pub fn new(msg_key: impl Into<String>) -> Self {
        Self {
            msg_key: MsgKey::new(msg_key),
        }
    }
}

/// `OfficialAccount.CallbackAfterMsgWithDraw`: official account messages
/// were recalled (<https://tencentcloud.com/document/product/1047/60805>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterOfficialAccountMsgWithDraw {
    /// `Official_Account`.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// `WithdrawMsgList`: the recalled messages.
    #[serde(rename = "WithdrawMsgList", default)]
    pub withdraw_msg_list: Vec<WithdrawnMsgKey>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `OfficialAccount.CallbackAfterSendMsg`: an official account message was
/// delivered to the subscribers (<https://trtc.io/document/60804>).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OfficialAccountAfterSendMsg {
    /// `Official_Account`.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// `MsgKey`: identifies the message (e.g. to recall it).
    #[serde(rename = "MsgKey", default, skip_serializing_if = "Option::is_none")]
    pub msg_key: Option<MsgKey>,
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
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `OfficialAccount.CallbackBeforeCreateOfficialAccount`: an official
/// account is about to be created; the reply may refuse (`ErrorCode` 1, or
/// a code in \[120001, 130000\] handed to the caller)
/// (<https://tencentcloud.com/document/product/1047/60795>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BeforeCreateOfficialAccount {
    /// `Operator_Account`: who asks.
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `Owner_Account`: the owner-to-be.
    #[serde(rename = "Owner_Account", default, skip_serializing_if = "Option::is_none")]
    pub owner_account: Option<String>,
    /// `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_keys_are_the_protocol_msg_key() {
        let body = serde_json::json!({
            "Official_Account": "@TOA#_2J4SZEAEL", "MsgKey": "71_1_1698741698", "MsgBody": []
        });
        let sent: OfficialAccountAfterSendMsg = serde_json::from_value(body.clone()).unwrap();
        assert_eq!(sent.msg_key.as_ref().and_then(MsgKey::parts), Some((71, 1, 1698741698)));
        assert_eq!(serde_json::to_value(&sent).unwrap(), body);
        assert_eq!(
            serde_json::to_value(WithdrawnMsgKey::new("71_1_1698741698")).unwrap(),
            serde_json::json!({"MsgKey": "71_1_1698741698"})
        );
    }
}
