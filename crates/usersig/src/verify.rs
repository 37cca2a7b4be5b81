//! Checking UserSigs, as the service (and the emulator) does.

use hmac::Mac;

use crate::codec::{self, DecodedUserSig};
use crate::{Error, SecretKey};

/// What a UserSig must match.
#[derive(Debug, Clone)]
pub struct VerifyParams<'a> {
    /// The app's SDKAppID.
    pub sdkappid: u64,
    /// The app's secret key.
    pub key: &'a SecretKey,
    /// The identifier the token must be made for.
    pub identifier: &'a str,
    /// The userbuf the token must carry: `None` for none.
    pub userbuf: Option<&'a [u8]>,
}

impl<'a> VerifyParams<'a> {
    /// Parameters expecting no userbuf.
    pub fn new(sdkappid: u64, key: &'a SecretKey, identifier: &'a str) -> Self {
        Self {
            sdkappid,
            key,
            identifier,
            userbuf: None,
        }
    }

    /// Expect this userbuf.
    pub fn userbuf(mut self, userbuf: &'a [u8]) -> Self {
        self.userbuf = Some(userbuf);
        self
    }
}

/// Decodes `token` and checks it against `params` at time `now`.
///
/// The checks run in this order, and the first failure is returned: decoding
/// (base64, zlib, JSON), version, SDKAppID, identifier, signature, userbuf,
/// expiry. The signature comes before expiry so that [`Error::Expired`] is
/// only ever said of a genuine token: re-signing then helps, while for a
/// forged one it would not. The MAC comparison is constant-time.
pub fn verify(token: &str, params: &VerifyParams<'_>, now: u64) -> Result<DecodedUserSig, Error> {
    let decoded = codec::decode(token)?;
    if decoded.version != "2.0" {
        return Err(Error::WrongVersion(decoded.version));
    }
    if decoded.sdkappid != params.sdkappid {
        return Err(Error::SdkAppIdMismatch {
            expected: params.sdkappid,
            found: decoded.sdkappid,
        });
    }
    if decoded.identifier != params.identifier {
        return Err(Error::IdentifierMismatch {
            expected: params.identifier.to_owned(),
        });
    }
    let sig = decoded.sig.as_deref().ok_or(Error::BadSignature)?;
    codec::mac(params.key, &decoded.content())
        .verify_slice(sig)
        .map_err(|_| Error::BadSignature)?;
    if decoded.userbuf.as_deref() != params.userbuf {
        return Err(Error::UserbufMismatch);
    }
    if decoded.is_expired_at(now) {
        return Err(Error::Expired {
            expired_at: decoded.expires_at(),
            now,
        });
    }
    Ok(decoded)
}
