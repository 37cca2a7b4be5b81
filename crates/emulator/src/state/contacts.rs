//! One user's conversation groups and marks.
//!
//! A conversation is kept only while it has data: it is in a group, or it has
//! a standard or custom mark. When it loses the last of these it is
//! forgotten and its memory freed; if it gets data again, it goes to the end
//! of the order. Each conversation remembers its own groups and marks, so
//! reading one costs the same however many conversations the user touched
//! before, and a page of `get_contact_group` costs in proportion to the page.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use tim_protocol::recentcontact::{ContactInfo, GroupItem};
use tim_protocol::Conversation;

/// One user's conversation groups and the conversations with group or mark
/// data.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct ContactData {
    /// In creation order, which is also ascending ID order.
    groups: Vec<Group>,
    /// IDs are never reused, so a deleted group's ID never comes back.
    last_group_id: u64,
    /// The conversations with data.
    #[serde(with = "crate::snapshot::serde_with::pairs")]
    contacts: FxHashMap<Conversation, Contact>,
    /// The same conversations by position: the order they got data in.
    order: BTreeMap<u64, Conversation>,
    last_position: u64,
}

/// A conversation's data.
#[derive(Debug, Serialize, Deserialize)]
struct Contact {
    /// Its key in [`ContactData::order`]; positions start at 1.
    position: u64,
    /// Unix seconds of the last change to its groups or marks.
    changed: u64,
    marks: Marks,
    /// The IDs of its groups, ascending.
    groups: Vec<u64>,
}

impl Contact {
    fn has_data(&self) -> bool {
        !self.groups.is_empty() || self.marks.standard != 0 || self.marks.custom.is_some()
    }
}

/// A conversation's marks.
#[derive(Debug, Serialize, Deserialize, Default, Clone, PartialEq, Eq)]
pub(crate) struct Marks {
    /// Standard-mark bits; bit 1 is the lowest.
    pub(crate) standard: u64,
    /// The custom mark; `None` when not set.
    pub(crate) custom: Option<String>,
}

/// A conversation group: a set of conversations kept in the order they were
/// added.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Group {
    pub(crate) id: u64,
    pub(crate) name: String,
    members: BTreeMap<u64, Conversation>,
    #[serde(with = "crate::snapshot::serde_with::pairs")]
    index: FxHashMap<Conversation, u64>,
    last_position: u64,
}

impl Group {
    fn new(id: u64, name: String) -> Self {
        Self {
            id,
            name,
            members: BTreeMap::new(),
            index: FxHashMap::default(),
            last_position: 0,
        }
    }

    pub(crate) fn contains(&self, conversation: &Conversation) -> bool {
        self.index.contains_key(conversation)
    }

    pub(crate) fn len(&self) -> usize {
        self.index.len()
    }

    /// The members, in the order they were added.
    pub(crate) fn members(&self) -> impl Iterator<Item = &Conversation> {
        self.members.values()
    }

    pub(crate) fn item(&self) -> GroupItem {
        GroupItem::new(&self.name, self.id)
    }

    fn insert(&mut self, conversation: &Conversation) -> bool {
        if self.contains(conversation) {
            return false;
        }
        self.last_position += 1;
        self.index.insert(conversation.clone(), self.last_position);
        self.members.insert(self.last_position, conversation.clone());
        true
    }

    fn remove(&mut self, conversation: &Conversation) -> bool {
        let Some(position) = self.index.remove(conversation) else {
            return false;
        };
        self.members.remove(&position);
        shrink(&mut self.index);
        true
    }
}

/// Gives memory back once a map is mostly empty, so that a burst of adds
/// followed by removes leaves nothing behind.
fn shrink<K: std::hash::Hash + Eq, V>(map: &mut FxHashMap<K, V>) {
    if map.capacity() > 64 && map.len() * 4 < map.capacity() {
        map.shrink_to_fit();
    }
}

