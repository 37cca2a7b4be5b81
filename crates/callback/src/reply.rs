//! What the app answers to a webhook.

use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};
use tim_protocol::message::MsgBody;
use tim_protocol::ActionStatus;

use crate::events::CallbackCommand;

/// The `ErrorCode`s an app may return from `C2C.CallbackBeforeSendMsg` to
/// refuse a one-to-one message and hand its own code and `ErrorInfo` to the
/// sender: \[120001, 130000\] ("Before a One-to-One Message Is Sent",
/// <https://intl.cloud.tencent.com/document/product/1047/34364>, response
/// field `ErrorCode`). The official account creation page
/// (<https://www.tencentcloud.com/document/product/1047/60795>) gives the same
/// range for `OfficialAccount.CallbackBeforeCreateOfficialAccount`.
pub const C2C_SENDER_ERROR_CODES: RangeInclusive<i64> = 120001..=130000;

/// The `ErrorCode`s an app may return from the group before-callbacks to
/// refuse and hand its own code and `ErrorInfo` to the client: \[10100,
/// 10200\]. Given by the response-field tables of
/// `Group.CallbackBeforeSendMsg` (<https://intl.cloud.tencent.com/document/product/1047/34374>),
/// `Group.CallbackBeforeCreateGroup` (…/34368),
/// `Group.CallbackBeforeApplyJoinGroup` (…/34370),
/// `Group.CallbackBeforeInviteJoinGroup` (…/34371) and
/// `Group.CallbackBeforeCreateTopic` (…/49463).
pub const GROUP_SENDER_ERROR_CODES: RangeInclusive<i64> = 10100..=10200;

/// The `ResultCode`s an app may set on one friend in the reply to
/// `Sns.CallbackPrevFriendAdd` or `Sns.CallbackPrevFriendResponse` to refuse
/// that friend: \[38000, 39000\] (<https://intl.cloud.tencent.com/document/product/1047/43468>,
/// …/43467, response field `ResultCode`).
pub const FRIEND_RESULT_CODES: RangeInclusive<i64> = 38000..=39000;

/// The range of app-defined refusal codes a command documents, if any.
///
/// `OfficialAccount.CallbackBeforeSendMsg` documents allow (0), refuse (1)
/// and discard (2) but no range of its own codes in the pages read, so it
/// has none here: refuse it with [`Reply::refuse`].
///
/// ```
/// use tim_callback::{reply_error_codes, CallbackCommand};
///
/// assert_eq!(reply_error_codes(&CallbackCommand::C2cBeforeSendMsg), Some(120001..=130000));
/// assert_eq!(reply_error_codes(&CallbackCommand::GroupBeforeSendMsg), Some(10100..=10200));
/// assert_eq!(
///     reply_error_codes(&CallbackCommand::BeforeCreateOfficialAccount),
///     Some(120001..=130000)
/// );
/// assert_eq!(reply_error_codes(&CallbackCommand::FriendAdd), None);
/// ```
pub fn reply_error_codes(command: &CallbackCommand) -> Option<RangeInclusive<i64>> {
    match command {
        // `OfficialAccount.CallbackBeforeCreateOfficialAccount` documents the
        // same [120001, 130000] range (page 1047/60795, field `ErrorCode`).
        CallbackCommand::C2cBeforeSendMsg | CallbackCommand::BeforeCreateOfficialAccount => {
            Some(C2C_SENDER_ERROR_CODES)
        }
        CallbackCommand::GroupBeforeSendMsg
        | CallbackCommand::BeforeCreateGroup
        | CallbackCommand::BeforeApplyJoinGroup
        | CallbackCommand::BeforeInviteJoinGroup
        | CallbackCommand::BeforeCreateTopic => Some(GROUP_SENDER_ERROR_CODES),
        _ => None,
    }
}

