//! `v4/official_account_open_http_svc/modify_subscriber_info`: change a
//! subscriber's custom field.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::validation::{check, ValidationError};

/// The request of `modify_subscriber_info`
/// (<https://www.tencentcloud.com/document/product/1047/60762>). The reply
/// is the status fields alone (`EnvelopeOnlyResponse`).
///
/// The stored copies of the page stop before its samples and field table;
/// the fields are those of the subscriber data (the data-format page,
/// 1047/60813: `CustomString` is the subscriber's writable field) as other
/// SDKs send them. Idempotent: it sets a value.
///
/// ```
/// use tim_protocol::official_account::ModifySubscriberInfoRequest;
///
/// let request = ModifySubscriberInfoRequest::new("@TOA#_news", "107867", "vip");
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"Official_Account": "@TOA#_news", "Subscriber_Account": "107867", "CustomString": "vip"})
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ModifySubscriberInfoRequest {
    /// `Official_Account`: the account.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// `Subscriber_Account`: the subscriber.
    #[serde(rename = "Subscriber_Account")]
    pub subscriber_account: String,
    /// `CustomString`: the subscription's custom field.
    #[serde(rename = "CustomString", default, skip_serializing_if = "Option::is_none")]
    pub custom_string: Option<String>,
}

impl ModifySubscriberInfoRequest {
    /// Set `user`'s custom field in `official_account` to `custom_string`.
    pub fn new(official_account: impl Into<String>, user: impl Into<String>, custom_string: impl Into<String>) -> Self {
        Self {
            official_account: official_account.into(),
            subscriber_account: user.into(),
            custom_string: Some(custom_string.into()),
        }
    }

    /// Checks: `Official_Account` not empty; `Subscriber_Account` 1 to 32
    /// bytes. All are 6017. No length is published for the subscriber's
    /// `CustomString`, so none is checked.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::official_account("Official_Account", &self.official_account)?;
        check::user_id(|| "Subscriber_Account".into(), &self.subscriber_account)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ids_are_checked() {
        assert_eq!(
            ModifySubscriberInfoRequest::new("", "u", "x")
                .validate()
                .unwrap_err()
                .field(),
            "Official_Account"
        );
        assert_eq!(
            ModifySubscriberInfoRequest::new("@TOA#_a", "", "x")
                .validate()
                .unwrap_err()
                .field(),
            "Subscriber_Account"
        );
    }
}
