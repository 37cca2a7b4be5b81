//! `v4/all_member_push/im_push`: push a message to every account, or to the
//! accounts a tag or attribute condition picks.

use serde::{Deserialize, Serialize};

use super::PushCondition;
use crate::message::{check_body, MsgBody, MsgElement, OfflinePushInfo};
use crate::openim::check_life_time;
use crate::validation::{check, ValidationError};
use crate::ErrorCode;

/// The request of `im_push` (<https://www.tencentcloud.com/document/product/1047/37166>):
/// a message from `From_Account` (the administrator when absent) to every
/// imported account, or to those `Condition` picks. The reply is
/// [`PushTaskResponse`](super::PushTaskResponse), naming the push's task.
///
/// Limits: by default 100 pushes a day (90047,
/// [`PUSHES_PER_DAY_DEFAULT`](super::PUSHES_PER_DAY_DEFAULT)), with more than
/// a second between two pushes (90024): the table's rate is 1 a second, the
/// daily cap is the service's to enforce. Messages are kept offline for
/// `MsgLifeTime` seconds (at most 7 days; 0 reaches online users only) and
/// are not roamed.
///
/// Not idempotent: each call is a push (and counts toward the day's 100).
///
/// ```
/// use tim_protocol::push::{ImPushRequest, PushCondition};
///
/// let request = ImPushRequest::text("hi, beauty", 56512)
///     .from_account("admin")
///     .life_time(120)
///     .condition(PushCondition::tags_and(["stock A", "stock B"]));
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({
///         "From_Account": "admin",
///         "MsgRandom": 56512,
///         "MsgLifeTime": 120,
///         "Condition": {"TagsAnd": ["stock A", "stock B"]},
///         "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi, beauty"}}]
///     })
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImPushRequest {
    /// `From_Account`: the sender recipients see; the administrator when
    /// absent.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// `MsgRandom`: 32-bit random number.
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    /// `MsgLifeTime`: seconds kept offline, 0 to 604800 (90026); 0 (the
    /// default) reaches online users only.
    #[serde(rename = "MsgLifeTime", default, skip_serializing_if = "Option::is_none")]
    pub msg_life_time: Option<u32>,
    /// `Condition`: whom to push to; every account when absent.
    #[serde(rename = "Condition", default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<PushCondition>,
    /// `MsgBody`: the message.
    #[serde(rename = "MsgBody")]
    pub msg_body: MsgBody,
    /// `OfflinePushInfo`: how the vendors' push services show it.
    #[serde(rename = "OfflinePushInfo", default, skip_serializing_if = "Option::is_none")]
    pub offline_push_info: Option<OfflinePushInfo>,
}

impl ImPushRequest {
    /// Pushes `body` to every account, from the administrator.
    pub fn new(body: MsgBody, msg_random: u32) -> Self {
        Self {
            from_account: None,
            msg_random,
            msg_life_time: None,
            condition: None,
            msg_body: body,
            offline_push_info: None,
        }
    }

    /// Pushes the text `text` to every account, from the administrator.
    pub fn text(text: impl Into<String>, msg_random: u32) -> Self {
        Self::new(vec![MsgElement::text(text)], msg_random)
    }

    /// Shown as sent by `user`.
    pub fn from_account(mut self, user: impl Into<String>) -> Self {
        self.from_account = Some(user.into());
        self
    }

    /// Kept offline for `seconds`.
    pub fn life_time(mut self, seconds: u32) -> Self {
        self.msg_life_time = Some(seconds);
        self
    }

    /// To the accounts `condition` picks.
    pub fn condition(mut self, condition: PushCondition) -> Self {
        self.condition = Some(condition);
        self
    }

    /// With offline-push settings.
    pub fn offline_push(mut self, info: OfflinePushInfo) -> Self {
        self.offline_push_info = Some(info);
        self
    }

    /// Checks: `From_Account` (when given) 1 to 32 bytes; `MsgLifeTime` at
    /// most 604800 (90026); the condition's rules ([`PushCondition`]); the
    /// body's ([`check_body`]).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if let Some(from) = &self.from_account {
            check::user_id(|| "From_Account".into(), from)?;
        }
        check_life_time(self.msg_life_time).map_err(|error| error.with_code(ErrorCode::OpenimLifeTimeInvalid))?;
        if let Some(condition) = &self.condition {
            condition.check()?;
        }
        check_body("MsgBody", &self.msg_body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::push::Attrs;
    use crate::Rule;

    #[test]
    fn rules_name_their_fields_and_codes() {
        assert!(ImPushRequest::text("hi", 1).life_time(604_800).validate().is_ok());
        let error = ImPushRequest::text("hi", 1).life_time(604_801).validate().unwrap_err();
        assert_eq!(error.field(), "MsgLifeTime");
        assert_eq!(error.error_code(), Some(ErrorCode::OpenimLifeTimeInvalid));
        let error = ImPushRequest::new(vec![], 1).validate().unwrap_err();
        assert_eq!((error.field(), error.rule()), ("MsgBody", &Rule::NotEmpty));
        assert_eq!(
            error.error_code(),
            Some(ErrorCode::OpenimJsonInvalid),
            "the service's parameter code"
        );
        let error = ImPushRequest::text("hi", 1)
            .from_account("u".repeat(33))
            .validate()
            .unwrap_err();
        assert_eq!(error.field(), "From_Account");
        let both = PushCondition::attrs_and(Attrs::new().with("sex", "f")).and_tags_or(["a"]);
        let error = ImPushRequest::text("hi", 1).condition(both).validate().unwrap_err();
        assert_eq!(error.error_code(), Some(ErrorCode::PushAttrsWithTags));
    }
}
