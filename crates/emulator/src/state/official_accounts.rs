//! The app's official accounts (`official_account_open_http_svc`): each
//! account's profile, its subscribers and the messages it broadcast. One
//! registry behind one lock, as the groups': an account's subscribers live
//! with the account, and a user's subscriptions are read by walking the
//! accounts (an emulator holds few).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};

use super::ids::base36;
use tim_protocol::limits::OFFICIAL_ACCOUNT_ID_PREFIX;
use tim_protocol::message::MsgBody;

/// The registry, behind its lock.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct OfficialAccounts(#[serde(with = "crate::snapshot::serde_with::locked")] Mutex<Registry>);

impl OfficialAccounts {
    /// Locks the registry. Handlers change it only after their checks, so a
    /// lock poisoned by a panic is taken over.
    pub(crate) fn lock(&self) -> MutexGuard<'_, Registry> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Every official account of the app, and every ID ever used.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct Registry {
    accounts: BTreeMap<String, OfficialAccount>,
    /// IDs of destroyed accounts: never given again (130008).
    destroyed: BTreeSet<String>,
    /// The number in the next ID the emulator picks.
    next_id: u64,
    /// Orders subscriptions made in the same second.
    next_subscription: u64,
}

impl Registry {
    /// The account `id`, if it exists (not destroyed).
    pub(crate) fn get(&self, id: &str) -> Option<&OfficialAccount> {
        self.accounts.get(id)
    }

    /// The account `id`, to change.
    pub(crate) fn get_mut(&mut self, id: &str) -> Option<&mut OfficialAccount> {
        self.accounts.get_mut(id)
    }

    /// Whether `id` belongs to an account, now or destroyed.
    pub(crate) fn is_taken(&self, id: &str) -> bool {
        self.accounts.contains_key(id) || self.destroyed.contains(id)
    }

    /// An ID of the service's form no account has had: `@TOA#_` and a
    /// number in base 36.
    pub(crate) fn fresh_id(&mut self) -> String {
        loop {
            self.next_id += 1;
            let id = format!("{OFFICIAL_ACCOUNT_ID_PREFIX}{}", base36(self.next_id));
            if !self.is_taken(&id) {
                return id;
            }
        }
    }

    /// Adds `account` under `id` (not taken: the caller checked).
    pub(crate) fn insert(&mut self, id: String, account: OfficialAccount) {
        self.accounts.insert(id, account);
    }

    /// Destroys `id`, with its subscribers and messages; whether it existed.
    pub(crate) fn destroy(&mut self, id: &str) -> bool {
        let existed = self.accounts.remove(id).is_some();
        if existed {
            self.destroyed.insert(id.to_owned());
        }
        existed
    }

    /// A number that orders a new subscription after every earlier one.
    pub(crate) fn subscription_order(&mut self) -> u64 {
        self.next_subscription += 1;
        self.next_subscription
    }

    /// The accounts `user` subscribes to, in the order the subscriptions
    /// were made.
    pub(crate) fn subscribed_by(&self, user: &str) -> Vec<(&str, &OfficialAccount, &Subscriber)> {
        let mut found: Vec<_> = self
            .accounts
            .iter()
            .filter_map(|(id, account)| account.subscribers.get(user).map(|sub| (id.as_str(), account, sub)))
            .collect();
        found.sort_by_key(|(_, _, sub)| sub.order);
        found
    }
}

/// One official account.
#[derive(Debug, Serialize, Deserialize, Clone)]
pub(crate) struct OfficialAccount {
    pub(crate) owner: String,
    pub(crate) name: String,
    pub(crate) introduction: Option<String>,
    pub(crate) face_url: Option<String>,
    pub(crate) organization: Option<String>,
    pub(crate) custom_string: Option<String>,
    pub(crate) max_subscribers: u32,
    pub(crate) create_time: u64,
    /// The time of its last message; 0 before any.
    pub(crate) last_msg_time: u64,
    /// Subscribers by UserID.
    pub(crate) subscribers: BTreeMap<String, Subscriber>,
    /// Its messages, by sequence number from 1 (index + 1).
    pub(crate) messages: Vec<AccountMessage>,
}

impl OfficialAccount {
    /// A new account with no subscribers and no messages.
    pub(crate) fn new(owner: String, name: String, max_subscribers: u32, now: u64) -> Self {
        Self {
            owner,
            name,
            introduction: None,
            face_url: None,
            organization: None,
            custom_string: None,
            max_subscribers,
            create_time: now,
            last_msg_time: 0,
            subscribers: BTreeMap::new(),
            messages: Vec::new(),
        }
    }

    /// The subscribers in the order they subscribed.
    pub(crate) fn subscribers_in_order(&self) -> Vec<(&str, &Subscriber)> {
        let mut list: Vec<_> = self
            .subscribers
            .iter()
            .map(|(user, sub)| (user.as_str(), sub))
            .collect();
        list.sort_by_key(|(_, sub)| sub.order);
        list
    }

    /// Stores a message sent at `time`; its sequence number and key.
    pub(crate) fn store(
        &mut self,
        random: u32,
        body: MsgBody,
        cloud_custom_data: Option<String>,
        time: u64,
    ) -> &AccountMessage {
        let seq = self.messages.len() as u64 + 1;
        self.messages.push(AccountMessage {
            seq,
            key: format!("{seq}_1_{time}"),
            random,
            time,
            body,
            cloud_custom_data,
            recalled: false,
        });
        self.last_msg_time = time;
        self.messages.last().expect("just pushed")
    }

    /// The message with key `key`, to change.
    pub(crate) fn message_mut(&mut self, key: &str) -> Option<&mut AccountMessage> {
        self.messages.iter_mut().find(|message| message.key == key)
    }
}

/// One user's subscription to an account.
#[derive(Debug, Serialize, Deserialize, Clone)]
pub(crate) struct Subscriber {
    /// When the user subscribed (Unix seconds).
    pub(crate) since: u64,
    /// Orders subscriptions of the same second.
    pub(crate) order: u64,
    pub(crate) custom_string: Option<String>,
}

/// One message an account broadcast.
#[derive(Debug, Serialize, Deserialize, Clone)]
pub(crate) struct AccountMessage {
    pub(crate) seq: u64,
    /// `{MsgSeq}_1_{MsgTimeStamp}`, the shape of the pages' samples.
    pub(crate) key: String,
    pub(crate) random: u32,
    pub(crate) time: u64,
    pub(crate) body: MsgBody,
    pub(crate) cloud_custom_data: Option<String>,
    pub(crate) recalled: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_fresh_and_destroyed_ones_stay_taken() {
        let mut registry = Registry::default();
        let first = registry.fresh_id();
        assert_eq!(first, "@TOA#_1");
        registry.insert(first.clone(), OfficialAccount::new("o".into(), "n".into(), 10, 5));
        assert!(registry.destroy(&first));
        assert!(!registry.destroy(&first));
        assert!(registry.is_taken(&first));
        assert!(registry.get(&first).is_none());
        assert_eq!(base36(36 * 36 + 35), "10Z");
    }

    #[test]
    fn messages_number_from_1_with_keys_of_the_samples_shape() {
        let mut account = OfficialAccount::new("o".into(), "n".into(), 10, 5);
        assert_eq!(account.store(7, vec![], None, 100).key, "1_1_100");
        assert_eq!(account.store(8, vec![], None, 100).seq, 2);
        assert_eq!(account.last_msg_time, 100);
        assert!(account.message_mut("2_1_100").is_some());
        assert!(account.message_mut("3_1_100").is_none());
    }
}
