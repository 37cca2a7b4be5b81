//! `v4/im_cos_msg/get_cos_sig`: full-control signed URLs of chat files, with
//! each file's status.

use serde::{Deserialize, Serialize};

use crate::validation::{check, Rule, ValidationError};
use crate::Envelope;

/// One `RawURLs` item: a file of the batch, with the caller's ID for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RawUrlItem {
    /// `ResourceID`: the caller's ID of this file within the batch; the
    /// reply's item for it carries the same.
    #[serde(rename = "ResourceID")]
    pub resource_id: i64,
    /// `RawURL`: the file's URL, from the rich-media message's `URL`.
    #[serde(rename = "RawURL")]
    pub raw_url: String,
}

impl RawUrlItem {
    /// The file at `raw_url`, called `resource_id` in this batch.
    pub fn new(resource_id: i64, raw_url: impl Into<String>) -> Self {
        Self {
            resource_id,
            raw_url: raw_url.into(),
        }
    }
}

/// The request of `get_cos_sig`: signed URLs with the `FULL_CONTROL`
/// permission (valid 15 minutes, so they can read a banned file) and the
/// status of each file of `RawURLs`. A read: idempotent.
///
/// ```
/// use tim_protocol::cos_msg::{CosFileStatus, GetCosSigRequest, GetCosSigResponse, RawUrlItem};
///
/// let request = GetCosSigRequest::new([RawUrlItem::new(1, "https://cos.ap-shanghai.myqcloud.com/a/b.png")]);
/// assert!(request.validate().is_ok());
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"RawURLs": [{"ResourceID": 1, "RawURL": "https://cos.ap-shanghai.myqcloud.com/a/b.png"}]})
/// );
/// assert_eq!(GetCosSigRequest::new([]).validate().unwrap_err().field(), "RawURLs");
///
/// // The reply's shape as the generated SDK describes it (not a published sample).
/// let reply: GetCosSigResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","PreSigURLs":[{"ResourceID":1,"Code":0,"Desc":"","PreSigURL":"https://x/b.png?sign=q","Status":1}]}"#,
/// )
/// .unwrap();
/// assert_eq!(reply.urls()[0].file_status(), Some(CosFileStatus::Banned));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetCosSigRequest {
    /// `RawURLs`: the files.
    #[serde(rename = "RawURLs")]
    pub raw_urls: Vec<RawUrlItem>,
}

impl GetCosSigRequest {
    /// The signed URLs of `files`.
    pub fn new(files: impl IntoIterator<Item = RawUrlItem>) -> Self {
        Self {
            raw_urls: files.into_iter().collect(),
        }
    }

    /// Checks: at least one file (the field is required; no source gives an
    /// upper bound, so none is checked), and each `RawURL` not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::count("RawURLs", self.raw_urls.len(), 1, usize::MAX, None)?;
        for (index, item) in self.raw_urls.iter().enumerate() {
            if item.raw_url.is_empty() {
                return Err(ValidationError::new(format!("RawURLs[{index}].RawURL"), Rule::NotEmpty));
            }
        }
        Ok(())
    }
}

/// A file's `Status`, as the generated SDK lists the values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CosFileStatus {
    /// 0: normal; the SDKs can download it.
    Normal,
    /// 1: banned; the SDKs cannot, the `PreSigURL` can.
    Banned,
    /// 2: missing (expired and deleted, perhaps).
    Missing,
}

/// One `PreSigURLs` item: the answer for one file of the batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PreSigUrl {
    /// `ResourceID`: the request item's ID.
    #[serde(rename = "ResourceID", default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<i64>,
    /// `Code`: the result for this file (0 when it was answered).
    #[serde(rename = "Code", default, skip_serializing_if = "Option::is_none")]
    pub code: Option<i64>,
    /// `Desc`: the result's description.
    #[serde(rename = "Desc", default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// `PreSigURL`: the full-control signed URL, valid 15 minutes.
    #[serde(rename = "PreSigURL", default, skip_serializing_if = "Option::is_none")]
    pub pre_sig_url: Option<String>,
    /// `Status`: 0 normal, 1 banned, 2 missing (see [`Self::file_status`]).
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
}

impl PreSigUrl {
    /// The answer for file `resource_id`: its signed URL and its status.
    pub fn new(resource_id: i64, pre_sig_url: impl Into<String>, status: i64) -> Self {
        Self {
            resource_id: Some(resource_id),
            code: Some(0),
            desc: Some(String::new()),
            pre_sig_url: Some(pre_sig_url.into()),
            status: Some(status),
        }
    }

    /// `Status` as a [`CosFileStatus`], if it is one of the listed values.
    pub fn file_status(&self) -> Option<CosFileStatus> {
        match self.status? {
            0 => Some(CosFileStatus::Normal),
            1 => Some(CosFileStatus::Banned),
            2 => Some(CosFileStatus::Missing),
            _ => None,
        }
    }
}

/// The reply of `get_cos_sig`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetCosSigResponse {
    /// `PreSigURLs`: one item per file asked.
    #[serde(rename = "PreSigURLs", default, skip_serializing_if = "Option::is_none")]
    pub pre_sig_urls: Option<Vec<PreSigUrl>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetCosSigResponse);

impl GetCosSigResponse {
    /// A successful reply with `urls`.
    pub fn new(urls: impl IntoIterator<Item = PreSigUrl>) -> Self {
        Self {
            pre_sig_urls: Some(urls.into_iter().collect()),
            envelope: Envelope::ok(),
        }
    }

    /// The answers (none when the reply has no `PreSigURLs`).
    pub fn urls(&self) -> &[PreSigUrl] {
        self.pre_sig_urls.as_deref().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn every_item_is_checked() {
        let error = GetCosSigRequest::new([RawUrlItem::new(1, "https://a/b"), RawUrlItem::new(2, "")])
            .validate()
            .unwrap_err();
        assert_eq!(error.field(), "RawURLs[1].RawURL");
        assert_eq!(error.error_code(), Some(ErrorCode::InvalidJson));
        assert!(serde_json::from_str::<GetCosSigRequest>(r#"{"RawURLs":[{"RawURL":"x"}]}"#).is_err());
    }

    #[test]
    fn the_three_rows_are_im_cos_msg_calls() {
        for (path, method) in [
            ("v4/im_cos_msg/forbid_illegal_object", "forbid_illegal_object"),
            ("v4/im_cos_msg/allow_banned_object", "allow_banned_object"),
            ("v4/im_cos_msg/get_cos_sig", "get_cos_sig"),
        ] {
            let endpoint = crate::Endpoint::find(path).unwrap();
            assert_eq!(endpoint.service(), crate::Service::CosMsg);
            assert_eq!(endpoint.method(), method);
            assert!(endpoint.idempotent());
        }
        let receipt = crate::Endpoint::find("v4/group_open_http_svc/group_msg_receipt").unwrap();
        assert_eq!(receipt.service(), crate::Service::Group);
        assert!(!receipt.idempotent());
    }

    #[test]
    fn statuses_read_as_listed() {
        let mut url = PreSigUrl::new(3, "https://a/b?sign=1", 2);
        assert_eq!(url.file_status(), Some(CosFileStatus::Missing));
        url.status = Some(7);
        assert_eq!(url.file_status(), None);
    }
}
