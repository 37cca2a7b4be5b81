//! A map split into shards, each behind its own lock, with every value
//! behind a lock of its own: a request locks a shard only to find its
//! value, then works under that value's lock alone, so work on one value
//! never waits on another's. The users and the one-to-one conversations are
//! kept in one each.

use std::borrow::Borrow;
use std::hash::{BuildHasher, Hash};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

use rustc_hash::{FxBuildHasher, FxHashMap};

/// Shards of a map: enough that two busy values rarely share one.
const SHARDS: usize = 64;
const _: () = assert!(SHARDS.is_power_of_two());

/// The emulator's per-call maps hash with FxHash, not std's SipHash: every
/// call looks up its user, conversation and UserSig, and SipHash cost 3k of
/// a call's 47k instructions (callgrind, BENCHMARKS.md). FxHash resists no crafted keys (hash flooding); the
/// emulator is a test server, not one to face the internet.
type Shard<K, V> = RwLock<FxHashMap<K, Arc<Mutex<V>>>>;

/// The map.
#[derive(Debug)]
pub(crate) struct Sharded<K, V> {
    shards: Box<[Shard<K, V>]>,
}

impl<K, V> Default for Sharded<K, V> {
    fn default() -> Self {
        Self {
            shards: (0..SHARDS).map(|_| RwLock::default()).collect(),
        }
    }
}

/// Locks a value. A handler that panicked cannot leave a value half changed
/// (every change is made after all checks), so a poisoned lock is taken over
/// rather than failing every later request.
fn lock<V>(value: &Mutex<V>) -> MutexGuard<'_, V> {
    value.lock().unwrap_or_else(PoisonError::into_inner)
}

fn read<K, V>(shard: &Shard<K, V>) -> RwLockReadGuard<'_, FxHashMap<K, Arc<Mutex<V>>>> {
    shard.read().unwrap_or_else(PoisonError::into_inner)
}

fn write<K, V>(shard: &Shard<K, V>) -> RwLockWriteGuard<'_, FxHashMap<K, Arc<Mutex<V>>>> {
    shard.write().unwrap_or_else(PoisonError::into_inner)
}

impl<K: Hash + Eq, V: Default> Sharded<K, V> {
    fn shard<Q: Hash + ?Sized>(&self, key: &Q) -> &Shard<K, V> {
        // The shard's map indexes by the hash's low bits: the shard takes
        // the top bits of the hash spread by a multiplication, so the keys of
        // one shard do not share low bits. The shift keeps the index below
        // SHARDS (a power of two), so the cast cannot truncate.
        const SHARD_BITS: u32 = SHARDS.trailing_zeros();
        let spread = FxBuildHasher.hash_one(key).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let index = (spread >> (u64::BITS - SHARD_BITS)) as usize;
        &self.shards[index]
    }

    fn get<Q>(&self, key: &Q) -> Option<Arc<Mutex<V>>>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        read(self.shard(key)).get(key).cloned()
    }

    /// Runs `f` on the value of `key`, if there is one. The shard is locked
    /// only to find it; `f` runs under the value's lock alone.
    pub(crate) fn with<Q, T>(&self, key: &Q, f: impl FnOnce(&mut V) -> T) -> Option<T>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let value = self.get(key)?;
        let mut value = lock(&value);
        Some(f(&mut value))
    }

    /// Runs `f` on the value of `key`, creating it (the default) if there is
    /// none.
    pub(crate) fn with_or_insert<Q, T>(&self, key: &Q, f: impl FnOnce(&mut V) -> T) -> T
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ToOwned<Owned = K> + ?Sized,
    {
        let value = match self.get(key) {
            Some(value) => value,
            None => Arc::clone(write(self.shard(key)).entry(key.to_owned()).or_default()),
        };
        let mut value = lock(&value);
        f(&mut value)
    }

    /// Removes the value of `key` if `condition` holds for it; whether it
    /// did. The check and the removal happen under one lock of the shard.
    pub(crate) fn remove_if<Q>(&self, key: &Q, condition: impl FnOnce(&V) -> bool) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let mut shard = write(self.shard(key));
        let Some(value) = shard.get(key) else {
            return false;
        };
        if !condition(&lock(value)) {
            return false;
        }
        shard.remove(key);
        true
    }

    /// Every key, one shard at a time (each shard is read-locked in turn, so
    /// the list is not one instant's view of the whole map).
    pub(crate) fn keys(&self) -> Vec<K>
    where
        K: Clone,
    {
        self.shards
            .iter()
            .flat_map(|shard| read(shard).keys().cloned().collect::<Vec<_>>())
            .collect()
    }

    /// How many values each shard holds.
    #[cfg(test)]
    pub(crate) fn shard_sizes(&self) -> Vec<usize> {
        self.shards.iter().map(|shard| read(shard).len()).collect()
    }
}

/// Written as a list of `[key, value]` pairs (keys need not be strings),
/// each shard read-locked and each value locked in turn: a consistent view
/// needs the writers paused (the snapshot's gate, `crate::snapshot`).
impl<K: serde::Serialize, V: serde::Serialize> serde::Serialize for Sharded<K, V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(None)?;
        for shard in &self.shards {
            for (key, value) in read(shard).iter() {
                seq.serialize_element(&(key, &*lock(value)))?;
            }
        }
        seq.end()
    }
}

impl<'de, K, V> serde::Deserialize<'de> for Sharded<K, V>
where
    K: serde::Deserialize<'de> + Hash + Eq,
    V: serde::Deserialize<'de> + Default,
{
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = Self::default();
        for (key, value) in Vec::<(K, V)>::deserialize(deserializer)? {
            write(map.shard(&key)).insert(key, Arc::new(Mutex::new(value)));
        }
        Ok(map)
    }
}
