//! The reply shape of the paged keyword-library reads: one page of items,
//! with the total and the request's ID.

use serde::{Deserialize, Serialize};

use crate::Envelope;

/// One page of `Item`s: the reply of `get_cloud_audit_keywords`
/// ([`KeywordInfo`](super::KeywordInfo) words) and of
/// `get_cloud_audit_keywords_ids` ([`KeywordLibrary`](super::KeywordLibrary)
/// libraries), which differ only in their items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
// serde would ask `Item: Default` for the `default` of `Infos`, which an
// absent `Option` does not need.
#[serde(bound(deserialize = "Item: Deserialize<'de>"))]
#[non_exhaustive]
pub struct AuditPage<Item> {
    /// `RequestId`: the request's identifier, for support.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// `TotalCount`: the number of items in all pages.
    #[serde(rename = "TotalCount", default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<u64>,
    /// `Infos`: this page's items.
    #[serde(rename = "Infos", default, skip_serializing_if = "Option::is_none")]
    pub infos: Option<Vec<Item>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

// By hand: a derive would ask `Item: Default`, which an empty page does not need.
impl<Item> Default for AuditPage<Item> {
    fn default() -> Self {
        Self {
            request_id: None,
            total_count: None,
            infos: None,
            envelope: Envelope::default(),
        }
    }
}

impl<Item> AuditPage<Item> {
    /// This page's items (none when the reply has no `Infos`).
    pub fn infos(&self) -> &[Item] {
        self.infos.as_deref().unwrap_or_default()
    }
}

crate::macros::response!(AuditPage<super::KeywordInfo>, AuditPage<super::KeywordLibrary>);
