//! The online member lists of audio-video groups (AVChatRoom): who is on
//! each list, since when, with which marks, and each group's administrators.
//!
//! The emulator has no client logins, and an AVChatRoom keeps no member list
//! (`add_group_member` refuses it, as documented): users join one from their
//! apps. So a group's online list holds exactly
//!
//! - the users who joined it as a client would, through
//!   `EmulatorHandle::join_avchatroom` (and are still in it: they leave with
//!   `EmulatorHandle::leave_avchatroom` or a ban), and
//! - its robots: users with the mark 500 (`add_robots`, or `modify_user_info`
//!   setting 500), listed whether or not they joined, as the pages say.
//!
//! Each entry keeps the order it came on the list (a position, never
//! reused), the time it did (`JoinTime`) and its marks; an entry goes, marks
//! and all, when its user is neither joined nor a robot. Administrators
//! (`modify_admin`) are kept apart: the page says one need not be in the
//! group and stays one after leaving.
//!
//! The lists live beside the group registry, behind a lock of their own,
//! keyed by the group's ID and position (`Group::position`, never reused),
//! so a destroyed group's list is never seen by a later group with its ID.
//! The lock order is the registry, then this store, then `bans`; handlers
//! may read users while they hold it.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};

/// The mark of a robot: always on the online list.
pub(crate) const ROBOT_MARK: u32 = 500;
/// The mark that hides a member from the online list unless asked for.
pub(crate) const HIDDEN_MARK: u32 = 600;

/// Every audio-video group's online list, behind its lock.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct AvRooms(
    #[serde(with = "crate::snapshot::serde_with::locked_pairs")] Mutex<HashMap<(String, u64), AvRoom>>,
);

impl AvRooms {
    /// Locks the store (taken over if a panic poisoned it: handlers change
    /// it only after their checks).
    pub(crate) fn lock(&self) -> MutexGuard<'_, HashMap<(String, u64), AvRoom>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// One audio-video group's online list and administrators.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct AvRoom {
    /// User names by position (the order they came on the list).
    order: BTreeMap<u64, String>,
    entries: HashMap<String, Entry>,
    last_position: u64,
    /// The administrators, in the order set.
    admins: Vec<String>,
}

/// One user on the online list.
#[derive(Debug, Serialize, Deserialize, Clone)]
pub(crate) struct Entry {
    position: u64,
    /// When the user came on the list (Unix seconds).
    pub(crate) join_time: u64,
    /// Whether the user joined (as opposed to being listed as a robot only).
    joined: bool,
    /// The user's marks, 500 for a robot.
    pub(crate) marks: BTreeSet<u32>,
}

impl Entry {
    /// Whether the entry carries the robot mark.
    pub(crate) fn is_robot(&self) -> bool {
        self.marks.contains(&ROBOT_MARK)
    }
}

impl AvRoom {
    fn entry_or_insert(&mut self, user: &str, now: u64) -> &mut Entry {
        if !self.entries.contains_key(user) {
            self.last_position += 1;
            self.order.insert(self.last_position, user.to_owned());
            self.entries.insert(
                user.to_owned(),
                Entry {
                    position: self.last_position,
                    join_time: now,
                    joined: false,
                    marks: BTreeSet::new(),
                },
            );
        }
        self.entries.get_mut(user).expect("just inserted")
    }

    /// Drops `user`'s entry if it is neither joined nor a robot.
    fn tidy(&mut self, user: &str) {
        if let Some(entry) = self.entries.get(user) {
            if !entry.joined && !entry.is_robot() {
                self.order.remove(&entry.position);
                self.entries.remove(user);
            }
        }
    }

    /// `user` joins at `now`; false if it had joined already.
    pub(crate) fn join(&mut self, user: &str, now: u64) -> bool {
        let entry = self.entry_or_insert(user, now);
        !std::mem::replace(&mut entry.joined, true)
    }

