//! The app's chatbots (`openim_robot_http_svc`): which UserIDs are active
//! chatbots, which were deleted, and the streaming messages under way.
//!
//! A chatbot's account lives with the other users (`State::with_user`);
//! this registry only says which accounts are chatbots. Its lock is taken
//! alone, never while a user or a conversation is locked.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, PoisonError};

use serde::{Deserialize, Serialize};
use tim_protocol::limits::ROBOTS_PER_APP_MAX;
use tim_protocol::message::MsgKey;

/// The chatbots and their streams.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct Robots(#[serde(with = "crate::snapshot::serde_with::locked")] Mutex<Registry>);

#[derive(Debug, Serialize, Deserialize, Default)]
struct Registry {
    active: BTreeSet<String>,
    deleted: BTreeSet<String>,
    #[serde(with = "crate::snapshot::serde_with::pairs")]
    streams: HashMap<MsgKey, Stream>,
}

/// A streaming message not finished yet: who sends it to whom, its key's
/// parts and the text so far.
#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
pub(crate) struct Stream {
    pub(crate) from: String,
    pub(crate) to: String,
    pub(crate) seq: u32,
    pub(crate) random: u32,
    pub(crate) time: i64,
    pub(crate) text: String,
}

/// Why a chunk was refused.
#[derive(Debug, Serialize, Deserialize, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StreamRefusal {
    /// No stream under way has this key (never started, or finished).
    UnknownKey,
    /// The stream has another sender or recipient.
    OtherParties,
}

impl Robots {
    fn registry(&self) -> std::sync::MutexGuard<'_, Registry> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Makes `id` an active chatbot: `Ok(true)` if it was not one, `Ok(false)`
    /// if it was already (a repeat creates nothing), `Err(())` when the app
    /// has its 20 chatbots.
    pub(crate) fn create(&self, id: &str) -> Result<bool, ()> {
        let mut registry = self.registry();
        if registry.active.contains(id) {
            return Ok(false);
        }
        if registry.active.len() >= ROBOTS_PER_APP_MAX {
            return Err(());
        }
        registry.deleted.remove(id);
        registry.active.insert(id.to_owned());
        Ok(true)
    }

    /// Makes `id` invalid: `Some(true)` if it was active, `Some(false)` if it
    /// was deleted already, `None` if it never was a chatbot. Its streams
    /// under way end unsent.
    pub(crate) fn delete(&self, id: &str) -> Option<bool> {
        let mut registry = self.registry();
        if registry.active.remove(id) {
            registry.deleted.insert(id.to_owned());
            registry.streams.retain(|_, stream| stream.from != id);
            Some(true)
        } else {
            registry.deleted.contains(id).then_some(false)
        }
    }

    /// The active chatbots, in UserID order.
    pub(crate) fn list(&self) -> Vec<String> {
        self.registry().active.iter().cloned().collect()
    }

    /// Whether `id` is an active chatbot.
    pub(crate) fn is_active(&self, id: &str) -> bool {
        self.registry().active.contains(id)
    }

    /// Starts the stream `stream` under `key`.
    pub(crate) fn start(&self, key: MsgKey, stream: Stream) {
        self.registry().streams.insert(key, stream);
    }

    /// Appends `chunk` to the stream `key` of `from` to `to`; when `finish`,
    /// ends it and answers the whole message.
    pub(crate) fn append(
        &self,
        key: &MsgKey,
        from: &str,
        to: &str,
        chunk: &str,
        finish: bool,
    ) -> Result<Option<Stream>, StreamRefusal> {
        let mut registry = self.registry();
        let stream = registry.streams.get_mut(key).ok_or(StreamRefusal::UnknownKey)?;
        if stream.from != from || stream.to != to {
            return Err(StreamRefusal::OtherParties);
        }
        stream.text.push_str(chunk);
        Ok(if finish { registry.streams.remove(key) } else { None })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stream(text: &str) -> Stream {
        Stream {
            from: "@RBT#b".into(),
            to: "u".into(),
            seq: 1,
            random: 2,
            time: 3,
            text: text.into(),
        }
    }

    #[test]
    fn chatbots_are_created_once_listed_and_deleted() {
        let robots = Robots::default();
        assert_eq!(robots.create("@RBT#b"), Ok(true));
        assert_eq!(robots.create("@RBT#b"), Ok(false));
        assert_eq!(robots.create("@RBT#a"), Ok(true));
        assert_eq!(robots.list(), ["@RBT#a", "@RBT#b"]);
        assert_eq!(robots.delete("@RBT#b"), Some(true));
        assert_eq!(robots.delete("@RBT#b"), Some(false));
        assert_eq!(robots.delete("@RBT#never"), None);
        assert!(!robots.is_active("@RBT#b"));
        assert_eq!(
            robots.create("@RBT#b"),
            Ok(true),
            "a deleted chatbot can be created again"
        );
    }

    #[test]
    fn an_app_has_at_most_twenty() {
        let robots = Robots::default();
        for n in 0..ROBOTS_PER_APP_MAX {
            assert_eq!(robots.create(&format!("@RBT#{n}")), Ok(true));
        }
        assert_eq!(robots.create("@RBT#one_more"), Err(()));
        assert_eq!(robots.create("@RBT#0"), Ok(false), "a repeat is not a new one");
    }

    #[test]
    fn streams_grow_and_end() {
        let robots = Robots::default();
        let key = MsgKey::new("1_2_3");
        robots.start(key.clone(), stream("hello, "));
        assert_eq!(
            robots.append(&key, "@RBT#b", "v", "x", false),
            Err(StreamRefusal::OtherParties)
        );
        assert_eq!(robots.append(&key, "@RBT#b", "u", "wor", false), Ok(None));
        let done = robots.append(&key, "@RBT#b", "u", "ld", true).unwrap().unwrap();
        assert_eq!(done.text, "hello, world");
        assert_eq!(
            robots.append(&key, "@RBT#b", "u", "!", true),
            Err(StreamRefusal::UnknownKey)
        );
    }
}
