//! The one configuration both transports are built from.

use std::time::Duration;

/// Timeouts, body cap and user agent, shared by both transports.
///
/// ```
/// use std::time::Duration;
/// use tim_transport::TransportConfig;
///
/// let config = TransportConfig::builder().timeout(Duration::from_secs(4)).max_response_bytes(1 << 20).build();
/// assert_eq!(config.timeout(), Duration::from_secs(4));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransportConfig {
    connect_timeout: Duration,
    timeout: Duration,
    max_response_bytes: usize,
    user_agent: String,
}

/// The service gives each call up to 3 s in its backend; the client must wait
/// longer than that, or it gives up on calls that are about to succeed. Two
/// more seconds cover the network, TLS and a far region.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);
/// DNS, TCP and TLS to a region's domain take well under a second from
/// anywhere; 3 s leaves room for a slow resolver without hiding a dead host.
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
/// Replies are a few KiB; 4 MiB leaves room for the largest list pages.
const DEFAULT_MAX_RESPONSE_BYTES: usize = 4 << 20;

impl Default for TransportConfig {
    fn default() -> Self {
        Self {
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            timeout: DEFAULT_TIMEOUT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            user_agent: concat!("tim-rs/", env!("CARGO_PKG_VERSION")).to_owned(),
        }
    }
}

impl TransportConfig {
    /// A builder starting from the defaults: connect timeout 3 s, per-attempt
    /// timeout 5 s (above the service's own 3 s backend timeout), 4 MiB
    /// replies, user agent `tim-rs/<version>`.
    pub fn builder() -> TransportConfigBuilder {
        TransportConfigBuilder(Self::default())
    }

    /// Time allowed to open a connection, TCP and TLS (default 3 s).
    pub fn connect_timeout(&self) -> Duration {
        self.connect_timeout
    }

    /// Time allowed for one attempt, from connecting to the last byte of the
    /// reply (the per-attempt timeout; default 5 s).
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Largest reply body read; a larger one is an error and is not read further.
    pub fn max_response_bytes(&self) -> usize {
        self.max_response_bytes
    }

    /// The `User-Agent` header.
    pub fn user_agent(&self) -> &str {
        &self.user_agent
    }
}

/// Builds a [`TransportConfig`].
#[derive(Debug, Clone)]
pub struct TransportConfigBuilder(TransportConfig);

impl TransportConfigBuilder {
    /// Time allowed to open a connection.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.0.connect_timeout = timeout;
        self
    }

    /// Time allowed for a whole request. Keep it above the service's 3 s.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.0.timeout = timeout;
        self
    }

    /// Largest reply body read.
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.0.max_response_bytes = bytes;
        self
    }

    /// The `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.0.user_agent = user_agent.into();
        self
    }

    /// The configuration.
    pub fn build(self) -> TransportConfig {
        self.0
    }
}
