//! The webhook token and the `Sign` it makes.

use std::fmt;

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// The authentication token configured in the console for webhooks.
///
/// It is a secret: `Debug` and `Display` print `Token(<redacted>)`, and no
/// error of this crate contains it.
///
/// ```
/// use tim_callback::Token;
///
/// let token = Token::new("xxxxyyyy");
/// assert_eq!(format!("{token:?}"), "Token(<redacted>)");
/// assert_eq!(token.to_string(), "<redacted>");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// A token from its text, used as its UTF-8 bytes.
    pub fn new(token: impl Into<String>) -> Self {
        Self(token.into())
    }

    /// The token's text. Handle with care: it is a secret.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The `Sign` for a request sent at `request_time` (Unix seconds).
    pub fn sign(&self, request_time: u64) -> String {
        sign(self, request_time)
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl From<String> for Token {
    fn from(token: String) -> Self {
        Self(token)
    }
}

impl From<&str> for Token {
    fn from(token: &str) -> Self {
        Self(token.to_owned())
    }
}

/// `Sign = lowercase hex of SHA-256(token ‖ RequestTime)`: the token's bytes
/// followed by the decimal `RequestTime`, with no separator.
///
/// The documented example:
///
/// ```
/// use tim_callback::{sign, Token};
///
/// assert_eq!(
///     sign(&Token::new("xxxxyyyy"), 1669872112),
///     "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061",
/// );
/// ```
pub fn sign(token: &Token, request_time: u64) -> String {
    let digest = Sha256::new()
        .chain_update(token.0.as_bytes())
        .chain_update(request_time.to_string().as_bytes())
        .finalize();
    // The digest's `LowerHex` writes two lower-case digits per byte.
    format!("{digest:x}")
}

/// Whether `given` is the `Sign` of `request_time` under `token`, compared in
/// constant time. Upper-case hex digits are accepted: the comparison is on
/// the lower-cased text, which has the same length whatever it holds.
pub(crate) fn sign_matches(token: &Token, request_time: u64, given: &str) -> bool {
    let expected = sign(token, request_time);
    let given = given.to_ascii_lowercase();
    // `ct_eq` on slices of different lengths is false without looking at the
    // contents; the length of a Sign is public (64).
    bool::from(expected.as_bytes().ct_eq(given.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_example() {
        let token = Token::new("xxxxyyyy");
        let expected = "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061";
        assert_eq!(sign(&token, 1669872112), expected);
        assert!(sign_matches(&token, 1669872112, expected));
        assert!(sign_matches(&token, 1669872112, &expected.to_uppercase()));
        assert!(!sign_matches(&token, 1669872113, expected));
        assert!(!sign_matches(&Token::new("xxxyyy"), 1669872112, expected));
        assert!(!sign_matches(&token, 1669872112, &expected[..63]));
        assert!(!sign_matches(&token, 1669872112, ""));
    }

    #[test]
    fn redacted() {
        let token = Token::new("s3cr3t-token");
        assert!(!format!("{token:?} {token}").contains("s3cr3t"));
    }
}
