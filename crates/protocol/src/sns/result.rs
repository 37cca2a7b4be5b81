//! The per-user results of the sns calls that change several users, and the
//! reply that carries them.

use serde::{Deserialize, Serialize};

use crate::{Envelope, ErrorCode};

/// The reply of `friend_add`, `friend_import`, `friend_update`,
/// `friend_delete`, `black_list_add` and `black_list_delete`, and of the
/// follow service's `follow_add` and `follow_delete` (the same shape): one
/// [`ResultItem`] per user, and the users that failed.
///
/// The call answers `OK` overall even when some users failed: check
/// [`failed`](Self::failed) or each item.
///
/// ```
/// use tim_protocol::sns::{ResultItem, ResultsResponse};
/// use tim_protocol::ErrorCode;
///
/// let reply = ResultsResponse::new(vec![
///     ResultItem::new("id1", ErrorCode::Success),
///     ResultItem::new("id2", ErrorCode::from(30001)),
/// ]);
/// assert_eq!(reply.fail_account.as_deref(), Some(&["id2".to_owned()][..]));
/// assert!(reply.result("id1").is_some_and(ResultItem::is_success));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ResultsResponse {
    /// `ResultItem`: one result per user.
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Option::is_none")]
    pub result_item: Option<Vec<ResultItem>>,
    /// `Fail_Account`: the users that failed; present only when one did.
    #[serde(rename = "Fail_Account", default, skip_serializing_if = "Option::is_none")]
    pub fail_account: Option<Vec<String>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

impl ResultsResponse {
    /// A successful reply listing `items`, the failed users also in
    /// `Fail_Account` (left out when none failed, as the service does).
    pub fn new(items: Vec<ResultItem>) -> Self {
        Self {
            fail_account: ResultItem::failed_accounts(&items),
            result_item: Some(items),
            envelope: Envelope::ok(),
        }
    }

    /// The result of `user`, if the reply has one.
    pub fn result(&self, user: &str) -> Option<&ResultItem> {
        self.result_item.as_deref()?.iter().find(|item| item.to_account == user)
    }

    /// The users whose part failed, from the items (`Fail_Account` may be
    /// absent in a reply that still has failed items).
    pub fn failed(&self) -> impl Iterator<Item = &ResultItem> {
        self.result_item.iter().flatten().filter(|item| !item.is_success())
    }
}

crate::macros::response!(ResultsResponse);

/// One `ResultItem`: a user of the request and what happened to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ResultItem {
    /// `To_Account`.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `ResultCode`: 0 for this user's success.
    #[serde(rename = "ResultCode", default)]
    pub result_code: ErrorCode,
    /// `ResultInfo`: the reason of a failure, empty on success.
    #[serde(rename = "ResultInfo", default, skip_serializing_if = "Option::is_none")]
    pub result_info: Option<String>,
}

impl ResultItem {
    /// A result.
    pub fn new(user: impl Into<String>, result_code: ErrorCode) -> Self {
        Self {
            to_account: user.into(),
            result_code,
            result_info: Some(String::new()),
        }
    }

    /// Whether this user's part succeeded.
    pub fn is_success(&self) -> bool {
        self.result_code.is_success()
    }

    /// The `Fail_Account` of a reply listing `items`: the users whose part
    /// failed, or `None` when none did (the service then leaves it out).
    pub fn failed_accounts(items: &[ResultItem]) -> Option<Vec<String>> {
        let failed: Vec<String> = items
            .iter()
            .filter(|item| !item.is_success())
            .map(|item| item.to_account.clone())
            .collect();
        (!failed.is_empty()).then_some(failed)
    }
}
