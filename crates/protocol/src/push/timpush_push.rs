//! `v4/timpush/push`: the Push product's push to all users, or to those a
//! tag or attribute condition picks.

use serde::{Deserialize, Serialize};

use super::{PushCondition, PUSH_BODY_MAX_BYTES};
use crate::macros::int_enum;
use crate::message::{check_body, MsgBody, OfflinePushInfo};
use crate::validation::{Rule, ValidationError};
use crate::ErrorCode;

int_enum! {
    /// `OnlineOnlyFlag` of `timpush/push`.
    pub enum OnlineOnlyFlag {
        /// 0: the message is kept as roaming and unread messages (the push
        /// then reaches at most 200 users a second).
        Stored = 0,
        /// 1: online delivery only: no conversation, roaming or unread
        /// message is kept (no rate cap on the push).
        OnlineOnly = 1,
    }
}

/// The request of `timpush/push` (<https://www.tencentcloud.com/document/product/1047/60561>;
/// 269/100634 on the Chinese site): a push from `From_Account` to every
/// account, or to those `Condition` picks (the condition of `im_push`, with
/// `TagsNot` besides). It may be an offline push alone (`OfflinePushInfo`,
/// no `MsgBody`) or carry a message. The reply is
/// [`PushTaskResponse`](super::PushTaskResponse).
///
/// Limits: by default 100 pushes a day (90047), more than a second apart
/// (90024): the table's rate is 1 a second; the body is at most 10 KB
/// (90056). Not idempotent: each call is a push.
///
/// ```
/// use tim_protocol::message::OfflinePushInfo;
/// use tim_protocol::push::{PushCondition, TimpushPushRequest};
///
/// let request = TimpushPushRequest::new(3674128)
///     .from_account("administrator")
///     .condition(PushCondition::tags_or(["Stock A", "Stock B"]))
///     .offline_push(OfflinePushInfo::new().title("Offline Push Title").desc("Offline Push Content"));
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({
///         "From_Account": "administrator",
///         "MsgRandom": 3674128,
///         "Condition": {"TagsOr": ["Stock A", "Stock B"]},
///         "OfflinePushInfo": {"Title": "Offline Push Title", "Desc": "Offline Push Content"}
///     })
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TimpushPushRequest {
    /// `From_Account`: the sender (a UserID or RegistrationID); the
    /// administrator when absent.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// `MsgRandom`: 32-bit random number.
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    /// `OnlineOnlyFlag`: whether the message is stored (0, the default) or
    /// delivered online only (1).
    #[serde(rename = "OnlineOnlyFlag", default, skip_serializing_if = "Option::is_none")]
    pub online_only_flag: Option<OnlineOnlyFlag>,
    /// `Condition`: whom to push to; every account when absent.
    #[serde(rename = "Condition", default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<PushCondition>,
    /// `MsgBody`: the message, if the push carries one.
    #[serde(rename = "MsgBody", default, skip_serializing_if = "Option::is_none")]
    pub msg_body: Option<MsgBody>,
    /// `OfflinePushInfo`: the notification the vendors' push services show.
    #[serde(rename = "OfflinePushInfo", default, skip_serializing_if = "Option::is_none")]
    pub offline_push_info: Option<OfflinePushInfo>,
}

impl TimpushPushRequest {
    /// A push with nothing in it yet (add a body or offline-push settings).
    pub fn new(msg_random: u32) -> Self {
        Self {
            from_account: None,
            msg_random,
            online_only_flag: None,
            condition: None,
            msg_body: None,
            offline_push_info: None,
        }
    }

    /// Shown as sent by `user`.
    pub fn from_account(mut self, user: impl Into<String>) -> Self {
        self.from_account = Some(user.into());
        self
    }

    /// To the accounts `condition` picks.
    pub fn condition(mut self, condition: PushCondition) -> Self {
        self.condition = Some(condition);
        self
    }

    /// Carrying the message `body`.
    pub fn body(mut self, body: MsgBody) -> Self {
        self.msg_body = Some(body);
        self
    }

    /// Stored, or online only.
    pub fn online_only(mut self, flag: OnlineOnlyFlag) -> Self {
        self.online_only_flag = Some(flag);
        self
    }

    /// With offline-push settings.
    pub fn offline_push(mut self, info: OfflinePushInfo) -> Self {
        self.offline_push_info = Some(info);
        self
    }

    /// Checks: `From_Account` (when given) not empty (it may be a
    /// RegistrationID, whose length the pages do not give); a `MsgBody` or
    /// an `OfflinePushInfo` (a push with neither shows nothing; this crate's
    /// rule, the pages do not say); the condition's rules
    /// ([`PushCondition`]); the body's ([`check_body`]); the whole body at
    /// most 10 KB of JSON (90056).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if let Some(from) = &self.from_account {
            if from.is_empty() {
                return Err(ValidationError::new("From_Account", Rule::NotEmpty));
            }
        }
        if self.msg_body.is_none() && self.offline_push_info.is_none() {
            return Err(ValidationError::new("OfflinePushInfo", Rule::Required));
        }
        if let Some(condition) = &self.condition {
            condition.check()?;
        }
        if let Some(body) = &self.msg_body {
            check_body("MsgBody", body)?;
        }
        let size = serde_json::to_vec(self).map_or(0, |json| json.len());
        if size > PUSH_BODY_MAX_BYTES {
            return Err(ValidationError::new(
                "(request body)",
                Rule::TooLong {
                    max_bytes: PUSH_BODY_MAX_BYTES,
                    actual: size,
                },
            )
            .with_code(ErrorCode::PushBodyTooLarge));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::message::MsgElement;

    #[test]
    fn a_push_shows_something_and_fits_in_10_kb() {
        let push = || TimpushPushRequest::new(1).offline_push(OfflinePushInfo::new().desc("d"));
        assert!(push().validate().is_ok());
        assert!(TimpushPushRequest::new(1)
            .body(vec![MsgElement::text("hi")])
            .validate()
            .is_ok());
        let error = TimpushPushRequest::new(1).validate().unwrap_err();
        assert_eq!((error.field(), error.rule()), ("OfflinePushInfo", &Rule::Required));
        let big = push().body(vec![MsgElement::text("x".repeat(PUSH_BODY_MAX_BYTES))]);
        let error = big.validate().unwrap_err();
        assert_eq!(error.error_code(), Some(ErrorCode::PushBodyTooLarge));
        let error = push().from_account("").validate().unwrap_err();
        assert_eq!(error.field(), "From_Account");
        let error = push().condition(PushCondition::tags_not([""])).validate().unwrap_err();
        assert_eq!(error.field(), "Condition.TagsNot[0]");
    }

    #[test]
    fn the_flag_keeps_values_it_does_not_know() {
        let request: TimpushPushRequest =
            serde_json::from_str(r#"{"MsgRandom":1,"OnlineOnlyFlag":1,"OfflinePushInfo":{"PushFlag":1}}"#).unwrap();
        assert_eq!(request.online_only_flag, Some(OnlineOnlyFlag::OnlineOnly));
        let request: TimpushPushRequest = serde_json::from_str(r#"{"MsgRandom":1,"OnlineOnlyFlag":7}"#).unwrap();
        assert_eq!(request.online_only_flag, Some(OnlineOnlyFlag::Unknown(7)));
    }
}
