//! The one configuration both transports are built from.

use std::time::Duration;

/// Timeouts, body cap, user agent and extra trusted root certificates,
/// shared by both transports.
///
/// ```
/// use std::time::Duration;
/// use tim_transport::TransportConfig;
///
/// let config = TransportConfig::builder().timeout(Duration::from_secs(4)).max_response_bytes(1 << 20).build();
/// assert_eq!(config.timeout(), Duration::from_secs(4));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct TransportConfig {
    connect_timeout: Duration,
    timeout: Duration,
    max_response_bytes: usize,
    user_agent: String,
    root_certificates: Vec<Vec<u8>>,
}

// By hand: certificates are public but long; the count says enough.
impl std::fmt::Debug for TransportConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TransportConfig")
            .field("connect_timeout", &self.connect_timeout)
            .field("timeout", &self.timeout)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("user_agent", &self.user_agent)
            .field("root_certificates", &self.root_certificates.len())
            .finish()
    }
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
            root_certificates: Vec::new(),
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

    /// Certificates (DER) trusted as roots in addition to the built-in ones
    /// (Mozilla's set, as shipped by `webpki-roots`); empty by default.
    pub fn root_certificates(&self) -> &[Vec<u8>] {
        &self.root_certificates
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

    /// Trusts `der` (one X.509 certificate, DER-encoded) as a root, in
    /// addition to the built-in roots: for a private CA, a TLS-intercepting
    /// proxy, or a self-signed test server. Call once per certificate. Both
    /// transports built from the config with `new` trust it; a bad
    /// certificate fails `ReqwestTransport::new` and fails every TLS handshake of `UreqTransport`. Without a TLS feature
    /// (`rustls` or `native-tls`) it has no effect.
    ///
    /// ```
    /// use tim_transport::TransportConfig;
    ///
    /// # let der = vec![0x30, 0x82];
    /// let config = TransportConfig::builder().root_certificate_der(der).build();
    /// assert_eq!(config.root_certificates().len(), 1);
    /// ```
    pub fn root_certificate_der(mut self, der: impl Into<Vec<u8>>) -> Self {
        self.0.root_certificates.push(der.into());
        self
    }

    /// The configuration.
    pub fn build(self) -> TransportConfig {
        self.0
    }
}
