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
//! `batch_content_moderation`) are not modelled: the stored copies of their
//! pages show the requests but not the replies.

mod add_cloud_audit_keywords;

pub use add_cloud_audit_keywords::{
    AddCloudAuditKeywordsRequest, AddCloudAuditKeywordsResponse, KeywordLabel, UserKeyword,
};
