//! What the emulator remembers, user by user: the account, its conversation
//! groups and marks, its recent-conversation list.
//!
//! Users live in a map split into shards, each behind its own lock, and
//! every user sits behind a lock of its own (`sharded`): a request locks a
//! shard only to find its user, then works under that user's lock alone, so
//! one user's work never waits on another user's. Requests on the same user
//! are applied one after another, and none loses another's change.

pub(crate) mod av_members;
pub(crate) mod bans;
pub(crate) mod contacts;
pub(crate) mod cos_files;
pub(crate) mod counters;
pub(crate) mod extensions;
pub(crate) mod follows;
pub(crate) mod friends;
pub(crate) mod global_mute;
pub(crate) mod group_extras;
pub(crate) mod group_failures;
pub(crate) mod group_fields;
pub(crate) mod groups;
pub(crate) mod ids;
pub(crate) mod messages;
pub(crate) mod moderation;
pub(crate) mod official_accounts;
pub(crate) mod operations;
pub(crate) mod permission_groups;
pub(crate) mod profiles;
pub(crate) mod push;
pub(crate) mod receipts;
pub(crate) mod recent;
pub(crate) mod robots;
pub(crate) mod sharded;
pub(crate) mod topics;

use contacts::ContactData;
use follows::Follows;
use friends::Friends;
use global_mute::GlobalMute;
use messages::{Conversations, UserMessages};
use profiles::Profile;
use recent::RecentList;
use serde::{Deserialize, Serialize};
use sharded::Sharded;

/// Every user the emulator knows.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct State {
    users: Sharded<String, User>,
    /// The app's groups (locked before any user, never under one).
    pub(crate) groups: groups::Groups,
    /// The one-to-one conversations, shared by their two users.
    pub(crate) conversations: Conversations,
    /// The Communities' permission groups (locked after `groups`).
    pub(crate) permission_groups: permission_groups::PermissionGroups,
    /// The audio-video groups' online lists and administrators (locked
    /// after `groups`).
    pub(crate) av_rooms: av_members::AvRooms,
    /// The audio-video groups' bans (locked after `groups` and `av_rooms`).
    pub(crate) bans: bans::Bans,
    /// Each group's topics, counters, receipts, extensions and clear mark
    /// (locked after `groups`).
    pub(crate) group_extras: group_extras::GroupExtrasStore,
    /// The app's official accounts (locked before any user, never under one).
    pub(crate) official_accounts: official_accounts::OfficialAccounts,
    /// The app's chatbots and their streams (`openim_robot_http_svc`).
    pub(crate) robots: robots::Robots,
    /// The keyword library of cloud moderation (`im_msg_audit_mgr`).
    pub(crate) moderation: moderation::Moderation,
    /// The banned chat files (`im_cos_msg`; a leaf lock).
    pub(crate) cos_files: cos_files::CosFiles,
    /// The push feature's app-wide state (`all_member_push`, `timpush`),
    /// never locked while a user is.
    #[serde(with = "crate::snapshot::serde_with::locked")]
    pub(crate) push: std::sync::Mutex<push::Push>,
    /// The operations log: registrations, sent messages, archives
    /// (`getappinfo`, `get_history`; a leaf lock).
    pub(crate) operations: operations::Operations,
}

/// Everything known about one user. A user exists once imported, or once a
/// test seeded its recent list; deleting the account forgets all of it.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct User {
    /// `Some` while the account is imported.
    pub(crate) account: Option<Account>,
    /// Conversation groups and marks.
    pub(crate) contacts: ContactData,
    /// The recent-conversation list, as seeded through the handle.
    pub(crate) recent: RecentList,
    /// The peers of the user's one-to-one conversations.
    pub(crate) messages: UserMessages,
    /// Friends, blocklist and friend lists (`sns`).
    pub(crate) friends: Friends,
    /// Followings and followers (`follow`).
    pub(crate) follows: Follows,
    /// The global mutes (`openconfigsvr`).
    pub(crate) global_mute: GlobalMute,
}

