//! The rich-media files of chat messages (`im_cos_msg`): which file URLs
//! are banned.
//!
//! The emulator stores no files (its clients upload none), so all it keeps
//! is the set of `RawURL`s `forbid_illegal_object` banned and
//! `allow_banned_object` has not allowed again, compared as exact strings.
//! Its lock is taken alone.

use std::collections::BTreeSet;
use std::sync::{Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};

/// The banned file URLs of the app.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct CosFiles(#[serde(with = "crate::snapshot::serde_with::locked")] Mutex<BTreeSet<String>>);

impl CosFiles {
    fn banned(&self) -> MutexGuard<'_, BTreeSet<String>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Bans `url` (banning it again changes nothing).
    pub(crate) fn ban(&self, url: &str) {
        self.banned().insert(url.to_owned());
    }

    /// Lifts the ban on `url` (a URL not banned changes nothing).
    pub(crate) fn allow(&self, url: &str) {
        self.banned().remove(url);
    }

    /// Whether `url` is banned.
    pub(crate) fn is_banned(&self, url: &str) -> bool {
        self.banned().contains(url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ban_lasts_until_allowed() {
        let files = CosFiles::default();
        assert!(!files.is_banned("https://a/b.png"));
        files.ban("https://a/b.png");
        files.ban("https://a/b.png");
        assert!(files.is_banned("https://a/b.png"));
        assert!(!files.is_banned("https://a/b.png?x=1"), "exact strings");
        files.allow("https://a/b.png");
        files.allow("https://a/never.png");
        assert!(!files.is_banned("https://a/b.png"));
    }
}
