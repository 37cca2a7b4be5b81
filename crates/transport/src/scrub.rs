//! Removing query strings from error texts: the Chat API puts the UserSig in
//! the query, and HTTP clients like to quote the URL.

/// Replaces every query string (from `?` up to the next white space or quote)
/// with `?<redacted>`, for texts that may quote a request URL.
///
/// ```
/// assert_eq!(
///     tim_transport::redact_query("bad gateway for /v4/a/b?usersig=eJx&random=1"),
///     "bad gateway for /v4/a/b?<redacted>"
/// );
/// ```
pub fn redact_query(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('?') {
        out.push_str(&rest[..start]);
        out.push_str("?<redacted>");
        let tail = &rest[start + 1..];
        let end = tail
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ')' | '>'))
            .unwrap_or(tail.len());
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::redact_query as scrub;

    #[test]
    fn query_strings_are_removed() {
        assert_eq!(
            scrub("error sending request for url (http://127.0.0.1:1/v4/a?usersig=SECRET&random=1)"),
            "error sending request for url (http://127.0.0.1:1/v4/a?<redacted>)"
        );
        assert_eq!(
            scrub("bad uri: \"h://x?usersig=S\" and ?q"),
            "bad uri: \"h://x?<redacted>\" and ?<redacted>"
        );
        assert_eq!(scrub("no query here"), "no query here");
    }
}
