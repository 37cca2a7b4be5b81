//! Transport failures, without the request's query string.

use std::{error::Error as StdError, fmt};

use crate::scrub::redact_query as scrub;

/// What kind of failure a [`TransportError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The connection could not be opened (refused, unreachable, DNS). Nothing
    /// was sent, so a retry is always safe.
    Connect,
    /// A configured timeout passed. The request may have been processed.
    Timeout,
    /// The reply body was larger than the configured cap.
    BodyTooLarge,
    /// The connection failed while the request or reply was under way (for
    /// example closed mid-body).
    Io,
    /// TLS failed: handshake, certificate.
    Tls,
    /// Anything else: a malformed request, a protocol error.
    Other,
}

impl fmt::Display for TransportErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Connect => "connect error",
            Self::Timeout => "timed out",
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

    /// Whether the request surely never reached the server, so retrying is
    /// safe for any call.
    pub fn is_connect(&self) -> bool {
        self.kind == TransportErrorKind::Connect
    }

    /// Whether a timeout passed.
    pub fn is_timeout(&self) -> bool {
        self.kind == TransportErrorKind::Timeout
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
