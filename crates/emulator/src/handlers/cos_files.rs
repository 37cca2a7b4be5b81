//! `im_cos_msg`: the rich-media files of chat messages —
//! `forbid_illegal_object` (ban a file), `allow_banned_object` (lift the
//! ban) and `get_cos_sig` (full-control signed URLs and each file's
//! status).
//!
//! The official pages are not among the stored ones; the facts are the
//! generated SDK's (see `tim_protocol::cos_msg`), which lists no error
//! codes: the refusals are the gateway's (60003 for a request `validate()`
//! refuses, 60010 for a caller who is not an administrator), and these
//! handlers refuse nothing else.
//!
//! The emulator stores no files (no client uploads any), so its model is
//! the set of banned `RawURL`s (`state::cos_files`), compared as exact
//! strings; any non-empty URL is taken as a file of the app. Choices where
//! the sources are silent:
//!
//! - Banning a banned URL, or allowing one that is not banned, succeeds and
//!   changes nothing (both calls set a final state).
//! - `get_cos_sig` answers one item per file asked, in the order asked, with
//!   its `ResourceID`, `Code` 0, `Desc` `""`, `Status` 1 when banned and 0
//!   otherwise, and a `PreSigURL` the emulator makes up: the `RawURL` with
//!   the query `sign=emulator&expires=<T>` appended (after `&` when the URL
//!   has a query already), `T` the emulator's clock plus 900 seconds (the
//!   15 minutes the sources give). It signs nothing and serves nothing at
//!   that URL: the link says what a real one would carry, honestly marked
//!   as the emulator's.
//! - `Status` 2 (missing) is never answered: without files the emulator
//!   cannot know which are missing.

use tim_protocol::cos_msg::{
    AllowBannedObjectRequest, ForbidIllegalObjectRequest, GetCosSigRequest, GetCosSigResponse, PreSigUrl,
};
use tim_protocol::EnvelopeOnlyResponse;

use crate::context::Context;
use crate::failure::Failure;

/// How long a signed URL is valid: 15 minutes, as the sources say.
const PRE_SIG_VALID_SECS: u64 = 900;

pub(crate) fn forbid(ctx: &Context, request: ForbidIllegalObjectRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    ctx.state.cos_files.ban(&request.raw_url);
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn allow(ctx: &Context, request: AllowBannedObjectRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    ctx.state.cos_files.allow(&request.raw_url);
    Ok(EnvelopeOnlyResponse::new())
}

/// The emulator's stand-in for a signed URL of `raw_url`, valid until
/// `expires`.
fn pre_signed(raw_url: &str, expires: u64) -> String {
    let joiner = if raw_url.contains('?') { '&' } else { '?' };
    format!("{raw_url}{joiner}sign=emulator&expires={expires}")
}

pub(crate) fn get_sig(ctx: &Context, request: GetCosSigRequest) -> Result<GetCosSigResponse, Failure> {
    let expires = ctx.now() + PRE_SIG_VALID_SECS;
    let urls = request.raw_urls.iter().map(|item| {
        let status = i64::from(ctx.state.cos_files.is_banned(&item.raw_url));
        PreSigUrl::new(item.resource_id, pre_signed(&item.raw_url, expires), status)
    });
    Ok(GetCosSigResponse::new(urls))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pre_signed_url_appends_its_query() {
        assert_eq!(
            pre_signed("https://cos.example/a.png", 100),
            "https://cos.example/a.png?sign=emulator&expires=100"
        );
        assert_eq!(
            pre_signed("https://cos.example/a.png?v=2", 7),
            "https://cos.example/a.png?v=2&sign=emulator&expires=7"
        );
    }
}
