//! Printing the replies that answer one result per item (`sns::ResultsResponse`
//! for friends, blocklists and follows; the same for accounts and members),
//! so a partial failure is never silent: successes on standard output,
//! failures on standard error (both in the JSON under `--json`), and the
//! exit code of [`Failure::items`].

use tim_protocol::sns::ResultsResponse;
use tim_protocol::ErrorCode;

use crate::failure::Failure;
use crate::output::{line, outcome, print_json, warn};

/// One item's outcome: its name, code and the service's text, and what to
/// print after the name when it succeeded.
pub(crate) struct Outcome<'a> {
    pub(crate) item: &'a str,
    pub(crate) code: ErrorCode,
    pub(crate) info: &'a str,
    pub(crate) ok: String,
}

/// Prints each item's outcome, or `reply` as JSON, and fails as the
/// contract says when some or all failed.
pub(crate) fn report<'a, T: serde::Serialize>(
    json: bool,
    reply: &T,
    outcomes: impl IntoIterator<Item = Outcome<'a>>,
) -> Result<(), Failure> {
    let (failed, all) = print_outcomes(json, reply, outcomes);
    Failure::items(failed, all)
}

/// Prints as [`report`] does; answers how many items failed, of how many
/// (for a command that sends several batches).
pub(crate) fn print_outcomes<'a, T: serde::Serialize>(
    json: bool,
    reply: &T,
    outcomes: impl IntoIterator<Item = Outcome<'a>>,
) -> (usize, usize) {
    if json {
        print_json(reply);
    }
    let (mut failed, mut all) = (0, 0);
    for Outcome { item, code, info, ok } in outcomes {
        all += 1;
        if code.is_success() {
            if !json {
                line(&format!("{item} {ok}"));
            }
        } else {
            failed += 1;
            if !json {
                warn(&format!("{item} {}", outcome(code, info)));
            }
        }
    }
    (failed, all)
}

/// [`report`] for the sns and follow calls' per-user results.
pub(crate) fn report_users(json: bool, reply: &ResultsResponse) -> Result<(), Failure> {
    let outcomes = reply.result_item.iter().flatten().map(|item| Outcome {
        item: &item.to_account,
        code: item.result_code,
        info: item.result_info.as_deref().unwrap_or(""),
        ok: "ok".into(),
    });
    report(json, reply, outcomes)
}
