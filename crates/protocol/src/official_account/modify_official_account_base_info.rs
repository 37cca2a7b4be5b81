//! `v4/official_account_open_http_svc/modify_official_account_base_info`:
//! change an official account's profile.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::validation::ValidationError;

/// The request of `modify_official_account_base_info`
/// (<https://www.tencentcloud.com/document/product/1047/60757>). Only the
/// fields given change. The reply is the status fields alone
/// (`EnvelopeOnlyResponse`; the stored page stops before its sample reply).
///
/// Idempotent: it sets fields to given values.
///
/// ```
/// use tim_protocol::official_account::ModifyOfficialAccountBaseInfoRequest;
///
/// let request = ModifyOfficialAccountBaseInfoRequest::new("@TOA#_news").name("Daily news");
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"Official_Account": "@TOA#_news", "Name": "Daily news"})
/// );
/// assert_eq!(request.name("").validate().unwrap_err().field(), "Name");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ModifyOfficialAccountBaseInfoRequest {
    /// `Official_Account`: the account's ID.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// `Name`: 1 to 150 bytes.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `Introduction`: at most 400 bytes.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// `FaceUrl`: at most 500 bytes.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// `Organization`: at most 500 bytes.
    #[serde(rename = "Organization", default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// `CustomString`: at most 3000 bytes.
    #[serde(rename = "CustomString", default, skip_serializing_if = "Option::is_none")]
    pub custom_string: Option<String>,
    /// `MaxSubscriberNum`: the subscriber cap (in the page's sample, not
    /// its field table).
    #[serde(rename = "MaxSubscriberNum", default, skip_serializing_if = "Option::is_none")]
    pub max_subscriber_num: Option<u32>,
}

impl ModifyOfficialAccountBaseInfoRequest {
    /// A change of `official_account` that changes nothing yet.
    pub fn new(official_account: impl Into<String>) -> Self {
        Self {
            official_account: official_account.into(),
            name: None,
            introduction: None,
            face_url: None,
            organization: None,
            custom_string: None,
            max_subscriber_num: None,
        }
    }

    /// Also set the name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Also set the introduction.
    pub fn introduction(mut self, text: impl Into<String>) -> Self {
        self.introduction = Some(text.into());
        self
    }

    /// Also set the avatar URL.
    pub fn face_url(mut self, url: impl Into<String>) -> Self {
        self.face_url = Some(url.into());
        self
    }

    /// Also set the organization.
    pub fn organization(mut self, organization: impl Into<String>) -> Self {
        self.organization = Some(organization.into());
        self
    }

    /// Also set the custom field.
    pub fn custom_string(mut self, value: impl Into<String>) -> Self {
        self.custom_string = Some(value.into());
        self
    }

    /// Also set the subscriber cap.
    pub fn max_subscriber_num(mut self, max: u32) -> Self {
        self.max_subscriber_num = Some(max);
        self
    }

    /// Checks: `Official_Account` not empty; `Name`, if given, 1 to 150
    /// bytes; `Introduction` at most 400, `FaceUrl` and `Organization` 500,
    /// `CustomString` 3000; `MaxSubscriberNum` at least 1 (this crate's
    /// choice). A request that changes nothing is sent as is (the page does
    /// not say it is refused). All are 6017.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::official_account("Official_Account", &self.official_account)?;
        if let Some(name) = &self.name {
            checks::name(name)?;
        }
        checks::profile_fields(
            self.introduction.as_deref(),
            self.face_url.as_deref(),
            self.organization.as_deref(),
            self.custom_string.as_deref(),
        )?;
        checks::max_subscribers(self.max_subscriber_num)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn limits_are_named() {
        let valid = ModifyOfficialAccountBaseInfoRequest::new("@TOA#_a")
            .name("n".repeat(150))
            .organization("o".repeat(500));
        assert!(valid.validate().is_ok());
        let cases = [
            (ModifyOfficialAccountBaseInfoRequest::new(""), "Official_Account"),
            (valid.clone().name("n".repeat(151)), "Name"),
            (valid.clone().introduction("i".repeat(401)), "Introduction"),
            (valid.clone().face_url("f".repeat(501)), "FaceUrl"),
            (valid.clone().organization("o".repeat(501)), "Organization"),
            (valid.clone().custom_string("c".repeat(3001)), "CustomString"),
            (valid.clone().max_subscriber_num(0), "MaxSubscriberNum"),
        ];
        for (request, field) in cases {
            let error = request.validate().unwrap_err();
            assert_eq!(error.field(), field);
            assert_eq!(error.error_code(), Some(ErrorCode::OfficialAccountParameterInvalid));
        }
    }
}
