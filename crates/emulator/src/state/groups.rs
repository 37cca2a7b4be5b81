//! The app's groups: profiles, members, mutes, messages and attributes.
//!
//! Groups live in one registry behind one lock, with an index of the groups
//! each user is in. The lock order is the registry first, then (through
//! [`super::State`]) a user: a handler may look at users while it holds the
//! registry, and nothing takes the registry while it holds a user.
//!
//! Every group has a position, counting up from 1 in creation order and
//! never reused: `get_appid_group_list` pages by it (its `Next` is the
//! position of the next group), so a group created or destroyed between two
//! pages moves no other group across a page boundary. Members keep a
//! position of their own in the same way, for `get_group_member_info`'s
//! `Next`.
//!
//! Beside the model: `group_failures` (the refusals about groups and
//! members), `group_fields` (a group's and a member's fields as requests
//! filter them), and `recent` (a group message on a member's recent list).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};
use tim_protocol::group::{AppDefinedData, GroupType, JoinOption, MemberRole, MsgFlag};
use tim_protocol::message::MsgBody;

use super::group_failures::{not_av, not_found};
use super::ids::base36;
use crate::failure::Failure;

/// The registry, behind its lock.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct Groups(#[serde(with = "crate::snapshot::serde_with::locked")] Mutex<Registry>);

impl Groups {
    /// Locks the registry. Handlers change a group only after all their
    /// checks, so a lock poisoned by a panic is taken over.
    pub(crate) fn lock(&self) -> MutexGuard<'_, Registry> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Every group of the app.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct Registry {
    groups: HashMap<String, Group>,
    /// Group IDs by position.
    order: BTreeMap<u64, String>,
    last_position: u64,
    /// How many IDs were generated: the counter behind `@TGS#` IDs.
    generated: u64,
    /// The positions of the groups each user is a member of.
    joined: HashMap<String, BTreeSet<u64>>,
}

/// A group's editable profile.
#[derive(Debug, Serialize, Deserialize, Clone)]
pub(crate) struct Profile {
    pub(crate) name: String,
    pub(crate) introduction: String,
    pub(crate) notification: String,
    pub(crate) face_url: String,
    pub(crate) max_member_num: u64,
    pub(crate) apply_join_option: JoinOption,
    pub(crate) invite_join_option: JoinOption,
    pub(crate) mute_all: bool,
    pub(crate) app_defined_data: Vec<AppDefinedData>,
    pub(crate) support_topic: Option<u8>,
}

/// One group.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Group {
    pub(crate) id: String,
    position: u64,
    pub(crate) kind: GroupType,
    pub(crate) profile: Profile,
    pub(crate) owner: Option<String>,
    pub(crate) create_time: u64,
    /// Counts profile changes, from 1 at creation.
    pub(crate) info_seq: u64,
    pub(crate) last_info_time: u64,
    /// Member names by position (join order).
    members: BTreeMap<u64, String>,
    index: HashMap<String, Member>,
    last_member_position: u64,
    /// Every message kept, by sequence number.
    messages: BTreeMap<u64, Message>,
    /// The sequence number of the last message; the next is one more.
    last_seq: u64,
    pub(crate) last_msg_time: u64,
    /// Muted users and the Unix time their mute ends.
    muted: HashMap<String, u64>,
    /// Custom attributes.
    pub(crate) attrs: BTreeMap<String, String>,
}

/// A member's data.
#[derive(Debug, Serialize, Deserialize, Clone)]
pub(crate) struct Member {
    position: u64,
    pub(crate) role: MemberRole,
    pub(crate) join_time: u64,
    pub(crate) name_card: String,
    pub(crate) msg_flag: MsgFlag,
    pub(crate) last_send_msg_time: u64,
    /// Messages not read yet.
    pub(crate) unread: u64,
    pub(crate) app_member_defined_data: Vec<AppDefinedData>,
}

impl Member {
    /// A member with `role`, joined at `join_time`.
    pub(crate) fn new(role: MemberRole, join_time: u64) -> Self {
        Self {
            position: 0,
            role,
            join_time,
            name_card: String::new(),
            msg_flag: MsgFlag::AcceptAndNotify,
            last_send_msg_time: 0,
            unread: 0,
            app_member_defined_data: Vec::new(),
        }
    }
}

/// A message of the history.
#[derive(Debug, Serialize, Deserialize, Clone)]
pub(crate) struct Message {
    /// `None` when the app administrator sent it without a `From_Account`.
    pub(crate) from: Option<String>,
    pub(crate) random: u32,
    pub(crate) time: u64,
    pub(crate) body: MsgBody,
    pub(crate) cloud_custom_data: Option<String>,
    /// 1 high to 4 lowest.
    pub(crate) priority: Option<u32>,
    pub(crate) recalled: bool,
    /// When the emulator stored it, on its clock: how long history is kept
    /// counts from here (an import's `SendTime` may be long past).
    pub(crate) stored_at: u64,
}

