//! The token format: content string, JSON document, zlib, URL-safe base64.

use std::borrow::Cow;
use std::fmt;

use base64::{engine::general_purpose::STANDARD, Engine as _};
use hmac::{Hmac, Mac};
use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::{Error, SecretKey};

/// The inflated JSON of a real token is a few hundred bytes; anything far
/// larger is refused rather than inflated (a zlib bomb).
const MAX_JSON_BYTES: usize = 64 * 1024;

/// The string the HMAC is computed over: one `TLS.name:value` line each for
/// identifier, sdkappid, time, expire and (when used) userbuf, every line
/// ending in `\n`.
///
/// ```
/// assert_eq!(
///     tim_usersig::content_string("xiaojun", 1400000000, 1700000000, 15552000, None),
///     "TLS.identifier:xiaojun\nTLS.sdkappid:1400000000\nTLS.time:1700000000\nTLS.expire:15552000\n"
/// );
/// ```
pub fn content_string(identifier: &str, sdkappid: u64, time: u64, expire: u64, userbuf_base64: Option<&str>) -> String {
    let mut content =
        format!("TLS.identifier:{identifier}\nTLS.sdkappid:{sdkappid}\nTLS.time:{time}\nTLS.expire:{expire}\n");
    if let Some(userbuf) = userbuf_base64 {
        content.push_str("TLS.userbuf:");
        content.push_str(userbuf);
        content.push('\n');
    }
    content
}

/// HMAC-SHA256 of `content` keyed with the UTF-8 bytes of `key`.
pub(crate) fn mac(key: &SecretKey, content: &str) -> Hmac<Sha256> {
    let mut mac = key.mac();
    mac.update(content.as_bytes());
    mac
}

/// The JSON document, members in the Python generator's order.
#[derive(Serialize)]
pub(crate) struct Document<'a> {
    #[serde(rename = "TLS.ver")]
    pub(crate) ver: &'a str,
    #[serde(rename = "TLS.identifier")]
    pub(crate) identifier: &'a str,
    #[serde(rename = "TLS.sdkappid")]
    pub(crate) sdkappid: u64,
    #[serde(rename = "TLS.expire")]
    pub(crate) expire: u64,
    #[serde(rename = "TLS.time")]
    pub(crate) time: u64,
    #[serde(rename = "TLS.userbuf", skip_serializing_if = "Option::is_none")]
    pub(crate) userbuf: Option<&'a str>,
    #[serde(rename = "TLS.sig")]
    pub(crate) sig: &'a str,
}

/// Compresses and encodes a document into token text.
pub(crate) fn encode(document: &Document<'_>) -> String {
    use flate2::{write::ZlibEncoder, Compression};
    use std::io::Write;

    let json = serde_json::to_vec(document).expect("the document serializes");
    let mut encoder = ZlibEncoder::new(Vec::with_capacity(json.len()), Compression::default());
    // Writing to a Vec cannot fail.
    encoder.write_all(&json).expect("writes to a Vec");
    let compressed = encoder.finish().expect("writes to a Vec");
    let mut token = STANDARD.encode(compressed);
    token = token.replace('+', "*").replace('/', "-").replace('=', "_");
    token
}

/// The fields of a UserSig, as decoded.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DecodedUserSig {
    /// `TLS.ver`.
    pub version: String,
    /// `TLS.identifier`, with JSON escapes resolved.
    pub identifier: String,
    /// `TLS.sdkappid`.
    pub sdkappid: u64,
    /// `TLS.time`: when it was signed, Unix seconds.
    pub time: u64,
    /// `TLS.expire`: validity in seconds from `time`.
    pub expire: u64,
    /// `TLS.userbuf`, base64-decoded.
    pub userbuf: Option<Vec<u8>>,
    /// `TLS.userbuf` as it stands in the token, for the content string.
    pub(crate) userbuf_text: Option<String>,
    /// `TLS.sig`, base64-decoded (`None` if it is not base64).
    pub(crate) sig: Option<Vec<u8>>,
}

impl DecodedUserSig {
    /// `time + expire`: the last second at which the token is valid.
    /// [`decode`] refuses tokens where the sum overflows, so it is exact.
    pub fn expires_at(&self) -> u64 {
        self.time.saturating_add(self.expire)
    }

    /// Whether the token has expired at `now` (`now > time + expire`).
    pub fn is_expired_at(&self, now: u64) -> bool {
        now > self.expires_at()
    }

    /// The content string the signature covers.
    pub fn content(&self) -> String {
        content_string(
            &self.identifier,
            self.sdkappid,
            self.time,
            self.expire,
            self.userbuf_text.as_deref(),
        )
    }
}

impl fmt::Debug for DecodedUserSig {
    /// The MAC is left out: with the other fields it would rebuild a usable token.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodedUserSig")
            .field("version", &self.version)
            .field("identifier", &self.identifier)
            .field("sdkappid", &self.sdkappid)
            .field("time", &self.time)
            .field("expire", &self.expire)
            .field("userbuf", &self.userbuf)
            .field("sig", &"<redacted>")
            .finish()
    }
}

