//! `v4/official_account_open_http_svc/create_official_account`: create an
//! official account.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::OFFICIAL_ACCOUNT_ID_PREFIX;
use crate::validation::{check, Rule, ValidationError};
use crate::Envelope;

/// The request of `create_official_account`
/// (<https://www.tencentcloud.com/document/product/1047/60755>).
///
/// Not idempotent: sent again, it answers 130008 for a custom ID already
/// taken, or creates a second account when the service picks the ID.
///
/// ```
/// use tim_protocol::official_account::CreateOfficialAccountRequest;
///
/// let request = CreateOfficialAccountRequest::new("107867", "news").with_id("@TOA#_news");
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"Owner_Account": "107867", "Name": "news", "OfficialAccountUserID": "@TOA#_news"})
/// );
/// assert!(request.validate().is_ok());
///
/// let error = request.with_id("news").validate().unwrap_err();
/// assert_eq!(error.field(), "OfficialAccountUserID");
/// assert_eq!(error.error_code().map(|c| c.code()), Some(6017));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateOfficialAccountRequest {
    /// `Owner_Account`: the (imported) user who owns the account.
    #[serde(rename = "Owner_Account")]
    pub owner_account: String,
    /// `OfficialAccountUserID`: a custom ID, starting with `@TOA#_`; left
    /// out, the service picks one and returns it.
    #[serde(rename = "OfficialAccountUserID", default, skip_serializing_if = "Option::is_none")]
    pub official_account_user_id: Option<String>,
    /// `Name`: 1 to 150 bytes.
    #[serde(rename = "Name")]
    pub name: String,
    /// `Introduction`: at most 400 bytes.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// `FaceUrl`: the avatar, at most 500 bytes.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// `MaxSubscriberNum`: how many users may subscribe (100000 when left out).
    #[serde(rename = "MaxSubscriberNum", default, skip_serializing_if = "Option::is_none")]
    pub max_subscriber_num: Option<u32>,
    /// `Organization`: at most 500 bytes.
    #[serde(rename = "Organization", default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// `CustomString`: at most 3000 bytes.
    #[serde(rename = "CustomString", default, skip_serializing_if = "Option::is_none")]
    pub custom_string: Option<String>,
}

impl CreateOfficialAccountRequest {
    /// An account named `name`, owned by `owner`, its ID chosen by the service.
    pub fn new(owner: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            owner_account: owner.into(),
            official_account_user_id: None,
            name: name.into(),
            introduction: None,
            face_url: None,
            max_subscriber_num: None,
            organization: None,
            custom_string: None,
        }
    }

    /// The same request with the custom ID `id` (it must start with `@TOA#_`).
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.official_account_user_id = Some(id.into());
        self
    }

    /// The same request with an introduction.
    pub fn introduction(mut self, text: impl Into<String>) -> Self {
        self.introduction = Some(text.into());
        self
    }

    /// The same request with an avatar URL.
    pub fn face_url(mut self, url: impl Into<String>) -> Self {
        self.face_url = Some(url.into());
        self
    }

    /// The same request with a subscriber cap.
    pub fn max_subscriber_num(mut self, max: u32) -> Self {
        self.max_subscriber_num = Some(max);
        self
    }

    /// The same request with an organization.
    pub fn organization(mut self, organization: impl Into<String>) -> Self {
        self.organization = Some(organization.into());
        self
    }

    /// The same request with a custom field.
    pub fn custom_string(mut self, value: impl Into<String>) -> Self {
        self.custom_string = Some(value.into());
        self
    }

    /// Checks: `Owner_Account` 1 to 32 bytes; `OfficialAccountUserID`, if
    /// given, starts with `@TOA#_` and has more after it; `Name` 1 to 150
    /// bytes; `Introduction` at most 400, `FaceUrl` and `Organization` 500,
    /// `CustomString` 3000; `MaxSubscriberNum` at least 1 (this crate's
    /// choice). All are 6017, the pages' parameter error.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "Owner_Account".into(), &self.owner_account)?;
        if let Some(id) = &self.official_account_user_id {
            // Where the page is silent: the prefix alone is refused too.
            if !id.starts_with(OFFICIAL_ACCOUNT_ID_PREFIX) || id.len() == OFFICIAL_ACCOUNT_ID_PREFIX.len() {
                return Err(ValidationError::new(
                    "OfficialAccountUserID",
                    Rule::BadFormat("a custom official account ID starts with @TOA#_ and has more after it"),
                ));
            }
        }
        checks::name(&self.name)?;
        checks::profile_fields(
            self.introduction.as_deref(),
            self.face_url.as_deref(),
            self.organization.as_deref(),
            self.custom_string.as_deref(),
        )?;
        checks::max_subscribers(self.max_subscriber_num)
    }
}

