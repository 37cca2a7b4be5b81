//! One-to-one messages: every conversation between two users, its messages
//! in history order, who has read what, and each message's extension pairs.
//!
//! Conversations live in a map of their own, split into shards like the
//! users, each conversation behind its own lock. A request that touches a
//! conversation and its two users takes the conversation's lock first and
//! then each user's lock in turn, never the other way round and never two
//! users at once, so no two requests can wait on each other.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

pub(crate) use super::extensions::Extensions;
use super::sharded::Sharded;
use tim_protocol::message::{MsgBody, MsgKey};

/// The two users of a conversation, in name order.
type Pair = (String, String);

/// Every one-to-one conversation that holds a message.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct Conversations(Sharded<Pair, Conversation>);

fn pair(a: &str, b: &str) -> Pair {
    if a <= b {
        (a.to_owned(), b.to_owned())
    } else {
        (b.to_owned(), a.to_owned())
    }
}

impl Conversations {
    /// Runs `f` on the conversation between `a` and `b`, if it holds
    /// anything.
    pub(crate) fn with<T>(&self, a: &str, b: &str, f: impl FnOnce(&mut Conversation) -> T) -> Option<T> {
        self.0.with(&pair(a, b), f)
    }

    /// Runs `f` on the conversation between `a` and `b`, making it empty if
    /// there is none.
    pub(crate) fn with_or_insert<T>(&self, a: &str, b: &str, f: impl FnOnce(&mut Conversation) -> T) -> T {
        self.0.with_or_insert(&pair(a, b), f)
    }
}

/// Where a message sits in the history: by time, then `MsgSeq` (as the
/// service sorts one-to-one history), then arrival.
#[derive(Debug, Serialize, Deserialize, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Position {
    pub(crate) time: i64,
    pub(crate) seq: u32,
    arrival: u64,
}

impl Position {
    /// The order of arrival in the conversation (from 1).
    #[cfg_attr(not(feature = "console"), allow(dead_code))]
    pub(crate) fn arrival(&self) -> u64 {
        self.arrival
    }
}

/// One stored message.
#[derive(Debug, Serialize, Deserialize, Clone)]
pub(crate) struct Message {
    pub(crate) from: String,
    pub(crate) to: String,
    pub(crate) seq: u32,
    pub(crate) random: u32,
    pub(crate) time: i64,
    pub(crate) body: MsgBody,
    pub(crate) cloud_custom_data: Option<String>,
    /// Recalled with `admin_msgwithdraw` (`MsgFlagBits` 8).
    pub(crate) recalled: bool,
    /// Counted unread by its recipient until marked read.
    pub(crate) unread: bool,
    /// The recipient sent a read receipt for it (`c2c_msg_read_receipt`):
    /// `IsPeerRead` 1 in the history.
    pub(crate) peer_read: bool,
    /// Sent with `SyncOtherMachine` 2: not in the sender's history.
    pub(crate) hidden_from_sender: bool,
    /// `Some` when sent with `SupportMessageExtension` 1.
    pub(crate) extensions: Option<Extensions>,
    /// When the emulator stored it, on its clock: how long history is kept
    /// counts from here (an import's `MsgTimeStamp` may be long past).
    pub(crate) stored_at: u64,
}

impl Message {
    /// `{MsgSeq}_{MsgRandom}_{MsgTimeStamp}`, the documented shape.
    pub(crate) fn key(&self) -> MsgKey {
        msg_key(self.seq, self.random, self.time)
    }

    /// Whether `user` sees it in the history.
    pub(crate) fn visible_to(&self, user: &str) -> bool {
        !(self.hidden_from_sender && self.from == user && self.to != user)
    }
}

/// The `MsgKey` of a message.
pub(crate) fn msg_key(seq: u32, random: u32, time: i64) -> MsgKey {
    MsgKey::new(format!("{seq}_{random}_{time}"))
}

/// The messages between two users.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct Conversation {
    #[serde(with = "crate::snapshot::serde_with::pairs")]
    messages: BTreeMap<Position, Message>,
    /// `MsgKey` → the positions of the messages with that key.
    #[serde(with = "crate::snapshot::serde_with::pairs")]
    keys: HashMap<MsgKey, Vec<Position>>,
    arrivals: u64,
    /// Recipient → how many of the messages to them are unread.
    unread: HashMap<String, u64>,
    /// The messages deleted from one side's history
    /// (`delete_c2c_msg_ramble`): (position, the user who no longer sees it).
    deleted: BTreeSet<(Position, String)>,
}

