//! `v4/im_msg_audit_mgr/delete_cloud_audit_keywords`: delete blocked words
//! from a keyword library of cloud moderation.

use serde::{Deserialize, Serialize};

use crate::limits::CLOUD_AUDIT_DELETE_KEYWORDS_MAX;
use crate::validation::{check, Rule, ValidationError};
use crate::Envelope;

/// The request of `delete_cloud_audit_keywords`
/// (<https://www.tencentcloud.com/document/product/1047/77832>): 1 to 10
/// words (`Keywords`) to delete from the library `LibID` of the app
/// `SdkAppId`.
///
/// Idempotent: deleting a word that is gone leaves it gone (the reply's
/// per-word `Deleted` may then differ, the library does not).
///
/// ```
/// use tim_protocol::moderation::{DeleteCloudAuditKeywordsRequest, DeleteCloudAuditKeywordsResponse};
///
/// let request =
///     DeleteCloudAuditKeywordsRequest::new(1400187352, "1cd0d0ed-0e2c-4d35-ae86-2a1a8697706d", ["test123456xyz2"]);
/// assert!(request.validate().is_ok());
///
/// let reply: DeleteCloudAuditKeywordsResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"RequestId":"0874e3f7-c30a-49c0-953d-867e9243ff53",
///         "Details":[{"KeywordID":"10756914","Keyword":"test123456xyz2","Deleted":true,"ErrorInfo":""}],"Count":1}"#,
/// )
/// .unwrap();
/// assert_eq!(reply.not_deleted().count(), 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeleteCloudAuditKeywordsRequest {
    /// `SdkAppId`: the app's SDKAppID.
    #[serde(rename = "SdkAppId")]
    pub sdk_app_id: u64,
    /// `LibID`: the keyword library, an `ID` of `get_cloud_audit_keywords_ids`.
    #[serde(rename = "LibID")]
    pub lib_id: String,
    /// `Keywords`: the words to delete, 1 to 10.
    #[serde(rename = "Keywords")]
    pub keywords: Vec<String>,
}

impl DeleteCloudAuditKeywordsRequest {
    /// Deletes `keywords` from the library `lib_id` of the app `sdk_app_id`.
    pub fn new<I>(sdk_app_id: u64, lib_id: impl Into<String>, keywords: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        Self {
            sdk_app_id,
            lib_id: lib_id.into(),
            keywords: keywords.into_iter().map(Into::into).collect(),
        }
    }

    /// Checks: `LibID` not empty; `Keywords` 1 to 10, none empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if self.lib_id.is_empty() {
            return Err(ValidationError::new("LibID", Rule::NotEmpty));
        }
        check::count(
            "Keywords",
            self.keywords.len(),
            1,
            CLOUD_AUDIT_DELETE_KEYWORDS_MAX,
            None,
        )?;
        for (index, keyword) in self.keywords.iter().enumerate() {
            if keyword.is_empty() {
                return Err(ValidationError::new(format!("Keywords[{index}]"), Rule::NotEmpty));
            }
        }
        Ok(())
    }
}

/// The reply of `delete_cloud_audit_keywords`: what became of each word.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeleteCloudAuditKeywordsResponse {
    /// `RequestId`: the request's identifier, for support.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// `Details`: one item per word asked for.
    #[serde(rename = "Details", default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<DeletedKeyword>>,
    /// `Count`: the number of `Details` items (1 in the published sample,
    /// for one word deleted; the stored page's description of it is cut
    /// off).
    #[serde(rename = "Count", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(DeleteCloudAuditKeywordsResponse);

impl DeleteCloudAuditKeywordsResponse {
    /// The items of the words that were not deleted: check these even when
    /// the reply says `OK`.
    pub fn not_deleted(&self) -> impl Iterator<Item = &DeletedKeyword> {
        self.details.iter().flatten().filter(|item| !item.deleted)
    }
}

/// One `Details` item: a word and whether it was deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeletedKeyword {
    /// `KeywordID`: the word's ID.
    #[serde(rename = "KeywordID", default, skip_serializing_if = "Option::is_none")]
    pub keyword_id: Option<String>,
    /// `Keyword`: the word.
    #[serde(rename = "Keyword")]
    pub keyword: String,
    /// `Deleted`: whether it was deleted.
    #[serde(rename = "Deleted", default)]
    pub deleted: bool,
    /// `ErrorInfo`: why not, empty when it was.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
}

impl DeletedKeyword {
    /// `keyword` (ID `keyword_id`), deleted.
    pub fn new(keyword_id: impl Into<String>, keyword: impl Into<String>) -> Self {
        Self {
            keyword_id: Some(keyword_id.into()),
            keyword: keyword.into(),
            deleted: true,
            error_info: Some(String::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    const LIB: &str = "1cd0d0ed-0e2c-4d35-ae86-2a1a8697706d";

    #[test]
    fn limits_are_inclusive_and_named() {
        let words = |n: usize| (0..n).map(|i| format!("w{i}")).collect::<Vec<_>>();
        assert!(
            DeleteCloudAuditKeywordsRequest::new(1, LIB, words(CLOUD_AUDIT_DELETE_KEYWORDS_MAX))
                .validate()
                .is_ok()
        );
        let over = DeleteCloudAuditKeywordsRequest::new(1, LIB, words(CLOUD_AUDIT_DELETE_KEYWORDS_MAX + 1))
            .validate()
            .unwrap_err();
        assert_eq!(over.field(), "Keywords");
        assert_eq!(over.rule(), &Rule::TooMany { max: 10, actual: 11 });
        assert_eq!(over.error_code(), Some(ErrorCode::AuditParameterInvalid));
        let none = DeleteCloudAuditKeywordsRequest::new(1, LIB, words(0))
            .validate()
            .unwrap_err();
        assert_eq!(none.rule(), &Rule::TooFew { min: 1, actual: 0 });
        let empty = DeleteCloudAuditKeywordsRequest::new(1, LIB, ["a", ""])
            .validate()
            .unwrap_err();
        assert_eq!(empty.field(), "Keywords[1]");
        let no_lib = DeleteCloudAuditKeywordsRequest::new(1, "", ["a"])
            .validate()
            .unwrap_err();
        assert_eq!(no_lib.field(), "LibID");
    }

    #[test]
    fn words_not_deleted_are_found() {
        let reply = DeleteCloudAuditKeywordsResponse {
            details: Some(vec![
                DeletedKeyword::new("1", "a"),
                DeletedKeyword {
                    deleted: false,
                    error_info: Some("not found".into()),
                    ..DeletedKeyword::new("2", "b")
                },
            ]),
            count: Some(2),
            ..Default::default()
        };
        let missed: Vec<_> = reply.not_deleted().map(|item| item.keyword.as_str()).collect();
        assert_eq!(missed, ["b"]);
    }
}
