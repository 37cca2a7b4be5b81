//! [`RedisRateLimitStore`]: the rate limit of an app shared by all its
//! processes through Redis.
//!
//! The algorithm and the failure handling are described on the type.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::rate_limit::{PermitRequest, RateLimitStore, RateLimitStoreError, RateLimiter};

/// How long a store waits for each Redis round trip unless told otherwise.
const DEFAULT_TIMEOUT: Duration = Duration::from_millis(200);

/// After a failure, how long the store goes without trying Redis.
const RECHECK: Duration = Duration::from_millis(500);

/// The GCRA step. KEYS[1]: the bucket's key; ARGV[1]: the interval between
/// permits in milliseconds (fractional). Returns the wait in milliseconds.
const SCRIPT: &str = r"
if redis.replicate_commands then redis.replicate_commands() end
local interval = tonumber(ARGV[1])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local tat = tonumber(redis.call('GET', KEYS[1]) or now) or now
if tat < now then tat = now end
local next_tat = tat + interval
redis.call('SET', KEYS[1], string.format('%.3f', next_tat), 'PX', math.ceil(next_tat - now) + 1000)
return math.ceil(tat - now)
";

/// What a [`RedisRateLimitStore`] does when Redis cannot be reached, fails,
/// or does not answer within the store's timeout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
#[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
pub enum RedisFailure {
    /// Pace the calls with an in-process limiter at the same limits until
    /// Redis answers again (the default): calls go on, and each process keeps
    /// to the limit by itself, so together they may exceed it meanwhile.
    #[default]
    FallBackToLocal,
    /// Fail each call with [`Error::RateLimitStore`](crate::Error::RateLimitStore)
    /// before it is sent: nothing exceeds the shared budget, and nothing is
    /// sent while Redis is down.
    FailCall,
}

/// A [`RateLimitStore`] in Redis, shared by every client, in every process,
/// given the same Redis: they then keep together to each API's limit, per
/// SDKAppID, as the service counts it. See
/// [`ClientConfigBuilder::rate_limit_store`](crate::ClientConfigBuilder::rate_limit_store)
/// for an example.
///
/// # Algorithm
///
/// Each permit is one atomic step in Redis: a Lua script implementing GCRA
/// (the generic cell rate algorithm). Per bucket, the key
/// `tim:rl:<sdkappid>:<bucket>` holds the theoretical arrival time (TAT) of
/// the next call, in milliseconds on Redis's clock (`TIME`), with three
/// decimals so that limits which do not divide 1000 keep their rate. The
/// script reads it (or Redis's now, if it is missing or past), stores it plus
/// one interval, sets the key to expire a second after the new TAT
/// (`PX`), and returns the wait until the old TAT in whole milliseconds,
/// rounded up. The slot is booked by that same step, so the caller waits and
/// sends without asking again; and since Redis runs one script at a time,
/// no two processes can read the same TAT: there is no read-then-write race.
/// The limit allows no burst: calls are spaced one interval apart, as the
/// in-process [`RateLimiter`] spaces them. Only Redis's clock counts, so
/// the clocks of the processes need not agree.
///
/// # When Redis fails
///
/// Every round trip (connecting included) is bounded by
/// [`timeout`](RedisRateLimitStore::timeout) (200 ms by default). When Redis
/// fails or is slow, the store does what [`RedisFailure`] says (by default
/// it paces calls with an in-process limiter), logs one WARN at the start
/// of the failure episode and one INFO when Redis answers again, and, for
/// half a second after a failure, does not try Redis again, so that calls do
/// not each pay the timeout while Redis is down.
///
/// # Connections
///
/// The async client talks to Redis on one multiplexed connection; the
/// blocking client on plain connections, one per thread in a call, kept for
/// reuse. A connection that fails is dropped and made again.
/// The async round trip is timed on tokio's clock: on a runtime whose clock
/// is paused (a test), tokio may move it past the timeout while Redis is
/// awaited, and the store then counts Redis as failed. Use real time with it.
///
/// `Debug` shows the Redis URL without its password (or any user name or
/// query).
#[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
pub struct RedisRateLimitStore {
    client: redis::Client,
    /// The URL with its credentials redacted, for Debug and errors.
    shown_url: String,
    timeout: Duration,
    on_failure: RedisFailure,
    script: redis::Script,
    /// The limiter of [`RedisFailure::FallBackToLocal`].
    fallback: RateLimiter,
    /// Idle blocking connections.
    idle: Mutex<Vec<redis::Connection>>,
    #[cfg(feature = "async")]
    multiplexed: Mutex<Option<redis::aio::MultiplexedConnection>>,
    /// In a failure episode (warned once).
    failing: AtomicBool,
    /// Redis is not tried before this, after a failure.
    recheck_at: Mutex<Option<Instant>>,
}

