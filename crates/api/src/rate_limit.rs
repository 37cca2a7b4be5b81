//! A client-side rate limit per API, so a burst waits instead of earning 60007,
//! and the stores that keep it: [`RateLimiter`] in the process (the default)
//! or, with the `redis` feature, `RedisRateLimitStore`
//! shared by every process of an app.
//!
//! How a call gets its permit, and why one trait serves both clients: see
//! [`RateLimitStore`].

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
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

impl RateLimit {
    /// Calls per second for an API documented at `documented` per second, or
    /// `None` for no limit (`Off`, or a limit of 0).
    pub(crate) fn per_second(self, documented: u32) -> Option<u32> {
        let per_second = match self {
            Self::Off => return None,
            Self::Documented => documented,
            Self::PerSecond(n) => n,
        };
        (per_second > 0).then_some(per_second)
    }
}

/// What a call asks a [`RateLimitStore`] for: one slot in an endpoint's
/// bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct PermitRequest {
    /// The app whose budget this is: the service counts its limits per
    /// SDKAppID.
    pub sdkappid: u64,
    /// The bucket: the endpoint's path, such as `v4/im_open_login_svc/account_import`.
    pub bucket: &'static str,
    /// The limit, calls per second (never 0).
    pub per_second: u32,
    /// Now, on the client's clock (tokio's for the async client, so tests
    /// can pause it). A store that keeps its own time (Redis does) may
    /// ignore it.
    pub now: Instant,
}

impl PermitRequest {
    /// A request for one slot of `bucket` of `sdkappid` at `per_second` calls
    /// per second (a limit of 0 is taken as 1), at `now`.
    pub fn new(sdkappid: u64, bucket: &'static str, per_second: u32, now: Instant) -> Self {
        Self {
            sdkappid,
            bucket,
            per_second: per_second.max(1),
            now,
        }
    }

    /// The time between two permits.
    pub fn interval(&self) -> Duration {
        Duration::from_secs(1) / self.per_second.max(1)
    }
}

/// Why a store gave no permit. The call fails with
/// [`Error::RateLimitStore`](crate::Error::RateLimitStore) before anything is
/// sent. The text names no secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct RateLimitStoreError(String);

impl RateLimitStoreError {
    /// An error saying `message` (which must not hold a secret).
    pub fn new(message: impl Into<String>) -> Self {
        Self(message.into())
    }
}

/// The future [`RateLimitStore::acquire`] returns.
pub type AcquireFuture<'a> = Pin<Box<dyn Future<Output = Result<Duration, RateLimitStoreError>> + Send + 'a>>;

/// Where permits come from: hands out slots of each bucket at its limit and
/// says how long to wait for the one it gave.
///
/// The default is the client's own [`RateLimiter`]. A store shared by several
/// clients or processes (such as `RedisRateLimitStore`, feature `redis`)
/// makes them share one budget.
///
/// # How a call gets its permit
///
/// The call state machine (the sans-IO core both clients share) does no I/O,
/// and a shared store needs some. So:
///
/// - With no store configured, the core asks its own [`RateLimiter`] inline
///   (no allocation, no extra step) and answers with a wait.
/// - With a store ([`ClientConfigBuilder::rate_limit_store`](crate::ClientConfigBuilder::rate_limit_store)),
///   the core yields a "reserve" action carrying a [`PermitRequest`]; the
///   async client answers it with [`RateLimitStore::acquire`] (awaited), the
///   blocking client with [`RateLimitStore::acquire_blocking`], and the core
///   then waits what the store said, or fails the call, before sending.
///
/// One trait with both methods, rather than an async trait and a blocking
/// one: a store is configured once for either client, and a store with no
/// I/O (like [`RateLimiter`]) implements only the blocking method, which the
/// async one calls by default.
///
/// A permit is a reservation: the store books the slot when it answers, so a
/// caller that waits the time it was told then sends without asking again.
/// Each attempt of a call (a retry too) takes one permit.
pub trait RateLimitStore: Send + Sync + fmt::Debug {
    /// Reserves the next slot for `permit`, blocking the thread for any I/O;
    /// returns how long to wait for it. The blocking client calls this.
    fn acquire_blocking(&self, permit: &PermitRequest) -> Result<Duration, RateLimitStoreError>;

