//! When and how long to wait before trying a call again.

use std::time::Duration;

use tim_protocol::{ErrorCode, RetryClass};
use tim_transport::TransportErrorKind;

use crate::Error;

/// How a client retries failed calls, and how long a call may take.
///
/// A failed attempt falls in one of three groups; the rule is written once
/// and [`Error::is_retryable`] uses it too.
///
/// - **Nothing was done**: the connection could not be opened (refused,
///   unreachable, connect timeout; the remaining attempts then go to the
///   region's backup domain, where there is one), HTTP 503 or 429 from a
///   gateway that did not forward the request, the service codes of class
///   [`RetryClass::AfterBackoff`] (the rate limits: 60007, 60011, 60018,
///   60019, 10006, ...). Retried for every call. 70001 (expired UserSig,
///   [`RetryClass::AfterResigning`]) is retried once, at once, after signing
///   a fresh one.
/// - **The outcome is unknown**: the request may have reached the service
///   and the reply was lost: a per-attempt timeout, a connection lost after
///   sending, HTTP 502 or 504, the service codes of class
///   [`RetryClass::Maybe`] (50004, 60008 and the like). Retried only for calls that are
///   idempotent ([`tim_protocol::Api::IDEMPOTENT`]: reads, imports, marks) or
///   when [`RetryPolicyBuilder::retry_ambiguous`] is set. A call that changes
///   state is not retried, and its error is [`Error::OutcomeUnknown`]: a
///   rename whose reply was lost may have happened; sent again, it would fail
///   with 51009 because the old name is gone, and report a failure for a
///   success. Other 5xx statuses and replies too large to read are unknown
///   outcomes too, but are not retried.
/// - **A definite answer**: the service codes of class [`RetryClass::Never`]
///   and codes this crate does not know, any other status, TLS failures,
///   replies that are not JSON. Not retried.
///
/// The service codes' part of this rule is the error-code table's
/// ([`ErrorCode::retry_class`](tim_protocol::ErrorCode::retry_class)); the
/// rest is what only the transport knows.
///
/// Time: a call's attempts end by its [`deadline`](Self::deadline) (12 s by
/// default, counted from the first attempt; waiting for the client-side rate
/// limit comes before it): an attempt still waiting for its reply then is cut
/// short ([`Error::Deadline`]), and no retry starts that could not begin
/// before it. Each attempt also has the transport's per-attempt timeout
/// ([`TransportConfig::timeout`](tim_transport::TransportConfig::timeout),
/// 5 s by default, above the service's own 3 s backend timeout). So a
/// server that never answers costs a call that changes state 5 s (one
/// attempt), and a read at most 12 s.
///
/// ```
/// use std::time::Duration;
/// use tim_api::RetryPolicy;
///
/// let policy = RetryPolicy::builder().max_attempts(5).deadline(Duration::from_secs(30)).build();
/// assert_eq!(policy.max_attempts(), 5);
/// assert_eq!(RetryPolicy::default().deadline(), Duration::from_secs(12));
/// assert_eq!(RetryPolicy::none().max_attempts(), 1);
/// ```
///
/// [`Error::OutcomeUnknown`]: crate::Error::OutcomeUnknown
/// [`RetryClass::AfterBackoff`]: tim_protocol::RetryClass::AfterBackoff
/// [`RetryClass::AfterResigning`]: tim_protocol::RetryClass::AfterResigning
/// [`RetryClass::Maybe`]: tim_protocol::RetryClass::Maybe
/// [`RetryClass::Never`]: tim_protocol::RetryClass::Never
/// [`Error::Deadline`]: crate::Error::Deadline
/// [`Error::is_retryable`]: crate::Error::is_retryable
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    deadline: Duration,
    retry_ambiguous: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(2),
            deadline: Duration::from_secs(12),
            retry_ambiguous: false,
        }
    }
}

impl RetryPolicy {
    /// A builder starting from the defaults: 4 attempts, backoff from 200 ms
    /// doubling up to 2 s with jitter, 12 s deadline, unknown outcomes of
    /// calls that change state not retried.
    pub fn builder() -> RetryPolicyBuilder {
        RetryPolicyBuilder(Self::default())
    }

    /// One attempt, no retries.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Attempts per call, the first included.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The most time a call's attempts take, from the first one: an attempt
    /// still waiting then is cut short, and no retry begins that could not
    /// start before it (default 12 s).
    pub fn deadline(&self) -> Duration {
        self.deadline
    }

    /// Whether failures that leave the outcome unknown (timeouts, lost
    /// connections, 502, 504, transient service codes) are retried for calls
    /// that are not idempotent.
    pub fn retries_ambiguous(&self) -> bool {
        self.retry_ambiguous
    }

    /// The wait before attempt `attempt + 1`, after `attempt` failed (from 1):
    /// half of the exponential step fixed, half random ("equal jitter"), so
    /// that clients refused together do not come back together.
    pub(crate) fn backoff(&self, attempt: u32) -> Duration {
        let exponent = attempt.saturating_sub(1).min(16);
        let step = self.initial_backoff.saturating_mul(1 << exponent).min(self.max_backoff);
        let half = step / 2;
        half + half.mul_f64(rand::random::<f64>())
    }
}

/// Builds a [`RetryPolicy`].
#[derive(Debug, Clone)]
pub struct RetryPolicyBuilder(RetryPolicy);

