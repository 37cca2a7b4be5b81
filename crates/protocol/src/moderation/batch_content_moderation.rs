//! `v4/im_msg_audit/batch_content_moderation`: moderate up to 10 texts and
//! images on demand.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::content_moderation::audit_name;
use super::verdict::{ModerationContentType, ModerationVerdict};
use crate::limits::{BATCH_MODERATION_CONTENTS_MAX, MODERATION_CONTENT_MAX_BYTES};
use crate::validation::{check, Rule, ValidationError};
use crate::{Envelope, ErrorCode};

/// The request of `batch_content_moderation`
/// (<https://www.tencentcloud.com/document/product/1047/77828>; Chinese
/// page 269/100243): 1 to 10 texts and images (`Contents`, each with a
/// distinct `ContentId`), judged by the moderation configuration
/// `AuditName`. Audio and video go to `content_moderation`. Served in
/// Singapore only.
///
/// Idempotent, as `content_moderation`.
///
/// ```
/// use tim_protocol::moderation::{BatchContentModerationRequest, ModerationContent};
///
/// let request = BatchContentModerationRequest::new(
///     "Group",
///     [ModerationContent::text(0, "abc123"), ModerationContent::image(1, "https://www.simple.com/1.jpg")],
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BatchContentModerationRequest {
    /// `AuditName`: the moderation configuration, as in
    /// [`ContentModerationRequest`](super::ContentModerationRequest).
    #[serde(rename = "AuditName")]
    pub audit_name: String,
    /// `Contents`: the items, 1 to 10.
    #[serde(rename = "Contents")]
    pub contents: Vec<ModerationContent>,
    /// `ExtSender`: who sent them.
    #[serde(rename = "ExtSender", default, skip_serializing_if = "Option::is_none")]
    pub ext_sender: Option<String>,
    /// `ExtReceiver`: who receives them.
    #[serde(rename = "ExtReceiver", default, skip_serializing_if = "Option::is_none")]
    pub ext_receiver: Option<String>,
}

impl BatchContentModerationRequest {
    /// Judges `contents` by the configuration `audit_name`.
    pub fn new(audit_name: impl Into<String>, contents: impl IntoIterator<Item = ModerationContent>) -> Self {
        Self {
            audit_name: audit_name.into(),
            contents: contents.into_iter().collect(),
            ext_sender: None,
            ext_receiver: None,
        }
    }

    /// Names the sender.
    pub fn ext_sender(mut self, sender: impl Into<String>) -> Self {
        self.ext_sender = Some(sender.into());
        self
    }

    /// Names the receiver.
    pub fn ext_receiver(mut self, receiver: impl Into<String>) -> Self {
        self.ext_receiver = Some(receiver.into());
        self
    }

    /// Checks: `AuditName` not empty; `Contents` 1 to 10, their `ContentId`s
    /// distinct, each `ContentType` `Text` or `Image` (a type the crate does
    /// not know is let through, for the service to judge), each `Content`
    /// 1 byte to 8 KB.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        audit_name(&self.audit_name)?;
        check::count("Contents", self.contents.len(), 1, BATCH_MODERATION_CONTENTS_MAX, None)?;
        let mut ids = HashSet::new();
        for (index, item) in self.contents.iter().enumerate() {
            if !ids.insert(item.content_id) {
                return Err(ValidationError::new(
                    format!("Contents[{index}].ContentId"),
                    Rule::BadFormat("distinct from the other items' ContentId"),
                ));
            }
            if matches!(
                item.content_type,
                ModerationContentType::Audio | ModerationContentType::Video
            ) {
                return Err(ValidationError::new(
                    format!("Contents[{index}].ContentType"),
                    Rule::BadFormat("Text or Image (audio and video go to content_moderation)"),
                ));
            }
            check::text(
                || format!("Contents[{index}].Content"),
                &item.content,
                MODERATION_CONTENT_MAX_BYTES,
            )?;
        }
        Ok(())
    }
}

/// One `Contents` item: a text or an image's URL, with its ID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ModerationContent {
    /// `ContentId`: the item's ID, distinct within the request; the reply's
    /// items carry it back.
    #[serde(rename = "ContentId")]
    pub content_id: i64,
    /// `ContentType`: `Text` or `Image`.
    #[serde(rename = "ContentType")]
    pub content_type: ModerationContentType,
    /// `Content`: the text, or the image's URL; at most 8 KB.
    #[serde(rename = "Content")]
    pub content: String,
}

impl ModerationContent {
    /// The text `text`, with the ID `id`.
    pub fn text(id: i64, text: impl Into<String>) -> Self {
        Self {
            content_id: id,
            content_type: ModerationContentType::Text,
            content: text.into(),
        }
    }

