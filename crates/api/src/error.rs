//! What a call can fail with. No error text holds the secret key or a UserSig.

use tim_protocol::{ErrorCode, RetryClass, ValidationError};
use tim_transport::{TransportError, TransportErrorKind};

/// Why a call failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request broke a documented rule; nothing was sent.
    #[error("invalid request: {0}")]
    Validation(#[from] ValidationError),
    /// The service answered `FAIL` or a non-zero `ErrorCode`.
    #[error("the service refused the call: {code}{}", info_suffix(info))]
    Api {
        /// `ErrorCode`.
        code: ErrorCode,
        /// `ErrorInfo`: the reason, for developers.
        info: String,
        /// `ErrorDisplay`: text meant for end users, where the API sends one.
        display: Option<String>,
    },
    /// The reply had an HTTP status other than 200 (a gateway problem: the
    /// service itself answers 200 even for failures).
    #[error("HTTP {status} from the service: {snippet:?}")]
    Http {
        /// The status.
        status: http::StatusCode,
        /// The start of the body.
        snippet: String,
    },
    /// The reply was not the expected JSON.
    #[error("the reply is not the expected JSON ({message}); it starts {snippet:?}")]
    Decode {
        /// What was wrong.
        message: String,
        /// The start of the body.
        snippet: String,
    },
    /// The request could not be sent or its reply not read.
    #[error("transport: {0}")]
    Transport(#[from] TransportError),
    /// The client could not be set up.
    #[error("invalid configuration: {0}")]
    Config(#[from] crate::ConfigError),
    /// The request could not be encoded as JSON.
    #[error("cannot encode the request: {0}")]
    Encode(String),
}

fn info_suffix(info: &str) -> String {
    if info.is_empty() {
        String::new()
    } else {
        format!(": {info}")
    }
}

impl Error {
    /// The service's code, for [`Error::Api`].
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            Self::Api { code, .. } => Some(*code),
            _ => None,
        }
    }

    /// Whether trying again later can succeed: rate limits, connection
    /// failures, timeouts, gateway errors (502, 503, 504), an expired UserSig,
    /// and the service codes classed as transient. The clients retry only the
    /// subset that is also safe for the call (see [`RetryPolicy`](crate::RetryPolicy)).
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Api { code, .. } => !matches!(code.retry_class(), RetryClass::Never),
            Self::Http { status, .. } => matches!(status.as_u16(), 502..=504),
            Self::Transport(error) => {
                matches!(
                    error.kind(),
                    TransportErrorKind::Connect | TransportErrorKind::Timeout | TransportErrorKind::Io
                )
            }
            _ => false,
        }
    }

    /// Whether the credentials were refused: not an admin, or a UserSig the
    /// service did not accept (70001 expired included).
    pub fn is_auth(&self) -> bool {
        self.code().is_some_and(ErrorCode::is_auth)
    }

    /// Whether the service refused the call for going too fast.
    pub fn is_rate_limited(&self) -> bool {
        self.code().is_some_and(ErrorCode::is_rate_limit)
    }

    /// Whether the request was refused before anything was sent.
    pub fn is_validation(&self) -> bool {
        matches!(self, Self::Validation(_))
    }
}
