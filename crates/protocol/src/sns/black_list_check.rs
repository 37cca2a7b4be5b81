//! `v4/sns/black_list_check`: tell who blocks whom between a user and others.

use serde::{Deserialize, Serialize};

use super::kinds::{BlackCheckType, BlackRelation};
use super::relation_check::RelationCheck;
use crate::{Envelope, ErrorCode};

/// The request of `black_list_check` (<https://intl.cloud.tencent.com/document/product/1047/34913>).
/// A read: idempotent.
///
/// ```
/// use tim_protocol::sns::{BlackCheckType, BlackListCheckRequest};
///
/// let request = BlackListCheckRequest::new("id", ["id1"], BlackCheckType::Both);
/// assert_eq!(serde_json::to_value(&request).unwrap()["CheckType"], "BlackCheckResult_Type_Both");
/// assert!(request.validate().is_ok());
/// ```
pub type BlackListCheckRequest = RelationCheck<BlackCheckType>;

/// The reply of `black_list_check`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BlackListCheckResponse {
    /// `BlackListCheckItem`: one result per user.
    #[serde(rename = "BlackListCheckItem", default, skip_serializing_if = "Option::is_none")]
    pub black_list_check_item: Option<Vec<BlackListCheckItem>>,
    /// `Fail_Account`: the users that failed; present only when one did.
    #[serde(rename = "Fail_Account", default, skip_serializing_if = "Option::is_none")]
    pub fail_account: Option<Vec<String>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(BlackListCheckResponse);

/// One `BlackListCheckItem`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BlackListCheckItem {
    /// `To_Account`.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `Relation`: meaningful when `ResultCode` is 0.
    #[serde(rename = "Relation", default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<BlackRelation>,
    /// `ResultCode`: 0 for this user's success.
    #[serde(rename = "ResultCode", default)]
    pub result_code: ErrorCode,
    /// `ResultInfo`.
    #[serde(rename = "ResultInfo", default, skip_serializing_if = "Option::is_none")]
    pub result_info: Option<String>,
}

impl BlackListCheckItem {
    /// The item of `to_account`: its relation, with the code and text of the check.
    pub fn new(
        to_account: impl Into<String>,
        relation: BlackRelation,
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
