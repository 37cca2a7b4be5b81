//! Content moderation: the keyword libraries of cloud moderation
//! (`im_msg_audit_mgr`, the "Add / Get / Delete Blocked Words" and "Get
//! Blocklists" pages, <https://www.tencentcloud.com/document/product/1047/77829>
//! to 77832).
//!
//! The service runs in Singapore only (`adminapisgp.im.qcloud.com`); other
//! data centres do not serve it. Its calls carry the app's SDKAppID in the
//! body as well (`SdkAppId`), and answer with a `RequestId` beside the status
//! fields. An app without moderation enabled gets 2015
//! ([`ErrorCode::AuditServiceDisabled`](crate::ErrorCode::AuditServiceDisabled)).
//!
//! The on-demand moderation calls of `im_msg_audit` (`content_moderation`,
//! `batch_content_moderation`, 1047/77827 and 77828) judge texts and images
//! against the same word lists; they answer a [`ModerationVerdict`]. The
//! stored copies of their pages show the requests but stop before the
//! replies: the reply fields are those other server SDKs read.
//!
//! The local-moderation calls other SDKs name (`add/delete/get_local_audit_keywords`)
//! have no stored page, so they are not in the table.

mod add_cloud_audit_keywords;
mod batch_content_moderation;
mod content_moderation;
mod delete_cloud_audit_keywords;
mod get_cloud_audit_keywords;
mod get_cloud_audit_keywords_ids;
mod page;
mod verdict;

pub use add_cloud_audit_keywords::{
    AddCloudAuditKeywordsRequest, AddCloudAuditKeywordsResponse, KeywordLabel, UserKeyword,
};
pub use delete_cloud_audit_keywords::{
    DeleteCloudAuditKeywordsRequest, DeleteCloudAuditKeywordsResponse, DeletedKeyword,
};
pub use get_cloud_audit_keywords::{GetCloudAuditKeywordsRequest, GetCloudAuditKeywordsResponse, KeywordInfo};
pub use get_cloud_audit_keywords_ids::{
    GetCloudAuditKeywordsIdsRequest, GetCloudAuditKeywordsIdsResponse, KeywordLibrary,
};
pub use page::AuditPage;
// im_msg_audit: on-demand moderation.
pub use batch_content_moderation::{
    AuditResult, BatchContentModerationRequest, BatchContentModerationResponse, ModerationContent,
};
pub use content_moderation::{ContentModerationRequest, ContentModerationResponse};
pub use verdict::{ModerationContentType, ModerationSuggestion, ModerationVerdict};

use crate::limits::CLOUD_AUDIT_PAGE_LIMIT_MAX;
use crate::validation::{Rule, ValidationError};

/// The pages' `Limit` rule, shared by the reads: 1 to 100.
fn page_limit(limit: u32) -> Result<(), ValidationError> {
    if limit == 0 || limit > CLOUD_AUDIT_PAGE_LIMIT_MAX {
        return Err(ValidationError::new(
            "Limit",
            Rule::UnsupportedValue {
                value: i64::from(limit),
                expected: "1 to 100",
            },
        ));
    }
    Ok(())
}

/// The `Offset` of the page after one that started at `offset` and held
/// `read` items, or `None` when it was the last: it held none, or the items
/// read reach `TotalCount`. Without `TotalCount`, an empty page ends.
fn next_offset(offset: u64, read: usize, total_count: Option<u64>) -> Option<u64> {
    let next = offset.checked_add(u64::try_from(read).ok()?)?;
    if read == 0 || total_count.is_some_and(|total| next >= total) {
        return None;
    }
    Some(next)
}
