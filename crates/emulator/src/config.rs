//! The emulated app's edition and limits, the server's connection limits,
//! and the settings they make up.

use std::collections::HashSet;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use tim_callback::Token;

use crate::app_settings::AppSettings;
use tim_usersig::{Clock, SecretKey};

/// What an emulated app is, as the builder collected it.
pub(crate) struct Settings {
    pub(crate) sdkappid: u64,
    pub(crate) key: SecretKey,
    pub(crate) admins: HashSet<String>,
    pub(crate) edition: Edition,
    pub(crate) limits: Limits,
    pub(crate) disbanded: HashSet<String>,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) connections: ConnectionLimits,
    /// Where webhooks go; `None`: none are delivered.
    pub(crate) callbacks: Option<CallbackConfig>,
    /// The console settings that change answers (`app_settings`).
    pub(crate) app: AppSettings,
}

#[cfg(test)]
impl Settings {
    /// The unit tests' app: a Pro app 1400000000 with the secret key `key`,
    /// the administrator `admin`, the system clock and no webhooks.
    pub(crate) fn for_tests() -> Self {
        Self {
            sdkappid: 1400000000,
            key: SecretKey::new("key").unwrap(),
            admins: HashSet::from(["admin".to_owned()]),
            edition: Edition::Pro,
            limits: Limits::default(),
            disbanded: HashSet::new(),
            clock: Arc::new(tim_usersig::SystemClock),
            connections: ConnectionLimits::default(),
            callbacks: None,
            app: AppSettings::default(),
        }
    }
}

/// The app's edition. Conversation groups need Pro or higher; under
/// [`Edition::Standard`] every contact-group API answers 51013.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Edition {
    /// No conversation groups (51013).
    Standard,
    /// Pro: conversation groups available.
    #[default]
    Pro,
    /// Pro Plus.
    ProPlus,
    /// Enterprise.
    Enterprise,
}

impl Edition {
    /// Whether conversation groups are available.
    pub fn has_contact_groups(self) -> bool {
        !matches!(self, Self::Standard)
    }
}

impl FromStr for Edition {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().replace(['-', '_', ' '], "").as_str() {
            "standard" => Ok(Self::Standard),
            "pro" => Ok(Self::Pro),
            "proplus" => Ok(Self::ProPlus),
            "enterprise" | "ultimate" => Ok(Self::Enterprise),
            _ => Err(format!(
                "unknown edition {s:?}; expected standard, pro, pro-plus or enterprise"
            )),
        }
    }
}

/// The service's limits, changeable to test edge cases cheaply.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Conversation groups per user (51010 past it). Default 20.
    pub groups_per_user: usize,
    /// Conversations per group (51008 past it). Default 1000.
    pub contacts_per_group: usize,
    /// Conversations per `get_contact_group` page. Default 100 (undocumented
    /// by the service).
    pub page_size: usize,
    /// Largest request body accepted; a larger one gets HTTP 413. Default 1 MiB.
    pub max_body_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            groups_per_user: tim_protocol::limits::GROUPS_PER_USER_MAX,
            contacts_per_group: tim_protocol::limits::CONTACTS_PER_GROUP_MAX,
            page_size: 100,
            max_body_bytes: 1 << 20,
        }
    }
}

impl Limits {
    /// Conversation groups per user.
    pub fn groups_per_user(mut self, n: usize) -> Self {
        self.groups_per_user = n;
        self
    }

    /// Conversations per group.
    pub fn contacts_per_group(mut self, n: usize) -> Self {
        self.contacts_per_group = n;
        self
    }

    /// Conversations per `get_contact_group` page (at least 1).
    pub fn page_size(mut self, n: usize) -> Self {
        self.page_size = n.max(1);
        self
    }

    /// Largest request body.
    pub fn max_body_bytes(mut self, n: usize) -> Self {
        self.max_body_bytes = n;
        self
    }
}