    /// `user` leaves (a robot stays listed); false if it had not joined.
    pub(crate) fn leave(&mut self, user: &str) -> bool {
        let left = self
            .entries
            .get_mut(user)
            .is_some_and(|entry| std::mem::replace(&mut entry.joined, false));
        self.tidy(user);
        left
    }

    /// Takes `user` off the list altogether, robot mark and all (a ban).
    pub(crate) fn remove(&mut self, user: &str) {
        if let Some(entry) = self.entries.remove(user) {
            self.order.remove(&entry.position);
        }
    }

    /// `user`'s entry, if it is on the list.
    pub(crate) fn entry(&self, user: &str) -> Option<&Entry> {
        self.entries.get(user)
    }

    /// The entries in list order, with their positions.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (u64, &str, &Entry)> {
        self.order
            .iter()
            .filter_map(|(&position, name)| self.entries.get(name).map(|entry| (position, name.as_str(), entry)))
    }

    /// The different marks the group's members carry, the preset 500 and
    /// 600 aside.
    pub(crate) fn custom_marks(&self) -> BTreeSet<u32> {
        self.entries
            .values()
            .flat_map(|entry| entry.marks.iter().copied())
            .filter(|&mark| mark != ROBOT_MARK && mark != HIDDEN_MARK)
            .collect()
    }

    /// Gives `user` (on the list) `marks`; a robot mark lists it for good.
    pub(crate) fn add_marks(&mut self, user: &str, marks: &[u32], now: u64) {
        self.entry_or_insert(user, now).marks.extend(marks);
    }

    /// Takes `marks` from `user`; the entry goes if nothing keeps it.
    pub(crate) fn remove_marks(&mut self, user: &str, marks: &[u32]) {
        if let Some(entry) = self.entries.get_mut(user) {
            for mark in marks {
                entry.marks.remove(mark);
            }
        }
        self.tidy(user);
    }

    /// The administrators, in the order set.
    pub(crate) fn admins(&self) -> &[String] {
        &self.admins
    }

    /// Makes `user` an administrator (once).
    pub(crate) fn add_admin(&mut self, user: &str) {
        if !self.admins.iter().any(|admin| admin == user) {
            self.admins.push(user.to_owned());
        }
    }

    /// Takes the administrator role from `user`.
    pub(crate) fn remove_admin(&mut self, user: &str) {
        self.admins.retain(|admin| admin != user);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_users_and_robots_are_listed_until_nothing_keeps_them() {
        let mut room = AvRoom::default();
        assert!(room.join("a", 10));
        assert!(!room.join("a", 11), "joined already");
        room.add_marks("bot", &[ROBOT_MARK], 12);
        room.add_marks("a", &[1000], 13);
        let names: Vec<_> = room.entries().map(|(_, name, _)| name).collect();
        assert_eq!(names, ["a", "bot"]);
        assert_eq!(room.entry("a").unwrap().join_time, 10);
        assert_eq!(room.custom_marks(), BTreeSet::from([1000]));

        // A robot that joins and leaves stays listed; a member who leaves goes.
        assert!(room.join("bot", 14));
        assert!(room.leave("bot"));
        assert!(room.entry("bot").is_some());
        assert!(room.leave("a"));
        assert!(room.entry("a").is_none(), "its marks go with it");
        room.remove_marks("bot", &[ROBOT_MARK]);
        assert!(room.entry("bot").is_none());

        room.join("c", 20);
        room.add_marks("c", &[ROBOT_MARK], 21);
        room.remove("c");
        assert!(room.entry("c").is_none(), "a ban takes the robot off too");
    }

    #[test]
    fn administrators_are_kept_apart() {
        let mut room = AvRoom::default();
        room.add_admin("x");
        room.add_admin("y");
        room.add_admin("x");
        assert_eq!(room.admins(), ["x", "y"]);
        room.remove_admin("x");
        assert_eq!(room.admins(), ["y"]);
        assert!(room.entries().next().is_none());
    }
}