/// The app's answer to a webhook: the envelope, and for a before-send
/// callback, optionally a rewritten message.
///
/// The meanings of `ErrorCode` on before-event callbacks, as the pages give
/// them: 0 lets the operation go ahead, 1 refuses it (the sender gets an
/// error), 2 discards a message silently (before-send callbacks only; the
/// sender sees success), and a code in the command's own range
/// ([`reply_error_codes`]) refuses it and hands that code and `ErrorInfo` to
/// the sender. After-event callbacks ignore the code.
///
/// ```
/// use tim_callback::{CallbackCommand, Reply};
///
/// assert_eq!(
///     serde_json::to_value(Reply::allow()).unwrap(),
///     serde_json::json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0}),
/// );
/// let c2c = CallbackCommand::C2cBeforeSendMsg;
/// let refused = Reply::refuse_with_error(&c2c, 120123, "no links please").unwrap();
/// assert_eq!(refused.error_code, 120123);
/// assert!(Reply::refuse_with_error(&c2c, 10123, "a group code").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Reply {
    /// `ActionStatus`: `OK` in every documented reply, refusals included.
    #[serde(rename = "ActionStatus", default)]
    pub action_status: ActionStatus,
    /// `ErrorInfo`: shown to the sender with a code in the command's range
    /// ([`reply_error_codes`]); otherwise for logs.
    #[serde(rename = "ErrorInfo", default)]
    pub error_info: String,
    /// `ErrorCode`: see the type's description.
    #[serde(rename = "ErrorCode", default)]
    pub error_code: i64,
    /// `MsgBody`: for a before-send callback, the message that replaces the
    /// one sent (with `ErrorCode` 0).
    #[serde(rename = "MsgBody", default, skip_serializing_if = "Option::is_none")]
    pub msg_body: Option<MsgBody>,
    /// `CloudCustomData`: for a before-send callback, the custom data that
    /// replaces the message's.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
    /// `RefusedMembers_Account`: for `Group.CallbackBeforeInviteJoinGroup`,
    /// the invitees refused (the others join; `ErrorCode` 0).
    #[serde(rename = "RefusedMembers_Account", default, skip_serializing_if = "Option::is_none")]
    pub refused_members_account: Option<Vec<String>>,
    /// `RefusedSubscribers_Account`: for
    /// `OfficialAccount.CallbackBeforeAddSubscriber`, the users refused (the
    /// others subscribe; `ErrorCode` 0).
    #[serde(
        rename = "RefusedSubscribers_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub refused_subscribers_account: Option<Vec<String>>,
    /// `ResultItem`: for `Sns.CallbackPrevFriendAdd` and
    /// `Sns.CallbackPrevFriendResponse`, one result per friend (the pages
    /// mark it required for those two commands).
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Option::is_none")]
    pub result_item: Option<Vec<FriendResult>>,
}

/// One friend's result in the reply to `Sns.CallbackPrevFriendAdd` or
/// `Sns.CallbackPrevFriendResponse`: `ResultCode` 0 allows, a code in
/// [`FRIEND_RESULT_CODES`] refuses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendResult {
    /// `To_Account`: the friend (the item's `To_Account` in the event).
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `ResultCode`.
    #[serde(rename = "ResultCode", default)]
    pub result_code: i64,
    /// `ResultInfo`: the reason, for a refusal.
    #[serde(rename = "ResultInfo", default)]
    pub result_info: String,
}

impl FriendResult {
    /// Allow this friend (`ResultCode` 0).
    pub fn allow(to_account: impl Into<String>) -> Self {
        Self {
            to_account: to_account.into(),
            result_code: 0,
            result_info: String::new(),
        }
    }

    /// Refuse this friend with `code` (in [`FRIEND_RESULT_CODES`]) and `info`.
    pub fn refuse(
        to_account: impl Into<String>,
        code: i64,
        info: impl Into<String>,
    ) -> Result<Self, SenderCodeOutOfRange> {
        if FRIEND_RESULT_CODES.contains(&code) {
            Ok(Self {
                to_account: to_account.into(),
                result_code: code,
                result_info: info.into(),
            })
        } else {
            Err(SenderCodeOutOfRange {
                code,
                range: Some(FRIEND_RESULT_CODES),
            })
        }
    }

    /// Whether this result allows the friend.
    pub fn allows(&self) -> bool {
        self.result_code == 0
    }
}

/// A refusal code outside the range the command documents (or a command
/// that documents none).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", describe(*.code, .range))]
#[non_exhaustive]
pub struct SenderCodeOutOfRange {
    /// The code given.
    pub code: i64,
    /// The documented range, if the command has one.
    pub range: Option<RangeInclusive<i64>>,
}

fn describe(code: i64, range: &Option<RangeInclusive<i64>>) -> String {
    match range {
        Some(range) => format!(
            "a refusal passed to the sender needs a code from {} to {} for this webhook, not {code}",
            range.start(),
            range.end()
        ),
        None => format!("this webhook documents no range of app-defined refusal codes (got {code})"),
    }
}

impl Reply {
    /// A reply with `ActionStatus` `OK`, this code and this `ErrorInfo`.
    pub fn new(error_code: i64, error_info: impl Into<String>) -> Self {
        Self {
            action_status: ActionStatus::Ok,
            error_info: error_info.into(),
            error_code,
            msg_body: None,
            cloud_custom_data: None,
            refused_members_account: None,
            refused_subscribers_account: None,
            result_item: None,
        }
    }