impl Group {
    /// A group with no members and no messages, created at `now`.
    pub(crate) fn new(id: String, kind: GroupType, profile: Profile, owner: Option<String>, now: u64) -> Self {
        Self {
            id,
            position: 0,
            kind,
            profile,
            owner,
            create_time: now,
            info_seq: 1,
            last_info_time: now,
            members: BTreeMap::new(),
            index: HashMap::new(),
            last_member_position: 0,
            messages: BTreeMap::new(),
            last_seq: 0,
            last_msg_time: 0,
            muted: HashMap::new(),
            attrs: BTreeMap::new(),
        }
    }

    /// The group's position: never reused, so it tells a group from a later
    /// one with the same ID (the permission groups are kept by it).
    pub(crate) fn position(&self) -> u64 {
        self.position
    }

    /// Whether the group is an audio-video group (no member list, no history).
    pub(crate) fn is_av(&self) -> bool {
        self.kind == GroupType::AvChatRoom
    }

    pub(crate) fn member(&self, user: &str) -> Option<&Member> {
        self.index.get(user)
    }

    pub(crate) fn member_mut(&mut self, user: &str) -> Option<&mut Member> {
        self.index.get_mut(user)
    }

    pub(crate) fn is_member(&self, user: &str) -> bool {
        self.index.contains_key(user)
    }

    pub(crate) fn member_count(&self) -> usize {
        self.index.len()
    }

    /// The members in join order, each with its position.
    pub(crate) fn members(&self) -> impl Iterator<Item = (u64, &str, &Member)> {
        self.members
            .iter()
            .filter_map(|(position, name)| self.index.get(name).map(|member| (*position, name.as_str(), member)))
    }

    /// The sequence number the next message gets.
    pub(crate) fn next_seq(&self) -> u64 {
        self.last_seq + 1
    }

    /// Notes a profile change at `now`.
    pub(crate) fn changed(&mut self, now: u64) {
        self.info_seq += 1;
        self.last_info_time = now;
    }

    /// The end of `user`'s mute, if it is muted at `now`.
    pub(crate) fn muted_until(&self, user: &str, now: u64) -> Option<u64> {
        self.muted.get(user).copied().filter(|&until| until > now)
    }

    /// Mutes `user` until `until`; 0 lifts the mute.
    pub(crate) fn mute(&mut self, user: &str, until: u64) {
        if until == 0 {
            self.muted.remove(user);
        } else {
            self.muted.insert(user.to_owned(), until);
        }
    }

    /// The users muted at `now`, in name order.
    pub(crate) fn muted(&self, now: u64) -> Vec<(&str, u64)> {
        let mut muted: Vec<_> = self
            .muted
            .iter()
            .filter(|(_, &until)| until > now)
            .map(|(user, &until)| (user.as_str(), until))
            .collect();
        muted.sort_unstable();
        muted
    }

    /// Adds `message` with the next sequence number. A `live` message (not
    /// an imported one) gives every member but the sender one more unread
    /// message. The sequence number.
    pub(crate) fn post(&mut self, message: Message, live: bool) -> u64 {
        self.last_seq += 1;
        self.last_msg_time = self.last_msg_time.max(message.time);
        for (name, member) in self.index.iter_mut().filter(|_| live) {
            if message.from.as_deref() == Some(name.as_str()) {
                member.last_send_msg_time = message.time;
            } else {
                member.unread += 1;
            }
        }
        self.messages.insert(self.last_seq, message);
        self.last_seq
    }

    /// The message `seq`, if it is kept.
    pub(crate) fn message_mut(&mut self, seq: u64) -> Option<&mut Message> {
        self.messages.get_mut(&seq)
    }

    /// The sequence number of the last message (0 before the first).
    pub(crate) fn last_seq(&self) -> u64 {
        self.last_seq
    }

    /// Deletes every message `sender` sent; how many.
    pub(crate) fn delete_from(&mut self, sender: &str) -> usize {
        let before = self.messages.len();
        self.messages
            .retain(|_, message| message.from.as_deref() != Some(sender));
        before - self.messages.len()
    }

    /// Up to `count` messages at or below `up_to` (the newest when `None`),
    /// newest first, recalled ones only if `with_recalled`; and whether no
    /// such message is left below the page.
    pub(crate) fn history(
        &self,
        up_to: Option<u64>,
        count: usize,
        with_recalled: bool,
    ) -> (Vec<(u64, &Message)>, bool) {
        self.history_kept(up_to, count, with_recalled, |_| true)
    }