/// Decodes a token into its fields without checking the signature.
///
/// Accepts what every official generator makes: any JSON member order and
/// spacing, a trailing newline, any zlib level (stored blocks too), and
/// `\u` escapes in the identifier.
pub fn decode(token: &str) -> Result<DecodedUserSig, Error> {
    let standard: Vec<u8> = token
        .trim()
        .bytes()
        .map(|byte| match byte {
            b'*' => b'+',
            b'-' => b'/',
            b'_' => b'=',
            other => other,
        })
        .collect();
    let compressed = STANDARD.decode(standard).map_err(|_| Error::MalformedBase64)?;
    let json = inflate_token(&compressed)?;
    let document: Fields<'_> =
        serde_json::from_slice(&json).map_err(|e| Error::BadJson(format!("not a JSON object ({e})")))?;

    let version = match document.ver {
        Some(Scalar::Text(version)) => version.into_owned(),
        Some(Scalar::Number(version)) => version.to_string(),
        _ => return Err(Error::BadJson("TLS.ver is missing".into())),
    };
    let identifier = string(document.identifier, "TLS.identifier")?.into_owned();
    let sdkappid = number(document.sdkappid, "TLS.sdkappid")?;
    let time = number(document.time, "TLS.time")?;
    let expire = number(document.expire, "TLS.expire")?;
    // A token whose end of validity is past the last representable second is
    // malformed, not one that never expires.
    if time.checked_add(expire).is_none() {
        return Err(Error::BadJson("TLS.time + TLS.expire overflows".into()));
    }
    let sig = string(document.sig, "TLS.sig")?;
    let userbuf_text = match document.userbuf {
        None | Some(Scalar::Null) => None,
        Some(Scalar::Text(text)) => Some(text.into_owned()),
        Some(_) => return Err(Error::BadJson("TLS.userbuf is not a string".into())),
    };
    let userbuf = match &userbuf_text {
        None => None,
        Some(text) => Some(
            STANDARD
                .decode(text)
                .map_err(|_| Error::BadJson("TLS.userbuf is not base64".into()))?,
        ),
    };
    Ok(DecodedUserSig {
        version,
        identifier,
        sdkappid,
        time,
        expire,
        userbuf,
        userbuf_text,
        sig: STANDARD.decode(sig.as_bytes()).ok(),
    })
}

/// The members of the document that are read, borrowed from it where they
/// need no unescaping. Read as a map, as `serde_json::Map` would be (any
/// order, other members ignored, a repeated member's last value kept), but
/// without building a tree of `Value`s for it.
#[derive(Default)]
struct Fields<'a> {
    ver: Option<Scalar<'a>>,
    identifier: Option<Scalar<'a>>,
    sdkappid: Option<Scalar<'a>>,
    time: Option<Scalar<'a>>,
    expire: Option<Scalar<'a>>,
    userbuf: Option<Scalar<'a>>,
    sig: Option<Scalar<'a>>,
}

/// A member's value, as far as decoding cares.
enum Scalar<'a> {
    Text(Cow<'a, str>),
    Number(serde_json::Number),
    Null,
    /// `true`, `false`, an array or an object.
    Other,
}

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = Fields<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
                let mut fields = Fields::default();
                while let Some(name) = map.next_key::<Cow<'de, str>>()? {
                    let slot = match &*name {
                        "TLS.ver" => &mut fields.ver,
                        "TLS.identifier" => &mut fields.identifier,
                        "TLS.sdkappid" => &mut fields.sdkappid,
                        "TLS.time" => &mut fields.time,
                        "TLS.expire" => &mut fields.expire,
                        "TLS.userbuf" => &mut fields.userbuf,
                        "TLS.sig" => &mut fields.sig,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                            continue;
                        }
                    };
                    *slot = Some(map.next_value()?);
                }
                Ok(fields)
            }
        }
        deserializer.deserialize_map(Members)
    }
}

impl<'de> Deserialize<'de> for Scalar<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Any;
        impl<'de> Visitor<'de> for Any {
            type Value = Scalar<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Scalar<'de>, E> {
                Ok(Scalar::Text(Cow::Borrowed(text)))
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Scalar<'de>, E> {
                Ok(Scalar::Text(Cow::Owned(text.to_owned())))
            }
            fn visit_string<E: de::Error>(self, text: String) -> Result<Scalar<'de>, E> {
                Ok(Scalar::Text(Cow::Owned(text)))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Scalar<'de>, E> {
                Ok(Scalar::Number(n.into()))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Scalar<'de>, E> {
                Ok(Scalar::Number(n.into()))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Scalar<'de>, E> {
                Ok(serde_json::Number::from_f64(n).map_or(Scalar::Other, Scalar::Number))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Scalar<'de>, E> {
                Ok(Scalar::Null)
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Scalar<'de>, E> {
                Ok(Scalar::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar<'de>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar<'de>, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other)
            }
        }
        deserializer.deserialize_any(Any)
    }
}