    /// Let the operation go ahead (`ErrorCode` 0). Also the answer to every
    /// after-event callback, and the default when the handler overruns:
    /// on a before-event timeout the service lets the operation go ahead.
    pub fn allow() -> Self {
        Self::new(0, "")
    }

    /// Refuse the operation (`ErrorCode` 1); the sender gets the service's
    /// own error.
    pub fn refuse() -> Self {
        Self::new(1, "")
    }

    /// Drop a message silently (`ErrorCode` 2): nobody receives it, and the
    /// sender sees it as sent. Before-send callbacks only.
    pub fn discard() -> Self {
        Self::new(2, "")
    }

    /// Refuse the operation and hand `code` and `info` to the sender; `code`
    /// must be in the range `command` documents ([`reply_error_codes`]): the
    /// one-to-one and group ranges differ.
    pub fn refuse_with_error(
        command: &CallbackCommand,
        code: i64,
        info: impl Into<String>,
    ) -> Result<Self, SenderCodeOutOfRange> {
        match reply_error_codes(command) {
            Some(range) if range.contains(&code) => Ok(Self::new(code, info)),
            range => Err(SenderCodeOutOfRange { code, range }),
        }
    }

    /// For `Group.CallbackBeforeInviteJoinGroup`: let the invitation go
    /// ahead without these invitees (`ErrorCode` 0 and
    /// `RefusedMembers_Account`).
    pub fn refuse_members<I, S>(accounts: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            refused_members_account: Some(accounts.into_iter().map(Into::into).collect()),
            ..Self::allow()
        }
    }

    /// For `OfficialAccount.CallbackBeforeAddSubscriber`: let the
    /// subscription go ahead without these users (`ErrorCode` 0 and
    /// `RefusedSubscribers_Account`).
    pub fn refuse_subscribers<I, S>(accounts: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            refused_subscribers_account: Some(accounts.into_iter().map(Into::into).collect()),
            ..Self::allow()
        }
    }

    /// For `Sns.CallbackPrevFriendAdd` and `Sns.CallbackPrevFriendResponse`:
    /// one result per friend (`ErrorCode` 0 and `ResultItem`).
    pub fn friend_results(results: Vec<FriendResult>) -> Self {
        Self {
            result_item: Some(results),
            ..Self::allow()
        }
    }

    /// Let a message through with its body replaced by `msg_body`.
    /// Before-send callbacks only (`ErrorCode` must be 0 for the service to
    /// use the new body).
    pub fn rewrite(msg_body: MsgBody) -> Self {
        Self {
            msg_body: Some(msg_body),
            ..Self::allow()
        }
    }

    /// Also replaces the message's `CloudCustomData`.
    pub fn with_cloud_custom_data(mut self, data: impl Into<String>) -> Self {
        self.cloud_custom_data = Some(data.into());
        self
    }

    /// Whether this reply lets the operation go ahead.
    pub fn allows(&self) -> bool {
        self.action_status == ActionStatus::Ok && self.error_code == 0
    }
}

