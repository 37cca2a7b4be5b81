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

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use tim_protocol::{ErrorCode, Service};
use tim_usersig::{verify, Error as SigError, VerifyParams};

use crate::config::Settings;
use crate::failure::Failure;

/// Verified UserSigs kept at most; the cache is emptied when full.
const VERIFIED_CACHE_MAX: usize = 1024;

/// UserSigs already verified, per identifier, with their expiry: checking
/// one costs tens of microseconds, and clients reuse theirs for hours. The
/// context holds one; only this module reads or fills it.
#[derive(Debug, Default)]
pub(crate) struct VerifiedSigs(Mutex<HashMap<(String, String), u64>>);

impl VerifiedSigs {
    fn until(&self, identifier: &str, usersig: &str) -> Option<u64> {
        let verified = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        verified.get(&(identifier.to_owned(), usersig.to_owned())).copied()
    }

    fn remember(&self, identifier: &str, usersig: &str, until: u64) {
        let mut verified = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if verified.len() >= VERIFIED_CACHE_MAX {
            verified.clear();
        }
        verified.insert((identifier.to_owned(), usersig.to_owned()), until);
    }
}

/// The query of one request, first value of each name.
struct Query(HashMap<String, String>);

impl Query {
    fn parse(raw: Option<&str>) -> Self {
        let mut params = HashMap::new();
        for (name, value) in form_urlencoded::parse(raw.unwrap_or_default().as_bytes()) {
            params.entry(name.into_owned()).or_insert_with(|| value.into_owned());
        }
        Self(params)
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str).filter(|value| !value.is_empty())
    }
}

/// Runs every check in order; the first failure is the answer.
pub(crate) fn check(
    settings: &Settings,
    verified: &VerifiedSigs,
    raw_query: Option<&str>,
    service: Service,
) -> Result<(), Failure> {
    let query = Query::parse(raw_query);
    let sdkappid = query
        .get("sdkappid")
        .ok_or_else(|| Failure::new(ErrorCode::SdkAppIdMissing, "sdkappid is missing"))?;
    if sdkappid.parse::<u64>().ok() != Some(settings.sdkappid) {
        return Err(Failure::new(
            ErrorCode::SdkAppIdInvalid,
            format!("sdkappid {sdkappid:?} is not a valid SDKAppID"),
        ));
    }
    if query.get("contenttype") != Some("json") {
        return Err(Failure::new(ErrorCode::UrlParameterInvalid, "contenttype must be json"));
    }
    let random = query.get("random");
    if random.and_then(|r| r.parse::<u32>().ok()).is_none() {
        return Err(Failure::new(
            ErrorCode::HttpParseFailed,
            "random must be an integer from 0 to 4294967295",
        ));
    }
    let identifier = query
        .get("identifier")
        .ok_or_else(|| Failure::new(ErrorCode::UrlParameterInvalid, "identifier is missing"))?;
    if !settings.admins.contains(identifier) {
        return Err(Failure::new(
            service.admin_required(),
            format!("{identifier:?} is not an app administrator"),
        ));
    }
    let usersig = query
        .get("usersig")
        .ok_or_else(|| Failure::new(ErrorCode::UserSigEmpty, "usersig is missing"))?;
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