/// Limits on the connections the server holds, so that idle, slow or too
/// many clients cannot exhaust its file descriptors or keep sockets open
/// for ever. They apply to [`EmulatorBuilder::start`](crate::EmulatorBuilder::start)
/// (and the binary); a router taken with
/// [`into_router`](crate::EmulatorBuilder::into_router) is served by your
/// own server and its limits.
///
/// ```
/// use std::time::Duration;
/// use tim_emulator::ConnectionLimits;
///
/// let limits = ConnectionLimits::default().max_connections(64).idle_timeout(Duration::from_secs(5));
/// assert_eq!(limits.header_read_timeout, Duration::from_secs(10));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ConnectionLimits {
    /// Connections served at once. Default 128. Past it, a new connection
    /// waits (accepted, unanswered) while the connection idle the longest
    /// is closed to make room; if none is idle, it waits for one to end.
    /// Keep it below the process's descriptor limit (`ulimit -n`).
    pub max_connections: usize,
    /// Time a request's head (request line and headers) may take to
    /// arrive, counted from the connection's opening for its first request
    /// and from the head's first byte for the later ones. Default 10 s; past
    /// it the connection is closed.
    pub header_read_timeout: Duration,
    /// Time a request's body may take to arrive once its head has. Default
    /// 30 s; past it the call is answered HTTP 408 and the connection closed.
    pub body_read_timeout: Duration,
    /// Time a kept-alive connection may wait for its next request. Default
    /// 60 s (shorter than common client pools keep connections would make
    /// them meet closed ones more often); past it the connection is closed.
    pub idle_timeout: Duration,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        Self {
            max_connections: 128,
            header_read_timeout: Duration::from_secs(10),
            body_read_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(60),
        }
    }
}

impl ConnectionLimits {
    /// Connections served at once (at least 1).
    pub fn max_connections(mut self, n: usize) -> Self {
        self.max_connections = n.max(1);
        self
    }

    /// Time a request's head may take to arrive.
    pub fn header_read_timeout(mut self, timeout: Duration) -> Self {
        self.header_read_timeout = timeout;
        self
    }

    /// Time a request's body may take to arrive.
    pub fn body_read_timeout(mut self, timeout: Duration) -> Self {
        self.body_read_timeout = timeout;
        self
    }

    /// Time a kept-alive connection may wait for its next request.
    pub fn idle_timeout(mut self, timeout: Duration) -> Self {
        self.idle_timeout = timeout;
        self
    }
}

/// How long the emulator waits for the app's answer to a webhook by default:
/// 2 s, the service's documented budget.
pub const DEFAULT_CALLBACK_TIMEOUT: Duration = Duration::from_secs(2);

/// Where and how the emulator delivers webhooks ("callbacks"): the app's URL,
/// the webhook token it signs with, and the timing.
///
/// The URL must be plain `http://` (the emulator has no TLS client; put a
/// TLS-terminating proxy in front of an HTTPS endpoint, or point it at the
/// app's plain-HTTP listener). The token is a [`Token`]: `Debug` redacts it.
///
/// ```
/// use std::time::Duration;
/// use tim_emulator::CallbackConfig;
///
/// let config = CallbackConfig::new("http://127.0.0.1:8080/im", "xxxxyyyy")
///     .before_timeout(Duration::from_millis(500))
///     .after_retries(1);
/// assert_eq!(config.after_timeout, Duration::from_secs(2));
/// assert!(!format!("{config:?}").contains("xxxxyyyy"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CallbackConfig {
    /// The app's webhook URL (`http://host[:port][/path][?query]`); the
    /// emulator appends the documented query parameters.
    pub url: String,
    /// The webhook token: every request carries `Sign` and `RequestTime`.
    pub token: Token,
    /// How long a before-event webhook (`…CallbackBefore…`) may take to
    /// answer. Default 2 s; past it, the operation goes ahead, as the
    /// service does.
    pub before_timeout: Duration,
    /// How long an after-event webhook may take to answer. Default 2 s.
    pub after_timeout: Duration,
    /// How many times a failed or timed-out after-event webhook is sent
    /// again. Default 0: the service retries only when "retry on timeout"
    /// is enabled in the console. Before-event webhooks are never retried.
    pub after_retries: u32,
}

impl CallbackConfig {
    /// Webhooks to `url`, signed with `token`, with the documented timing.
    pub fn new(url: impl Into<String>, token: impl Into<Token>) -> Self {
        Self {
            url: url.into(),
            token: token.into(),
            before_timeout: DEFAULT_CALLBACK_TIMEOUT,
            after_timeout: DEFAULT_CALLBACK_TIMEOUT,
            after_retries: 0,
        }
    }

    /// How long a before-event webhook may take.
    pub fn before_timeout(mut self, timeout: Duration) -> Self {
        self.before_timeout = timeout;
        self
    }

    /// How long an after-event webhook may take.
    pub fn after_timeout(mut self, timeout: Duration) -> Self {
        self.after_timeout = timeout;
        self
    }

    /// How many times a failed after-event webhook is sent again.
    pub fn after_retries(mut self, retries: u32) -> Self {
        self.after_retries = retries;
        self
    }
}
