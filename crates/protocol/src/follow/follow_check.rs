//! `v4/follow/follow_check`: tell how a user and others follow each other.

use serde::{Deserialize, Serialize};

use crate::limits::FOLLOW_CHECK_ACCOUNTS_MAX;
use crate::{AccountsCall, AccountsRequest};
use crate::{Envelope, ErrorCode};

/// The request of `follow_check` (<https://www.tencentcloud.com/document/product/1047/70349>):
/// how `From_Account` and each of 1 to 100 users (`To_Account`) follow each
/// other. A read: idempotent.
///
/// ```
/// use tim_protocol::follow::{FollowCheckRequest, FollowCheckResponse, FollowRelation};
///
/// let request = FollowCheckRequest::new("UserID_001", ["UserID_002", "UserID_003"]);
/// assert!(request.validate().is_ok());
///
/// let reply: FollowCheckResponse = serde_json::from_str(
///     r#"{"ResultItem":[{"To_Account":"UserID_002","ResultCode":0,"ResultInfo":"","FollowType":3}],
///         "ActionStatus":"OK","ErrorCode":0}"#,
/// )
/// .unwrap();
/// assert_eq!(reply.relation("UserID_002"), Some(FollowRelation::Mutual));
/// assert_eq!(reply.relation("UserID_003"), None);
/// ```
pub type FollowCheckRequest = AccountsRequest<FollowCheck>;

/// Marks a [`AccountsRequest`] as the request of `follow_check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowCheck {}

impl AccountsCall for FollowCheck {
    const TO_ACCOUNT_MAX: usize = FOLLOW_CHECK_ACCOUNTS_MAX;
}

/// The reply of `follow_check`: one [`FollowCheckItem`] per user.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FollowCheckResponse {
    /// `ResultItem`: one result per user.
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Option::is_none")]
    pub result_item: Option<Vec<FollowCheckItem>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(FollowCheckResponse);

impl FollowCheckResponse {
    /// How `From_Account` and `user` follow each other, if `user` was
    /// checked successfully.
    pub fn relation(&self, user: &str) -> Option<FollowRelation> {
        self.result_item
            .as_deref()?
            .iter()
            .find(|item| item.to_account == user && item.result_code.is_success())?
            .follow_type
    }
}

/// One `ResultItem` of `follow_check`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FollowCheckItem {
    /// `To_Account`: the user checked.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `ResultCode`: 0 for this user's success.
    #[serde(rename = "ResultCode", default)]
    pub result_code: ErrorCode,
    /// `ResultInfo`: the reason of a failure, empty on success.
    #[serde(rename = "ResultInfo", default, skip_serializing_if = "Option::is_none")]
    pub result_info: Option<String>,
    /// `FollowType`: the relation, meaningful when `ResultCode` is 0.
    #[serde(rename = "FollowType", default, skip_serializing_if = "Option::is_none")]
    pub follow_type: Option<FollowRelation>,
}

impl FollowCheckItem {
    /// `user` checked successfully: `relation`.
    pub fn new(user: impl Into<String>, relation: FollowRelation) -> Self {
        Self {
            to_account: user.into(),
            result_code: ErrorCode::Success,
            result_info: Some(String::new()),
            follow_type: Some(relation),
        }
    }
}

crate::macros::int_enum! {
    /// `FollowType` of a `follow_check` result: how `From_Account` (A) and
    /// `To_Account` (B) follow each other.
    ///
    /// The stored copy of the page spells out 0 and 1 and stops after "2 -
    /// F"; 2 and 3 are this crate's reading, the two cases left (A follows
    /// B only; both).
    pub enum FollowRelation {
        /// 0: neither follows the other.
        Neither = 0,
        /// 1: B follows A; A does not follow B.
        FollowedBy = 1,
        /// 2: A follows B; B does not follow A.
        Following = 2,
        /// 3: A and B follow each other.
        Mutual = 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Rule;

    #[test]
    fn limits_are_inclusive_and_named() {
        let users = |n: usize| (0..n).map(|i| format!("{i:0>32}")).collect::<Vec<_>>();
        assert!(FollowCheckRequest::new("u", users(FOLLOW_CHECK_ACCOUNTS_MAX))
            .validate()
            .is_ok());
        let over = FollowCheckRequest::new("u", users(FOLLOW_CHECK_ACCOUNTS_MAX + 1))
            .validate()
            .unwrap_err();
        assert_eq!(over.field(), "To_Account");
        assert_eq!(over.rule(), &Rule::TooMany { max: 100, actual: 101 });
        assert_eq!(over.error_code(), Some(ErrorCode::SnsParameterInvalid));
        assert_eq!(
            FollowCheckRequest::new("u", ["ok", ""]).validate().unwrap_err().field(),
            "To_Account[1]"
        );
        assert_eq!(
            FollowCheckRequest::new("u".repeat(33), ["ok"])
                .validate()
                .unwrap_err()
                .field(),
            "From_Account"
        );
    }

    #[test]
    fn an_unknown_relation_is_kept() {
        let item: FollowCheckItem =
            serde_json::from_str(r#"{"To_Account":"a","ResultCode":0,"FollowType":7}"#).unwrap();
        assert_eq!(item.follow_type, Some(FollowRelation::Unknown(7)));
        assert_eq!(serde_json::to_value(&item).unwrap()["FollowType"], 7);
    }
}
