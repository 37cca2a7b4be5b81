//! What a call can fail with. No error text holds the secret key or a UserSig.

use std::time::Duration;

use tim_protocol::{ErrorCode, ValidationError};
use tim_transport::{redact_query, TransportError};

use crate::retry::{classify, Verdict};

/// Why a call failed.
///
/// Most callers need three questions answered: was it refused (and with
/// which code), is it worth trying again, and might it have happened anyway.
///
/// ```
/// use tim_api::Error;
/// use tim_protocol::ErrorCode;
///
/// fn explain(error: &Error) -> String {
///     if error.is_outcome_unknown() {
///         // The request may have reached the service: check before sending it again.
///         "unknown: check the state".into()
///     } else if let Some(code) = error.code() {
///         format!("refused with {}", code.code())
///     } else if error.is_retryable() {
///         "try again later".into()
///     } else {
///         error.to_string()
///     }
/// }
///
/// let refused = Error::Api { code: ErrorCode::from(10010), info: "group not found".into(), display: None };
/// assert_eq!(explain(&refused), "refused with 10010");
/// ```
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
        /// `ErrorInfo`: the reason, for developers (any UserSig it quotes is
        /// redacted).
        info: String,
        /// `ErrorDisplay`: text meant for end users, where the API sends one
        /// (redacted as `info`).
        display: Option<String>,
    },
    /// The reply had an HTTP status other than 200 (a gateway problem: the
    /// service itself answers 200 even for failures).
    #[error("HTTP {status} from the service: {snippet:?}")]
    Http {
        /// The status.
        status: http::StatusCode,
        /// The start of the body, with query strings and the UserSig removed.
        snippet: String,
    },
    /// The reply was not the expected JSON.
    #[error("the reply is not the expected JSON ({message}); it starts {snippet:?}")]
    Decode {
        /// What was wrong.
        message: String,
        /// The start of the body, with query strings and the UserSig removed.
        snippet: String,
    },
    /// The request could not be sent or its reply not read. The text says
    /// which timeout passed (connect or per attempt) and after how long, and
    /// TLS failures are [`TransportErrorKind::Tls`](tim_transport::TransportErrorKind::Tls).
    #[error("transport: {0}")]
    Transport(#[from] TransportError),
    /// The call's deadline ([`RetryPolicy::deadline`](crate::RetryPolicy::deadline))
    /// passed while an attempt was waiting for its reply.
    #[error("no reply within the call's deadline of {} ({attempts} attempt{})", show(*deadline), plural(*attempts))]
    Deadline {
        /// The deadline.
        deadline: Duration,
        /// Attempts sent, the last one cut short.
        attempts: u32,
    },
    /// A call that changes state (not [`Api::IDEMPOTENT`](tim_protocol::Api::IDEMPOTENT))
    /// lost a reply after its request may have reached the service (a
    /// timeout, a connection reset after sending, HTTP 502 or 504, an
    /// ambiguous service code), and what followed did not settle it. The
    /// call may have taken effect: read the state before sending it again.
    /// The boxed error is the last failure seen.
    #[error(
        "outcome unknown: the request may have reached the service, and the service may have applied it; \
         check before sending it again (last failure: {0})"
    )]
    OutcomeUnknown(#[source] Box<Error>),
    /// The configured [`RateLimitStore`](crate::RateLimitStore) gave no
    /// permit (a shared store that cannot be reached, set to fail calls
    /// then). Nothing was sent: the outcome is known, and the call can be
    /// made again.
    #[error("no rate-limit permit, so nothing was sent: {0}")]
    RateLimitStore(#[from] crate::RateLimitStoreError),
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

fn plural(count: u32) -> &'static str {
    if count == 1 {
        ""
    } else {
        "s"
    }
}

/// A duration for people: whole milliseconds, as `12s` or `2.5s`.
pub(crate) fn show(duration: Duration) -> String {
    format!(
        "{:?}",
        Duration::from_millis(duration.as_millis().try_into().unwrap_or(u64::MAX))
    )
}

impl From<tim_usersig::EmptySecretKey> for Error {
    fn from(error: tim_usersig::EmptySecretKey) -> Self {
        Self::Config(error.into())
    }
}

impl Error {
    /// The service's code, for [`Error::Api`]. `None` for
    /// [`Error::OutcomeUnknown`], even when its last failure was a code: an
    /// earlier attempt may have done what the code says was not done.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            Self::Api { code, .. } => Some(*code),
            _ => None,
        }
    }

    /// Whether trying again later can succeed: rate limits, connection
    /// failures, 503 and 429, timeouts, connections lost mid-call, 502 and
    /// 504, an expired UserSig, and the service codes classed as transient.
    /// The clients retry only the subset that is also safe for the call (see
    /// [`RetryPolicy`](crate::RetryPolicy)). TLS failures are not retryable,
    /// nor is an [`Error::OutcomeUnknown`]: check the state first.
    ///
    /// The clients decide with the same rule, written once.
    pub fn is_retryable(&self) -> bool {
        matches!(
            classify(self),
            Verdict::NotApplied { .. } | Verdict::Resign | Verdict::Ambiguous
        )
    }

    /// Whether the call may have taken effect although it reports a failure
    /// ([`Error::OutcomeUnknown`]).
    pub fn is_outcome_unknown(&self) -> bool {
        matches!(self, Self::OutcomeUnknown(_))
    }

    /// Whether a timeout passed: connect, per attempt, or the call's deadline
    /// (also behind [`Error::OutcomeUnknown`]).
    pub fn is_timeout(&self) -> bool {
        match self {
            Self::Transport(error) => error.is_timeout(),
            Self::Deadline { .. } => true,
            Self::OutcomeUnknown(error) => error.is_timeout(),
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

/// Removes every spelling of each of `secrets` from `text` (as is, and
/// percent-encoded, once or twice, in either case of hex digit), then every
/// query string, and cuts the result to at most `max` bytes.
///
/// Redaction comes before the cut, so a cut never leaves the start of a
/// secret behind; only the part of `text` that can reach the cut is read, so
/// a large body costs no more than a small one.
pub(crate) fn redact(text: &str, secrets: &[&str], max: usize) -> String {
    let longest = secrets.iter().map(|secret| secret.len()).max().unwrap_or(0);
    // A secret starting before `max` ends within 5 bytes per character.
    let mut end = text.len().min(max.saturating_add(longest.saturating_mul(5)));
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut text = text[..end].to_owned();
    for secret in secrets.iter().filter(|secret| !secret.is_empty()) {
        text = remove_spellings(&text, secret.as_bytes());
    }
    let mut text = redact_query(&text);
    if text.len() > max {
        let mut cut = max;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
    }
    text
}

const REDACTED: &str = "<redacted>";

fn remove_spellings(text: &str, secret: &[u8]) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let (mut copied, mut at) = (0, 0);
    while at < bytes.len() {
        match match_at(bytes, at, secret) {
            Some(end) => {
                out.push_str(&text[copied..at]);
                out.push_str(REDACTED);
                (copied, at) = (end, end);
            }
            None => at += 1,
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// Where a spelling of `secret` starting at `at` ends, if one does. Only
/// ASCII is matched, so the ends are character boundaries.
fn match_at(text: &[u8], mut at: usize, secret: &[u8]) -> Option<usize> {
    for &want in secret {
        at = match_byte(text, at, want)?;
    }
    Some(at)
}

fn match_byte(text: &[u8], at: usize, want: u8) -> Option<usize> {
    if *text.get(at)? == want {
        return Some(at + 1);
    }
    if text[at] != b'%' {
        return None;
    }
    match hex_byte(text, at + 1)? {
        byte if byte == want => Some(at + 3),
        // `%25` is `%`: a second round of encoding.
        b'%' if hex_byte(text, at + 3)? == want => Some(at + 5),
        _ => None,
    }
}

/// Two hex digits read in place while matching: a hex crate decodes a whole
/// string first, and this text is mostly not an escape.
fn hex_byte(text: &[u8], at: usize) -> Option<u8> {
    let digit = |at: usize| char::from(*text.get(at)?).to_digit(16);
    Some((digit(at)? * 16 + digit(at + 1)?) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIG: &str = "eJwtzF0LgjAUBuDf*sbt-_eJ";

    #[test]
    fn every_spelling_is_redacted() {
        for spelling in [
            SIG.to_owned(),
            SIG.replace('*', "%2A"),
            SIG.replace('*', "%2a"),
            SIG.replace('*', "%252A").replace('-', "%2D"),
            SIG.bytes().map(|b| format!("%{b:02x}")).collect(),
        ] {
            let text = format!("echo: {spelling}!");
            assert_eq!(redact(&text, &[SIG], 256), "echo: <redacted>!", "{spelling}");
        }
        assert_eq!(redact("nothing here", &[SIG], 256), "nothing here");
        assert_eq!(redact(&format!("{SIG} {SIG}"), &[SIG], 256), "<redacted> <redacted>");
    }

    #[test]
    fn a_cut_never_leaves_a_prefix() {
        for lead in 0..60 {
            let text = format!("{}{}{}", "x".repeat(lead), SIG.replace('*', "%2A"), "y".repeat(100));
            let snippet = redact(&text, &[SIG], 40);
            assert!(snippet.len() <= 40);
            assert!(!snippet.contains("eJwt"), "{lead}: {snippet}");
        }
        // Multi-byte characters are never split.
        assert_eq!(redact("ééé", &[], 3), "é");
    }

    #[test]
    fn query_strings_go_too() {
        assert_eq!(
            redact("GET /v4/a?usersig=abc&random=1 failed", &[], 256),
            "GET /v4/a?<redacted> failed"
        );
    }
}
