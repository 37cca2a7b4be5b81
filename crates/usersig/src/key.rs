//! The two secrets: the app's key and the tokens signed with it. Neither ever
//! shows in `Debug` output.

use std::{fmt, sync::Arc};

/// The app's secret key, as shown in the Chat console.
///
/// Its UTF-8 bytes are the HMAC key, exactly as written: it is not
/// hex-decoded. `Debug` shows `SecretKey(<redacted>)`; there is no `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey(Arc<str>);

impl SecretKey {
    /// Wraps the key text.
    pub fn new(key: impl AsRef<str>) -> Self {
        Self(Arc::from(key.as_ref()))
    }

    /// The key text. Handle with care.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}

impl std::str::FromStr for SecretKey {
    type Err = std::convert::Infallible;

    /// Any text is a key; this lets command-line parsers hold it as a
    /// `SecretKey` (redacted in `Debug`) rather than a `String`.
    fn from_str(key: &str) -> Result<Self, Self::Err> {
        Ok(Self::new(key))
    }
}

impl From<&str> for SecretKey {
    fn from(key: &str) -> Self {
        Self::new(key)
    }
}

impl From<String> for SecretKey {
    fn from(key: String) -> Self {
        Self::new(key)
    }
}

/// A UserSig token. Cheap to clone.
///
/// `Debug` shows `UserSig(<redacted>)`; there is no `Display`, so it cannot
/// end up in a log line by accident. [`UserSig::expose`] gives the text.
#[derive(Clone, PartialEq, Eq)]
pub struct UserSig(Arc<str>);

impl UserSig {
    /// Wraps a token made elsewhere (for example pasted from the console).
    pub fn new(token: impl AsRef<str>) -> Self {
        Self(Arc::from(token.as_ref()))
    }

    /// The token text, to put in a request URL. Do not log it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for UserSig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("UserSig(<redacted>)")
    }
}

impl From<String> for UserSig {
    fn from(token: String) -> Self {
        Self(Arc::from(token))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_is_redacted() {
        let key = SecretKey::new("5bd2850fff3ecb11");
        assert_eq!(format!("{key:?}"), "SecretKey(<redacted>)");
        assert_eq!(format!("{key:#?}"), "SecretKey(<redacted>)");
        let sig = UserSig::new("eJyrVgrxCdYrSy1SslJQ");
        assert_eq!(format!("{sig:?}"), "UserSig(<redacted>)");
        assert_eq!(format!("{:?}", Some(&sig)), "Some(UserSig(<redacted>))");
    }
}
