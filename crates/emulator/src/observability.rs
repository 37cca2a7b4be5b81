//! What the emulator tells a `metrics` recorder about the calls it served,
//! with the `metrics` feature: the same counts the SDK keeps of the calls it
//! made (`tim_api::observability`), so a test or a dashboard can set the two
//! side by side.
//!
//! | metric | kind | counts |
//! | --- | --- | --- |
//! | [`tim_emulator_calls_total`](CALLS_TOTAL) | counter | calls answered, refusals included |
//! | [`tim_emulator_failures_total`](FAILURES_TOTAL) | counter | calls answered with a non-zero `ErrorCode` or a status other than 200, labelled `code` too |
//!
//! Every metric has the label `endpoint`: the endpoint's current path (a call
//! of an older name counts under the endpoint it reaches), or `unknown` for a
//! path of no endpoint, so a caller cannot make up labels. `code` is the
//! reply's `ErrorCode` (`"70107"`), or `http_413` and the like for an answer
//! that is not an envelope. Without the feature nothing is counted, and the
//! hot path pays nothing.

/// Counter: calls answered, refusals included.
pub const CALLS_TOTAL: &str = "tim_emulator_calls_total";
/// Counter: calls answered with a failure, labelled `code`.
pub const FAILURES_TOTAL: &str = "tim_emulator_failures_total";
/// The `endpoint` label of a path that is no endpoint's.
pub const UNKNOWN_ENDPOINT: &str = "unknown";

/// Counts one answered call of `path` (as called; of `endpoint`, if the
/// router already knows) with its HTTP status and reply code, if it had one.
#[cfg(feature = "metrics")]
pub(crate) fn count(
    endpoint: Option<&'static str>,
    path: &str,
    http_status: u16,
    code: Option<tim_protocol::ErrorCode>,
) {
    let endpoint = endpoint
        .or_else(|| tim_protocol::Endpoint::find(path).map(|endpoint| endpoint.path()))
        .unwrap_or(UNKNOWN_ENDPOINT);
    metrics::counter!(CALLS_TOTAL, "endpoint" => endpoint).increment(1);
    let failed = match code {
        Some(code) if code.code() != 0 => Some(code.code().to_string()),
        Some(_) if http_status == 200 => None,
        _ if http_status != 200 => Some(format!("http_{http_status}")),
        _ => None,
    };
    if let Some(code) = failed {
        metrics::counter!(FAILURES_TOTAL, "endpoint" => endpoint, "code" => code).increment(1);
    }
}

#[cfg(not(feature = "metrics"))]
pub(crate) fn count(_: Option<&'static str>, _: &str, _: u16, _: Option<tim_protocol::ErrorCode>) {}