    /// Reserves the next slot for `permit`, without blocking; returns how
    /// long to wait for it. The async client calls this. The default calls
    /// [`acquire_blocking`](Self::acquire_blocking), which suits a store
    /// without I/O; a store with I/O must implement it.
    fn acquire<'a>(&'a self, permit: &'a PermitRequest) -> AcquireFuture<'a> {
        let result = self.acquire_blocking(permit);
        Box::pin(std::future::ready(result))
    }
}

impl<S: RateLimitStore + ?Sized> RateLimitStore for Arc<S> {
    fn acquire_blocking(&self, permit: &PermitRequest) -> Result<Duration, RateLimitStoreError> {
        (**self).acquire_blocking(permit)
    }

    fn acquire<'a>(&'a self, permit: &'a PermitRequest) -> AcquireFuture<'a> {
        (**self).acquire(permit)
    }
}

/// The in-process store, and each client's default: spaces calls to each
/// bucket evenly. With a limit of `n` per second, call `k` of a burst starts
/// `k / n` seconds after the first. The limit is kept per SDKAppID and path,
/// as the service counts it; time is passed in ([`PermitRequest::now`]), so
/// the async client runs it on tokio's (pausable) clock and the blocking one
/// on the system's.
///
/// Right for one process; several processes of one app each keep their own
/// budget, and together exceed it (see `RedisRateLimitStore`, feature `redis`).
/// One `RateLimiter` passed (in an `Arc`) to several clients makes them share
/// one budget in the process.
#[derive(Debug, Default)]
pub struct RateLimiter {
    /// Per app and path, the earliest time the next call may start.
    next_start: Mutex<HashMap<(u64, &'static str), Instant>>,
}

impl RateLimiter {
    /// A limiter with every bucket empty.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reserves the next slot for `permit` and returns how long to wait for
    /// it from `permit.now`.
    pub fn reserve(&self, permit: &PermitRequest) -> Duration {
        let interval = permit.interval();
        let now = permit.now;
        let mut next = self.next_start.lock().unwrap_or_else(PoisonError::into_inner);
        let slot = next.entry((permit.sdkappid, permit.bucket)).or_insert(now);
        let start = (*slot).max(now);
        *slot = start + interval;
        start - now
    }
}

impl RateLimitStore for RateLimiter {
    fn acquire_blocking(&self, permit: &PermitRequest) -> Result<Duration, RateLimitStoreError> {
        Ok(self.reserve(permit))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(path: &'static str, per_second: u32, now: Instant) -> PermitRequest {
        PermitRequest::new(1, path, per_second, now)
    }

    #[test]
    fn a_burst_is_spread_at_the_limit_per_path() {
        let limiter = RateLimiter::new();
        let now = Instant::now();
        let waits: Vec<_> = (0..1000).map(|_| limiter.reserve(&at("v4/a/b", 200, now))).collect();
        assert_eq!(waits[0], Duration::ZERO);
        assert_eq!(waits[1], Duration::from_millis(5));
        assert_eq!(waits[999], Duration::from_millis(4995));
        // Another path has its own budget, and so has another app.
        assert_eq!(limiter.reserve(&at("v4/a/c", 200, now)), Duration::ZERO);
        assert_eq!(
            limiter.reserve(&PermitRequest::new(2, "v4/a/b", 200, now)),
            Duration::ZERO
        );
        // Once time has passed, calls go straight through again.
        assert_eq!(
            limiter.reserve(&at("v4/a/b", 200, now + Duration::from_secs(10))),
            Duration::ZERO
        );
    }

    #[test]
    fn documented_and_off() {
        assert_eq!(RateLimit::Documented.per_second(100), Some(100));
        assert_eq!(RateLimit::PerSecond(7).per_second(100), Some(7));
        assert_eq!(RateLimit::PerSecond(0).per_second(100), None);
        assert_eq!(RateLimit::Off.per_second(100), None);
        let now = Instant::now();
        let limiter = RateLimiter::new();
        limiter.reserve(&at("p", 100, now));
        assert_eq!(
            limiter.acquire_blocking(&at("p", 100, now)),
            Ok(Duration::from_millis(10))
        );
    }
}
