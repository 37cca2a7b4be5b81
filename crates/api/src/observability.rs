//! What a call tells a `tracing` subscriber and, with the `metrics` feature,
//! a `metrics` recorder.
//!
//! # The span
//!
//! Every call of either client runs in one span, `tim.call`, at level INFO
//! (target `tim_api::observability`). Its fields are declared when the call starts and
//! recorded as it goes, so any subscriber sees them (`tim -v` prints them):
//!
//! | field | value |
//! | --- | --- |
//! | `path` | the endpoint path, `v4/group_open_http_svc/get_group_info` |
//! | `attempt` | the attempt being sent, from 1 (recorded again at each attempt) |
//! | `random` | the `random` query parameter of that attempt, to find it in the service's logs |
//! | `outcome` | how the call ended: [`OUTCOME_OK`], [`OUTCOME_REFUSED`], [`OUTCOME_UNKNOWN`] or [`OUTCOME_FAILED`] |
//! | `code` | the service's `ErrorCode` of a refusal, or the last one behind an unknown outcome |
//! | `latency_ms` | the call's time in milliseconds, rate-limit waits and retries included |
//! | `retry` | what was decided after the last attempt (see below) |
//!
//! `retry` is `backoff` or `resign` while a retry is pending (after a wait,
//! or at once with a fresh UserSig), then, when the call ends: `not_needed`
//! (the attempt succeeded), `not_retryable` (a definite failure),
//! `not_idempotent` (the outcome is unknown and the call changes state, so it
//! is not sent again), `attempts_exhausted`, `deadline` (no time left for
//! another attempt) or `not_sent` (the request failed validation or encoding).
//!
//! A WARN event is logged when a call is retried (`retrying`, with the
//! error, the attempt that failed and the wait) and when its outcome is
//! unknown; both carry `path` too, so they say which call they are about
//! under a subscriber that leaves INFO spans out. All events are logged in
//! the current span (the call's, or the application's when the call's is
//! disabled). None of the fields or
//! events holds the secret key, a UserSig or a query string: errors are
//! redacted before they are logged, and the span names the path only.
//!
//! A call that is dropped before it ends (an async call whose future is
//! cancelled) records no outcome.
//!
//! # Metrics
//!
//! With the `metrics` feature, the clients report through the
//! [`metrics`](https://docs.rs/metrics) facade to whatever recorder the
//! application installs (none: nothing is recorded). Every metric has the
//! label `endpoint`, the endpoint path:
//!
//! | metric | kind | counts |
//! | --- | --- | --- |
//! | [`tim_api_calls_total`](CALLS_TOTAL) | counter | calls begun |
//! | [`tim_api_failures_total`](FAILURES_TOTAL) | counter | calls that did not succeed, labelled `code` too (below) |
//! | [`tim_api_retries_total`](RETRIES_TOTAL) | counter | attempts sent again after a failure |
//! | [`tim_api_outcome_unknown_total`](OUTCOME_UNKNOWN_TOTAL) | counter | calls that ended with [`Error::OutcomeUnknown`] |
//! | [`tim_api_rate_limit_waits_total`](RATE_LIMIT_WAITS_TOTAL) | counter | attempts that waited for the client-side rate limit |
//! | [`tim_api_call_duration_seconds`](CALL_DURATION_SECONDS) | histogram | each call's time, as `latency_ms` |
//!
//! The `code` label of `tim_api_failures_total` is the service's `ErrorCode`
//! (`"60007"`) for a refusal, and otherwise the kind of failure:
//! `outcome_unknown`, `validation`, `http`, `decode`, `transport`,
//! `timeout`, `deadline`, `config`, `rate_limit_store` (no permit from a
//! shared store) or `encode`. So the labels stay few.

/// `outcome` of a call that succeeded.
pub const OUTCOME_OK: &str = "ok";
/// `outcome` of a call the service refused with an `ErrorCode`
/// ([`Error::Api`]).
pub const OUTCOME_REFUSED: &str = "refused";
/// `outcome` of a call that may or may not have taken effect
/// ([`Error::OutcomeUnknown`]).
pub const OUTCOME_UNKNOWN: &str = "outcome_unknown";
/// `outcome` of a call that failed otherwise (validation, transport, HTTP
/// status, reply not understood, deadline).
pub const OUTCOME_FAILED: &str = "failed";