    /// The image at `url`, with the ID `id`.
    pub fn image(id: i64, url: impl Into<String>) -> Self {
        Self {
            content_id: id,
            content_type: ModerationContentType::Image,
            content: url.into(),
        }
    }
}

/// The reply of `batch_content_moderation`: one verdict per item.
///
/// The stored pages stop before the reply section; `AuditResults` and its
/// items' fields are the ones other server SDKs read.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BatchContentModerationResponse {
    /// `AuditResults`: one item per content.
    #[serde(rename = "AuditResults", default, skip_serializing_if = "Option::is_none")]
    pub audit_results: Option<Vec<AuditResult>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(BatchContentModerationResponse);

impl BatchContentModerationResponse {
    /// A successful reply with `results`.
    pub fn new(results: impl IntoIterator<Item = AuditResult>) -> Self {
        Self {
            audit_results: Some(results.into_iter().collect()),
            envelope: Envelope::ok(),
        }
    }

    /// The verdict of the item `content_id`, if the reply has it.
    pub fn result(&self, content_id: i64) -> Option<&AuditResult> {
        self.audit_results
            .as_deref()?
            .iter()
            .find(|item| item.content_id == content_id)
    }
}

/// One `AuditResults` item: the verdict of one content, or why it has none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AuditResult {
    /// `ContentId`: the request item's ID.
    #[serde(rename = "ContentId")]
    pub content_id: i64,
    /// `ErrorCode`: 0 when the item was judged.
    #[serde(rename = "ErrorCode", default)]
    pub error_code: ErrorCode,
    /// `ErrorInfo`: why it was not, empty when it was.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
    /// The verdict (`Result`, `Score`, `Label`, `Keywords`).
    #[serde(flatten)]
    pub verdict: ModerationVerdict,
    /// `SubLabel`: the second-level category, if any.
    #[serde(rename = "SubLabel", default, skip_serializing_if = "Option::is_none")]
    pub sub_label: Option<String>,
    /// `RequestId`: this item's moderation ID.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl AuditResult {
    /// The item `content_id`, judged `verdict`.
    pub fn new(content_id: i64, verdict: ModerationVerdict) -> Self {
        Self {
            content_id,
            error_code: ErrorCode::Success,
            error_info: Some(String::new()),
            verdict,
            sub_label: None,
            request_id: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_names_its_field() {
        let items = |n: i64| (0..n).map(|i| ModerationContent::text(i, "t")).collect::<Vec<_>>();
        assert!(BatchContentModerationRequest::new("Group", items(10))
            .validate()
            .is_ok());
        let over = BatchContentModerationRequest::new("Group", items(11))
            .validate()
            .unwrap_err();
        assert_eq!(over.field(), "Contents");
        assert_eq!(over.rule(), &Rule::TooMany { max: 10, actual: 11 });
        assert_eq!(over.error_code(), Some(ErrorCode::AuditParameterInvalid));
        let none = BatchContentModerationRequest::new("Group", items(0))
            .validate()
            .unwrap_err();
        assert_eq!(none.rule(), &Rule::TooFew { min: 1, actual: 0 });
        let twice = BatchContentModerationRequest::new(
            "Group",
            [ModerationContent::text(1, "a"), ModerationContent::text(1, "b")],
        );
        assert_eq!(twice.validate().unwrap_err().field(), "Contents[1].ContentId");
        let mut audio = ModerationContent::text(2, "https://x/1.mp3");
        audio.content_type = ModerationContentType::Audio;
        let error = BatchContentModerationRequest::new("Group", [ModerationContent::text(1, "a"), audio])
            .validate()
            .unwrap_err();
        assert_eq!(error.field(), "Contents[1].ContentType");
        let empty = BatchContentModerationRequest::new("Group", [ModerationContent::text(1, "")]);
        assert_eq!(empty.validate().unwrap_err().field(), "Contents[0].Content");
        assert_eq!(
            BatchContentModerationRequest::new("", items(1))
                .validate()
                .unwrap_err()
                .field(),
            "AuditName"
        );
    }

    #[test]
    fn results_are_found_by_content_id() {
        let reply = BatchContentModerationResponse::new([
            AuditResult::new(0, ModerationVerdict::pass()),
            AuditResult::new(
                3,
                ModerationVerdict::block(super::super::KeywordLabel::Ad, ["x".to_owned()]),
            ),
        ]);
        assert!(reply.result(3).unwrap().verdict.is_blocked());
        assert!(reply.result(1).is_none());
        let json = serde_json::to_string(&reply).unwrap();
        assert_eq!(
            serde_json::from_str::<BatchContentModerationResponse>(&json).unwrap(),
            reply
        );
    }
}