impl Conversation {
    /// How many messages it holds.
    #[cfg(feature = "console")]
    pub(crate) fn len(&self) -> usize {
        self.messages.len()
    }

    /// Stores `message`; its position.
    pub(crate) fn insert(&mut self, message: Message) -> Position {
        self.arrivals += 1;
        let position = Position {
            time: message.time,
            seq: message.seq,
            arrival: self.arrivals,
        };
        if message.unread {
            *self.unread.entry(message.to.clone()).or_default() += 1;
        }
        self.keys.entry(message.key()).or_default().push(position);
        self.messages.insert(position, message);
        position
    }

    /// The messages with `key`, oldest first.
    pub(crate) fn find(&self, key: &MsgKey) -> impl Iterator<Item = (Position, &Message)> {
        self.keys
            .get(key)
            .into_iter()
            .flatten()
            .filter_map(|position| self.messages.get(position).map(|message| (*position, message)))
    }

    /// Deletes the messages with `key` from `user`'s side of the history
    /// (the other side still sees them); how many were still visible to
    /// `user`.
    pub(crate) fn delete_for(&mut self, user: &str, key: &MsgKey) -> usize {
        let positions: Vec<Position> = self.find(key).map(|(position, _)| position).collect();
        positions
            .into_iter()
            .filter(|position| self.deleted.insert((*position, user.to_owned())))
            .count()
    }

    /// Whether the message at `position` is in `user`'s history: not hidden
    /// from its sender, not deleted from `user`'s side.
    pub(crate) fn shows(&self, position: Position, message: &Message, user: &str) -> bool {
        message.visible_to(user) && !self.deleted.contains(&(position, user.to_owned()))
    }

    /// The message `key` that `from` sent to `to`.
    pub(crate) fn sent_mut(&mut self, from: &str, to: &str, key: &MsgKey) -> Option<&mut Message> {
        let (position, _) = self
            .find(key)
            .find(|(_, message)| message.from == from && message.to == to)?;
        self.messages.get_mut(&position)
    }

    /// The messages in `min_time..=max_time` before `before` (all when
    /// `None`), newest first.
    pub(crate) fn newest_first(
        &self,
        min_time: i64,
        max_time: i64,
        before: Option<Position>,
    ) -> impl Iterator<Item = (Position, &Message)> {
        let start = Position {
            time: min_time,
            seq: 0,
            arrival: 0,
        };
        let end = Position {
            time: max_time,
            seq: u32::MAX,
            arrival: u64::MAX,
        };
        let end = before.map_or(end, |before| before.min(end));
        let range = if start <= end {
            Some(self.messages.range(start..=end))
        } else {
            None
        };
        range
            .into_iter()
            .flatten()
            .rev()
            .filter(move |(position, _)| Some(**position) != before)
            .map(|(position, message)| (*position, message))
    }

    /// The position right before everything at (`time`, `seq`): a cursor
    /// for a key that names no stored message.
    pub(crate) fn cursor(time: i64, seq: u32) -> Position {
        Position { time, seq, arrival: 0 }
    }

    /// Marks the messages to `reader` at or before `time` read; how many
    /// changed.
    pub(crate) fn mark_read(&mut self, reader: &str, time: i64) -> u64 {
        let mut changed = 0;
        for message in self.messages.values_mut() {
            if message.to == reader && message.unread && message.time <= time {
                message.unread = false;
                changed += 1;
            }
        }
        if let Some(count) = self.unread.get_mut(reader) {
            *count -= changed.min(*count);
        }
        changed
    }

    /// Records `reader`'s read receipt for the message `key` from `from`: the
    /// sender sees it read, and it no longer counts as unread.
    pub(crate) fn mark_receipt(&mut self, from: &str, reader: &str, key: &MsgKey) {
        let Some(message) = self.sent_mut(from, reader, key) else {
            return;
        };
        message.peer_read = true;
        if std::mem::take(&mut message.unread) {
            if let Some(count) = self.unread.get_mut(reader) {
                *count = count.saturating_sub(1);
            }
        }
    }