impl RedisRateLimitStore {
    /// A store at `url` (`redis://[user:password@]host[:port][/db]`, or
    /// `rediss://` with a TLS feature of the `redis` crate enabled, or
    /// `redis+unix:///path`). Nothing is connected yet: the first call does.
    pub fn new(url: &str) -> Result<Self, RateLimitStoreError> {
        let shown_url = redact_url(url);
        let client = redis::Client::open(url).map_err(|error| {
            RateLimitStoreError::new(format!("the Redis URL {shown_url} is invalid ({:?})", error.kind()))
        })?;
        Ok(Self {
            client,
            shown_url,
            timeout: DEFAULT_TIMEOUT,
            on_failure: RedisFailure::default(),
            script: redis::Script::new(SCRIPT),
            fallback: RateLimiter::new(),
            idle: Mutex::new(Vec::new()),
            #[cfg(feature = "async")]
            multiplexed: Mutex::new(None),
            failing: AtomicBool::new(false),
            recheck_at: Mutex::new(None),
        })
    }

    /// The longest each Redis round trip (connecting included) may take
    /// before it counts as a failure (200 ms unless set; at least 1 ms).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout.max(Duration::from_millis(1));
        self
    }

    /// What to do when Redis fails ([`RedisFailure::FallBackToLocal`] unless set).
    pub fn on_failure(mut self, on_failure: RedisFailure) -> Self {
        self.on_failure = on_failure;
        self
    }

    /// The key of a bucket: `tim:rl:<sdkappid>:<bucket>`.
    fn key(permit: &PermitRequest) -> String {
        format!("tim:rl:{}:{}", permit.sdkappid, permit.bucket)
    }

    /// The interval between permits, in milliseconds (as the script reads it).
    fn interval_ms(permit: &PermitRequest) -> f64 {
        1000.0 / f64::from(permit.per_second.max(1))
    }

    /// Whether a failure a moment ago says not to try Redis yet.
    fn resting(&self) -> bool {
        let recheck_at = self.recheck_at.lock().unwrap_or_else(PoisonError::into_inner);
        recheck_at.is_some_and(|at| Instant::now() < at)
    }

    /// What Redis said, turned into the answer of the store.
    fn settle(&self, permit: &PermitRequest, result: Result<i64, String>) -> Result<Duration, RateLimitStoreError> {
        match result {
            Ok(wait_ms) => {
                if self.failing.swap(false, Ordering::Relaxed) {
                    tracing::info!(store = %self.shown_url, "the Redis rate-limit store answers again");
                }
                *self.recheck_at.lock().unwrap_or_else(PoisonError::into_inner) = None;
                Ok(Duration::from_millis(u64::try_from(wait_ms).unwrap_or(0)))
            }
            Err(error) => {
                *self.recheck_at.lock().unwrap_or_else(PoisonError::into_inner) = Some(Instant::now() + RECHECK);
                if !self.failing.swap(true, Ordering::Relaxed) {
                    let then = match self.on_failure {
                        RedisFailure::FallBackToLocal => "calls are paced by this process alone until it answers",
                        RedisFailure::FailCall => "calls fail, unsent, until it answers",
                    };
                    tracing::warn!(store = %self.shown_url, %error, "the Redis rate-limit store failed; {then}");
                }
                self.fail(permit, &error)
            }
        }
    }

    /// The answer while Redis is failing.
    fn fail(&self, permit: &PermitRequest, error: &str) -> Result<Duration, RateLimitStoreError> {
        match self.on_failure {
            RedisFailure::FallBackToLocal => Ok(self.fallback.reserve(permit)),
            RedisFailure::FailCall => Err(RateLimitStoreError::new(format!(
                "the Redis rate-limit store at {} failed ({error})",
                self.shown_url
            ))),
        }
    }

    /// One blocking round trip: the script on an idle connection or a new one.
    fn invoke_blocking(&self, permit: &PermitRequest) -> Result<i64, String> {
        let idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner).pop();
        let mut connection = match idle {
            Some(connection) => connection,
            None => {
                let connection = self
                    .client
                    .get_connection_with_timeout(self.timeout)
                    .map_err(describe)?;
                connection.set_read_timeout(Some(self.timeout)).map_err(describe)?;
                connection.set_write_timeout(Some(self.timeout)).map_err(describe)?;
                connection
            }
        };
        let wait = self
            .script
            .key(Self::key(permit))
            .arg(Self::interval_ms(permit))
            .invoke::<i64>(&mut connection)
            .map_err(describe)?;
        // Kept only after a success: a failed connection is dropped.
        self.idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(connection);
        Ok(wait)
    }

    /// One async round trip on the multiplexed connection (made if missing).
    #[cfg(feature = "async")]
    async fn invoke_async(&self, permit: &PermitRequest) -> Result<i64, String> {
        let existing = self.multiplexed.lock().unwrap_or_else(PoisonError::into_inner).clone();
        let mut connection = match existing {
            Some(connection) => connection,
            None => {
                let connection = self.client.get_multiplexed_async_connection().await.map_err(describe)?;
                *self.multiplexed.lock().unwrap_or_else(PoisonError::into_inner) = Some(connection.clone());
                connection
            }
        };
        let result = self
            .script
            .key(Self::key(permit))
            .arg(Self::interval_ms(permit))
            .invoke_async::<i64>(&mut connection)
            .await
            .map_err(describe);
        if result.is_err() {
            *self.multiplexed.lock().unwrap_or_else(PoisonError::into_inner) = None;
        }
        result
    }
}

