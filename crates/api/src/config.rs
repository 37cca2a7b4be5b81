//! Everything a client needs to know, built once.

use std::{sync::Arc, time::Duration};

use tim_protocol::{BaseUrl, BaseUrlError, Region, UnknownRegion};
use tim_transport::TransportConfig;
use tim_usersig::{Clock, SecretKey, SystemClock, UserSig, DEFAULT_MARGIN_SECS, DEFAULT_VALIDITY_SECS};

use crate::{RateLimit, RateLimitStore, RetryPolicy};

/// How the client proves it is the admin.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Credentials {
    /// The app's secret key: the client signs UserSigs itself, caches them and
    /// signs a fresh one before expiry (and after a 70001).
    SecretKey(SecretKey),
    /// A UserSig made elsewhere, used as is until it expires.
    UserSig(UserSig),
}

/// A client's settings. Build with [`ClientConfig::builder`].
///
/// `Debug` shows no secret: the key and UserSig print as `<redacted>`. An
/// empty secret key or UserSig is refused.
///
/// Time limits, by default: 3 s to connect, 5 s per attempt (above the
/// service's own 3 s backend timeout; see
/// [`TransportConfig`](tim_transport::TransportConfig)), and 12 s for the
/// whole call, retries included (see [`RetryPolicy`]). A server that never
/// answers costs a call that changes state one attempt (5 s, then
/// [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown)), and a read at
/// most 12 s.
///
/// ```
/// use std::time::Duration;
/// use tim_api::{ClientConfig, RateLimit, RetryPolicy};
/// use tim_protocol::Region;
/// use tim_transport::TransportConfig;
/// use tim_usersig::SecretKey;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let config = ClientConfig::builder()
///     .region(Region::Singapore)
///     .sdkappid(1400000000)
///     .identifier("administrator")
///     .secret_key(SecretKey::new("secret-key-from-the-console")?)
///     // Shorter waits for a latency-sensitive service.
///     .transport(TransportConfig::builder().timeout(Duration::from_secs(2)).build())
///     .retry(RetryPolicy::builder().max_attempts(2).deadline(Duration::from_secs(5)).build())
///     // This process's share of the app's budget, when several share it.
///     .rate_limit(RateLimit::PerSecond(50))
///     .build()?;
/// assert_eq!(config.sdkappid(), 1400000000);
/// // The key never shows.
/// assert!(!format!("{config:?}").contains("secret-key-from-the-console"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub(crate) base_url: BaseUrl,
    pub(crate) backup_base_url: Option<BaseUrl>,
    pub(crate) sdkappid: u64,
    pub(crate) identifier: String,
    pub(crate) credentials: Credentials,
    pub(crate) transport: TransportConfig,
    pub(crate) retry: RetryPolicy,
    pub(crate) rate_limit: RateLimit,
    pub(crate) rate_limit_store: Option<Arc<dyn RateLimitStore>>,
    pub(crate) usersig_validity: Duration,
    pub(crate) usersig_margin: Duration,
    pub(crate) clock: Arc<dyn Clock>,
}

impl ClientConfig {
    /// A builder with no defaults for the app's identity: set a region or base
    /// URL, the SDKAppID, the admin identifier, and a secret key or UserSig.
    pub fn builder() -> ClientConfigBuilder {
        ClientConfigBuilder::default()
    }

    /// The configuration from `TIM_SDKAPPID`, `TIM_SECRET_KEY`,
    /// `TIM_IDENTIFIER` and `TIM_REGION` (a region name such as `singapore`,
    /// or a base URL) or `TIM_BASE_URL`, read by [`AppSettings`](crate::AppSettings);
    /// `None` if `TIM_SDKAPPID` is not set.
    ///
    /// ```no_run
    /// use tim_api::{Client, ClientConfig};
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let config = ClientConfig::from_env().ok_or("set TIM_SDKAPPID and the other TIM_ variables")??;
    /// let client = Client::new(config)?;
    /// # Ok(()) }
    /// ```
    pub fn from_env() -> Option<Result<Self, ConfigError>> {
        let settings = crate::AppSettings::from_env();
        settings.sdkappid.as_ref()?;
        Some(settings.builder().and_then(ClientConfigBuilder::build))
    }

