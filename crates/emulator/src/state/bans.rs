//! The bans of audio-video groups (`ban_group_member`): who is banned from
//! which group, and until when by the emulator's clock.
//!
//! Kept beside the group registry, behind a lock of their own, keyed by the
//! group's ID and position (`Group::position`, never reused), like the
//! online lists of `av_members`. The lock order is the registry, then
//! `av_members`, then this store.
//!
//! A ban ends at the time it was given plus its `Duration`; an ended ban is
//! neither listed nor enforced (and is dropped the next time the group's
//! bans change). Each group's bans are listed in the order first given; a
//! ban given again keeps its place and takes the new end.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};

/// Every audio-video group's bans, behind their lock.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct Bans(
    #[serde(with = "crate::snapshot::serde_with::locked_pairs")] Mutex<HashMap<(String, u64), GroupBans>>,
);

impl Bans {
    /// Locks the store (taken over if a panic poisoned it: handlers change
    /// it only after their checks).
    pub(crate) fn lock(&self) -> MutexGuard<'_, HashMap<(String, u64), GroupBans>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// One group's bans: users and the Unix time each ban ends, in the order
/// given.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct GroupBans(Vec<(String, u64)>);

impl GroupBans {
    /// Bans `user` until `until`, dropping the bans that ended by `now`.
    pub(crate) fn ban(&mut self, user: &str, until: u64, now: u64) {
        self.0.retain(|(_, end)| *end > now);
        match self.0.iter_mut().find(|(name, _)| name == user) {
            Some(ban) => ban.1 = until,
            None => self.0.push((user.to_owned(), until)),
        }
    }

    /// Lifts `user`'s ban; whether there was one.
    pub(crate) fn unban(&mut self, user: &str) -> bool {
        let before = self.0.len();
        self.0.retain(|(name, _)| name != user);
        self.0.len() != before
    }

    /// The end of `user`'s ban, if banned at `now`.
    pub(crate) fn banned_until(&self, user: &str, now: u64) -> Option<u64> {
        self.0
            .iter()
            .find(|(name, end)| name == user && *end > now)
            .map(|(_, end)| *end)
    }

    /// The bans in force at `now`, in the order given.
    pub(crate) fn active(&self, now: u64) -> impl Iterator<Item = (&str, u64)> {
        self.0
            .iter()
            .filter(move |(_, end)| *end > now)
            .map(|(name, end)| (name.as_str(), *end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bans_end_on_the_clock_and_keep_their_order() {
        let mut bans = GroupBans::default();
        bans.ban("a", 100, 0);
        bans.ban("b", 50, 0);
        bans.ban("a", 200, 10);
        let active: Vec<_> = bans.active(10).collect();
        assert_eq!(active, [("a", 200), ("b", 50)]);
        assert_eq!(bans.banned_until("b", 49), Some(50));
        assert_eq!(bans.banned_until("b", 50), None, "ended");
        assert!(bans.unban("a"));
        assert!(!bans.unban("a"));
        assert_eq!(bans.active(0).count(), 1);
    }
}
