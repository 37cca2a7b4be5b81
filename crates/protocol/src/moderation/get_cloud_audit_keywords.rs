//! `v4/im_msg_audit_mgr/get_cloud_audit_keywords`: one page of a keyword
//! library's blocked words, or those matching a text.

use serde::{Deserialize, Serialize};

use super::page::AuditPage;

use super::page_limit;
use crate::validation::{Rule, ValidationError};
use crate::Paged;

/// The request of `get_cloud_audit_keywords`
/// (<https://www.tencentcloud.com/document/product/1047/77830>): up to
/// `Limit` (1 to 100) words of the library `LibID` from `Offset`, or, with
/// `Content`, the words that match it (a fuzzy search). A read: idempotent.
///
/// ```
/// use tim_protocol::moderation::{GetCloudAuditKeywordsRequest, GetCloudAuditKeywordsResponse};
///
/// let request = GetCloudAuditKeywordsRequest::new(1400187352, "1cd0d0ed-0e2c-4d35-ae86-2a1a8697706d", 10)
///     .content("test123456xyz1");
/// assert!(request.validate().is_ok());
///
/// let reply: GetCloudAuditKeywordsResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"RequestId":"a2b6ab9c-ac0d-4627-b9fd-d3c7525048f9",
///         "TotalCount":1,"Infos":[{"ID":"10756913","Content":"test123456xyz1","CreateTime":"2023-06-24 23:45:04"}]}"#,
/// )
/// .unwrap();
/// assert_eq!(reply.infos()[0].content, "test123456xyz1");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetCloudAuditKeywordsRequest {
    /// `SdkAppId`: the app's SDKAppID.
    #[serde(rename = "SdkAppId")]
    pub sdk_app_id: u64,
    /// `Offset`: 0 first, then past the words already read.
    #[serde(rename = "Offset")]
    pub offset: u64,
    /// `Limit`: words per page, 1 to 100.
    #[serde(rename = "Limit")]
    pub limit: u32,
    /// `LibID`: the keyword library, an `ID` of `get_cloud_audit_keywords_ids`.
    #[serde(rename = "LibID")]
    pub lib_id: String,
    /// `Content`: with it, only the words matching it; without, every word
    /// page by page.
    #[serde(rename = "Content", default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}

impl GetCloudAuditKeywordsRequest {
    /// The first page, of up to `limit` words, of the library `lib_id` of the
    /// app `sdk_app_id`.
    pub fn new(sdk_app_id: u64, lib_id: impl Into<String>, limit: u32) -> Self {
        Self {
            sdk_app_id,
            offset: 0,
            limit,
            lib_id: lib_id.into(),
            content: None,
        }
    }

    /// From `offset` on.
    pub fn offset(mut self, offset: u64) -> Self {
        self.offset = offset;
        self
    }

    /// Only the words matching `content`.
    pub fn content(mut self, content: impl Into<String>) -> Self {
        self.content = Some(content.into());
        self
    }

    /// Checks: `Limit` 1 to 100; `LibID` not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        page_limit(self.limit)?;
        if self.lib_id.is_empty() {
            return Err(ValidationError::new("LibID", Rule::NotEmpty));
        }
        Ok(())
    }
}

/// The next page starts past the words read so far; a page with none, or one
/// that reaches `TotalCount`, ends.
///
/// ```
/// use tim_protocol::moderation::{GetCloudAuditKeywordsRequest, GetCloudAuditKeywordsResponse};
/// use tim_protocol::Paged;
///
/// let first = GetCloudAuditKeywordsRequest::new(1400187352, "lib", 1);
/// let reply: GetCloudAuditKeywordsResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorCode":0,"TotalCount":2,"Infos":[{"ID":"1","Content":"a"}]}"#,
/// )
/// .unwrap();
/// let second = first.next_request(&reply).unwrap();
/// assert_eq!(second.offset, 1);
/// assert_eq!(second.next_request(&reply), None);
/// ```
impl Paged for GetCloudAuditKeywordsRequest {
    fn next_request(&self, reply: &GetCloudAuditKeywordsResponse) -> Option<Self> {
        let next = super::next_offset(self.offset, reply.infos().len(), reply.total_count)?;
        Some(self.clone().offset(next))
    }
}

/// The reply of `get_cloud_audit_keywords`: one page of words.
pub type GetCloudAuditKeywordsResponse = AuditPage<KeywordInfo>;

/// One `Infos` item: a blocked word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct KeywordInfo {
    /// `ID`: the word's ID.
    #[serde(rename = "ID")]
    pub id: String,
    /// `Content`: the word.
    #[serde(rename = "Content")]
    pub content: String,
    /// `CreateTime`: when it was added, as text (the sample:
    /// `2023-06-24 23:45:04`).
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
}

impl KeywordInfo {
    /// The word `content` with the ID `id`.
    pub fn new(id: impl Into<String>, content: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            content: content.into(),
            create_time: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::CLOUD_AUDIT_PAGE_LIMIT_MAX;
    use crate::ErrorCode;

    #[test]
    fn every_rule_names_its_field() {
        assert!(GetCloudAuditKeywordsRequest::new(1, "lib", CLOUD_AUDIT_PAGE_LIMIT_MAX)
            .validate()
            .is_ok());
        let over = GetCloudAuditKeywordsRequest::new(1, "lib", CLOUD_AUDIT_PAGE_LIMIT_MAX + 1)
            .validate()
            .unwrap_err();
        assert_eq!(over.field(), "Limit");
        assert_eq!(over.error_code(), Some(ErrorCode::AuditParameterInvalid));
        assert_eq!(
            GetCloudAuditKeywordsRequest::new(1, "lib", 0)
                .validate()
                .unwrap_err()
                .field(),
            "Limit"
        );
        let no_lib = GetCloudAuditKeywordsRequest::new(1, "", 10).validate().unwrap_err();
        assert_eq!(no_lib.field(), "LibID");
        assert_eq!(no_lib.rule(), &Rule::NotEmpty);
    }

    #[test]
    fn paging_keeps_the_search() {
        let first = GetCloudAuditKeywordsRequest::new(1, "lib", 1).content("x");
        let reply = GetCloudAuditKeywordsResponse {
            total_count: Some(5),
            infos: Some(vec![KeywordInfo::new("1", "x1")]),
            ..Default::default()
        };
        let next = first.next_request(&reply).unwrap();
        assert_eq!((next.offset, next.content.as_deref()), (1, Some("x")));
    }
}