/// The reply of `create_official_account`: the new account's ID.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateOfficialAccountResponse {
    /// `OfficialAccountUserID`: the account's ID, for every later call.
    #[serde(rename = "OfficialAccountUserID", default, skip_serializing_if = "Option::is_none")]
    pub official_account_user_id: Option<String>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(CreateOfficialAccountResponse);

impl CreateOfficialAccountResponse {
    /// A successful reply naming the account `id`.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            official_account_user_id: Some(id.into()),
            envelope: Envelope::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::{
        OFFICIAL_ACCOUNT_CUSTOM_STRING_MAX_BYTES, OFFICIAL_ACCOUNT_FACE_URL_MAX_BYTES,
        OFFICIAL_ACCOUNT_INTRODUCTION_MAX_BYTES, OFFICIAL_ACCOUNT_NAME_MAX_BYTES,
        OFFICIAL_ACCOUNT_ORGANIZATION_MAX_BYTES,
    };
    use crate::ErrorCode;

    type Case = (fn(&mut CreateOfficialAccountRequest), &'static str);

    fn valid() -> CreateOfficialAccountRequest {
        CreateOfficialAccountRequest::new("u".repeat(32), "é".repeat(OFFICIAL_ACCOUNT_NAME_MAX_BYTES / 2))
            .with_id("@TOA#_x")
            .introduction("i".repeat(OFFICIAL_ACCOUNT_INTRODUCTION_MAX_BYTES))
            .face_url("f".repeat(OFFICIAL_ACCOUNT_FACE_URL_MAX_BYTES))
            .organization("o".repeat(OFFICIAL_ACCOUNT_ORGANIZATION_MAX_BYTES))
            .custom_string("c".repeat(OFFICIAL_ACCOUNT_CUSTOM_STRING_MAX_BYTES))
            .max_subscriber_num(1)
    }

    #[test]
    fn limits_are_inclusive_and_named() {
        assert!(valid().validate().is_ok());
        let cases: [Case; 11] = [
            (|r| r.owner_account.clear(), "Owner_Account"),
            (|r| r.owner_account = "u".repeat(33), "Owner_Account"),
            (
                |r| r.official_account_user_id = Some("TOA_x".into()),
                "OfficialAccountUserID",
            ),
            (
                |r| r.official_account_user_id = Some("@TOA#_".into()),
                "OfficialAccountUserID",
            ),
            (|r| r.name.clear(), "Name"),
            (|r| r.name.push('x'), "Name"),
            (|r| r.introduction.as_mut().unwrap().push('x'), "Introduction"),
            (|r| r.face_url.as_mut().unwrap().push('x'), "FaceUrl"),
            (|r| r.organization.as_mut().unwrap().push('x'), "Organization"),
            (|r| r.custom_string.as_mut().unwrap().push('x'), "CustomString"),
            (|r| r.max_subscriber_num = Some(0), "MaxSubscriberNum"),
        ];
        for (mutate, field) in cases {
            let mut request = valid();
            mutate(&mut request);
            let error = request.validate().unwrap_err();
            assert_eq!(error.field(), field);
            assert_eq!(error.error_code(), Some(ErrorCode::OfficialAccountParameterInvalid));
        }
        let mut chosen_by_service = valid();
        chosen_by_service.official_account_user_id = None;
        assert!(chosen_by_service.validate().is_ok());
    }
}
