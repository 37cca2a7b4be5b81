//! The checks made before a request body is read: query parameters, the
//! administrator, the UserSig.
//!
//! The service documents the codes but not always which check yields which;
//! the emulator's mapping:
//!
//! | check | code |
//! |---|---|
//! | `sdkappid` missing | 60012 |
//! | `sdkappid` not a number, or not this app's | 60006 |
//! | `contenttype` missing or not `json` | 60025 |
//! | `random` missing or not a 32-bit unsigned integer | 60002 |
//! | `identifier` missing or empty | 60025 |
//! | `identifier` not an admin | the service's own: 50003 (recentcontact), 70403 (account APIs) |
//! | `usersig` missing or empty | 70002 |
//! | UserSig not base64 / zlib / JSON, or not version 2.0 | 70003 |
//! | UserSig for another SDKAppID | 70014 |
//! | UserSig for another identifier | 70013 |
//! | UserSig signature or userbuf wrong | 70009 |
//! | UserSig expired (`now > time + expire`) | 70001 |

use std::borrow::Cow;
use std::sync::{PoisonError, RwLock};

use rustc_hash::FxHashMap;
use tim_protocol::{ErrorCode, Service};
use tim_usersig::{verify, Error as SigError, VerifyParams};

use crate::config::Settings;
use crate::failure::Failure;

/// Verified UserSigs kept at most; the cache is emptied when full.
const VERIFIED_CACHE_MAX: usize = 1024;

/// UserSigs already verified, per identifier, with their expiry: checking
/// one costs tens of microseconds, and clients reuse theirs for hours. The
/// context holds one; only this module reads or fills it. Keyed identifier
/// first, so a lookup borrows the query's text instead of copying it.
#[derive(Debug, Default)]
pub(crate) struct VerifiedSigs(RwLock<FxHashMap<String, FxHashMap<String, u64>>>);

impl VerifiedSigs {
    fn until(&self, identifier: &str, usersig: &str) -> Option<u64> {
        let verified = self.0.read().unwrap_or_else(PoisonError::into_inner);
        verified.get(identifier)?.get(usersig).copied()
    }

    fn remember(&self, identifier: &str, usersig: &str, until: u64) {
        let mut verified = self.0.write().unwrap_or_else(PoisonError::into_inner);
        if verified.values().map(FxHashMap::len).sum::<usize>() >= VERIFIED_CACHE_MAX {
            verified.clear();
        }
        verified
            .entry(identifier.to_owned())
            .or_default()
            .insert(usersig.to_owned(), until);
    }
}

/// The query parameters the checks read, first value of each name; values
/// without escapes are borrowed from the query, not copied.
#[derive(Default)]
struct Query<'q> {
    sdkappid: Option<Cow<'q, str>>,
    identifier: Option<Cow<'q, str>>,
    usersig: Option<Cow<'q, str>>,
    random: Option<Cow<'q, str>>,
    contenttype: Option<Cow<'q, str>>,
}

impl<'q> Query<'q> {
    fn parse(raw: Option<&'q str>) -> Self {
        let mut query = Self::default();
        for (name, value) in pairs(raw.unwrap_or_default()) {
            let slot = match &*name {
                "sdkappid" => &mut query.sdkappid,
                "identifier" => &mut query.identifier,
                "usersig" => &mut query.usersig,
                "random" => &mut query.random,
                "contenttype" => &mut query.contenttype,
                _ => continue,
            };
            slot.get_or_insert(value);
        }
        query
    }

    /// A value, if present and not empty.
    fn get<'a>(value: &'a Option<Cow<'q, str>>) -> Option<&'a str> {
        value.as_deref().filter(|value| !value.is_empty())
    }
}

/// The query's name-value pairs, decoded as `application/x-www-form-urlencoded`
/// (`+` is a space, `%XX` a byte, bad UTF-8 replaced), like
/// [`form_urlencoded::parse`], which decodes the pairs that need it: the
/// others (usually all five, the UserSig the longest) are borrowed as they
/// are, which is several times faster than decoding them byte by byte.
fn pairs(raw: &str) -> impl Iterator<Item = (Cow<'_, str>, Cow<'_, str>)> {
    // The memchr crate's searches, not str's: they scan many bytes at a time,
    // and a UserSig is hundreds of bytes long.
    let mut start = 0;
    let ends = memchr::memchr_iter(b'&', raw.as_bytes()).chain([raw.len()]);
    let split = ends.map(move |end| {
        // '&' is ASCII, so both ends are character boundaries.
        let pair = &raw[start..end];
        start = end + 1;
        pair
    });
    split.filter(|pair| !pair.is_empty()).map(|pair| {
        if memchr::memchr2(b'%', b'+', pair.as_bytes()).is_some() {
            // One pair without '&' is exactly one item of form_urlencoded's.
            form_urlencoded::parse(pair.as_bytes())
                .next()
                .unwrap_or((Cow::Borrowed(""), Cow::Borrowed("")))
        } else {
            // memchr, not `split_once`'s character searcher: a tenth of the cost.
            let (name, value) = match memchr::memchr(b'=', pair.as_bytes()) {
                // '=' is ASCII: both sides are character boundaries.
                Some(at) => (&pair[..at], &pair[at + 1..]),
                None => (pair, ""),
            };
            (Cow::Borrowed(name), Cow::Borrowed(value))
        }
    })
}