impl RetryPolicyBuilder {
    /// Attempts per call, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.0.max_attempts = attempts.max(1);
        self
    }

    /// The first wait; it doubles with each retry.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.0.initial_backoff = backoff;
        self
    }

    /// The longest wait.
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.0.max_backoff = backoff;
        self
    }

    /// The most time a call's attempts take, from the first one.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.0.deadline = deadline;
        self
    }

    /// Also retry failures that leave the outcome unknown (timeouts, lost
    /// connections, 502, 504, transient service codes) for calls that are not
    /// idempotent. See [`RetryPolicy`] for the risk; if such a call then
    /// fails, its error is still [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown).
    pub fn retry_ambiguous(mut self, retry: bool) -> Self {
        self.0.retry_ambiguous = retry;
        self
    }

    /// The policy.
    pub fn build(self) -> RetryPolicy {
        self.0
    }
}

/// What a failed attempt says about its call: the one retry rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Nothing was done, and trying again can help. `failover`: no connection
    /// was made, so the backup domain may do better.
    NotApplied {
        /// Go on at the backup domain.
        failover: bool,
    },
    /// 70001: sign a fresh UserSig and try again at once.
    Resign,
    /// The call may have been applied, and trying again can help.
    Ambiguous,
    /// The call may have been applied, and trying again cannot help.
    AmbiguousFinal,
    /// A definite failure.
    Final,
}

/// Classifies a failure; see [`RetryPolicy`] for the groups.
pub(crate) fn classify(error: &Error) -> Verdict {
    match error {
        Error::Transport(error) => match error.kind() {
            TransportErrorKind::Connect | TransportErrorKind::ConnectTimeout => Verdict::NotApplied { failover: true },
            TransportErrorKind::Timeout | TransportErrorKind::Io => Verdict::Ambiguous,
            // The service answered; what it said was not read.
            TransportErrorKind::BodyTooLarge => Verdict::AmbiguousFinal,
            _ => Verdict::Final,
        },
        Error::Http { status, .. } => match status.as_u16() {
            // A gateway that did not forward the request.
            429 | 503 => Verdict::NotApplied { failover: false },
            // A gateway that forwarded it and lost, or gave up on, the reply.
            502 | 504 => Verdict::Ambiguous,
            500..=599 => Verdict::AmbiguousFinal,
            _ => Verdict::Final,
        },
        Error::Deadline { .. } => Verdict::AmbiguousFinal,
        Error::Api { code, .. } => classify_code(*code),
        _ => Verdict::Final,
    }
}

/// A service code's verdict: a lookup in the error-code table, which owns
/// the classes ([`ErrorCode::retry_class`]), so what the table says is what
/// the client does.
fn classify_code(code: ErrorCode) -> Verdict {
    match code.retry_class() {
        RetryClass::AfterBackoff => Verdict::NotApplied { failover: false },
        RetryClass::AfterResigning => Verdict::Resign,
        RetryClass::Maybe => Verdict::Ambiguous,
        // `Never`, and any class a later tim-protocol adds: not retried.
        _ => Verdict::Final,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_sorts_failures_into_their_groups() {
        let transport = |kind| Error::Transport(tim_transport::TransportError::new(kind, "x"));
        let http = |status: u16| Error::Http {
            status: http::StatusCode::from_u16(status).unwrap(),
            snippet: String::new(),
        };
        let api = |code: i64| Error::Api {
            code: ErrorCode::from(code),
            info: String::new(),
            display: None,
        };
        let cases = [
            (
                transport(TransportErrorKind::Connect),
                Verdict::NotApplied { failover: true },
            ),
            (
                transport(TransportErrorKind::ConnectTimeout),
                Verdict::NotApplied { failover: true },
            ),
            (transport(TransportErrorKind::Timeout), Verdict::Ambiguous),
            (transport(TransportErrorKind::Io), Verdict::Ambiguous),
            (transport(TransportErrorKind::BodyTooLarge), Verdict::AmbiguousFinal),
            (transport(TransportErrorKind::Tls), Verdict::Final),
            (http(503), Verdict::NotApplied { failover: false }),
            (http(429), Verdict::NotApplied { failover: false }),
            (http(502), Verdict::Ambiguous),
            (http(504), Verdict::Ambiguous),
            (http(500), Verdict::AmbiguousFinal),
            (http(404), Verdict::Final),
            (api(60007), Verdict::NotApplied { failover: false }),
            (api(60019), Verdict::NotApplied { failover: false }),
            (api(70001), Verdict::Resign),
            (api(50004), Verdict::Ambiguous),
            (api(60008), Verdict::Ambiguous),
            (api(60004), Verdict::Final),
            (api(70050), Verdict::Final),
            (api(51009), Verdict::Final),
            (api(99_999), Verdict::Final),
        ];
        for (error, verdict) in cases {
            assert_eq!(classify(&error), verdict, "{error}");
            let retryable = matches!(
                verdict,
                Verdict::NotApplied { .. } | Verdict::Resign | Verdict::Ambiguous
            );
            assert_eq!(error.is_retryable(), retryable, "{error}");
        }
        let unknown = Error::OutcomeUnknown(Box::new(http(504)));
        assert!(!unknown.is_retryable() && unknown.is_outcome_unknown());
    }

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let policy = RetryPolicy::builder()
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(350))
            .build();
        for _ in 0..100 {
            let first = policy.backoff(1);
            assert!(
                (Duration::from_millis(50)..=Duration::from_millis(100)).contains(&first),
                "{first:?}"
            );
            let second = policy.backoff(2);
            assert!(
                (Duration::from_millis(100)..=Duration::from_millis(200)).contains(&second),
                "{second:?}"
            );
            let capped = policy.backoff(30);
            assert!(
                (Duration::from_millis(175)..=Duration::from_millis(350)).contains(&capped),
                "{capped:?}"
            );
        }
    }
}
