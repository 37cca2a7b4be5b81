//! What the emulator remembers: imported accounts and each user's
//! conversation groups. One lock guards it all, so concurrent requests are
//! applied one after another and none loses another's change.

use std::collections::{HashMap, HashSet};

use tim_protocol::recentcontact::ContactInfo;
use tim_protocol::Conversation;

/// The whole state.
#[derive(Debug, Default)]
pub(crate) struct State {
    pub(crate) accounts: HashMap<String, Account>,
    pub(crate) users: HashMap<String, ContactData>,
}

/// An imported account's profile, as `account_import` set it (tests read it
/// through the handle; no API served here returns it).
#[derive(Debug, Default, Clone)]
pub(crate) struct Account {
    pub(crate) nick: Option<String>,
    pub(crate) face_url: Option<String>,
}

/// One user's conversation groups and marks.
#[derive(Debug, Default)]
pub(crate) struct ContactData {
    /// In creation order.
    pub(crate) groups: Vec<Group>,
    /// IDs are never reused, so a deleted group's ID never comes back.
    pub(crate) last_group_id: u64,
    /// Conversations that have had group or mark data, with their marks.
    contacts: HashMap<Conversation, ContactMeta>,
    /// The same conversations, in the order they first got data.
    order: Vec<Conversation>,
    /// The recent-conversation list, as seeded through the handle.
    pub(crate) recent: Vec<Recent>,
}

/// One entry of the recent-conversation list.
#[derive(Debug, Clone)]
pub(crate) struct Recent {
    pub(crate) conversation: Conversation,
    /// Unix seconds of the latest message.
    pub(crate) msg_time: u64,
    pub(crate) pinned: bool,
}

/// A conversation's marks and when its data last changed.
#[derive(Debug, Default)]
pub(crate) struct ContactMeta {
    /// Unix seconds.
    pub(crate) changed: u64,
    /// Standard-mark bits; bit 1 is the lowest.
    pub(crate) standard: u64,
    pub(crate) custom: Option<String>,
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

impl ContactData {
    pub(crate) fn find(&self, name: &str) -> Option<usize> {
        self.groups.iter().position(|group| group.name == name)
    }

    /// The conversation's entry, stamped as changed at `now`.
    pub(crate) fn touch(&mut self, conversation: &Conversation, now: u64) -> &mut ContactMeta {
        if !self.contacts.contains_key(conversation) {
            self.order.push(conversation.clone());
        }
        let meta = self.contacts.entry(conversation.clone()).or_default();
        meta.changed = now;
        meta
    }

    /// The conversation's group and mark data, or `None` if it has none.
    pub(crate) fn info(&self, conversation: &Conversation) -> Option<ContactInfo> {
        let meta = self.contacts.get(conversation)?;
        let group_ids: Vec<u64> = self
            .groups
            .iter()
            .filter(|group| group.contains(conversation))
            .map(|group| group.id)
            .collect();
        if group_ids.is_empty() && meta.standard == 0 && meta.custom.is_none() {
            return None;
        }
        let mut info = ContactInfo::new(conversation.clone());
        info.contact_group_ids = group_ids;
        info.standard_mark = standard_mark_text(meta.standard);
        info.custom_mark = meta.custom.clone();
        info.timestamp = Some(meta.changed);
        Some(info)
    }

    /// Every conversation with group or mark data, in the order it first got some.
    pub(crate) fn infos(&self) -> Vec<ContactInfo> {
        self.order
            .iter()
            .filter_map(|conversation| self.info(conversation))
            .collect()
    }
}

/// The standard marks as the service shows them: one `0`/`1` character per
/// bit, bit 1 first, up to the highest bit set; `None` when none is set. (The
/// service does not document the encoding; its samples are strings like
/// `111001`.)
pub(crate) fn standard_mark_text(bits: u64) -> Option<String> {
    if bits == 0 {
        return None;
    }
    let highest = 64 - bits.leading_zeros();
    Some(
        (0..highest)
            .map(|bit| if bits & (1 << bit) != 0 { '1' } else { '0' })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::standard_mark_text;

    #[test]
    fn standard_marks_read_from_bit_1() {
        assert_eq!(standard_mark_text(0), None);
        assert_eq!(standard_mark_text(0b100111).as_deref(), Some("111001"));
        assert_eq!(standard_mark_text(1 << 63).map(|t| t.len()), Some(64));
    }
}
