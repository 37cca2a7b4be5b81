//! Clients for the Tencent Cloud Chat (IM, "TIM") server REST API.
//!
//! [`Client`] (async, on reqwest and tokio) and [`BlockingClient`] (on ureq)
//! are thin loops around one sans-IO step machine that validates the request,
//! signs the URL, parses the reply, and decides whether to wait, send or
//! stop. Both are `Clone + Send + Sync` and need no `&mut`: share one per app.
//!
//! Failures are reported as they are: a call that changes state whose reply
//! was lost after its request may have reached the service is not retried,
//! and fails with [`Error::OutcomeUnknown`] (see [`RetryPolicy`]). No error
//! or log line shows the secret key or a UserSig, in any spelling. A call
//! ends by its deadline (12 s by default; 5 s per attempt, 3 s to connect).
//!
//! ```no_run
//! use tim_api::{Client, ClientConfig};
//! use tim_protocol::{Conversation, Region};
//! use tim_usersig::SecretKey;
//!
//! # async fn demo() -> Result<(), tim_api::Error> {
//! let config = ClientConfig::builder()
//!     .region(Region::Singapore)
//!     .sdkappid(1400000000)
//!     .identifier("administrator")
//!     .secret_key(SecretKey::new(std::env::var("TIM_SECRET_KEY").unwrap())?)
//!     .build()?;
//! let client = Client::new(config)?;
//! let renamed = client.rename_contact_group("user_0001", "group_0001", "group_0002").await?;
//! println!("{:?}", renamed.result);
//! client.add_to_contact_group("user_0001", "group_0002", [Conversation::c2c("user_0002")]).await?;
//! # Ok(()) }
//! ```
//!
//! Each call runs in one `tracing` span, `tim.call`, whose fields say the
//! endpoint, the attempt, the outcome, the service's code, the latency and
//! the retry decision; retries and unknown outcomes are logged at WARN. With
//! the `metrics` feature the clients also count calls, failures, retries,
//! unknown outcomes and rate-limit waits, and time calls, through the
//! `metrics` facade. The names are in [`observability`].
//!
//! Features: `async` and `blocking` (both default) choose the clients;
//! `rustls` (default) or `native-tls` the TLS stack; `metrics` (off by
//! default) reports to a `metrics` recorder; `redis` (off by default) adds
//! `RedisRateLimitStore`, which makes every process of an app share its
//! rate limits (see [`RateLimitStore`]).
//!
//! Bulk work (importing 100,000 accounts, a group's members, history;
//! sending to a list) is in [`bulk`]: streams of per-item outcomes, chunked
//! to each endpoint's batch size, with a journal to resume from.
// docs.rs shows which feature each item needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
// Without a client feature only the types are left; the core is then unused.
#![cfg_attr(
    not(any(feature = "async", feature = "blocking")),
    allow(dead_code, unused_macros, unused_imports)
)]

#[cfg(feature = "blocking")]
mod blocking;
pub mod bulk;
#[cfg(feature = "async")]
mod client;
mod config;
mod core;
mod error;
pub mod observability;
mod pager;
mod per_user;
mod rate_limit;
#[cfg(feature = "redis")]
mod rate_limit_redis;
mod retry;
mod settings;

#[cfg(feature = "blocking")]
pub use blocking::BlockingClient;
#[cfg(feature = "async")]
pub use client::Client;
pub use config::{ClientConfig, ClientConfigBuilder, ConfigError, Credentials};
pub use error::Error;
pub use rate_limit::{AcquireFuture, PermitRequest, RateLimit, RateLimitStore, RateLimitStoreError, RateLimiter};
#[cfg(feature = "redis")]
pub use rate_limit_redis::{RedisFailure, RedisRateLimitStore};
pub use retry::{RetryPolicy, RetryPolicyBuilder};
pub use settings::AppSettings;

pub use tim_protocol as protocol;
pub use tim_transport as transport;
pub use tim_usersig as usersig;
