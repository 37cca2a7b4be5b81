//! `v4/sns/friend_check`: tell how a user and others are friends.

use serde::{Deserialize, Serialize};

use super::kinds::{CheckType, FriendRelation};
use super::relation_check::RelationCheck;
use crate::{Envelope, ErrorCode};

/// The request of `friend_check` (<https://intl.cloud.tencent.com/document/product/1047/34907>).
/// A read: idempotent.
///
/// ```
/// use tim_protocol::sns::{CheckType, FriendCheckRequest};
///
/// let request = FriendCheckRequest::new("id", ["id1", "id2"], CheckType::Both);
/// assert!(request.validate().is_ok());
/// assert_eq!(serde_json::to_value(&request).unwrap()["CheckType"], "CheckResult_Type_Both");
/// ```
pub type FriendCheckRequest = RelationCheck<CheckType>;

/// The reply of `friend_check`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendCheckResponse {
    /// `InfoItem`: one result per user.
    #[serde(rename = "InfoItem", default, skip_serializing_if = "Option::is_none")]
    pub info_item: Option<Vec<FriendCheckItem>>,
    /// `Fail_Account`: the users that failed; present only when one did.
    #[serde(rename = "Fail_Account", default, skip_serializing_if = "Option::is_none")]
    pub fail_account: Option<Vec<String>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(FriendCheckResponse);

impl FriendCheckResponse {
    /// The relation with `user`, if it was checked successfully.
    pub fn relation(&self, user: &str) -> Option<&FriendRelation> {
        self.info_item
            .as_deref()?
            .iter()
            .find(|item| item.to_account == user && item.result_code.is_success())?
            .relation
            .as_ref()
    }
}

/// One `InfoItem`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendCheckItem {
    /// `To_Account`.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `Relation`: meaningful when `ResultCode` is 0.
    #[serde(rename = "Relation", default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<FriendRelation>,
    /// `ResultCode`: 0 for this user's success.
    #[serde(rename = "ResultCode", default)]
    pub result_code: ErrorCode,
    /// `ResultInfo`.
    #[serde(rename = "ResultInfo", default, skip_serializing_if = "Option::is_none")]
    pub result_info: Option<String>,
}

impl FriendCheckItem {
    /// The item of `to_account`: its relation, with the code and text of the check.
    pub fn new(
        to_account: impl Into<String>,
        relation: FriendRelation,
        code: ErrorCode,
        info: impl Into<String>,
    ) -> Self {
        Self {
            to_account: to_account.into(),
            relation: Some(relation),
            result_code: code,
            result_info: Some(info.into()),
        }
    }
}