    /// [`Self::history`] of the messages `kept` keeps (how long history is
    /// kept: `AppSettings::history_retention`).
    pub(crate) fn history_kept(
        &self,
        up_to: Option<u64>,
        count: usize,
        with_recalled: bool,
        kept: impl Fn(&Message) -> bool,
    ) -> (Vec<(u64, &Message)>, bool) {
        let mut visible = self
            .messages
            .range(..=up_to.unwrap_or(u64::MAX))
            .rev()
            .filter(|(_, message)| with_recalled || !message.recalled)
            .filter(|(_, message)| kept(message))
            .map(|(seq, message)| (*seq, message));
        let page: Vec<_> = visible.by_ref().take(count).collect();
        let finished = visible.next().is_none();
        (page, finished)
    }
}

impl Registry {
    /// The group `id`, or 10010.
    pub(crate) fn find(&self, id: &str) -> Result<&Group, Failure> {
        self.groups.get(id).ok_or_else(|| not_found(id))
    }

    /// The AVChatRoom `id`: 10010 if there is none, 10007 if it is of
    /// another type (for the calls that serve AVChatRooms only).
    pub(crate) fn find_av(&self, id: &str) -> Result<&Group, Failure> {
        let group = self.find(id)?;
        if group.is_av() {
            Ok(group)
        } else {
            Err(not_av(id))
        }
    }

    /// The group `id` to change, or 10010.
    pub(crate) fn find_mut(&mut self, id: &str) -> Result<&mut Group, Failure> {
        self.groups.get_mut(id).ok_or_else(|| not_found(id))
    }

    pub(crate) fn get(&self, id: &str) -> Option<&Group> {
        self.groups.get(id)
    }

    pub(crate) fn contains(&self, id: &str) -> bool {
        self.groups.contains_key(id)
    }

    /// A new group ID the service's way: `@TGS#` (`@TGS#_` for a
    /// Community), then a letter for the type and a counter in upper-case
    /// base 36, never one in use.
    pub(crate) fn generate_id(&mut self, kind: &GroupType) -> String {
        loop {
            self.generated += 1;
            let prefix = if *kind == GroupType::Community {
                "@TGS#_"
            } else {
                "@TGS#"
            };
            let letter = match kind {
                GroupType::Public => 'P',
                GroupType::ChatRoom | GroupType::Meeting => 'M',
                GroupType::AvChatRoom | GroupType::BChatRoom => 'A',
                GroupType::Community => 'C',
                _ => 'W',
            };
            // Padded to eight digits, so IDs look alike and sort by age.
            let id = format!("{prefix}{letter}{:0>8}", base36(self.generated));
            if !self.contains(&id) {
                return id;
            }
        }
    }

    /// Adds `group` (its ID is free) at the next position.
    pub(crate) fn insert(&mut self, mut group: Group) {
        self.last_position += 1;
        group.position = self.last_position;
        self.order.insert(self.last_position, group.id.clone());
        self.groups.insert(group.id.clone(), group);
    }

    /// Removes the group and its memberships.
    pub(crate) fn remove(&mut self, id: &str) -> Option<Group> {
        let group = self.groups.remove(id)?;
        self.order.remove(&group.position);
        for name in group.index.keys() {
            self.unindex(name, group.position);
        }
        Some(group)
    }

    fn unindex(&mut self, user: &str, position: u64) {
        if let Some(joined) = self.joined.get_mut(user) {
            joined.remove(&position);
            if joined.is_empty() {
                self.joined.remove(user);
            }
        }
    }

    /// Makes `user` a member of the group `id`; false if it already is one
    /// (or there is no such group).
    pub(crate) fn join(&mut self, id: &str, user: &str, mut member: Member) -> bool {
        let Some(group) = self.groups.get_mut(id) else {
            return false;
        };
        if group.index.contains_key(user) {
            return false;
        }
        group.last_member_position += 1;
        member.position = group.last_member_position;
        group.members.insert(member.position, user.to_owned());
        group.index.insert(user.to_owned(), member);
        self.joined.entry(user.to_owned()).or_default().insert(group.position);
        true
    }

    /// Takes `user` out of the group `id` (its mute goes too); false if it
    /// was not a member.
    pub(crate) fn leave(&mut self, id: &str, user: &str) -> bool {
        let Some(group) = self.groups.get_mut(id) else {
            return false;
        };
        let Some(member) = group.index.remove(user) else {
            return false;
        };
        group.members.remove(&member.position);
        group.muted.remove(user);
        let position = group.position;
        self.unindex(user, position);
        true
    }

