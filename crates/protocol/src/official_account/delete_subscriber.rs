//! `v4/official_account_open_http_svc/delete_subscriber`: remove users from
//! an official account's subscribers.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::OFFICIAL_ACCOUNT_ADD_SUBSCRIBERS_MAX;
use crate::validation::{check, ValidationError};

/// The request of `delete_subscriber`
/// (<https://www.tencentcloud.com/document/product/1047/60761>). The reply
/// is [`SubscriberResultsResponse`](super::SubscriberResultsResponse):
/// `Result` 1 removed, 2 was not subscribed, 0 failed, per user.
///
/// Not idempotent: each removal fires the after-unsubscribe webhook, and a
/// repeat answers 2 instead of 1.
///
/// ```
/// use tim_protocol::official_account::DeleteSubscriberRequest;
///
/// let request = DeleteSubscriberRequest::new("@TOA#_news", ["107867", "966582476"]);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"Official_Account": "@TOA#_news", "SubscriberToDel_Account": ["107867", "966582476"]})
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeleteSubscriberRequest {
    /// `Official_Account`: the account.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// `SubscriberToDel_Account`: the users to remove.
    #[serde(rename = "SubscriberToDel_Account")]
    pub subscriber_to_del_account: Vec<String>,
}

impl DeleteSubscriberRequest {
    /// Remove `users` from `official_account`'s subscribers.
    pub fn new<I, S>(official_account: impl Into<String>, users: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            official_account: official_account.into(),
            subscriber_to_del_account: users.into_iter().map(Into::into).collect(),
        }
    }

    /// Checks: `Official_Account` not empty; 1 to 100 users, each 1 to 32
    /// bytes. All are 6017. The page gives no cap of its own; 100, that of
    /// `add_subscriber`, is this crate's choice.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::official_account("Official_Account", &self.official_account)?;
        check::user_ids(
            "SubscriberToDel_Account",
            self.subscriber_to_del_account.iter(),
            1,
            OFFICIAL_ACCOUNT_ADD_SUBSCRIBERS_MAX,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn limits_are_inclusive_and_named() {
        assert!(DeleteSubscriberRequest::new("@TOA#_a", (0..100).map(|n| n.to_string()))
            .validate()
            .is_ok());
        let cases = [
            (DeleteSubscriberRequest::new("", ["u"]), "Official_Account"),
            (
                DeleteSubscriberRequest::new("@TOA#_a", Vec::<String>::new()),
                "SubscriberToDel_Account",
            ),
            (
                DeleteSubscriberRequest::new("@TOA#_a", (0..101).map(|n| n.to_string())),
                "SubscriberToDel_Account",
            ),
            (
                DeleteSubscriberRequest::new("@TOA#_a", ["u", ""]),
                "SubscriberToDel_Account[1]",
            ),
        ];
        for (request, field) in cases {
            let error = request.validate().unwrap_err();
            assert_eq!(error.field(), field);
            assert_eq!(error.error_code(), Some(ErrorCode::OfficialAccountParameterInvalid));
        }
    }
}