    /// How many messages to `reader` are unread.
    pub(crate) fn unread(&self, reader: &str) -> u64 {
        self.unread.get(reader).copied().unwrap_or(0)
    }
}

/// What one user holds of the one-to-one conversations: the peers it has
/// messages with, so that totals need not look at everyone's.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct UserMessages {
    pub(crate) peers: BTreeSet<String>,
}

#[cfg(test)]
mod tests {
    use tim_protocol::message::MsgElement;

    use super::*;

    fn message(from: &str, to: &str, seq: u32, time: i64) -> Message {
        Message {
            from: from.into(),
            to: to.into(),
            seq,
            random: 7,
            time,
            body: vec![MsgElement::text(format!("{seq}"))],
            cloud_custom_data: None,
            recalled: false,
            unread: true,
            peer_read: false,
            hidden_from_sender: false,
            extensions: None,
            stored_at: 0,
        }
    }

    #[test]
    fn history_is_ordered_by_time_then_seq_and_pages_backwards() {
        let mut conversation = Conversation::default();
        conversation.insert(message("a", "b", 5, 200));
        conversation.insert(message("b", "a", 9, 100));
        conversation.insert(message("a", "b", 1, 200));
        conversation.insert(message("a", "b", 3, 300));
        let all: Vec<u32> = conversation
            .newest_first(0, i64::MAX, None)
            .map(|(_, m)| m.seq)
            .collect();
        assert_eq!(all, [3, 5, 1, 9]);
        let in_range: Vec<u32> = conversation.newest_first(100, 200, None).map(|(_, m)| m.seq).collect();
        assert_eq!(in_range, [5, 1, 9]);
        let (cursor, _) = conversation.find(&msg_key(1, 7, 200)).next().unwrap();
        let older: Vec<u32> = conversation
            .newest_first(0, 200, Some(cursor))
            .map(|(_, m)| m.seq)
            .collect();
        assert_eq!(older, [9]);
        // A cursor that names no message: everything before (time, seq).
        let older: Vec<u32> = conversation
            .newest_first(0, 200, Some(Conversation::cursor(200, 5)))
            .map(|(_, m)| m.seq)
            .collect();
        assert_eq!(older, [1, 9]);
        assert_eq!(conversation.newest_first(300, 200, None).count(), 0);
    }

    #[test]
    fn a_deletion_hides_a_message_from_one_side_only() {
        let mut conversation = Conversation::default();
        let position = conversation.insert(message("a", "b", 1, 100));
        let key = msg_key(1, 7, 100);
        assert_eq!(conversation.delete_for("a", &key), 1);
        assert_eq!(conversation.delete_for("a", &key), 0);
        assert_eq!(conversation.delete_for("a", &msg_key(2, 7, 100)), 0);
        let (_, stored) = conversation.find(&key).next().unwrap();
        assert!(!conversation.shows(position, stored, "a"));
        assert!(conversation.shows(position, stored, "b"));
    }

    #[test]
    fn reading_counts_down_the_readers_unread_only() {
        let mut conversation = Conversation::default();
        conversation.insert(message("a", "b", 1, 100));
        conversation.insert(message("a", "b", 2, 200));
        conversation.insert(message("b", "a", 3, 150));
        assert_eq!((conversation.unread("b"), conversation.unread("a")), (2, 1));
        assert_eq!(conversation.mark_read("b", 150), 1);
        assert_eq!((conversation.unread("b"), conversation.unread("a")), (1, 1));
        assert_eq!(conversation.mark_read("b", 150), 0, "already read");
        assert_eq!(conversation.mark_read("b", 1000), 1);
        assert_eq!(conversation.unread("b"), 0);
    }

    #[test]
    fn a_message_hidden_from_its_sender_is_seen_by_the_recipient_only() {
        let mut hidden = message("a", "b", 1, 100);
        hidden.hidden_from_sender = true;
        assert!(!hidden.visible_to("a"));
        assert!(hidden.visible_to("b"));
    }

    #[test]
    fn conversations_are_shared_by_both_users() {
        let conversations = Conversations::default();
        assert!(conversations.with("a", "b", |_| ()).is_none());
        conversations.with_or_insert("b", "a", |c| c.insert(message("a", "b", 1, 1)));
        assert_eq!(conversations.with("a", "b", |c| c.unread("b")), Some(1));
    }
}