    /// The groups from position `start` on that `keep` accepts, up to
    /// `limit`, and the position of the next accepted one if any.
    pub(crate) fn page(&self, start: u64, limit: usize, keep: impl Fn(&Group) -> bool) -> (Vec<&Group>, Option<u64>) {
        let mut groups = self
            .order
            .range(start..)
            .filter_map(|(_, id)| self.groups.get(id))
            .filter(|group| keep(group));
        let page = groups.by_ref().take(limit).collect();
        (page, groups.next().map(|group| group.position))
    }

    /// How many groups `keep` accepts.
    pub(crate) fn count(&self, keep: impl Fn(&Group) -> bool) -> usize {
        self.groups.values().filter(|group| keep(group)).count()
    }

    /// The groups `user` is a member of, in creation order.
    pub(crate) fn joined(&self, user: &str) -> impl Iterator<Item = &Group> {
        self.joined
            .get(user)
            .into_iter()
            .flatten()
            .filter_map(|position| self.order.get(position))
            .filter_map(|id| self.groups.get(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> Profile {
        Profile {
            name: "g".into(),
            introduction: String::new(),
            notification: String::new(),
            face_url: String::new(),
            max_member_num: 100,
            apply_join_option: JoinOption::FreeAccess,
            invite_join_option: JoinOption::FreeAccess,
            mute_all: false,
            app_defined_data: Vec::new(),
            support_topic: None,
        }
    }

    fn message(from: &str, time: u64) -> Message {
        Message {
            from: Some(from.into()),
            random: 0,
            time,
            body: Vec::new(),
            cloud_custom_data: None,
            priority: None,
            recalled: false,
            stored_at: time,
        }
    }

    #[test]
    fn ids_are_generated_unique_and_prefixed() {
        let mut registry = Registry::default();
        let a = registry.generate_id(&GroupType::Public);
        let b = registry.generate_id(&GroupType::Public);
        assert_ne!(a, b);
        assert_eq!(a, "@TGS#P00000001");
        assert!(registry.generate_id(&GroupType::Community).starts_with("@TGS#_C"));
    }

    #[test]
    fn memberships_are_indexed_and_forgotten_with_the_group() {
        let mut registry = Registry::default();
        for id in ["a", "b", "c"] {
            registry.insert(Group::new(id.into(), GroupType::Work, profile(), None, 1));
            assert!(registry.join(id, "u", Member::new(MemberRole::Member, 1)));
        }
        assert!(!registry.join("a", "u", Member::new(MemberRole::Member, 1)));
        let ids = |r: &Registry| r.joined("u").map(|g| g.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&registry), ["a", "b", "c"]);
        registry.remove("b");
        assert!(registry.leave("c", "u"));
        assert!(!registry.leave("c", "u"));
        assert_eq!(ids(&registry), ["a"]);
        registry.remove("a");
        assert!(registry.joined.is_empty());
    }

    #[test]
    fn sequence_numbers_rise_from_1_and_history_skips_recalled() {
        let mut group = Group::new("g".into(), GroupType::Work, profile(), None, 1);
        assert_eq!(group.next_seq(), 1);
        let seqs: Vec<u64> = (0..5).map(|n| group.post(message("a", 10 + n), true)).collect();
        assert_eq!(seqs, [1, 2, 3, 4, 5]);
        group.message_mut(4).unwrap().recalled = true;
        let (page, finished) = group.history(None, 2, false);
        assert_eq!(page.iter().map(|(seq, _)| *seq).collect::<Vec<_>>(), [5, 3]);
        assert!(!finished);
        let (page, finished) = group.history(Some(2), 2, false);
        assert_eq!(page.iter().map(|(seq, _)| *seq).collect::<Vec<_>>(), [2, 1]);
        assert!(finished);
        assert_eq!(group.delete_from("a"), 5);
        assert_eq!(group.next_seq(), 6, "deleting never reuses a number");
    }

    #[test]
    fn a_pages_next_is_the_next_groups_position() {
        let mut registry = Registry::default();
        for n in 0..5 {
            registry.insert(Group::new(format!("g{n}"), GroupType::Work, profile(), None, 1));
        }
        let (page, next) = registry.page(0, 2, |_| true);
        assert_eq!(page.len(), 2);
        registry.remove("g2");
        let (page, next) = registry.page(next.unwrap(), 2, |_| true);
        assert_eq!(page.iter().map(|g| g.id.as_str()).collect::<Vec<_>>(), ["g3", "g4"]);
        assert_eq!(next, None);
    }
}