impl Default for Reply {
    fn default() -> Self {
        Self::allow()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn replies_serialize_as_documented() {
        assert_eq!(
            serde_json::to_value(Reply::refuse()).unwrap(),
            json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 1})
        );
        assert_eq!(
            serde_json::to_value(Reply::discard()).unwrap(),
            json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 2})
        );
        let body = json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "***"}}]);
        let rewritten =
            Reply::rewrite(vec![tim_protocol::message::MsgElement::text("***")]).with_cloud_custom_data("x");
        assert_eq!(
            serde_json::to_value(rewritten).unwrap(),
            json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "MsgBody": body, "CloudCustomData": "x"})
        );
    }

    #[test]
    fn refusal_codes_follow_the_command() {
        let c2c = CallbackCommand::C2cBeforeSendMsg;
        assert!(Reply::refuse_with_error(&c2c, 120001, "a").is_ok());
        assert!(Reply::refuse_with_error(&c2c, 130000, "a").is_ok());
        assert_eq!(
            Reply::refuse_with_error(&c2c, 120000, "a"),
            Err(SenderCodeOutOfRange {
                code: 120000,
                range: Some(C2C_SENDER_ERROR_CODES)
            })
        );
        assert!(Reply::refuse_with_error(&c2c, 130001, "a").is_err());
        assert!(Reply::refuse_with_error(&c2c, 10100, "a").is_err());
        for group in [
            CallbackCommand::GroupBeforeSendMsg,
            CallbackCommand::BeforeCreateGroup,
            CallbackCommand::BeforeApplyJoinGroup,
            CallbackCommand::BeforeInviteJoinGroup,
            CallbackCommand::BeforeCreateTopic,
        ] {
            assert!(Reply::refuse_with_error(&group, 10100, "a").is_ok(), "{group}");
            assert!(Reply::refuse_with_error(&group, 10200, "a").is_ok(), "{group}");
            assert!(Reply::refuse_with_error(&group, 10099, "a").is_err(), "{group}");
            assert!(Reply::refuse_with_error(&group, 10201, "a").is_err(), "{group}");
            assert!(Reply::refuse_with_error(&group, 120001, "a").is_err(), "{group}");
        }
        let none = Reply::refuse_with_error(&CallbackCommand::FriendAdd, 120001, "a").unwrap_err();
        assert_eq!(none.range, None);
        assert!(none.to_string().contains("documents no range"), "{none}");
        assert!(!Reply::refuse_with_error(&c2c, 120001, "a").unwrap().allows());
        assert!(Reply::allow().allows());
    }

    /// The published "refuse some invitees" reply of
    /// `Group.CallbackBeforeInviteJoinGroup` (intl page 1047/34371).
    #[test]
    fn refused_invitees_match_the_page() {
        let published =
            json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "RefusedMembers_Account": ["jared"]});
        assert_eq!(
            serde_json::to_value(Reply::refuse_members(["jared"])).unwrap(),
            published
        );
        let parsed: Reply = serde_json::from_value(published).unwrap();
        assert_eq!(parsed.refused_members_account, Some(vec!["jared".to_owned()]));
        assert!(parsed.allows());
    }

    /// The published "refuse some subscribers" reply of
    /// `OfficialAccount.CallbackBeforeAddSubscriber` (page 1047/60799), its
    /// `//` comment removed.
    #[test]
    fn refused_subscribers_match_the_page() {
        let published =
            json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "RefusedSubscribers_Account": ["jared"]});
        assert_eq!(
            serde_json::to_value(Reply::refuse_subscribers(["jared"])).unwrap(),
            published
        );
        let parsed: Reply = serde_json::from_value(published).unwrap();
        assert_eq!(parsed.refused_subscribers_account, Some(vec!["jared".to_owned()]));
        assert!(parsed.allows());
    }

    /// The published reply of `Sns.CallbackPrevFriendAdd` (intl page
    /// 1047/43468; `Sns.CallbackPrevFriendResponse`'s is the same).
    #[test]
    fn friend_results_match_the_page() {
        let published = json!({
            "ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "",
            "ResultItem": [
                {"To_Account": "id1", "ResultCode": 0, "ResultInfo": ""},
                {"To_Account": "id2", "ResultCode": 0, "ResultInfo": ""}
            ]
        });
        let reply = Reply::friend_results(vec![FriendResult::allow("id1"), FriendResult::allow("id2")]);
        assert_eq!(serde_json::to_value(&reply).unwrap(), published);
        assert_eq!(serde_json::from_value::<Reply>(published).unwrap(), reply);

        let refused = FriendResult::refuse("id2", 38001, "not in this app").unwrap();
        assert!(!refused.allows());
        assert_eq!(
            serde_json::to_value(&refused).unwrap(),
            json!({"To_Account": "id2", "ResultCode": 38001, "ResultInfo": "not in this app"})
        );
        assert!(FriendResult::refuse("id2", 38000, "").is_ok());
        assert!(FriendResult::refuse("id2", 39000, "").is_ok());
        assert!(FriendResult::refuse("id2", 37999, "").is_err());
        assert!(FriendResult::refuse("id2", 39001, "").is_err());
    }

    /// The published rewrite reply of `C2C.CallbackBeforeSendMsg` (intl page
    /// 1047/34364, comments removed) parses and writes back unchanged.
    #[test]
    fn published_rewrite_round_trips() {
        let published = json!({
            "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0,
            "MsgBody": [
                {"MsgType": "TIMTextElem", "MsgContent": {"Text": "red packet"}},
                {"MsgType": "TIMCustomElem", "MsgContent": {"Desc": " CustomElement.MemberLevel ", "Data": " LV1"}}
            ],
            "CloudCustomData": "your new cloud custom data"
        });
        let reply: Reply = serde_json::from_value(published.clone()).unwrap();
        assert_eq!(reply.msg_body.as_ref().map(Vec::len), Some(2));
        assert_eq!(serde_json::to_value(&reply).unwrap(), published);
    }
}