/// Counter: calls begun.
pub const CALLS_TOTAL: &str = "tim_api_calls_total";
/// Counter: calls that did not succeed, labelled `code`.
pub const FAILURES_TOTAL: &str = "tim_api_failures_total";
/// Counter: attempts sent again after a failure.
pub const RETRIES_TOTAL: &str = "tim_api_retries_total";
/// Counter: calls whose outcome is unknown.
pub const OUTCOME_UNKNOWN_TOTAL: &str = "tim_api_outcome_unknown_total";
/// Counter: attempts that waited for the client-side rate limit.
pub const RATE_LIMIT_WAITS_TOTAL: &str = "tim_api_rate_limit_waits_total";
/// Histogram: each call's time in seconds.
pub const CALL_DURATION_SECONDS: &str = "tim_api_call_duration_seconds";

use std::time::Duration;

use crate::Error;

/// The span of one call of `path`, its fields declared to be recorded later.
pub(crate) fn call_span(path: &'static str) -> tracing::Span {
    tracing::info_span!(
        "tim.call",
        path,
        attempt = tracing::field::Empty,
        random = tracing::field::Empty,
        outcome = tracing::field::Empty,
        code = tracing::field::Empty,
        latency_ms = tracing::field::Empty,
        retry = tracing::field::Empty,
    )
}

/// The `outcome` of a result.
pub(crate) fn outcome<T>(result: &Result<T, Error>) -> &'static str {
    match result {
        Ok(_) => OUTCOME_OK,
        Err(Error::Api { .. }) => OUTCOME_REFUSED,
        Err(Error::OutcomeUnknown(_)) => OUTCOME_UNKNOWN,
        Err(_) => OUTCOME_FAILED,
    }
}

/// The service's code an error carries, behind an unknown outcome too.
pub(crate) fn service_code(error: &Error) -> Option<i64> {
    match error {
        Error::Api { code, .. } => Some(code.code()),
        Error::OutcomeUnknown(error) => service_code(error),
        _ => None,
    }
}

/// The `code` label of a failure: the service's code of a refusal, the kind
/// of failure otherwise.
#[cfg(feature = "metrics")]
fn failure_label(error: &Error) -> metrics::SharedString {
    match error {
        Error::Api { code, .. } => code.code().to_string().into(),
        Error::OutcomeUnknown(_) => "outcome_unknown".into(),
        Error::Validation(_) => "validation".into(),
        Error::Http { .. } => "http".into(),
        Error::Decode { .. } => "decode".into(),
        Error::Transport(error) if error.is_timeout() => "timeout".into(),
        Error::Transport(_) => "transport".into(),
        Error::Deadline { .. } => "deadline".into(),
        Error::Config(_) => "config".into(),
        Error::RateLimitStore(_) => "rate_limit_store".into(),
        Error::Encode(_) => "encode".into(),
    }
}

/// Counts a call begun.
pub(crate) fn count_call(path: &'static str) {
    #[cfg(feature = "metrics")]
    metrics::counter!(CALLS_TOTAL, "endpoint" => path).increment(1);
    #[cfg(not(feature = "metrics"))]
    let _ = path;
}

/// Counts a retry.
pub(crate) fn count_retry(path: &'static str) {
    #[cfg(feature = "metrics")]
    metrics::counter!(RETRIES_TOTAL, "endpoint" => path).increment(1);
    #[cfg(not(feature = "metrics"))]
    let _ = path;
}

/// Counts a wait for the client-side rate limit.
pub(crate) fn count_rate_limit_wait(path: &'static str) {
    #[cfg(feature = "metrics")]
    metrics::counter!(RATE_LIMIT_WAITS_TOTAL, "endpoint" => path).increment(1);
    #[cfg(not(feature = "metrics"))]
    let _ = path;
}

/// Reports the end of a call: its time, and what it failed with.
pub(crate) fn count_end(path: &'static str, error: Option<&Error>, latency: Duration) {
    #[cfg(feature = "metrics")]
    {
        metrics::histogram!(CALL_DURATION_SECONDS, "endpoint" => path).record(latency.as_secs_f64());
        if let Some(error) = error {
            metrics::counter!(FAILURES_TOTAL, "endpoint" => path, "code" => failure_label(error)).increment(1);
            if error.is_outcome_unknown() {
                metrics::counter!(OUTCOME_UNKNOWN_TOTAL, "endpoint" => path).increment(1);
            }
        }
    }
    #[cfg(not(feature = "metrics"))]
    let _ = (path, error, latency);
}
