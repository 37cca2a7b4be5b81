//! What the group calls beyond the group model keep, group by group: a
//! Community's topics, the counters, which messages asked for read receipts
//! or carry extensions, the reads `group_msg_receipt` reported, and how far `clear_group_msg` cleared the history.
//!
//! They live beside the group registry, behind a lock of their own, keyed
//! by the group's ID and position (`Group::position`, never reused), as the
//! permission groups are: what a destroyed group kept is never seen by a
//! later group with the same ID. The lock order is the group registry
//! first, then this store; handlers check the group under the registry's
//! lock and keep it while they work here.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};

use super::counters::Counters;
use super::extensions::Extensions;
use super::groups::Group;
use super::topics::Topics;

/// Every group's extras, and the app's broadcast counter, behind one lock.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct GroupExtrasStore(#[serde(with = "crate::snapshot::serde_with::locked")] Mutex<Store>);

impl GroupExtrasStore {
    /// Locks the store (taken over if a panic poisoned it: handlers change
    /// it only after their checks).
    pub(crate) fn lock(&self) -> MutexGuard<'_, Store> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The locked store.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct Store {
    #[serde(with = "crate::snapshot::serde_with::pairs")]
    groups: HashMap<(String, u64), GroupExtras>,
    /// How many `send_broadcast_msg` calls succeeded: the last `MsgSeq`.
    pub(crate) broadcasts: u64,
}

impl Store {
    /// The extras of `group`, made empty the first time.
    pub(crate) fn of(&mut self, group: &Group) -> &mut GroupExtras {
        self.groups.entry((group.id.clone(), group.position())).or_default()
    }

    /// The extras of `group`, if it has any yet.
    pub(crate) fn get(&self, group: &Group) -> Option<&GroupExtras> {
        self.groups.get(&(group.id.clone(), group.position()))
    }
}

/// One group's extras.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct GroupExtras {
    /// A topic-enabled Community's topics.
    pub(crate) topics: Topics,
    /// The group counters.
    pub(crate) counters: Counters,
    /// The sequence numbers of the messages sent with `NeedReadReceipt` 1.
    pub(crate) receipts: BTreeSet<u64>,
    /// The reads reported through `group_msg_receipt`: sequence number →
    /// the members reported as having read that message.
    pub(crate) read_reports: BTreeMap<u64, BTreeSet<String>>,
    /// The extensions of the messages sent with `SupportMessageExtension` 1,
    /// by sequence number.
    pub(crate) extensions: BTreeMap<u64, Extensions>,
    /// `clear_group_msg`'s mark: the messages at or below it are cleared
    /// for the members' clients (0: nothing cleared).
    pub(crate) cleared_up_to: u64,
}
