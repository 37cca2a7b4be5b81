//! A client-side rate limit per API, so a burst waits instead of earning 60007.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// How fast a client may call each API. A call over the limit waits for its
/// slot instead of being sent to earn 60007; the wait counts in the call's
/// deadline.
///
/// The service counts per app, so processes that share an SDKAppID should
/// split its budget: four replicas each at `PerSecond(50)` stay inside the
/// documented 200 a second.
///
/// ```
/// use tim_api::{ClientConfig, RateLimit};
/// use tim_protocol::Region;
/// use tim_usersig::SecretKey;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let replicas = 4;
/// let config = ClientConfig::builder()
///     .region(Region::Singapore)
///     .sdkappid(1400000000)
///     .identifier("administrator")
///     .secret_key(SecretKey::new("secret-key-from-the-console")?)
///     .rate_limit(RateLimit::PerSecond(200 / replicas))
///     .build()?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum RateLimit {
    /// Each API at its documented limit: 200 calls per second, 100 for
    /// `multiaccount_import`, `account_delete` and `account_check`.
    #[default]
    Documented,
    /// Each API at this many calls per second.
    PerSecond(u32),
    /// No client-side limit.
    Off,
}

/// Spaces calls to each path evenly: with a limit of `n` per second, call `k`
/// of a burst starts `k / n` seconds after the first. The limit is kept per
/// path, as the service counts it; time is passed in, so the async client can
/// run it on tokio's (pausable) clock and the blocking one on the system's.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    limit: RateLimit,
    /// Per path, the earliest time the next call may start.
    next_start: Mutex<HashMap<&'static str, Instant>>,
}

impl RateLimiter {
    pub(crate) fn new(limit: RateLimit) -> Self {
        Self {
            limit,
            next_start: Mutex::new(HashMap::new()),
        }
    }

    /// Reserves the next slot for `path` (documented limit `documented` per
    /// second) and returns how long to wait for it from `now`.
    pub(crate) fn reserve(&self, path: &'static str, documented: u32, now: Instant) -> Duration {
        let per_second = match self.limit {
            RateLimit::Off => return Duration::ZERO,
            RateLimit::Documented => documented,
            RateLimit::PerSecond(n) => n,
        };
        if per_second == 0 {
            return Duration::ZERO;
        }
        let interval = Duration::from_secs(1) / per_second;
        let mut next = self.next_start.lock().unwrap_or_else(PoisonError::into_inner);
        let slot = next.entry(path).or_insert(now);
        let start = (*slot).max(now);
        *slot = start + interval;
        start - now
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_is_spread_at_the_limit_per_path() {
        let limiter = RateLimiter::new(RateLimit::PerSecond(200));
        let now = Instant::now();
        let waits: Vec<_> = (0..1000).map(|_| limiter.reserve("v4/a/b", 100, now)).collect();
        assert_eq!(waits[0], Duration::ZERO);
        assert_eq!(waits[1], Duration::from_millis(5));
        assert_eq!(waits[999], Duration::from_millis(4995));
        // Another path has its own budget.
        assert_eq!(limiter.reserve("v4/a/c", 100, now), Duration::ZERO);
        // Once time has passed, calls go straight through again.
        assert_eq!(
            limiter.reserve("v4/a/b", 100, now + Duration::from_secs(10)),
            Duration::ZERO
        );
    }

    #[test]
    fn documented_and_off() {
        let now = Instant::now();
        let documented = RateLimiter::new(RateLimit::Documented);
        documented.reserve("p", 100, now);
        assert_eq!(documented.reserve("p", 100, now), Duration::from_millis(10));
        let off = RateLimiter::new(RateLimit::Off);
        assert!((0..10).all(|_| off.reserve("p", 100, now).is_zero()));
    }
}