    /// The base URL calls go to.
    pub fn base_url(&self) -> &BaseUrl {
        &self.base_url
    }

    /// Where a call goes once the base URL cannot be reached, if anywhere.
    pub fn backup_base_url(&self) -> Option<&BaseUrl> {
        self.backup_base_url.as_ref()
    }

    /// The SDKAppID.
    pub fn sdkappid(&self) -> u64 {
        self.sdkappid
    }

    /// The admin identifier calls are made as.
    pub fn identifier(&self) -> &str {
        &self.identifier
    }
}

/// Why a configuration could not be built.
///
/// ```
/// use tim_api::{ClientConfig, ConfigError};
/// use tim_protocol::Region;
///
/// let error = ClientConfig::builder().region(Region::Singapore).identifier("administrator").build().unwrap_err();
/// assert_eq!(error, ConfigError::Missing("sdkappid"));
/// assert_eq!(error.to_string(), "sdkappid is required");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// A required setting was not given.
    #[error("{0} is required")]
    Missing(&'static str),
    /// A setting has an unusable value (an empty secret key or UserSig among
    /// them).
    #[error("{0} is invalid: {1}")]
    Invalid(&'static str, &'static str),
    /// The base URL was refused.
    #[error(transparent)]
    BaseUrl(#[from] BaseUrlError),
    /// The region name is unknown.
    #[error(transparent)]
    Region(#[from] UnknownRegion),
}

impl From<tim_usersig::EmptySecretKey> for ConfigError {
    fn from(_: tim_usersig::EmptySecretKey) -> Self {
        Self::Invalid("secret_key", "must not be empty")
    }
}

/// Builds a [`ClientConfig`].
#[derive(Debug, Default)]
pub struct ClientConfigBuilder {
    base_url: Option<BaseUrl>,
    backup_base_url: Option<BaseUrl>,
    sdkappid: Option<u64>,
    identifier: Option<String>,
    credentials: Option<Credentials>,
    transport: Option<TransportConfig>,
    retry: Option<RetryPolicy>,
    rate_limit: Option<RateLimit>,
    rate_limit_store: Option<Arc<dyn RateLimitStore>>,
    usersig_validity: Option<Duration>,
    usersig_margin: Option<Duration>,
    clock: Option<Arc<dyn Clock>>,
}

impl ClientConfigBuilder {
    /// Send to the region's primary domain, and to its backup domain once the
    /// primary cannot be reached.
    pub fn region(mut self, region: Region) -> Self {
        self.base_url = Some(region.base_url());
        self.backup_base_url = Some(region.backup_base_url());
        self
    }

    /// Send to a custom base URL: a proxy, the emulator. It has no backup
    /// unless [`backup_base_url`](Self::backup_base_url) sets one.
    pub fn base_url(mut self, base_url: BaseUrl) -> Self {
        self.base_url = Some(base_url);
        self.backup_base_url = None;
        self
    }

    /// Where a call goes, for its remaining attempts, after the base URL
    /// refused a connection (`None`: nowhere else).
    pub fn backup_base_url(mut self, backup: Option<BaseUrl>) -> Self {
        self.backup_base_url = backup;
        self
    }

    /// The app's SDKAppID.
    pub fn sdkappid(mut self, sdkappid: u64) -> Self {
        self.sdkappid = Some(sdkappid);
        self
    }

    /// The admin account calls are made as.
    pub fn identifier(mut self, identifier: impl Into<String>) -> Self {
        self.identifier = Some(identifier.into());
        self
    }

    /// Sign UserSigs with the app's secret key.
    pub fn secret_key(mut self, key: SecretKey) -> Self {
        self.credentials = Some(Credentials::SecretKey(key));
        self
    }

    /// Use a UserSig made elsewhere.
    pub fn usersig(mut self, usersig: UserSig) -> Self {
        self.credentials = Some(Credentials::UserSig(usersig));
        self
    }

    /// Timeouts, body cap and user agent.
    pub fn transport(mut self, transport: TransportConfig) -> Self {
        self.transport = Some(transport);
        self
    }

    /// Retry policy; [`RetryPolicy::default`] unless set.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = Some(retry);
        self
    }

    /// Client-side rate limit; [`RateLimit::Documented`] unless set.
    pub fn rate_limit(mut self, rate_limit: RateLimit) -> Self {
        self.rate_limit = Some(rate_limit);
        self
    }

    /// Where permits come from: by default the client's own
    /// [`RateLimiter`](crate::RateLimiter), which paces this client (and
    /// its clones) alone. A shared store makes several clients, or several
    /// processes, share one budget per API, as the service counts it per
    /// SDKAppID. The limit per API is still [`rate_limit`](Self::rate_limit)'s
    /// (with [`RateLimit::Off`] the store is not asked).
    ///
    /// With the `redis` feature, every replica of a backend shares the app's
    /// budget through Redis:
    ///
    /// ```no_run
    /// # #[cfg(feature = "redis")]
    /// # fn demo() -> Result<(), Box<dyn std::error::Error>> {
    /// use tim_api::{ClientConfig, RedisFailure, RedisRateLimitStore};
    /// use tim_protocol::Region;
    /// use tim_usersig::SecretKey;
    ///
    /// let store = RedisRateLimitStore::new("redis://127.0.0.1:6379/")?
    ///     // If Redis cannot be reached, pace this process alone (the default).
    ///     .on_failure(RedisFailure::FallBackToLocal);
    /// let config = ClientConfig::builder()
    ///     .region(Region::Singapore)
    ///     .sdkappid(1400000000)
    ///     .identifier("administrator")
    ///     .secret_key(SecretKey::new(std::env::var("TIM_SECRET_KEY")?)?)
    ///     .rate_limit_store(store)
    ///     .build()?;
    /// # let _ = config; Ok(()) }
    /// ```
    pub fn rate_limit_store(mut self, store: impl RateLimitStore + 'static) -> Self {
        self.rate_limit_store = Some(Arc::new(store));
        self
    }

    /// Validity of the UserSigs the client signs (default 24 h).
    pub fn usersig_validity(mut self, validity: Duration) -> Self {
        self.usersig_validity = Some(validity);
        self
    }

    /// Re-sign when less than this is left (default 1 h).
    pub fn usersig_margin(mut self, margin: Duration) -> Self {
        self.usersig_margin = Some(margin);
        self
    }

    /// The clock UserSigs are signed by (the system's unless set).
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = Some(clock);
        self
    }

    /// The configuration, or which required setting is missing.
    pub fn build(self) -> Result<ClientConfig, ConfigError> {
        let identifier = self.identifier.ok_or(ConfigError::Missing("identifier"))?;
        if identifier.is_empty() {
            return Err(ConfigError::Invalid("identifier", "must not be empty"));
        }
        let base_url = self.base_url.ok_or(ConfigError::Missing("region or base_url"))?;
        let sdkappid = self.sdkappid.ok_or(ConfigError::Missing("sdkappid"))?;
        let credentials = self.credentials.ok_or(ConfigError::Missing("secret_key or usersig"))?;
        match &credentials {
            // SecretKey refuses empty keys itself; this guards the invariant.
            Credentials::SecretKey(key) if key.expose().trim().is_empty() => {
                return Err(ConfigError::Invalid("secret_key", "must not be empty"))
            }
            Credentials::UserSig(sig) if sig.expose().trim().is_empty() => {
                return Err(ConfigError::Invalid("usersig", "must not be empty"))
            }
            _ => {}
        }
        Ok(ClientConfig {
            base_url,
            backup_base_url: self.backup_base_url,
            sdkappid,
            identifier,
            credentials,
            transport: self.transport.unwrap_or_default(),
            retry: self.retry.unwrap_or_default(),
            rate_limit: self.rate_limit.unwrap_or_default(),
            rate_limit_store: self.rate_limit_store,
            usersig_validity: self
                .usersig_validity
                .unwrap_or(Duration::from_secs(DEFAULT_VALIDITY_SECS)),
            usersig_margin: self.usersig_margin.unwrap_or(Duration::from_secs(DEFAULT_MARGIN_SECS)),
            clock: self.clock.unwrap_or_else(|| Arc::new(SystemClock)),
        })
    }
}
