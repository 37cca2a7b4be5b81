//! Transport failures, without the request's query string.

use std::{error::Error as StdError, fmt, time::Duration};

use crate::scrub::redact_query as scrub;

/// What kind of failure a [`TransportError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The connection could not be opened (refused, unreachable, DNS). Nothing
    /// was sent, so a retry is always safe.
    Connect,
    /// The connection (TCP and TLS) was not open within the connect timeout.
    /// Nothing was sent, so a retry is always safe.
    ConnectTimeout,
    /// The request was sent (or being sent) but no complete reply came within
    /// the per-attempt timeout. The request may have been processed.
    Timeout,
    /// The reply body was larger than the configured cap.
    BodyTooLarge,
    /// The connection failed while the request or reply was under way (for
    /// example closed mid-body).
    Io,
    /// TLS failed: handshake, certificate. Trying again does not fix it.
    Tls,
    /// Anything else: a malformed request, a protocol error.
    Other,
}

impl fmt::Display for TransportErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Connect => "connect error",
            Self::ConnectTimeout => "connect timeout",
            Self::Timeout => "per-attempt timeout",
            Self::BodyTooLarge => "response body too large",
            Self::Io => "I/O error",
            Self::Tls => "TLS error",
            Self::Other => "transport error",
        })
    }
}

/// A failure to send a request or read its reply.
///
/// Its `Display`, its `Debug` and its source chain never contain the request's
/// query string, where the Chat API carries the UserSig.
pub struct TransportError {
    kind: TransportErrorKind,
    message: String,
    source: Option<Box<dyn StdError + Send + Sync>>,
}

impl TransportError {
    /// A new error; `message` is scrubbed of query strings.
    pub fn new(kind: TransportErrorKind, message: impl AsRef<str>) -> Self {
        Self {
            kind,
            message: scrub(message.as_ref()),
            source: None,
        }
    }

    /// A [`ConnectTimeout`](TransportErrorKind::ConnectTimeout) (`connect`)
    /// or [`Timeout`](TransportErrorKind::Timeout) error saying how long was
    /// allowed, where known.
    pub fn timeout(connect: bool, after: Option<Duration>) -> Self {
        let (kind, what) = if connect {
            (TransportErrorKind::ConnectTimeout, "no connection")
        } else {
            (TransportErrorKind::Timeout, "no complete reply")
        };
        let message = match after {
            Some(after) => format!("{what} within {}", format_duration(after)),
            None => format!("{what} within the HTTP client's own timeout"),
        };
        Self::new(kind, message)
    }

    /// The same error with its cause attached. Only attach causes whose texts
    /// cannot hold the URL (or have had it removed).
    pub fn with_source(mut self, source: impl StdError + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    /// The kind of failure.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// Whether the request surely never reached the server (no connection:
    /// refused, unreachable, or not open within the connect timeout), so
    /// retrying is safe for any call.
    pub fn is_connect(&self) -> bool {
        matches!(
            self.kind,
            TransportErrorKind::Connect | TransportErrorKind::ConnectTimeout
        )
    }

    /// Whether a timeout passed (connect or per attempt).
    pub fn is_timeout(&self) -> bool {
        matches!(
            self.kind,
            TransportErrorKind::Timeout | TransportErrorKind::ConnectTimeout
        )
    }

    /// Whether TLS failed (handshake, certificate).
    pub fn is_tls(&self) -> bool {
        self.kind == TransportErrorKind::Tls
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.message)
        }
    }
}

impl fmt::Debug for TransportError {
    /// Kind and message only: the source's own `Debug` may quote the URL.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransportError")
            .field("kind", &self.kind)
            .field("message", &self.message)
            .finish()
    }
}

impl StdError for TransportError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source.as_deref().map(|source| source as &(dyn StdError + 'static))
    }
}

/// A duration for people: whole milliseconds, as `5s`, `2.5s` or `150ms`.
pub(crate) fn format_duration(duration: Duration) -> String {
    format!(
        "{:?}",
        Duration::from_millis(duration.as_millis().try_into().unwrap_or(u64::MAX))
    )
}

/// Whether an error's text (with its causes) is a TLS failure. rustls and
/// the platform libraries report them through I/O errors, so the text is all
/// there is to go on.
pub(crate) fn is_tls_text(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    [
        "certificate",
        "tls",
        "ssl",
        "handshake",
        "corrupt message",
        "peer sent no certificates",
    ]
    .iter()
    .any(|needle| lower.contains(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_say_which_and_how_long() {
        let connect = TransportError::timeout(true, Some(Duration::from_secs(3)));
        assert_eq!(connect.to_string(), "connect timeout: no connection within 3s");
        assert!(connect.is_connect() && connect.is_timeout());
        let attempt = TransportError::timeout(false, Some(Duration::from_micros(2_500_400)));
        assert_eq!(
            attempt.to_string(),
            "per-attempt timeout: no complete reply within 2.5s"
        );
        assert!(!attempt.is_connect() && attempt.is_timeout());
        let tls = TransportError::new(TransportErrorKind::Tls, "invalid peer certificate");
        assert!(tls.is_tls() && !tls.to_string().contains("I/O"));
    }
}
