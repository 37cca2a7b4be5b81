//! Building the full request URL. The URL carries the UserSig, so the type
//! that holds it never prints it.

use std::fmt;

use crate::BaseUrl;

/// The five query parameters sent with every call.
#[derive(Clone, Copy)]
pub struct QueryParams<'a> {
    /// The application's SDKAppID.
    pub sdkappid: u64,
    /// The administrator account the call is made as.
    pub identifier: &'a str,
    /// A UserSig signed for `identifier`. Never printed.
    pub usersig: &'a str,
    /// A fresh random number per request.
    pub random: u32,
}

impl fmt::Debug for QueryParams<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("QueryParams")
            .field("sdkappid", &self.sdkappid)
            .field("identifier", &self.identifier)
            .field("usersig", &"<redacted>")
            .field("random", &self.random)
            .finish()
    }
}

/// A complete request URL:
/// `{base}/{path}?sdkappid=..&identifier=..&usersig=..&random=..&contenttype=json`.
///
/// [`as_str`](Self::as_str) gives the real URL to send. `Debug` and `Display`
/// show it with the usersig value replaced by `<redacted>`, so it is safe to log.
///
/// ```
/// use tim_protocol::{QueryParams, Region, RequestUrl};
///
/// let url = RequestUrl::new(
///     &Region::China.base_url(),
///     "v4/recentcontact/update_contact_group",
///     QueryParams { sdkappid: 88888888, identifier: "admin", usersig: "secret-sig", random: 99999999 },
/// );
/// assert_eq!(
///     url.as_str(),
///     "https://console.tim.qq.com/v4/recentcontact/update_contact_group\
///      ?sdkappid=88888888&identifier=admin&usersig=secret-sig&random=99999999&contenttype=json"
/// );
/// assert!(!url.to_string().contains("secret-sig"));
/// assert!(!format!("{url:?}").contains("secret-sig"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct RequestUrl {
    url: String,
    /// Byte range of the usersig value inside `url`.
    sig: std::ops::Range<usize>,
}

impl RequestUrl {
    /// Joins base, path and the query. The identifier and usersig are
    /// percent-encoded where needed.
    pub fn new(base: &BaseUrl, path: &str, query: QueryParams<'_>) -> Self {
        let mut url =
            String::with_capacity(base.as_str().len() + path.len() + query.identifier.len() + query.usersig.len() + 96);
        url.push_str(base.as_str());
        url.push('/');
        url.push_str(path.trim_start_matches('/'));
        url.push_str("?sdkappid=");
        push_decimal(&mut url, query.sdkappid);
        url.push_str("&identifier=");
        percent_encode_into(&mut url, query.identifier);
        url.push_str("&usersig=");
        let start = url.len();
        percent_encode_into(&mut url, query.usersig);
        let sig = start..url.len();
        url.push_str("&random=");
        push_decimal(&mut url, u64::from(query.random));
        url.push_str("&contenttype=json");
        Self { url, sig }
    }

    /// The URL to send, usersig included. Do not log it.
    pub fn as_str(&self) -> &str {
        &self.url
    }

    /// The URL to send, usersig included, as an owned string (no copy), for
    /// an HTTP stack that takes one. Do not log it.
    pub fn into_string(self) -> String {
        self.url
    }

    /// The URL with the usersig value replaced by `<redacted>`.
    pub fn redacted(&self) -> String {
        format!("{}<redacted>{}", &self.url[..self.sig.start], &self.url[self.sig.end..])
    }
}

impl fmt::Debug for RequestUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("RequestUrl").field(&self.redacted()).finish()
    }
}

impl fmt::Display for RequestUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// Appends `value` in decimal. Every call formats two numbers; this skips
/// `fmt`'s machinery, which costs more than the digits.
fn push_decimal(out: &mut String, mut value: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            break;
        }
    }
    for &digit in &digits[start..] {
        out.push(char::from(digit));
    }
}

/// Whether [`percent_encode_into`] keeps `byte` as it is: RFC 3986's
/// unreserved characters and `*`, which UserSigs use and which is safe in a
/// query. The rule is written once, here, without branches, so the chunked
/// check of [`kept_run`] vectorizes; [`KEEP`] is its table.
const fn kept(byte: u8) -> bool {
    let letter = (byte | 0x20).wrapping_sub(b'a') < 26;
    let digit = byte.wrapping_sub(b'0') < 10;
    letter | digit | (byte == b'-') | (byte == b'_') | (byte == b'.') | (byte == b'~') | (byte == b'*')
}

/// [`kept`] as a table, because every call scans its UserSig (hundreds of
/// bytes) byte by byte.
const KEEP: [bool; 256] = {
    let mut keep = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        keep[byte] = kept(byte as u8);
        byte += 1;
    }
    keep
};