/// Inflates zlib streams with miniz_oxide's core decompressor, straight into
/// one output buffer (the buffer is the window, so no 32 KiB dictionary is
/// cleared per stream as a streaming `flate2::Decompress` reset does), one
/// per thread and reused: verifying a fresh UserSig on every call is what a
/// server does for clients that sign per request, and clearing and
/// allocating those buffers was most of its cost.
struct Inflater {
    zlib: DecompressorOxide,
    /// The output, [`MAX_JSON_BYTES`] and one more (to tell a larger
    /// document), allocated once.
    out: Vec<u8>,
}

thread_local! {
    static INFLATER: std::cell::RefCell<Inflater> = std::cell::RefCell::new(Inflater {
        zlib: DecompressorOxide::new(),
        out: Vec::new(),
    });
}

/// The inflated document of `compressed`, if it is a whole zlib stream whose
/// deflate padding bits are zero (see [`Inflater::inflate_token`]).
fn inflate_token(compressed: &[u8]) -> Result<Vec<u8>, Error> {
    INFLATER.with(|inflater| inflater.borrow_mut().inflate_token(compressed).ok_or(Error::BadZlib))
}

const FLAGS: u32 =
    inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER | inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;

impl Inflater {
    /// Deflate pads to a byte boundary after a stored-block header and after
    /// the last block, and inflaters ignore those bits. Every generator
    /// writes them as zero, so a token with a padding bit set is a changed
    /// token that would still inflate to the same document: refuse it, so
    /// that changing a character of a token makes it invalid.
    ///
    /// A stored block's header is the first 3 bits of the deflate data, so
    /// its padding is the rest of that byte. The final padding sits in the
    /// last byte of the deflate data (before the 4 bytes of Adler-32), above
    /// the last code's bits (deflate fills a byte from its lowest bit): the
    /// byte's top bits. So only its highest set bit needs trying: it is
    /// padding if flipping it leaves the inflated bytes unchanged, and if it
    /// is not, no set bit above it exists to be. Trying it does not inflate
    /// the token twice: the stream is inflated up to that byte, the
    /// decompressor's state copied, and the two endings (as sent, and with
    /// the bit flipped) each finished from there.
    fn inflate_token(&mut self, compressed: &[u8]) -> Option<Vec<u8>> {
        if self.out.len() <= MAX_JSON_BYTES {
            self.out.resize(MAX_JSON_BYTES + 1, 0);
        }
        self.zlib.init();
        // Two bytes of zlib header, at least one of deflate data, four of Adler-32.
        if compressed.len() < 7 {
            let written = self.finish(compressed, 0)?;
            return Some(self.out[..written].to_vec());
        }
        let first = compressed[2];
        if (first >> 1) & 0b11 == 0 && first >> 3 != 0 {
            return None;
        }
        let last = compressed.len() - 5;
        let (status, read, written) = decompress(
            &mut self.zlib,
            &compressed[..last],
            &mut self.out,
            0,
            FLAGS | inflate_flags::TINFL_FLAG_HAS_MORE_INPUT,
        );
        if status != TINFLStatus::NeedsMoreInput || read != last {
            // The stream ended (or broke) before its last byte: bytes follow it.
            return None;
        }
        let at_last = (compressed[last] != 0).then(|| self.zlib.clone());
        let end = self.finish(&compressed[last..], written)?;
        let json = self.out[..end].to_vec();
        if let Some(state) = at_last {
            let mut changed = [0u8; 5];
            changed.copy_from_slice(&compressed[last..]);
            changed[0] ^= 1u8 << (7 - changed[0].leading_zeros());
            self.zlib = state;
            if self
                .finish(&changed, written)
                .is_some_and(|other| self.out[..other] == json[..])
            {
                return None;
            }
        }
        Some(json)
    }

    /// Inflates the rest of a stream, `input`, into the output after its
    /// first `written` bytes, checking the Adler-32: the end of the output,
    /// or `None` if the stream is not whole, bytes follow it, or it inflates
    /// to more than [`MAX_JSON_BYTES`].
    fn finish(&mut self, input: &[u8], written: usize) -> Option<usize> {
        let (status, read, out) = decompress(&mut self.zlib, input, &mut self.out, written, FLAGS);
        let end = written + out;
        (status == TINFLStatus::Done && read == input.len() && end <= MAX_JSON_BYTES).then_some(end)
    }
}

fn string<'a>(value: Option<Scalar<'a>>, key: &str) -> Result<Cow<'a, str>, Error> {
    match value {
        Some(Scalar::Text(text)) => Ok(text),
        Some(_) => Err(Error::BadJson(format!("{key} is not a string"))),
        None => Err(Error::BadJson(format!("{key} is missing"))),
    }
}

/// A non-negative integer; some generators write numbers as strings.
fn number(value: Option<Scalar<'_>>, key: &str) -> Result<u64, Error> {
    let parsed = match value {
        Some(Scalar::Number(number)) => number.as_u64(),
        Some(Scalar::Text(text)) => text.parse().ok(),
        None => return Err(Error::BadJson(format!("{key} is missing"))),
        Some(_) => None,
    };
    parsed.ok_or_else(|| Error::BadJson(format!("{key} is not a non-negative integer")))
}
