//! The two secrets: the app's key and the tokens signed with it. Neither ever
//! shows in `Debug` output.

use std::{fmt, sync::Arc};

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The app's secret key, as shown in the Chat console.
///
/// Its UTF-8 bytes are the HMAC key, exactly as written: it is not
/// hex-decoded. It is never empty: an empty (or all-white-space) key is a
/// configuration mistake, most often an unset environment variable, and
/// would sign tokens anyone can forge, so [`SecretKey::new`] refuses it.
/// `Debug` shows `SecretKey(<redacted>)`; there is no `Display`.
///
/// ```
/// use tim_usersig::SecretKey;
///
/// assert!(SecretKey::new("5bd2850fff3ecb11").is_ok());
/// assert!(SecretKey::new("").is_err());
/// assert!("  ".parse::<SecretKey>().is_err());
/// ```
#[derive(Clone)]
pub struct SecretKey(Arc<Keyed>);

/// The key text, and the HMAC keyed with it: HMAC-SHA256 hashes its key into
/// two block states before the message, a third of the work of signing or
/// checking a UserSig's content, so it is done once per key.
struct Keyed {
    text: Box<str>,
    mac: Hmac<Sha256>,
}

impl PartialEq for SecretKey {
    fn eq(&self, other: &Self) -> bool {
        self.0.text == other.0.text
    }
}

impl Eq for SecretKey {}

/// The secret key given was empty (or only white space).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the secret key is empty")]
#[non_exhaustive]
pub struct EmptySecretKey;

impl SecretKey {
    /// Wraps the key text; refuses an empty or all-white-space key.
    pub fn new(key: impl AsRef<str>) -> Result<Self, EmptySecretKey> {
        let key = key.as_ref();
        if key.trim().is_empty() {
            return Err(EmptySecretKey);
        }
        // HMAC accepts keys of any length, so this cannot fail.
        let mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC takes keys of any length");
        Ok(Self(Arc::new(Keyed { text: key.into(), mac })))
    }

    /// The key text. Handle with care.
    pub fn expose(&self) -> &str {
        &self.0.text
    }

    /// A fresh HMAC-SHA256 keyed with this key, to feed a message.
    pub(crate) fn mac(&self) -> Hmac<Sha256> {
        self.0.mac.clone()
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}

impl std::str::FromStr for SecretKey {
    type Err = EmptySecretKey;

    /// Any non-empty text is a key; this lets command-line parsers hold it
    /// as a `SecretKey` (redacted in `Debug`) rather than a `String`, and
    /// refuse an empty one.
    fn from_str(key: &str) -> Result<Self, Self::Err> {
        Self::new(key)
    }
}

impl TryFrom<&str> for SecretKey {
    type Error = EmptySecretKey;

    fn try_from(key: &str) -> Result<Self, Self::Error> {
        Self::new(key)
    }
}

impl TryFrom<String> for SecretKey {
    type Error = EmptySecretKey;

    fn try_from(key: String) -> Result<Self, Self::Error> {
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
        let key = SecretKey::new("5bd2850fff3ecb11").unwrap();
        assert_eq!(format!("{key:?}"), "SecretKey(<redacted>)");
        assert_eq!(format!("{key:#?}"), "SecretKey(<redacted>)");
        let sig = UserSig::new("eJyrVgrxCdYrSy1SslJQ");
        assert_eq!(format!("{sig:?}"), "UserSig(<redacted>)");
        assert_eq!(format!("{:?}", Some(&sig)), "Some(UserSig(<redacted>))");
    }

    #[test]
    fn an_empty_key_is_refused_everywhere() {
        for empty in ["", " ", "\t\n"] {
            assert_eq!(SecretKey::new(empty), Err(EmptySecretKey));
            assert_eq!(empty.parse::<SecretKey>(), Err(EmptySecretKey));
            assert_eq!(SecretKey::try_from(empty), Err(EmptySecretKey));
            assert_eq!(SecretKey::try_from(empty.to_owned()), Err(EmptySecretKey));
        }
        // Surrounding white space is kept: the key is used exactly as written.
        assert_eq!(SecretKey::new(" k ").unwrap().expose(), " k ");
        assert_eq!(EmptySecretKey.to_string(), "the secret key is empty");
    }
}
