//! What the emulator remembers: imported accounts and each user's
//! conversation groups. One lock guards it all, so concurrent requests are
//! applied one after another and none loses another's change.

use std::collections::{HashMap, HashSet};

use tim_protocol::Conversation;

/// The whole state.
#[derive(Debug, Default)]
pub(crate) struct State {
    pub(crate) accounts: HashMap<String, Account>,
    pub(crate) users: HashMap<String, UserGroups>,
}

/// An imported account's profile.
#[derive(Debug, Default, Clone)]
pub(crate) struct Account {
    #[allow(dead_code)] // kept as imported; no API here reads profiles back
    pub(crate) nick: Option<String>,
    #[allow(dead_code)]
    pub(crate) face_url: Option<String>,
}

/// One user's conversation groups.
#[derive(Debug, Default)]
pub(crate) struct UserGroups {
    /// In creation order.
    pub(crate) groups: Vec<Group>,
    /// IDs are never reused, so a deleted group's ID never comes back.
    pub(crate) last_group_id: u64,
    /// When each conversation's group data last changed (Unix seconds).
    pub(crate) changed: HashMap<Conversation, u64>,
}

/// A conversation group: a set of conversations kept in the order they were
/// added.
#[derive(Debug)]
pub(crate) struct Group {
    pub(crate) id: u64,
    pub(crate) name: String,
    members: Vec<Conversation>,
    index: HashSet<Conversation>,
}

impl Group {
    pub(crate) fn new(id: u64, name: String) -> Self {
        Self {
            id,
            name,
            members: Vec::new(),
            index: HashSet::new(),
        }
    }

    pub(crate) fn contains(&self, conversation: &Conversation) -> bool {
        self.index.contains(conversation)
    }

    pub(crate) fn len(&self) -> usize {
        self.members.len()
    }

    pub(crate) fn members(&self) -> &[Conversation] {
        &self.members
    }

    /// Adds a conversation not yet in the group.
    pub(crate) fn insert(&mut self, conversation: Conversation) {
        if self.index.insert(conversation.clone()) {
            self.members.push(conversation);
        }
    }

    /// Removes a conversation; whether it was there.
    pub(crate) fn remove(&mut self, conversation: &Conversation) -> bool {
        let removed = self.index.remove(conversation);
        if removed {
            self.members.retain(|member| member != conversation);
        }
        removed
    }
}

impl UserGroups {
    pub(crate) fn find(&self, name: &str) -> Option<usize> {
        self.groups.iter().position(|group| group.name == name)
    }
}