impl ContactData {
    /// The groups, in creation order.
    pub(crate) fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// The index of the group named `name`.
    pub(crate) fn find(&self, name: &str) -> Option<usize> {
        self.groups.iter().position(|group| group.name == name)
    }

    /// Creates an empty group with the next ID; its index.
    pub(crate) fn create_group(&mut self, name: String) -> usize {
        self.last_group_id += 1;
        self.groups.push(Group::new(self.last_group_id, name));
        self.groups.len() - 1
    }

    /// Renames the group at `index`.
    pub(crate) fn rename_group(&mut self, index: usize, name: String) -> &Group {
        let group = &mut self.groups[index];
        group.name = name;
        group
    }

    /// Deletes the group at `index`; its members lose it, and those left
    /// with no data are forgotten.
    pub(crate) fn delete_group(&mut self, index: usize) -> Group {
        let group = self.groups.remove(index);
        for conversation in group.members() {
            if let Some(contact) = self.contacts.get_mut(conversation) {
                contact.groups.retain(|id| *id != group.id);
            }
            self.settle(conversation);
        }
        group
    }

    /// Adds `conversation` to the group at `index` (the caller has checked
    /// the rules); a conversation already there is only stamped.
    pub(crate) fn add_to_group(&mut self, index: usize, conversation: &Conversation, now: u64) {
        let group = &mut self.groups[index];
        let id = group.id;
        let added = group.insert(conversation);
        let contact = self.entry(conversation, now);
        if added {
            let at = contact.groups.partition_point(|other| *other < id);
            contact.groups.insert(at, id);
        }
    }

    /// Removes `conversation` from the group at `index`; a conversation not
    /// there is only stamped, if it has data.
    pub(crate) fn remove_from_group(&mut self, index: usize, conversation: &Conversation, now: u64) {
        let group = &mut self.groups[index];
        let id = group.id;
        if group.remove(conversation) {
            if let Some(contact) = self.contacts.get_mut(conversation) {
                contact.groups.retain(|other| *other != id);
            }
            self.settle(conversation);
        }
        self.touch(conversation, now);
    }

    /// Stamps the conversation as changed at `now`, if it has data.
    pub(crate) fn touch(&mut self, conversation: &Conversation, now: u64) {
        if let Some(contact) = self.contacts.get_mut(conversation) {
            contact.changed = now;
        }
    }

    /// Changes the conversation's marks with `change`, stamped at `now`.
    pub(crate) fn mark(&mut self, conversation: &Conversation, now: u64, change: impl FnOnce(&mut Marks)) {
        change(&mut self.entry(conversation, now).marks);
        self.settle(conversation);
    }

    /// The conversation's entry, created at the end of the order if it has
    /// none, stamped as changed at `now`.
    fn entry(&mut self, conversation: &Conversation, now: u64) -> &mut Contact {
        if !self.contacts.contains_key(conversation) {
            self.last_position += 1;
            self.order.insert(self.last_position, conversation.clone());
            self.contacts.insert(
                conversation.clone(),
                Contact {
                    position: self.last_position,
                    changed: now,
                    marks: Marks::default(),
                    groups: Vec::new(),
                },
            );
        }
        let contact = self.contacts.get_mut(conversation).expect("the entry was just made");
        contact.changed = now;
        contact
    }

    /// Forgets the conversation if it has no data left.
    fn settle(&mut self, conversation: &Conversation) {
        if self
            .contacts
            .get(conversation)
            .is_some_and(|contact| !contact.has_data())
        {
            if let Some(contact) = self.contacts.remove(conversation) {
                self.order.remove(&contact.position);
            }
            shrink(&mut self.contacts);
        }
    }

    /// The conversation's group and mark data, or `None` if it has none.
    pub(crate) fn info(&self, conversation: &Conversation) -> Option<ContactInfo> {
        self.contacts
            .get(conversation)
            .map(|contact| info(conversation, contact))
    }

