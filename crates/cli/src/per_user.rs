//! Printing the replies that answer one result per user (`sns::ResultsResponse`:
//! friends, blocklists, follows), so a partial failure is never silent.

use tim_protocol::sns::ResultsResponse;
use tim_protocol::ErrorCode;

use crate::output::{outcome, print};

/// Prints each user's outcome (or the reply as JSON) and fails when any user
/// failed.
pub(crate) fn report(json: bool, reply: &ResultsResponse) -> Result<(), String> {
    print(json, reply, || {
        reply
            .result_item
            .iter()
            .flatten()
            .map(|item| {
                let info = item.result_info.as_deref().unwrap_or("");
                format!("{} {}", item.to_account, outcome(item.result_code, info))
            })
            .collect()
    });
    failures(reply.result_item.iter().flatten().map(|item| item.result_code))
}

/// Fails, naming how many, when some users' parts failed: the calls that
/// answer per user answer OK as a whole even then.
pub(crate) fn failures(codes: impl Iterator<Item = ErrorCode>) -> Result<(), String> {
    let (mut failed, mut all) = (0, 0);
    for code in codes {
        all += 1;
        failed += usize::from(!code.is_success());
    }
    match failed {
        0 => Ok(()),
        _ => Err(format!("{failed} of {all} user(s) failed")),
    }
}
