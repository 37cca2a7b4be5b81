//! `v4/im_msg_audit_mgr/get_cloud_audit_keywords_ids`: one page of the app's
//! keyword libraries of cloud moderation.

use serde::{Deserialize, Serialize};

use super::page::AuditPage;

use super::page_limit;
use crate::Paged;

/// The request of `get_cloud_audit_keywords_ids`
/// (<https://www.tencentcloud.com/document/product/1047/77829>): up to
/// `Limit` (1 to 100) libraries of the app `SdkAppId` from `Offset`. A read:
/// idempotent.
///
/// ```
/// use tim_protocol::moderation::{GetCloudAuditKeywordsIdsRequest, GetCloudAuditKeywordsIdsResponse};
/// use tim_protocol::Paged;
///
/// let request = GetCloudAuditKeywordsIdsRequest::new(1400187352, 3);
/// assert!(request.validate().is_ok());
///
/// let reply: GetCloudAuditKeywordsIdsResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"RequestId":"","TotalCount":4,
///         "Infos":[{"ID":"e77ff172-40f5-404c-8055-20f34504de82","LibName":"4_7_1400187352_1",
///         "Describe":"","CreateTime":"2023-02-20 13:53:44 +0800 CST","Suggestion":"Block"}]}"#,
/// )
/// .unwrap();
/// assert_eq!(reply.infos()[0].id, "e77ff172-40f5-404c-8055-20f34504de82");
/// assert_eq!(request.next_request(&reply).map(|next| next.offset), Some(1));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetCloudAuditKeywordsIdsRequest {
    /// `SdkAppId`: the app's SDKAppID.
    #[serde(rename = "SdkAppId")]
    pub sdk_app_id: u64,
    /// `Offset`: 0 first, then past the libraries already read.
    #[serde(rename = "Offset")]
    pub offset: u64,
    /// `Limit`: libraries per page, 1 to 100.
    #[serde(rename = "Limit")]
    pub limit: u32,
}

impl GetCloudAuditKeywordsIdsRequest {
    /// The first page, of up to `limit` libraries, of the app `sdk_app_id`.
    pub fn new(sdk_app_id: u64, limit: u32) -> Self {
        Self {
            sdk_app_id,
            offset: 0,
            limit,
        }
    }

    /// From `offset` on.
    pub fn offset(mut self, offset: u64) -> Self {
        self.offset = offset;
        self
    }

    /// Checks: `Limit` 1 to 100.
    pub(crate) fn check(&self) -> Result<(), crate::ValidationError> {
        page_limit(self.limit)
    }
}

/// The next page starts past the libraries read so far; a page with none, or
/// one that reaches `TotalCount`, ends.
impl Paged for GetCloudAuditKeywordsIdsRequest {
    fn next_request(&self, reply: &GetCloudAuditKeywordsIdsResponse) -> Option<Self> {
        let next = super::next_offset(self.offset, reply.infos().len(), reply.total_count)?;
        Some(self.clone().offset(next))
    }
}

/// The reply of `get_cloud_audit_keywords_ids`: one page of libraries.
pub type GetCloudAuditKeywordsIdsResponse = AuditPage<KeywordLibrary>;

/// One `Infos` item: a keyword library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct KeywordLibrary {
    /// `ID`: the library's ID, the `LibID` of the keyword calls.
    #[serde(rename = "ID")]
    pub id: String,
    /// `LibName`: the library's name.
    #[serde(rename = "LibName", default, skip_serializing_if = "Option::is_none")]
    pub lib_name: Option<String>,
    /// `Describe`: its description.
    #[serde(rename = "Describe", default, skip_serializing_if = "Option::is_none")]
    pub describe: Option<String>,
    /// `CreateTime`: when it was created, as text (the sample:
    /// `2023-02-20 13:53:44 +0800 CST`).
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// `Suggestion`: what a match suggests (`Block` in the published sample;
    /// the stored page lists no other values, so this stays text).
    #[serde(rename = "Suggestion", default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
}

impl KeywordLibrary {
    /// The library `id`, with no other attribute.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            lib_name: None,
            describe: None,
            create_time: None,
            suggestion: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::CLOUD_AUDIT_PAGE_LIMIT_MAX;
    use crate::{ErrorCode, Rule};

    #[test]
    fn limit_is_one_to_a_hundred() {
        assert!(GetCloudAuditKeywordsIdsRequest::new(1, 1).validate().is_ok());
        assert!(GetCloudAuditKeywordsIdsRequest::new(1, CLOUD_AUDIT_PAGE_LIMIT_MAX)
            .validate()
            .is_ok());
        for limit in [0, CLOUD_AUDIT_PAGE_LIMIT_MAX + 1] {
            let error = GetCloudAuditKeywordsIdsRequest::new(1, limit).validate().unwrap_err();
            assert_eq!(error.field(), "Limit");
            assert!(matches!(error.rule(), Rule::UnsupportedValue { .. }));
            assert_eq!(error.error_code(), Some(ErrorCode::AuditParameterInvalid));
        }
    }

    #[test]
    fn paging_stops_at_the_total_or_an_empty_page() {
        let first = GetCloudAuditKeywordsIdsRequest::new(1, 2);
        let page = |n: usize, total: u64| GetCloudAuditKeywordsIdsResponse {
            total_count: Some(total),
            infos: Some((0..n).map(|i| KeywordLibrary::new(i.to_string())).collect()),
            ..Default::default()
        };
        assert_eq!(first.next_request(&page(2, 3)).map(|r| r.offset), Some(2));
        assert_eq!(first.clone().offset(2).next_request(&page(1, 3)), None);
        assert_eq!(first.next_request(&page(0, 3)), None);
    }
}
