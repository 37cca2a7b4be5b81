//! `v4/official_account_open_http_svc/add_subscriber`: make users subscribe
//! to an official account.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::OFFICIAL_ACCOUNT_ADD_SUBSCRIBERS_MAX;
use crate::validation::{check, ValidationError};

/// The request of `add_subscriber`
/// (<https://www.tencentcloud.com/document/product/1047/60760>). The reply
/// is [`SubscriberResultsResponse`](super::SubscriberResultsResponse): `Result`
/// 1 subscribed, 2 already subscribed, 0 failed, per user.
///
/// Not idempotent (as `follow_add`): each subscription fires the
/// after-subscribe webhook, and a repeat answers 2 instead of 1.
///
/// ```
/// use tim_protocol::official_account::AddSubscriberRequest;
///
/// let request = AddSubscriberRequest::new("@TOA#_news", ["107867"]);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"Official_Account": "@TOA#_news", "SubscriberList": [{"Subscriber_Account": "107867"}]})
/// );
/// let many = AddSubscriberRequest::new("@TOA#_news", (0..101).map(|n| format!("u{n}")));
/// assert_eq!(many.validate().unwrap_err().field(), "SubscriberList");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AddSubscriberRequest {
    /// `Official_Account`: the account to subscribe to.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// `SubscriberList`: 1 to 100 users.
    #[serde(rename = "SubscriberList")]
    pub subscriber_list: Vec<SubscriberAccount>,
}

impl AddSubscriberRequest {
    /// `users` subscribe to `official_account`.
    pub fn new<I, S>(official_account: impl Into<String>, users: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            official_account: official_account.into(),
            subscriber_list: users.into_iter().map(SubscriberAccount::new).collect(),
        }
    }

    /// Checks: `Official_Account` not empty; 1 to 100 users, each 1 to 32
    /// bytes. All are 6017.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::official_account("Official_Account", &self.official_account)?;
        check::count(
            "SubscriberList",
            self.subscriber_list.len(),
            1,
            OFFICIAL_ACCOUNT_ADD_SUBSCRIBERS_MAX,
            None,
        )?;
        for (index, item) in self.subscriber_list.iter().enumerate() {
            check::user_id(
                || format!("SubscriberList[{index}].Subscriber_Account"),
                &item.subscriber_account,
            )?;
        }
        Ok(())
    }
}

/// One user of `SubscriberList`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SubscriberAccount {
    /// `Subscriber_Account`: the user.
    #[serde(rename = "Subscriber_Account")]
    pub subscriber_account: String,
}

impl SubscriberAccount {
    /// The item of `user`.
    pub fn new(user: impl Into<String>) -> Self {
        Self {
            subscriber_account: user.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn limits_are_inclusive_and_named() {
        let hundred = AddSubscriberRequest::new("@TOA#_a", (0..100).map(|n| format!("{n:0>32}")));
        assert!(hundred.validate().is_ok());
        let cases = [
            (AddSubscriberRequest::new("", ["u"]), "Official_Account"),
            (
                AddSubscriberRequest::new("@TOA#_a", Vec::<String>::new()),
                "SubscriberList",
            ),
            (
                AddSubscriberRequest::new("@TOA#_a", ["u", &"x".repeat(33)]),
                "SubscriberList[1].Subscriber_Account",
            ),
        ];
        for (request, field) in cases {
            let error = request.validate().unwrap_err();
            assert_eq!(error.field(), field);
            assert_eq!(error.error_code(), Some(ErrorCode::OfficialAccountParameterInvalid));
        }
    }
}
