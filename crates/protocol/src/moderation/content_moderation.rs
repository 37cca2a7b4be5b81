//! `v4/im_msg_audit/content_moderation`: moderate one text, image, audio or
//! video on demand.

use serde::{Deserialize, Serialize};

use super::verdict::{ModerationContentType, ModerationVerdict};
use crate::limits::MODERATION_CONTENT_MAX_BYTES;
use crate::validation::{check, Rule, ValidationError};
use crate::Envelope;

/// The request of `content_moderation`
/// (<https://www.tencentcloud.com/document/product/1047/77827>): one content
/// (`Content`, at most 8 KB: the text, or the file's URL) of a type
/// (`ContentType`), judged by the moderation configuration `AuditName`
/// (`C2C`, `Group`, `UserInfo`, `GroupInfo`, `GroupMemberInfo`,
/// `RelationChain`, or the ID of a custom configuration). Text and images
/// are answered at once; audio and video by webhook later. Served in
/// Singapore only.
///
/// Idempotent: a judgement changes nothing (the same content is judged the
/// same while the word lists stay).
///
/// ```
/// use tim_protocol::moderation::{ContentModerationRequest, ContentModerationResponse, ModerationContentType};
///
/// let request = ContentModerationRequest::new("C2C", ModerationContentType::Text, "abc")
///     .ext_sender("sender_xx")
///     .ext_receiver("receiver_yy");
/// assert!(request.validate().is_ok());
///
/// let reply: ContentModerationResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","RequestId":"r1","Result":"Block","Score":100,
///         "Label":"Ad","Keywords":["abc"]}"#,
/// )
/// .unwrap();
/// assert!(reply.verdict.is_blocked());
/// assert_eq!(reply.verdict.keywords(), ["abc"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ContentModerationRequest {
    /// `AuditName`: the moderation configuration.
    #[serde(rename = "AuditName")]
    pub audit_name: String,
    /// `ContentType`: `Text`, `Image`, `Audio` or `Video`.
    #[serde(rename = "ContentType")]
    pub content_type: ModerationContentType,
    /// `Content`: the text, or the file's URL; at most 8 KB.
    #[serde(rename = "Content")]
    pub content: String,
    /// `ExtSender`: who sent it (a UserID or the app's own ID), for the
    /// console's statistics.
    #[serde(rename = "ExtSender", default, skip_serializing_if = "Option::is_none")]
    pub ext_sender: Option<String>,
    /// `ExtReceiver`: who receives it (a UserID, a GroupID or the app's
    /// own ID).
    #[serde(rename = "ExtReceiver", default, skip_serializing_if = "Option::is_none")]
    pub ext_receiver: Option<String>,
}

impl ContentModerationRequest {
    /// Judges `content` of type `content_type` by the configuration
    /// `audit_name`.
    pub fn new(audit_name: impl Into<String>, content_type: ModerationContentType, content: impl Into<String>) -> Self {
        Self {
            audit_name: audit_name.into(),
            content_type,
            content: content.into(),
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

    /// Checks: `AuditName` not empty; `Content` 1 byte to 8 KB. (The page's
    /// 5 MB for images is the image's, behind its URL.)
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        audit_name(&self.audit_name)?;
        check::text(|| "Content".to_owned(), &self.content, MODERATION_CONTENT_MAX_BYTES)
    }
}

/// `AuditName` is required: not empty.
pub(super) fn audit_name(name: &str) -> Result<(), ValidationError> {
    if name.is_empty() {
        return Err(ValidationError::new("AuditName", Rule::NotEmpty));
    }
    Ok(())
}

/// The reply of `content_moderation`: the verdict, and the request's ID.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ContentModerationResponse {
    /// `RequestId`: the request's identifier, for support.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The verdict (`Result`, `Score`, `Label`, `Keywords`).
    #[serde(flatten)]
    pub verdict: ModerationVerdict,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(ContentModerationResponse);

impl ContentModerationResponse {
    /// A successful reply with `verdict`, for the request `request_id`.
    pub fn new(request_id: impl Into<String>, verdict: ModerationVerdict) -> Self {
        Self {
            request_id: Some(request_id.into()),
            verdict,
            envelope: Envelope::ok(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn every_rule_names_its_field() {
        let text = |content: String| ContentModerationRequest::new("C2C", ModerationContentType::Text, content);
        assert!(text("a".repeat(MODERATION_CONTENT_MAX_BYTES)).validate().is_ok());
        let long = text("a".repeat(MODERATION_CONTENT_MAX_BYTES + 1))
            .validate()
            .unwrap_err();
        assert_eq!(long.field(), "Content");
        assert_eq!(
            long.rule(),
            &Rule::TooLong {
                max_bytes: 8192,
                actual: 8193
            }
        );
        assert_eq!(long.error_code(), Some(ErrorCode::AuditParameterInvalid));
        assert_eq!(text(String::new()).validate().unwrap_err().rule(), &Rule::NotEmpty);
        let unnamed = ContentModerationRequest::new("", ModerationContentType::Image, "https://x/1.jpg");
        assert_eq!(unnamed.validate().unwrap_err().field(), "AuditName");
    }

    #[test]
    fn the_verdict_and_the_envelope_share_the_object() {
        let reply = ContentModerationResponse::new("r", ModerationVerdict::pass());
        let json = serde_json::to_value(&reply).unwrap();
        assert_eq!(json["Result"], "Pass");
        assert_eq!(json["ActionStatus"], "OK");
        let back: ContentModerationResponse = serde_json::from_value(json).unwrap();
        assert_eq!(back, reply);
    }
}
