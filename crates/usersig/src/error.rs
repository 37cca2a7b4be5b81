//! Why a UserSig was refused. No variant carries the token or the key.

/// Why decoding or verifying a UserSig failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The text is not the URL-safe base64 variant of a UserSig.
    #[error("UserSig is not valid base64")]
    MalformedBase64,
    /// The decoded bytes are not a zlib stream (or inflate to too much).
    #[error("UserSig is not a valid zlib stream")]
    BadZlib,
    /// The inflated bytes are not the expected JSON document.
    #[error("UserSig JSON is invalid: {0}")]
    BadJson(String),
    /// `TLS.ver` is not `2.0`.
    #[error("UserSig version {0:?} is not supported; expected \"2.0\"")]
    WrongVersion(String),
    /// `TLS.sdkappid` differs from the expected SDKAppID.
    #[error("UserSig was made for SDKAppID {found}, expected {expected}")]
    SdkAppIdMismatch {
        /// The expected SDKAppID.
        expected: u64,
        /// The one in the UserSig.
        found: u64,
    },
    /// `TLS.identifier` differs from the expected identifier.
    #[error("UserSig was made for another identifier than {expected:?}")]
    IdentifierMismatch {
        /// The expected identifier.
        expected: String,
    },
    /// `TLS.userbuf` is absent, present or different against what was expected.
    #[error("UserSig userbuf does not match the expected one")]
    UserbufMismatch,
    /// The HMAC does not match: wrong secret key, or a changed token.
    #[error("UserSig signature does not match; wrong secret key or a tampered token")]
    BadSignature,
    /// `now > TLS.time + TLS.expire`.
    #[error("UserSig expired at {expired_at} (now {now})")]
    Expired {
        /// `TLS.time + TLS.expire`, Unix seconds.
        expired_at: u64,
        /// The time of the check.
        now: u64,
    },
}
