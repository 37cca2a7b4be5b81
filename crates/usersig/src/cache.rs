//! A shared holder that hands out the current UserSig and re-signs only near
//! expiry.

use std::sync::{
    atomic::{AtomicU64, Ordering},
    PoisonError, RwLock,
};

use crate::{Signer, UserSig};

/// Default validity of the UserSigs the cache signs: 24 hours, the least the
/// service's documentation recommends.
pub const DEFAULT_VALIDITY_SECS: u64 = 24 * 60 * 60;

/// Default margin: re-sign when less than an hour of validity is left, so a
/// token never expires while a request carrying it is in flight.
pub const DEFAULT_MARGIN_SECS: u64 = 60 * 60;

#[derive(Clone)]
struct Entry {
    sig: UserSig,
    expires_at: u64,
}

/// Hands out a UserSig for one identifier, signing a new one only when the
/// current one is within `margin` of its expiry.
///
/// Thread-safe and meant to be shared (`Arc`): however many threads ask at
/// once, one validity window costs one signing. A cache hit takes a read lock
/// and clones an `Arc`.
///
/// ```
/// use std::sync::Arc;
/// use tim_usersig::{ManualClock, SecretKey, Signer, UserSigCache};
///
/// let clock = ManualClock::new(1_700_000_000);
/// let signer = Signer::new(1400000000, SecretKey::new("key").unwrap()).with_clock(Arc::new(clock.clone()));
/// let cache = UserSigCache::new(signer, "admin").validity_secs(3600).margin_secs(600);
///
/// let first = cache.get();
/// clock.advance(2000);
/// assert_eq!(cache.get(), first); // 1600 s left: still fresh
/// clock.advance(1000);
/// assert_ne!(cache.get(), first); // 600 s left: re-signed
/// assert_eq!(cache.signings(), 2);
/// ```
pub struct UserSigCache {
    signer: Signer,
    identifier: String,
    validity: u64,
    margin: u64,
    current: RwLock<Option<Entry>>,
    signings: AtomicU64,
}

impl UserSigCache {
    /// A cache signing for `identifier` with the default validity and margin.
    pub fn new(signer: Signer, identifier: impl Into<String>) -> Self {
        Self {
            signer,
            identifier: identifier.into(),
            validity: DEFAULT_VALIDITY_SECS,
            margin: DEFAULT_MARGIN_SECS,
            current: RwLock::new(None),
            signings: AtomicU64::new(0),
        }
    }

    /// Validity of each UserSig signed, in seconds (at least 1).
    pub fn validity_secs(mut self, secs: u64) -> Self {
        self.validity = secs.max(1);
        self
    }

    /// Re-sign when less than this many seconds of validity are left. A
    /// margin of half the validity or more is cut to half, so each token is
    /// used for at least half its life.
    pub fn margin_secs(mut self, secs: u64) -> Self {
        self.margin = secs;
        self
    }

    /// The identifier the cache signs for.
    pub fn identifier(&self) -> &str {
        &self.identifier
    }

    /// How many UserSigs the cache has signed so far.
    pub fn signings(&self) -> u64 {
        self.signings.load(Ordering::Relaxed)
    }

    fn margin(&self) -> u64 {
        self.margin.min(self.validity / 2)
    }

    fn fresh(&self, entry: &Entry, now: u64) -> bool {
        now.saturating_add(self.margin()) < entry.expires_at
    }

    /// The current UserSig, signing a new one if there is none or it is
    /// within the margin of expiry.
    pub fn get(&self) -> UserSig {
        let now = self.signer.clock().now();
        if let Some(entry) = self.current.read().unwrap_or_else(PoisonError::into_inner).as_ref() {
            if self.fresh(entry, now) {
                return entry.sig.clone();
            }
        }
        let mut current = self.current.write().unwrap_or_else(PoisonError::into_inner);
        // Another thread may have signed while this one waited for the lock.
        match current.as_ref() {
            Some(entry) if self.fresh(entry, now) => entry.sig.clone(),
            _ => self.sign_into(&mut current, now),
        }
    }

    /// Called when the service refused `rejected` as expired: signs a new
    /// UserSig unless another caller already replaced it, and returns the
    /// current one. Many callers refused at once cause one signing.
    pub fn renew(&self, rejected: &UserSig) -> UserSig {
        let now = self.signer.clock().now();
        let mut current = self.current.write().unwrap_or_else(PoisonError::into_inner);
        match current.as_ref() {
            Some(entry) if entry.sig != *rejected => entry.sig.clone(),
            _ => self.sign_into(&mut current, now),
        }
    }

    fn sign_into(&self, slot: &mut Option<Entry>, now: u64) -> UserSig {
        let sig = self.signer.sign_at(&self.identifier, self.validity, now);
        self.signings.fetch_add(1, Ordering::Relaxed);
        *slot = Some(Entry {
            sig: sig.clone(),
            expires_at: now.saturating_add(self.validity),
        });
        sig
    }
}

impl std::fmt::Debug for UserSigCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserSigCache")
            .field("signer", &self.signer)
            .field("identifier", &self.identifier)
            .field("validity", &self.validity)
            .field("margin", &self.margin())
            .field("signings", &self.signings())
            .finish_non_exhaustive()
    }
}
