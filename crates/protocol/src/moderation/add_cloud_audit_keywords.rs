//! `v4/im_msg_audit_mgr/add_cloud_audit_keywords`: add blocked words to a
//! keyword library of cloud moderation.

use serde::{Deserialize, Serialize};

use crate::validation::{Rule, ValidationError};
use crate::Envelope;

crate::str_enum! {
    /// `Label`: the category of a blocked word.
    pub enum KeywordLabel {
        /// `Normal`.
        Normal = "Normal",
        /// `Illegal`.
        Illegal = "Illegal",
        /// `Abuse`.
        Abuse = "Abuse",
        /// `Polity`: political content.
        Polity = "Polity",
        /// `Ad`: advertising.
        Ad = "Ad",
        /// `Porn`.
        Porn = "Porn",
        /// `Sexy`.
        Sexy = "Sexy",
        /// `Terror`.
        Terror = "Terror",
        /// `Composite`.
        Composite = "Composite",
    }
}

/// The request of `add_cloud_audit_keywords`
/// (<https://www.tencentcloud.com/document/product/1047/77831>): blocked words
/// (`UserKeywords`) for the library `LibID` of the app `SdkAppId`.
///
/// Not idempotent: the page does not say what adding a word twice does.
///
/// ```
/// use tim_protocol::moderation::{
///     AddCloudAuditKeywordsRequest, AddCloudAuditKeywordsResponse, KeywordLabel, UserKeyword,
/// };
///
/// let request = AddCloudAuditKeywordsRequest::new(
///     1400187352,
///     "1cd0d0ed-0e2c-4d35-ae86-2a1a8697706d",
///     [UserKeyword::new("xyz123456test1").label(KeywordLabel::Ad)],
/// );
/// assert!(request.validate().is_ok());
///
/// let reply: AddCloudAuditKeywordsResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"RequestId":"321ea546-46bd-45ae-b0e0-321c8ac6a3b0"}"#,
/// )
/// .unwrap();
/// assert!(reply.envelope.is_success());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AddCloudAuditKeywordsRequest {
    /// `SdkAppId`: the app's SDKAppID.
    #[serde(rename = "SdkAppId")]
    pub sdk_app_id: u64,
    /// `LibID`: the keyword library, an `ID` of `get_cloud_audit_keywords_ids`.
    #[serde(rename = "LibID")]
    pub lib_id: String,
    /// `UserKeywords`: the words to add.
    #[serde(rename = "UserKeywords")]
    pub user_keywords: Vec<UserKeyword>,
}

impl AddCloudAuditKeywordsRequest {
    /// Adds `keywords` to the library `lib_id` of the app `sdk_app_id`.
    pub fn new(sdk_app_id: u64, lib_id: impl Into<String>, keywords: impl IntoIterator<Item = UserKeyword>) -> Self {
        Self {
            sdk_app_id,
            lib_id: lib_id.into(),
            user_keywords: keywords.into_iter().collect(),
        }
    }

    /// Checks: `LibID` not empty; `UserKeywords` not empty, each `Content`
    /// not empty. The page caps the words per request (2016) without saying
    /// at how many, so no cap is checked here.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if self.lib_id.is_empty() {
            return Err(ValidationError::new("LibID", Rule::NotEmpty));
        }
        if self.user_keywords.is_empty() {
            return Err(ValidationError::new("UserKeywords", Rule::NotEmpty));
        }
        for (index, keyword) in self.user_keywords.iter().enumerate() {
            if keyword.content.is_empty() {
                return Err(ValidationError::new(
                    format!("UserKeywords[{index}].Content"),
                    Rule::NotEmpty,
                ));
            }
        }
        Ok(())
    }
}

/// One `UserKeywords` item: a blocked word and its category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserKeyword {
    /// `Content`: the word.
    #[serde(rename = "Content")]
    pub content: String,
    /// `Label`: its category, optional.
    #[serde(rename = "Label", default, skip_serializing_if = "Option::is_none")]
    pub label: Option<KeywordLabel>,
}

impl UserKeyword {
    /// The word `content`, with no category.
    pub fn new(content: impl Into<String>) -> Self {
        Self {
            content: content.into(),
            label: None,
        }
    }

    /// In the category `label`.
    pub fn label(mut self, label: KeywordLabel) -> Self {
        self.label = Some(label);
        self
    }
}

/// The reply of `add_cloud_audit_keywords`: the status fields and the
/// request's `RequestId`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AddCloudAuditKeywordsResponse {
    /// `RequestId`: the request's identifier, for support.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(AddCloudAuditKeywordsResponse);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    const LIB: &str = "1cd0d0ed-0e2c-4d35-ae86-2a1a8697706d";

    #[test]
    fn every_rule_names_its_field() {
        let ok = AddCloudAuditKeywordsRequest::new(1, LIB, [UserKeyword::new("w")]);
        assert!(ok.validate().is_ok());

        let no_lib = AddCloudAuditKeywordsRequest::new(1, "", [UserKeyword::new("w")]);
        let error = no_lib.validate().unwrap_err();
        assert_eq!(error.field(), "LibID");
        assert_eq!(error.error_code(), Some(ErrorCode::AuditParameterInvalid));

        let none = AddCloudAuditKeywordsRequest::new(1, LIB, []);
        assert_eq!(none.validate().unwrap_err().field(), "UserKeywords");

        let empty_word = AddCloudAuditKeywordsRequest::new(1, LIB, [UserKeyword::new("w"), UserKeyword::new("")]);
        let error = empty_word.validate().unwrap_err();
        assert_eq!(error.field(), "UserKeywords[1].Content");
        assert_eq!(error.rule(), &Rule::NotEmpty);
    }

    #[test]
    fn labels_keep_values_the_crate_does_not_know() {
        let keyword: UserKeyword = serde_json::from_str(r#"{"Content":"w","Label":"Spam"}"#).unwrap();
        assert_eq!(keyword.label, Some(KeywordLabel::Other("Spam".into())));
        let keyword: UserKeyword = serde_json::from_str(r#"{"Content":"w","Label":"Ad"}"#).unwrap();
        assert_eq!(keyword.label, Some(KeywordLabel::Ad));
    }
}
