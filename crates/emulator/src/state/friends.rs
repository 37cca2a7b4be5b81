//! A user's relationship chain: its friends (one side of each friendship:
//! who is on *this* user's list), its blocklist and its friend lists
//! (`Tag_SNS_IM_Group` names). A friendship both ways is two entries, one
//! on each user's list, written one after the other under each user's own
//! lock (never both locks at once).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tim_protocol::sns::{AddSource, SnsValue};

/// One friend on a user's list, as added, imported or updated.
#[derive(Debug, Serialize, Deserialize, Clone, Default)]
pub(crate) struct Friend {
    pub(crate) remark: Option<String>,
    /// The friend lists the friend is in, in the order given.
    pub(crate) groups: Vec<String>,
    pub(crate) add_source: Option<AddSource>,
    pub(crate) add_wording: Option<String>,
    pub(crate) add_time: u64,
    /// Custom friend fields (`Tag_SNS_Custom_<key>`), by key.
    #[serde(with = "crate::snapshot::serde_with::sns_values")]
    pub(crate) custom: BTreeMap<String, SnsValue>,
}

/// What one user holds of the relationship chain. Friends and blocked users
/// are kept in UserID order, which is the order `friend_get` and
/// `black_list_get` page through.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct Friends {
    pub(crate) friends: BTreeMap<String, Friend>,
    /// Blocked users with the time they were blocked.
    pub(crate) blocked: BTreeMap<String, u64>,
    /// The friend lists, in creation order.
    pub(crate) groups: Vec<String>,
    /// Bumped on every change; reported as the replies' sequences.
    pub(crate) sequence: u64,
}

impl Friends {
    /// Whether `user` is on this user's friend list.
    pub(crate) fn has(&self, user: &str) -> bool {
        self.friends.contains_key(user)
    }

    /// Puts `user` on the list (replacing an older entry) and creates the
    /// friend lists it names.
    pub(crate) fn insert(&mut self, user: &str, friend: Friend) {
        for group in &friend.groups {
            self.add_group(group);
        }
        self.friends.insert(user.to_owned(), friend);
        self.sequence += 1;
    }

    /// Takes `user` off the list; whether it was there.
    pub(crate) fn remove(&mut self, user: &str) -> bool {
        let removed = self.friends.remove(user).is_some();
        if removed {
            self.sequence += 1;
        }
        removed
    }

    /// Creates a friend list unless it exists; whether it was created.
    pub(crate) fn add_group(&mut self, name: &str) -> bool {
        if self.groups.iter().any(|group| group == name) {
            return false;
        }
        self.groups.push(name.to_owned());
        self.sequence += 1;
        true
    }

    /// Deletes a friend list and takes every friend out of it.
    pub(crate) fn delete_group(&mut self, name: &str) {
        self.groups.retain(|group| group != name);
        for friend in self.friends.values_mut() {
            friend.groups.retain(|group| group != name);
        }
        self.sequence += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_follow_friends_and_deletion() {
        let mut friends = Friends::default();
        let friend = Friend {
            groups: vec!["a".into(), "b".into()],
            ..Friend::default()
        };
        friends.insert("x", friend);
        assert_eq!(friends.groups, ["a", "b"]);
        assert!(!friends.add_group("a"));
        friends.delete_group("a");
        assert_eq!(friends.groups, ["b"]);
        assert_eq!(friends.friends["x"].groups, ["b"]);
        assert!(friends.remove("x"));
        assert!(!friends.remove("x"));
        assert!(!friends.has("x"));
        assert!(friends.sequence >= 4);
    }
}