/// The query's `identifier` (its first value), for the request log; the
/// UserSig is never read here.
pub(crate) fn identifier(raw_query: Option<&str>) -> Option<String> {
    // Stops at the first `identifier`, which comes before the UserSig in the
    // URLs SDKs build, so the longest value is not scanned again.
    pairs(raw_query.unwrap_or_default())
        .find(|(name, _)| name == "identifier")
        .map(|(_, value)| value.into_owned())
}

/// Runs every check in order; the first failure is the answer.
pub(crate) fn check(
    settings: &Settings,
    verified: &VerifiedSigs,
    raw_query: Option<&str>,
    service: Service,
) -> Result<(), Failure> {
    let query = Query::parse(raw_query);
    let sdkappid =
        Query::get(&query.sdkappid).ok_or_else(|| Failure::new(ErrorCode::SdkAppIdMissing, "sdkappid is missing"))?;
    if sdkappid.parse::<u64>().ok() != Some(settings.sdkappid) {
        return Err(Failure::new(
            ErrorCode::SdkAppIdInvalid,
            format!("sdkappid {sdkappid:?} is not a valid SDKAppID"),
        ));
    }
    if Query::get(&query.contenttype) != Some("json") {
        return Err(Failure::new(ErrorCode::UrlParameterInvalid, "contenttype must be json"));
    }
    let random = Query::get(&query.random);
    if random.and_then(|r| r.parse::<u32>().ok()).is_none() {
        return Err(Failure::new(
            ErrorCode::HttpParseFailed,
            "random must be an integer from 0 to 4294967295",
        ));
    }
    let identifier = Query::get(&query.identifier)
        .ok_or_else(|| Failure::new(ErrorCode::UrlParameterInvalid, "identifier is missing"))?;
    if !settings.admins.contains(identifier) {
        return Err(Failure::new(
            service.admin_required(),
            format!("{identifier:?} is not an app administrator"),
        ));
    }
    let usersig =
        Query::get(&query.usersig).ok_or_else(|| Failure::new(ErrorCode::UserSigEmpty, "usersig is missing"))?;
    check_usersig(settings, verified, identifier, usersig)
}

fn check_usersig(settings: &Settings, verified: &VerifiedSigs, identifier: &str, usersig: &str) -> Result<(), Failure> {
    let now = settings.clock.now();
    if verified.until(identifier, usersig).is_some_and(|until| now <= until) {
        return Ok(());
    }
    let params = VerifyParams::new(settings.sdkappid, &settings.key, identifier);
    match verify(usersig, &params, now) {
        Ok(fields) => {
            verified.remember(identifier, usersig, fields.expires_at());
            Ok(())
        }
        Err(error) => {
            let code = match error {
                SigError::Expired { .. } => ErrorCode::UserSigExpired,
                SigError::SdkAppIdMismatch { .. } => ErrorCode::UserSigSdkAppIdMismatch,
                SigError::IdentifierMismatch { .. } => ErrorCode::UserSigIdentifierMismatch,
                SigError::BadSignature | SigError::UserbufMismatch => ErrorCode::UserSigBadSignature,
                _ => ErrorCode::UserSigMalformed,
            };
            Err(Failure::new(code, error.to_string()))
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn pairs_decode_as_form_urlencoded_does() {
        for raw in [
            "",
            "a=1&b=2",
            "a=1&&b",
            "=x&y=",
            "identifier=a%20b&usersig=eJ*x-y_&p=a+b",
            "x=%ff%fe&y=%zz",
            "a=b=c",
            "&&&",
            "a=1&",
            "&a=1",
            "%61=1&a%3D=2",
            "a",
        ] {
            let ours: Vec<_> = super::pairs(raw).collect();
            let theirs: Vec<_> = form_urlencoded::parse(raw.as_bytes()).collect();
            assert_eq!(ours, theirs, "{raw}");
        }
    }
}
