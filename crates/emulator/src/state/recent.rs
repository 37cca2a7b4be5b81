//! One user's recent-conversation list, kept sorted so that a page is a
//! slice: pinned conversations and the others apart, each newest first,
//! conversations with the same message time in the order they were put.

use serde::{Deserialize, Serialize};
use tim_protocol::Conversation;

/// One entry of the recent-conversation list.
#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
pub(crate) struct Recent {
    pub(crate) conversation: Conversation,
    /// Unix seconds of the latest message.
    pub(crate) msg_time: u64,
    pub(crate) pinned: bool,
}

/// The list.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct RecentList {
    pinned: Vec<Recent>,
    others: Vec<Recent>,
}

impl RecentList {
    /// Puts `recent` on the list, replacing the conversation's entry if it
    /// is there.
    pub(crate) fn put(&mut self, recent: Recent) {
        self.remove(&recent.conversation);
        let list = if recent.pinned {
            &mut self.pinned
        } else {
            &mut self.others
        };
        let at = list.partition_point(|entry| entry.msg_time >= recent.msg_time);
        list.insert(at, recent);
    }

    /// Puts the conversation on the list for a message sent at `msg_time`:
    /// a conversation already there keeps its pin and moves to `msg_time`,
    /// unless it already shows a later message. Being the latest news, it
    /// goes before the conversations of the same second.
    pub(crate) fn touch(&mut self, conversation: &Conversation, msg_time: u64) {
        let existing = self
            .pinned
            .iter()
            .chain(&self.others)
            .find(|entry| entry.conversation == *conversation)
            .map(|entry| (entry.msg_time, entry.pinned));
        let (msg_time, pinned) = match existing {
            Some((time, pinned)) => (time.max(msg_time), pinned),
            None => (msg_time, false),
        };
        self.remove(conversation);
        let list = if pinned { &mut self.pinned } else { &mut self.others };
        let at = list.partition_point(|entry| entry.msg_time > msg_time);
        list.insert(
            at,
            Recent {
                conversation: conversation.clone(),
                msg_time,
                pinned,
            },
        );
    }

    /// Puts the group conversation `group_id` on the list at `msg_time`,
    /// keeping its pin if it is there: what a group message does to each
    /// member's list.
    pub(crate) fn put_group(&mut self, group_id: &str, msg_time: u64) {
        let conversation = Conversation::group(group_id);
        let pinned = self.pinned.iter().any(|entry| entry.conversation == conversation);
        self.put(Recent {
            conversation,
            msg_time,
            pinned,
        });
    }

    /// Takes the conversation off the list, if it is there.
    pub(crate) fn remove(&mut self, conversation: &Conversation) {
        self.pinned.retain(|entry| entry.conversation != *conversation);
        self.others.retain(|entry| entry.conversation != *conversation);
    }

    /// The pinned conversations, newest first.
    pub(crate) fn pinned(&self) -> &[Recent] {
        &self.pinned
    }

    /// The other conversations, newest first.
    pub(crate) fn others(&self) -> &[Recent] {
        &self.others
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_ties_in_the_order_put_and_a_conversation_once() {
        let mut list = RecentList::default();
        let put = |list: &mut RecentList, name: &str, msg_time, pinned| {
            list.put(Recent {
                conversation: Conversation::c2c(name),
                msg_time,
                pinned,
            })
        };
        put(&mut list, "a", 100, false);
        put(&mut list, "b", 300, false);
        put(&mut list, "c", 100, false);
        put(&mut list, "p", 1, true);
        put(&mut list, "a", 200, false); // replaces
        let names: Vec<_> = list.others().iter().map(|r| r.conversation.clone()).collect();
        assert_eq!(
            names,
            [Conversation::c2c("b"), Conversation::c2c("a"), Conversation::c2c("c")]
        );
        assert_eq!(list.pinned().len(), 1);
        list.remove(&Conversation::c2c("p"));
        assert!(list.pinned().is_empty());
    }

    #[test]
    fn a_message_moves_its_conversation_up_and_keeps_its_pin() {
        let mut list = RecentList::default();
        list.put(Recent {
            conversation: Conversation::c2c("p"),
            msg_time: 10,
            pinned: true,
        });
        list.touch(&Conversation::c2c("a"), 100);
        list.touch(&Conversation::c2c("b"), 200);
        list.touch(&Conversation::c2c("a"), 300);
        list.touch(&Conversation::c2c("p"), 50);
        list.touch(&Conversation::c2c("b"), 150); // an older import does not move it back
        let names: Vec<_> = list
            .others()
            .iter()
            .map(|r| (r.conversation.clone(), r.msg_time))
            .collect();
        assert_eq!(names, [(Conversation::c2c("a"), 300), (Conversation::c2c("b"), 200)]);
        let pinned: Vec<_> = list
            .pinned()
            .iter()
            .map(|r| (r.conversation.clone(), r.msg_time))
            .collect();
        assert_eq!(pinned, [(Conversation::c2c("p"), 50)]);
    }
}