/// The length of the run of [`KEEP`] bytes `bytes` starts with. Whole
/// 16-byte chunks are checked with comparisons the compiler turns into
/// vector instructions (a table lookup per byte would not be), and only the
/// chunk that holds a byte to encode is searched byte by byte.
fn kept_run(bytes: &[u8]) -> usize {
    let mut run = 0;
    for chunk in bytes.chunks_exact(16) {
        if !chunk.iter().fold(true, |all, &byte| all & kept(byte)) {
            break;
        }
        run += 16;
    }
    run + bytes[run..]
        .iter()
        .position(|&byte| !KEEP[usize::from(byte)])
        .unwrap_or(bytes.len() - run)
}

/// Percent-encodes everything but the [`KEEP`] bytes.
///
/// Not the `percent-encoding` crate: it encodes byte by byte, and encoding
/// byte by byte cost 3.5k instructions a call where the chunked check here
/// costs 1.7k (BENCHMARKS.md, "The request URL, byte by byte"); this runs
/// on every call, over a UserSig of hundreds of bytes.
fn percent_encode_into(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let push_escaped = |out: &mut String, byte: u8| {
        out.push('%');
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 15)]));
    };
    // Runs of kept bytes are copied whole: a UserSig is hundreds of bytes,
    // nearly all kept.
    let mut rest = value;
    while !rest.is_empty() {
        let run = kept_run(rest.as_bytes());
        out.push_str(&rest[..run]);
        let Some(&byte) = rest.as_bytes().get(run) else {
            break;
        };
        push_escaped(out, byte);
        // The rest starts after one byte; a byte of a multi-byte character is
        // encoded alone, so cut by bytes and go on from the next boundary.
        rest = &rest[run..];
        let next = rest.char_indices().nth(1).map_or(rest.len(), |(i, _)| i);
        for &byte in &rest.as_bytes()[1..next] {
            push_escaped(out, byte);
        }
        rest = &rest[next..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_matches_the_byte_by_byte_rule() {
        let reference = |value: &str| {
            value
                .bytes()
                .map(|byte| {
                    if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~' | b'*') {
                        char::from(byte).to_string()
                    } else {
                        format!("%{byte:02X}")
                    }
                })
                .collect::<String>()
        };
        for value in [
            "",
            "eJx*ab-_.~",
            "a d&m",
            "é",
            "xé",
            "éx",
            "日本語 z",
            "%+=?#",
            "a\u{1F600}b",
        ] {
            let mut out = String::new();
            percent_encode_into(&mut out, value);
            assert_eq!(out, reference(value), "{value}");
        }
    }

    #[test]
    fn the_chunked_check_keeps_what_the_table_keeps() {
        for byte in 0..=255u8 {
            // A kept byte extends a run of kept bytes; any other ends it, at
            // every position in and across the 16-byte chunks.
            for at in [0, 5, 15, 16, 17, 31, 40, 48, 49] {
                let mut bytes = vec![b'a'; 50];
                bytes[at] = byte;
                let expected = if KEEP[usize::from(byte)] { 50 } else { at };
                assert_eq!(kept_run(&bytes), expected, "byte {byte} at {at}");
            }
        }
        assert_eq!(kept_run(b""), 0);
    }

    #[test]
    fn the_kept_bytes_are_the_unreserved_ones_and_star() {
        for byte in 0..=255u8 {
            let unreserved = byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~' | b'*');
            assert_eq!(kept(byte), unreserved, "byte {byte}");
        }
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for value in [0, 7, 10, 1400000000, u64::from(u32::MAX), u64::MAX] {
            let mut out = String::from("x=");
            push_decimal(&mut out, value);
            assert_eq!(out, format!("x={value}"));
        }
    }

    #[test]
    fn identifier_and_sig_are_encoded_and_sig_is_redacted() {
        let base = BaseUrl::parse("http://127.0.0.1:9").unwrap();
        let url = RequestUrl::new(
            &base,
            "/v4/a/b",
            QueryParams {
                sdkappid: 1,
                identifier: "a d&m",
                usersig: "eJ*x-y_",
                random: u32::MAX,
            },
        );
        assert_eq!(
            url.as_str(),
            "http://127.0.0.1:9/v4/a/b?sdkappid=1&identifier=a%20d%26m&usersig=eJ*x-y_&random=4294967295&contenttype=json"
        );
        assert_eq!(
            format!("{url:?}"),
            "RequestUrl(\"http://127.0.0.1:9/v4/a/b?sdkappid=1&identifier=a%20d%26m&usersig=<redacted>&random=4294967295&contenttype=json\")"
        );
        let params = QueryParams {
            sdkappid: 1,
            identifier: "x",
            usersig: "eJ*x-y_",
            random: 0,
        };
        assert!(!format!("{params:?}").contains("eJ*x-y_"));
    }
}