/// An imported account's profile: the nickname and avatar URL as
/// `account_import` or `portrait_set` last set them (`portrait_get` reads
/// them as `Tag_Profile_IM_Nick` and `Tag_Profile_IM_Image`), and the other
/// fields.
#[derive(Debug, Serialize, Deserialize, Default, Clone)]
pub(crate) struct Account {
    pub(crate) nick: Option<String>,
    pub(crate) face_url: Option<String>,
    /// The other profile fields (`portrait_set`).
    pub(crate) profile: Profile,
}

impl State {
    /// Runs `f` on the user, if the emulator knows it. The shard is locked
    /// only to find the user; `f` runs under the user's lock alone.
    pub(crate) fn with_user<T>(&self, user_id: &str, f: impl FnOnce(&mut User) -> T) -> Option<T> {
        self.users.with(user_id, f)
    }

    /// Runs `f` on the user, creating it (with nothing) if it is not known.
    pub(crate) fn with_user_or_insert<T>(&self, user_id: &str, f: impl FnOnce(&mut User) -> T) -> T {
        self.users.with_or_insert(user_id, f)
    }

    /// Forgets the user if `condition` holds for it; whether it did. The
    /// check and the removal happen under one lock of the shard.
    pub(crate) fn remove_if(&self, user_id: &str, condition: impl FnOnce(&User) -> bool) -> bool {
        self.users.remove_if(user_id, condition)
    }

    /// Runs `f` on the user if its account is imported.
    pub(crate) fn with_account<T>(&self, user_id: &str, f: impl FnOnce(&mut User) -> T) -> Option<T> {
        self.with_user(user_id, |user| user.account.is_some().then(|| f(user)))
            .flatten()
    }

    /// Whether `user_id`'s account is imported.
    pub(crate) fn is_imported(&self, user_id: &str) -> bool {
        self.with_account(user_id, |_| ()).is_some()
    }

    /// Every imported account, in UserID order (a push's "all users"). Each
    /// user is locked in turn, none while another is.
    pub(crate) fn imported_accounts(&self) -> Vec<String> {
        let mut accounts: Vec<String> = self
            .users
            .keys()
            .into_iter()
            .filter(|user| self.is_imported(user))
            .collect();
        accounts.sort();
        accounts
    }

    /// Runs `f` on the push state (see its module for the lock order).
    pub(crate) fn with_push<T>(&self, f: impl FnOnce(&mut push::Push) -> T) -> T {
        f(&mut self.push.lock().unwrap_or_else(std::sync::PoisonError::into_inner))
    }

    /// How many users the emulator holds.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.users.shard_sizes().iter().sum()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    #[test]
    fn users_are_created_found_and_removed() {
        let state = State::default();
        assert_eq!(state.with_user("u", |_| ()), None, "reading does not create");
        state.with_user_or_insert("u", |user| user.account = Some(Account::default()));
        assert_eq!(state.with_user("u", |user| user.account.is_some()), Some(true));
        assert!(!state.remove_if("u", |user| user.account.is_none()));
        assert!(state.remove_if("u", |user| user.account.is_some()));
        assert!(!state.remove_if("u", |_| true));
        assert_eq!(state.len(), 0);
    }

    #[test]
    fn users_spread_over_the_shards() {
        // IDs as apps make them: a prefix and a counter.
        let state = State::default();
        for n in 0..6400 {
            state.with_user_or_insert(&format!("user_{n:04}"), |_| ());
        }
        let sizes = state.users.shard_sizes();
        // 100 a shard on average; a fair hash stays well within 50..200.
        assert!(sizes.iter().all(|&n| (50..200).contains(&n)), "{sizes:?}");
    }

    #[test]
    fn one_users_lock_does_not_hold_another_user() {
        let state = Arc::new(State::default());
        for user in ["a", "b"] {
            state.with_user_or_insert(user, |_| ());
        }
        // While "a" is locked (inside its closure), another thread works on
        // "b" to the end; were the lock shared, this would deadlock.
        state.with_user("a", |_| {
            let (other, (done, finished)) = (Arc::clone(&state), std::sync::mpsc::channel());
            std::thread::spawn(move || {
                other.with_user("b", |user| user.account = Some(Account::default()));
                let _ = done.send(());
            });
            finished
                .recv_timeout(std::time::Duration::from_secs(10))
                .expect("b's request does not wait on a's lock");
        });
        assert_eq!(state.with_user("b", |user| user.account.is_some()), Some(true));
    }
}
