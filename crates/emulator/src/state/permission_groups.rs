//! The permission groups of Communities: their profiles, members and topic
//! permissions.
//!
//! They live beside the group registry, behind a lock of their own, keyed
//! by the Community's ID and position (`Group::position`, never reused):
//! the permission groups of a destroyed Community are never seen by a later
//! group with the same ID. The lock order is the group registry first, then
//! this store; handlers check the Community under the registry's lock and
//! keep it while they work here.
//!
//! Members are kept by name in the order added; a member who left the
//! Community is not counted or listed (the readers filter with the group's
//! member list), and comes back if it rejoins.

use super::ids::base36;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};

/// Every Community's permission groups, behind their lock.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct PermissionGroups(
    #[serde(with = "crate::snapshot::serde_with::locked_pairs")] Mutex<HashMap<(String, u64), Community>>,
);

impl PermissionGroups {
    /// Locks the store (taken over if a panic poisoned it: handlers change
    /// it only after their checks).
    pub(crate) fn lock(&self) -> MutexGuard<'_, HashMap<(String, u64), Community>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// One Community's permission groups.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct Community {
    /// Permission group IDs by position (creation order, never reused).
    order: BTreeMap<u64, String>,
    groups: HashMap<String, PermissionGroup>,
    last_position: u64,
    /// How many IDs were generated.
    generated: u64,
}

/// One permission group.
#[derive(Debug, Serialize, Deserialize, Clone, Default)]
pub(crate) struct PermissionGroup {
    position: u64,
    pub(crate) name: String,
    pub(crate) permission: u64,
    pub(crate) custom_string: String,
    /// Members by position (the order added), and their positions by name.
    members: BTreeMap<u64, String>,
    index: HashMap<String, u64>,
    last_member: u64,
    /// Topic ID → the permission bits in that topic.
    pub(crate) topics: BTreeMap<String, u64>,
}

impl PermissionGroup {
    /// A permission group with no members and no topic permissions yet.
    pub(crate) fn new(name: String, permission: u64, custom_string: String) -> Self {
        Self {
            name,
            permission,
            custom_string,
            ..Self::default()
        }
    }

    /// Adds `user`; false if it is a member already.
    pub(crate) fn add_member(&mut self, user: &str) -> bool {
        if self.index.contains_key(user) {
            return false;
        }
        self.last_member += 1;
        self.members.insert(self.last_member, user.to_owned());
        self.index.insert(user.to_owned(), self.last_member);
        true
    }

    /// Removes `user`; false if it was not a member.
    pub(crate) fn remove_member(&mut self, user: &str) -> bool {
        match self.index.remove(user) {
            Some(position) => {
                self.members.remove(&position);
                true
            }
            None => false,
        }
    }

    /// The members from position `start` on, in the order added, each with
    /// its position.
    pub(crate) fn members_from(&self, start: u64) -> impl Iterator<Item = (u64, &str)> {
        self.members
            .range(start..)
            .map(|(position, name)| (*position, name.as_str()))
    }
}

impl Community {
    /// A new permission group ID the service's way (`@PMG#_@PMG#c` and a
    /// counter in base 36), never one in use.
    pub(crate) fn generate_id(&mut self) -> String {
        loop {
            self.generated += 1;
            let id = format!("@PMG#_@PMG#c{}", base36(self.generated));
            if !self.groups.contains_key(&id) {
                return id;
            }
        }
    }

    pub(crate) fn contains(&self, id: &str) -> bool {
        self.groups.contains_key(id)
    }

    /// Adds `group` as `id` (free) at the next position.
    pub(crate) fn insert(&mut self, id: String, mut group: PermissionGroup) {
        self.last_position += 1;
        group.position = self.last_position;
        self.order.insert(self.last_position, id.clone());
        self.groups.insert(id, group);
    }

    pub(crate) fn remove(&mut self, id: &str) -> Option<PermissionGroup> {
        let group = self.groups.remove(id)?;
        self.order.remove(&group.position);
        Some(group)
    }

    pub(crate) fn get(&self, id: &str) -> Option<&PermissionGroup> {
        self.groups.get(id)
    }

    pub(crate) fn get_mut(&mut self, id: &str) -> Option<&mut PermissionGroup> {
        self.groups.get_mut(id)
    }

    /// Up to `limit` permission groups from position `start` on, in
    /// creation order, and the position of the next one if any.
    pub(crate) fn page(&self, start: u64, limit: usize) -> (Vec<(&str, &PermissionGroup)>, Option<u64>) {
        let mut rest = self
            .order
            .range(start..)
            .filter_map(|(_, id)| self.groups.get(id).map(|group| (id.as_str(), group)));
        let page = rest.by_ref().take(limit).collect();
        (page, rest.next().map(|(_, group)| group.position))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_follow_creation_order_and_ids_are_fresh() {
        let mut community = Community::default();
        let first = community.generate_id();
        assert_eq!(first, "@PMG#_@PMG#c1");
        community.insert(first.clone(), PermissionGroup::default());
        community.insert("@PMG#_mine".into(), PermissionGroup::default());
        community.insert("@PMG#_other".into(), PermissionGroup::default());
        let (page, next) = community.page(0, 2);
        let ids: Vec<&str> = page.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, [first.as_str(), "@PMG#_mine"]);
        let (page, next) = community.page(next.unwrap(), 2);
        assert_eq!(page.len(), 1);
        assert_eq!(next, None);
        community.remove("@PMG#_mine");
        assert!(!community.contains("@PMG#_mine"));
    }

    #[test]
    fn members_keep_the_order_added() {
        let mut group = PermissionGroup::default();
        assert!(group.add_member("b"));
        assert!(group.add_member("a"));
        assert!(!group.add_member("b"));
        assert!(group.remove_member("b"));
        assert!(!group.remove_member("b"));
        let names: Vec<&str> = group.members_from(0).map(|(_, name)| name).collect();
        assert_eq!(names, ["a"]);
    }
}
