//! Cloud moderation's keyword library (`im_msg_audit_mgr`) and the words
//! on-demand moderation (`im_msg_audit`) judges texts against.
//!
//! The emulated app has one library, [`LIBRARY_ID`], created with the
//! emulator; the words added to it are kept in the order they were added,
//! each with an ID counted from 1. Its lock is taken alone.

use std::collections::BTreeMap;
use std::sync::{Mutex, PoisonError};

use serde::{Deserialize, Serialize};
use tim_protocol::moderation::KeywordLabel;

/// The ID of the emulated app's one keyword library (the `LibID` of the
/// keyword calls), in the UUID form of the pages' samples.
pub(crate) const LIBRARY_ID: &str = "00000000-0000-4000-8000-000000000001";

/// The library's words.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct Moderation(#[serde(with = "crate::snapshot::serde_with::locked")] Mutex<Library>);

#[derive(Debug, Serialize, Deserialize, Default)]
struct Library {
    last_id: u64,
    /// ID → word, so in the order added.
    words: BTreeMap<u64, Word>,
}

/// A blocked word.
#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    pub(crate) id: u64,
    pub(crate) content: String,
    pub(crate) label: Option<KeywordLabel>,
    /// Unix seconds.
    pub(crate) created: u64,
}

impl Moderation {
    fn library(&self) -> std::sync::MutexGuard<'_, Library> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Adds `content` (at `now`): a word already there keeps its ID and
    /// time, and takes `label` if one is given.
    pub(crate) fn add(&self, content: &str, label: Option<KeywordLabel>, now: u64) {
        let mut library = self.library();
        if let Some(word) = library.words.values_mut().find(|word| word.content == content) {
            if label.is_some() {
                word.label = label;
            }
            return;
        }
        library.last_id += 1;
        let id = library.last_id;
        library.words.insert(
            id,
            Word {
                id,
                content: content.to_owned(),
                label,
                created: now,
            },
        );
    }

    /// Deletes `content`; its ID if it was there.
    pub(crate) fn delete(&self, content: &str) -> Option<u64> {
        let mut library = self.library();
        let id = library.words.values().find(|word| word.content == content)?.id;
        library.words.remove(&id);
        Some(id)
    }

    /// The words containing `search` (all when `None`), in the order added.
    pub(crate) fn words(&self, search: Option<&str>) -> Vec<Word> {
        self.library()
            .words
            .values()
            .filter(|word| search.is_none_or(|text| word.content.contains(text)))
            .cloned()
            .collect()
    }

    /// The words `text` contains, in the order added.
    pub(crate) fn found_in(&self, text: &str) -> Vec<Word> {
        self.library()
            .words
            .values()
            .filter(|word| text.contains(&word.content))
            .cloned()
            .collect()
    }
}

/// Unix seconds as `YYYY-MM-DD HH:MM:SS` in UTC, the pages' `CreateTime`
/// form (`2023-06-24 23:45:04`).
pub(crate) fn format_time(secs: u64) -> String {
    super::operations::utc_text(secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_added_once_searched_found_and_deleted() {
        let library = Moderation::default();
        library.add("spam", None, 10);
        library.add("eggs", Some(KeywordLabel::Ad), 11);
        library.add("spam", Some(KeywordLabel::Abuse), 12);
        let all = library.words(None);
        assert_eq!(all.len(), 2);
        assert_eq!(
            (all[0].id, all[0].created, all[0].label.clone()),
            (1, 10, Some(KeywordLabel::Abuse))
        );
        assert_eq!(library.words(Some("pa")).len(), 1);
        let found: Vec<_> = library
            .found_in("eggs and spam")
            .into_iter()
            .map(|w| w.content)
            .collect();
        assert_eq!(found, ["spam", "eggs"]);
        assert_eq!(library.delete("spam"), Some(1));
        assert_eq!(library.delete("spam"), None);
        library.add("spam", None, 13);
        assert_eq!(library.words(Some("spam"))[0].id, 3, "a word added again gets a new ID");
    }

    #[test]
    fn times_read_as_the_pages_write_them() {
        assert_eq!(format_time(0), "1970-01-01 00:00:00");
        assert_eq!(format_time(1_687_650_304), "2023-06-24 23:45:04");
        assert_eq!(format_time(951_782_400), "2000-02-29 00:00:00");
    }
}
