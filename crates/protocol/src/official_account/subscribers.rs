//! The reply `add_subscriber` and `delete_subscriber` share: one result per
//! user.

use serde::{Deserialize, Serialize};

use crate::Envelope;

crate::macros::int_enum! {
    /// `Result` of one user in `add_subscriber` and `delete_subscriber`.
    pub enum SubscribeResult {
        /// 0: failed.
        Failed = 0,
        /// 1: done (subscribed, or unsubscribed).
        Succeeded = 1,
        /// 2: nothing to do: already subscribed (`add_subscriber`), or not
        /// subscribed (`delete_subscriber`).
        Unchanged = 2,
    }
}

/// One user of `SubscriberList` in the reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SubscriberResult {
    /// `Subscriber_Account`: the user.
    #[serde(rename = "Subscriber_Account")]
    pub subscriber_account: String,
    /// `Result`: what happened for this user.
    #[serde(rename = "Result")]
    pub result: SubscribeResult,
}

impl SubscriberResult {
    /// `user`'s `result`.
    pub fn new(user: impl Into<String>, result: SubscribeResult) -> Self {
        Self {
            subscriber_account: user.into(),
            result,
        }
    }
}

/// The reply of `add_subscriber` and `delete_subscriber`: `OK` overall and
/// one `Result` per user; check each.
///
/// ```
/// use tim_protocol::official_account::{SubscribeResult, SubscriberResultsResponse};
///
/// let reply: SubscriberResultsResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorCode":0,"SubscriberList":[{"Subscriber_Account":"a","Result":2}]}"#,
/// )
/// .unwrap();
/// assert_eq!(reply.result("a"), Some(SubscribeResult::Unchanged));
/// assert_eq!(reply.result("b"), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SubscriberResultsResponse {
    /// `SubscriberList`: one result per user.
    #[serde(rename = "SubscriberList", default, skip_serializing_if = "Option::is_none")]
    pub subscriber_list: Option<Vec<SubscriberResult>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(SubscriberResultsResponse);

impl SubscriberResultsResponse {
    /// A successful reply with `items`.
    pub fn new(items: Vec<SubscriberResult>) -> Self {
        Self {
            subscriber_list: Some(items),
            envelope: Envelope::default(),
        }
    }

    /// The result of `user`, if the reply lists it.
    pub fn result(&self, user: &str) -> Option<SubscribeResult> {
        self.subscriber_list
            .iter()
            .flatten()
            .find(|item| item.subscriber_account == user)
            .map(|item| item.result)
    }
}
