//! Where "now" comes from, so tests can move time by hand.
//!
//! One trait for every tim-rs crate that reads the time (UserSig expiry,
//! webhook signatures, the emulator), kept in a crate of its own so that
//! each can depend on it without depending on the others.

use std::sync::{
    atomic::{AtomicU64, Ordering},
    Arc,
};

/// A source of the current Unix time in seconds.
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// Seconds since the Unix epoch.
    fn now(&self) -> u64;
}

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_secs())
    }
}

/// A clock that only moves when told to; clones share the same time.
///
/// ```
/// use tim_clock::{Clock, ManualClock};
///
/// let clock = ManualClock::new(1_700_000_000);
/// clock.advance(60);
/// assert_eq!(clock.now(), 1_700_000_060);
/// ```
#[derive(Debug, Clone, Default)]
pub struct ManualClock(Arc<AtomicU64>);

impl ManualClock {
    /// A clock standing at `now`.
    pub fn new(now: u64) -> Self {
        Self(Arc::new(AtomicU64::new(now)))
    }

    /// Moves the clock forward by `secs`.
    pub fn advance(&self, secs: u64) {
        self.0.fetch_add(secs, Ordering::SeqCst);
    }

    /// Sets the clock to `now`.
    pub fn set(&self, now: u64) {
        self.0.store(now, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> u64 {
        self.0.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_of_a_manual_clock_share_its_time() {
        let clock = ManualClock::new(100);
        let shared: Arc<dyn Clock> = Arc::new(clock.clone());
        clock.advance(5);
        assert_eq!(shared.now(), 105);
        clock.set(7);
        assert_eq!(shared.now(), 7);
    }

    #[test]
    fn the_system_clock_reads_the_present() {
        // 2023-11-14, long past; a clock at 0 would mean the epoch fallback.
        assert!(SystemClock.now() > 1_700_000_000);
    }
}