    /// Up to `size` conversations with data, from position `start` on (0 is
    /// the first), and the position of the next one if there are more.
    pub(crate) fn page(&self, start: u64, size: usize) -> (Vec<ContactInfo>, Option<u64>) {
        let mut positions = self.order.range(start..);
        let page = positions
            .by_ref()
            .take(size)
            .filter_map(|(_, conversation)| self.info(conversation))
            .collect();
        (page, positions.next().map(|(position, _)| *position))
    }

    /// How many conversations have data.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.contacts.len()
    }
}

fn info(conversation: &Conversation, contact: &Contact) -> ContactInfo {
    let mut info = ContactInfo::new(conversation.clone());
    info.contact_group_ids = contact.groups.clone();
    info.standard_mark = standard_mark_text(contact.marks.standard);
    info.custom_mark = contact.marks.custom.clone();
    info.timestamp = Some(contact.changed);
    info
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
    use super::*;

    #[test]
    fn standard_marks_read_from_bit_1() {
        assert_eq!(standard_mark_text(0), None);
        assert_eq!(standard_mark_text(0b100111).as_deref(), Some("111001"));
        assert_eq!(standard_mark_text(1 << 63).map(|t| t.len()), Some(64));
    }

    fn peer(i: usize) -> Conversation {
        Conversation::c2c(format!("peer-{i}"))
    }

    #[test]
    fn removed_conversations_are_freed() {
        let mut data = ContactData::default();
        let group = data.create_group("g".into());
        for round in 0..100 {
            for i in 0..1000 {
                data.add_to_group(group, &peer(round * 1000 + i), 1);
            }
            for i in 0..1000 {
                data.remove_from_group(group, &peer(round * 1000 + i), 2);
            }
        }
        assert_eq!(data.len(), 0);
        assert!(data.order.is_empty());
        assert!(data.contacts.capacity() <= 128, "{}", data.contacts.capacity());
        assert_eq!(data.groups[0].len(), 0);
        assert!(data.groups[0].members.is_empty());
        assert!(data.groups[0].index.capacity() <= 128);
        assert_eq!(data.page(0, 100), (Vec::new(), None));
    }

    #[test]
    fn marks_cleared_and_groups_deleted_free_their_conversations() {
        let mut data = ContactData::default();
        data.mark(&peer(1), 5, |marks| marks.standard = 0b11);
        data.mark(&peer(2), 5, |marks| marks.custom = Some("x".into()));
        let group = data.create_group("g".into());
        data.add_to_group(group, &peer(1), 6);
        data.add_to_group(group, &peer(3), 6);
        assert_eq!(data.len(), 3);
        data.mark(&peer(2), 7, |marks| marks.custom = None);
        assert_eq!(data.len(), 2);
        data.delete_group(0);
        assert_eq!(data.len(), 1, "peer 1 keeps its marks");
        assert_eq!(data.info(&peer(1)).unwrap().contact_group_ids, Vec::<u64>::new());
        assert_eq!(data.info(&peer(3)), None);
        assert_eq!(data.order.len(), 1);
    }

    #[test]
    fn a_page_starts_where_the_last_one_ended() {
        let mut data = ContactData::default();
        let group = data.create_group("g".into());
        for i in 0..10 {
            data.add_to_group(group, &peer(i), 1);
        }
        // Removing one between two reads moves nothing else.
        let (first, next) = data.page(0, 4);
        data.remove_from_group(group, &peer(1), 2);
        let (second, last) = data.page(next.unwrap(), 4);
        let (third, none) = data.page(last.unwrap(), 4);
        let names: Vec<_> = first
            .iter()
            .chain(&second)
            .chain(&third)
            .map(|info| info.conversation.clone())
            .collect();
        assert_eq!(names, (0..10).map(peer).collect::<Vec<_>>());
        assert_eq!((third.len(), none), (2, None));
    }
}