impl RateLimitStore for RedisRateLimitStore {
    fn acquire_blocking(&self, permit: &PermitRequest) -> Result<Duration, RateLimitStoreError> {
        if self.resting() {
            return self.fail(permit, "it failed a moment ago");
        }
        let result = self.invoke_blocking(permit);
        self.settle(permit, result)
    }

    #[cfg(feature = "async")]
    fn acquire<'a>(&'a self, permit: &'a PermitRequest) -> crate::AcquireFuture<'a> {
        Box::pin(async move {
            if self.resting() {
                return self.fail(permit, "it failed a moment ago");
            }
            let result = match tokio::time::timeout(self.timeout, self.invoke_async(permit)).await {
                Ok(result) => result,
                Err(_) => {
                    // The connection may hold the late reply: start afresh.
                    *self.multiplexed.lock().unwrap_or_else(PoisonError::into_inner) = None;
                    Err(format!("no answer within {} ms", self.timeout.as_millis()))
                }
            };
            self.settle(permit, result)
        })
    }
}

impl std::fmt::Debug for RedisRateLimitStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisRateLimitStore")
            .field("url", &self.shown_url)
            .field("timeout", &self.timeout)
            .field("on_failure", &self.on_failure)
            .finish_non_exhaustive()
    }
}

/// A Redis error as text without the URL: its kind and, for a server
/// error, its code and message (neither holds a password).
fn describe(error: redis::RedisError) -> String {
    if error.is_timeout() {
        "timed out".into()
    } else if error.is_connection_refusal() {
        "connection refused".into()
    } else if error.is_io_error() || error.is_connection_dropped() || error.is_unrecoverable_error() {
        format!("connection failed ({:?})", error.kind())
    } else {
        // A server's reply (such as a script error) or a protocol error.
        let code = error.code().unwrap_or("error");
        let detail = error.detail().unwrap_or_default();
        format!("{code} {detail}").trim().to_owned()
    }
}

/// `url` with any user name, password and query replaced by `<redacted>`.
fn redact_url(url: &str) -> String {
    let (scheme, rest) = match url.split_once("://") {
        Some((scheme, rest)) => (Some(scheme), rest),
        None => (None, url),
    };
    let (rest, query) = match rest.split_once('?') {
        Some((rest, _)) => (rest, "?<redacted>"),
        None => (rest, ""),
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let rest = match rest[..authority_end].rfind('@') {
        Some(at) => format!("<redacted>@{}", &rest[at + 1..]),
        None => rest.to_owned(),
    };
    match scheme {
        Some(scheme) => format!("{scheme}://{rest}{query}"),
        None => format!("{rest}{query}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_is_shown_without_credentials() {
        assert_eq!(redact_url("redis://127.0.0.1:6379/0"), "redis://127.0.0.1:6379/0");
        assert_eq!(redact_url("redis://:hunter2@h:1/2"), "redis://<redacted>@h:1/2");
        assert_eq!(redact_url("rediss://user:p@ss@h/"), "rediss://<redacted>@h/");
        assert_eq!(redact_url("redis://h/?password=hunter2"), "redis://h/?<redacted>");
        let store = RedisRateLimitStore::new("redis://admin:hunter2@127.0.0.1:6379/").unwrap();
        let debug = format!("{store:?}");
        assert!(!debug.contains("hunter2") && !debug.contains("admin"), "{debug}");
        assert!(debug.contains("127.0.0.1:6379"), "{debug}");
        let error = RedisRateLimitStore::new("nope://:hunter2@h/").unwrap_err().to_string();
        assert!(!error.contains("hunter2"), "{error}");
    }

    #[test]
    fn the_key_names_the_app_and_the_bucket() {
        let permit = PermitRequest::new(1400000000, "v4/im_open_login_svc/account_import", 100, Instant::now());
        assert_eq!(
            RedisRateLimitStore::key(&permit),
            "tim:rl:1400000000:v4/im_open_login_svc/account_import"
        );
        assert!((RedisRateLimitStore::interval_ms(&permit) - 10.0).abs() < 1e-9);
    }
}
