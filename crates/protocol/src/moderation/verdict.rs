//! The verdict of on-demand moderation (`im_msg_audit`): the fields the
//! reply of `content_moderation` and each item of
//! `batch_content_moderation` share.

use serde::{Deserialize, Serialize};

use super::KeywordLabel;

crate::str_enum! {
    /// `ContentType`: what is sent for moderation.
    pub enum ModerationContentType {
        /// `Text`: the content is the text itself.
        Text = "Text",
        /// `Image`: the content is the image's URL.
        Image = "Image",
        /// `Audio`: the content is the file's URL; the verdict comes later,
        /// by webhook (`content_moderation` only).
        Audio = "Audio",
        /// `Video`: as `Audio`.
        Video = "Video",
    }
}

crate::str_enum! {
    /// `Result`: what the moderation suggests.
    pub enum ModerationSuggestion {
        /// `Pass`: nothing found.
        Pass = "Pass",
        /// `Review`: suspect; a person should look.
        Review = "Review",
        /// `Block`: a violation.
        Block = "Block",
    }
}

/// What moderation found in one content: the suggestion, how malicious it
/// looks (`Score` 0 to 100), the category (`Label`, the values of the
/// blocked words' categories) and the blocked words it contains.
///
/// The stored copies of the pages (1047/77827, 77828) stop before their
/// reply sections; these fields are the ones other server SDKs read
/// (`Result`, `Score`, `Label`, `Keywords`), so every one is optional.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ModerationVerdict {
    /// `Result`: `Pass`, `Review` or `Block`.
    #[serde(rename = "Result", default, skip_serializing_if = "Option::is_none")]
    pub result: Option<ModerationSuggestion>,
    /// `Score`: 0 to 100, higher for more malicious content.
    #[serde(rename = "Score", default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u32>,
    /// `Label`: the category found (`Normal` when none).
    #[serde(rename = "Label", default, skip_serializing_if = "Option::is_none")]
    pub label: Option<KeywordLabel>,
    /// `Keywords`: the blocked words found, when a word list (not a model)
    /// decided.
    #[serde(rename = "Keywords", default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<Vec<String>>,
}

impl ModerationVerdict {
    /// `Pass`, score 0, `Normal`, no words.
    pub fn pass() -> Self {
        Self {
            result: Some(ModerationSuggestion::Pass),
            score: Some(0),
            label: Some(KeywordLabel::Normal),
            keywords: None,
        }
    }

    /// `Block` for the words `keywords` of the category `label`, score 100.
    pub fn block(label: KeywordLabel, keywords: impl IntoIterator<Item = String>) -> Self {
        Self {
            result: Some(ModerationSuggestion::Block),
            score: Some(100),
            label: Some(label),
            keywords: Some(keywords.into_iter().collect()),
        }
    }

    /// Whether the suggestion is `Block`.
    pub fn is_blocked(&self) -> bool {
        self.result == Some(ModerationSuggestion::Block)
    }

    /// The blocked words found (none when the verdict lists none).
    pub fn keywords(&self) -> &[String] {
        self.keywords.as_deref().unwrap_or_default()
    }
}
