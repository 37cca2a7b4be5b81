//! Making UserSigs.

use std::{fmt, sync::Arc};

use base64::{engine::general_purpose::STANDARD, Engine as _};
use hmac::Mac;

use crate::codec::{self, Document};
use crate::{Clock, SecretKey, SystemClock, UserSig};

/// Signs UserSigs for one app.
///
/// The signing time comes from a [`Clock`] ([`SystemClock`] unless replaced
/// with [`Signer::with_clock`]) or is given explicitly with [`Signer::sign_at`].
///
/// ```
/// use tim_usersig::{decode, SecretKey, Signer};
///
/// let signer = Signer::new(1400000000, SecretKey::new("my-secret-key").unwrap());
/// let sig = signer.sign_at("admin", 86_400, 1_600_000_000);
/// let fields = decode(sig.expose()).unwrap();
/// assert_eq!((fields.identifier.as_str(), fields.time, fields.expire), ("admin", 1_600_000_000, 86_400));
/// ```
#[derive(Clone)]
pub struct Signer {
    sdkappid: u64,
    key: SecretKey,
    clock: Arc<dyn Clock>,
}

impl Signer {
    /// A signer for `sdkappid` with the app's secret key, on the system clock.
    pub fn new(sdkappid: u64, key: SecretKey) -> Self {
        Self {
            sdkappid,
            key,
            clock: Arc::new(SystemClock),
        }
    }

    /// The same signer reading the time from `clock`.
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The app's SDKAppID.
    pub fn sdkappid(&self) -> u64 {
        self.sdkappid
    }

    /// The clock the signer reads.
    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    /// Signs for `identifier`, valid for `expire_secs` from the clock's now.
    pub fn sign(&self, identifier: &str, expire_secs: u64) -> UserSig {
        self.sign_at(identifier, expire_secs, self.clock.now())
    }

    /// Signs for `identifier` as of `time` (Unix seconds).
    pub fn sign_at(&self, identifier: &str, expire_secs: u64, time: u64) -> UserSig {
        self.sign_with_userbuf_at(identifier, expire_secs, None, time)
    }

    /// Signs with a userbuf (not used by Chat itself, but part of the format).
    pub fn sign_with_userbuf_at(
        &self,
        identifier: &str,
        expire_secs: u64,
        userbuf: Option<&[u8]>,
        time: u64,
    ) -> UserSig {
        let userbuf = userbuf.map(|bytes| STANDARD.encode(bytes));
        let content = codec::content_string(identifier, self.sdkappid, time, expire_secs, userbuf.as_deref());
        let sig = STANDARD.encode(codec::mac(&self.key, &content).finalize().into_bytes());
        UserSig::from(codec::encode(&Document {
            ver: "2.0",
            identifier,
            sdkappid: self.sdkappid,
            expire: expire_secs,
            time,
            userbuf: userbuf.as_deref(),
            sig: &sig,
        }))
    }
}

impl fmt::Debug for Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Signer")
            .field("sdkappid", &self.sdkappid)
            .field("key", &self.key)
            .field("clock", &self.clock)
            .finish()
    }
}
