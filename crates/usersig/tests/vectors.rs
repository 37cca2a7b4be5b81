//! The official generator's vectors and API.md's worked example.

use base64::{engine::general_purpose::STANDARD, Engine as _};
use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;
use tim_usersig::{content_string, decode, verify, Error, SecretKey, Signer, VerifyParams};

#[derive(Deserialize)]
struct Vector {
    sdkappid: u64,
    key: String,
    identifier: String,
    expire: u64,
    time: u64,
    usersig: String,
    userbuf_hex: Option<String>,
}

fn vectors() -> Vec<Vector> {
    serde_json::from_str(include_str!("data/usersig_v2.json")).expect("vectors parse")
}

fn hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex"))
        .collect()
}

fn check(vector: &Vector, token: &str, now: u64) -> Result<(), Error> {
    let key = SecretKey::new(&vector.key).unwrap();
    let userbuf = vector.userbuf_hex.as_deref().map(hex);
    let mut params = VerifyParams::new(vector.sdkappid, &key, &vector.identifier);
    if let Some(userbuf) = &userbuf {
        params = params.userbuf(userbuf);
    }
    verify(token, &params, now).map(drop)
}

#[test]
fn every_vector_verifies_one_second_after_signing() {
    let vectors = vectors();
    assert_eq!(vectors.len(), 12);
    for vector in &vectors {
        check(vector, &vector.usersig, vector.time + 1).unwrap_or_else(|e| panic!("{}: {e}", vector.identifier));
        let fields = decode(&vector.usersig).unwrap();
        assert_eq!(
            (fields.sdkappid, fields.time, fields.expire),
            (vector.sdkappid, vector.time, vector.expire)
        );
        assert_eq!(fields.identifier, vector.identifier);
    }
}

#[test]
fn every_vector_is_valid_at_expiry_and_fails_one_second_past_it() {
    for vector in vectors() {
        let expiry = vector.time + vector.expire;
        assert_eq!(
            check(&vector, &vector.usersig, expiry),
            Ok(()),
            "valid at time + expire"
        );
        assert_eq!(
            check(&vector, &vector.usersig, expiry + 1),
            Err(Error::Expired {
                expired_at: expiry,
                now: expiry + 1
            })
        );
    }
}

/// Every single-character change of every vector, to every other character
/// of the token alphabet (166,400 changed tokens), is refused.
///
/// With one kind of exception, which no verifier can refuse without
/// refusing genuine tokens: deflate allows several encodings of the same
/// bytes (a back-reference may copy the same text from a nearer or a farther
/// place). A change that only switches between such encodings inflates to the
/// byte-identical signed document: the same credential, spelled differently.
/// The test checks that every accepted change is exactly that, and that they
/// are rare. The other benign spellings, set padding bits and bytes after the
/// zlib stream, are refused by the decoder.
#[test]
fn every_vector_fails_when_any_character_is_changed() {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-_";
    let (mut changes, mut same_document) = (0, 0);
    for vector in vectors() {
        let original = vector.usersig.as_bytes();
        let document = inflate_bytes(&vector.usersig).expect("the vector inflates");
        for position in 0..original.len() {
            for &replacement in ALPHABET.iter().filter(|&&c| c != original[position]) {
                let mut changed = original.to_vec();
                changed[position] = replacement;
                let changed = String::from_utf8(changed).unwrap();
                changes += 1;
                if check(&vector, &changed, vector.time + 1).is_ok() {
                    assert_eq!(
                        inflate_bytes(&changed).as_deref(),
                        Some(document.as_slice()),
                        "{}: changing position {position} to {} was accepted",
                        vector.identifier,
                        char::from(replacement)
                    );
                    same_document += 1;
                }
            }
        }
    }
    assert_eq!(changes, 166_400);
    assert!(
        same_document <= 4,
        "{same_document} changed tokens were other spellings of the same document"
    );
}

#[test]
fn a_vector_fails_with_another_key_sdkappid_identifier_or_userbuf() {
    let vector = &vectors()[0];
    let other_key = SecretKey::new("0".repeat(64)).unwrap();
    let now = vector.time + 1;
    let params = VerifyParams::new(vector.sdkappid, &other_key, &vector.identifier);
    assert_eq!(verify(&vector.usersig, &params, now).unwrap_err(), Error::BadSignature);
    let key = SecretKey::new(&vector.key).unwrap();
    let params = VerifyParams::new(vector.sdkappid + 1, &key, &vector.identifier);
    assert!(matches!(
        verify(&vector.usersig, &params, now),
        Err(Error::SdkAppIdMismatch { .. })
    ));
    let params = VerifyParams::new(vector.sdkappid, &key, "someone-else");
    assert!(matches!(
        verify(&vector.usersig, &params, now),
        Err(Error::IdentifierMismatch { .. })
    ));
    let params = VerifyParams::new(vector.sdkappid, &key, &vector.identifier).userbuf(b"x");
    assert_eq!(
        verify(&vector.usersig, &params, now).unwrap_err(),
        Error::UserbufMismatch
    );
}

const EXAMPLE_KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

#[test]
fn worked_example_content_and_sig_match_exactly() {
    let rows = [
        (
            "xiaojun",
            1700000000,
            15552000,
            "LvA7d/Iw7gSsnskvVzBDPOCCDbuNCw4GHwTC0bip+B4=",
        ),
        (
            "admin",
            1600000000,
            86400,
            "B0EiGEtv8jlwtFr54eCo5sR1MRR0HRBlR9ykTMYskM8=",
        ),
    ];
    for (identifier, time, expire, expected_sig) in rows {
        let content = content_string(identifier, 1400000000, time, expire, None);
        assert_eq!(
            content,
            format!("TLS.identifier:{identifier}\nTLS.sdkappid:1400000000\nTLS.time:{time}\nTLS.expire:{expire}\n")
        );
        let mut mac = Hmac::<Sha256>::new_from_slice(EXAMPLE_KEY.as_bytes()).unwrap();
        mac.update(content.as_bytes());
        assert_eq!(STANDARD.encode(mac.finalize().into_bytes()), expected_sig);

        // Our own token carries that same TLS.sig.
        let token = Signer::new(1400000000, SecretKey::new(EXAMPLE_KEY).unwrap()).sign_at(identifier, expire, time);
        let raw = inflate(token.expose());
        assert_eq!(raw["TLS.sig"], expected_sig);
        assert_eq!(raw["TLS.ver"], "2.0");
    }
}

#[test]
fn worked_example_token_verifies() {
    let token = "eJyrVgrxCdYrSy1SslJQMtIzUNJRAItkpqTmlWSmZUIkKjIT87NK82CSxSnZiQUFmSlAKUMTAyiAyqVWFGQWpYJkTE1NjRDiJZm5YFFzNPXFmekgG3zKHM1T9D3LzdODi-OKs8vCqpxcAvydnV2SSv2cy03cPcpDnA2SMgu0nUxslWoBHdYzUg__";
    let key = SecretKey::new(EXAMPLE_KEY).unwrap();
    let fields = verify(token, &VerifyParams::new(1400000000, &key, "xiaojun"), 1700000001).unwrap();
    assert_eq!((fields.time, fields.expire), (1700000000, 15552000));
}

fn inflate(token: &str) -> serde_json::Value {
    serde_json::from_slice(&inflate_bytes(token).unwrap()).unwrap()
}

fn inflate_bytes(token: &str) -> Option<Vec<u8>> {
    use std::io::Read;
    let standard = token.replace('*', "+").replace('-', "/").replace('_', "=");
    let compressed = STANDARD.decode(standard).ok()?;
    let mut json = Vec::new();
    flate2::read::ZlibDecoder::new(compressed.as_slice())
        .read_to_end(&mut json)
        .ok()?;
    Some(json)
}

/// Envelopes other generators make: Go's compact JSON with a trailing newline
/// at zlib level 0, Node's member order, C#'s userbuf after sig, escapes.
#[test]
fn envelopes_of_other_generators_verify() {
    use flate2::{write::ZlibEncoder, Compression};
    use std::io::Write;

    let key = SecretKey::new(EXAMPLE_KEY).unwrap();
    let sig = "LvA7d/Iw7gSsnskvVzBDPOCCDbuNCw4GHwTC0bip+B4=";
    let documents = [
        format!("{{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"xiaojun\",\"TLS.sdkappid\":1400000000,\"TLS.expire\":15552000,\"TLS.time\":1700000000,\"TLS.sig\":\"{sig}\"}}\n"),
        format!("{{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"xiaojun\",\"TLS.sdkappid\":1400000000,\"TLS.time\":1700000000,\"TLS.expire\":15552000,\"TLS.sig\":\"{sig}\"}}"),
        format!("{{ \"TLS.sig\" : \"{sig}\" , \"TLS.time\" : 1700000000, \"TLS.expire\": 15552000, \"TLS.sdkappid\": 1400000000, \"TLS.identifier\": \"\\u0078iaojun\", \"TLS.ver\": \"2.0\" }}"),
    ];
    for (document, level) in documents.iter().zip([0, 9, 1]) {
        let mut encoder = ZlibEncoder::new(Vec::new(), Compression::new(level));
        encoder.write_all(document.as_bytes()).unwrap();
        let token = STANDARD
            .encode(encoder.finish().unwrap())
            .replace('+', "*")
            .replace('/', "-")
            .replace('=', "_");
        verify(&token, &VerifyParams::new(1400000000, &key, "xiaojun"), 1700000001)
            .unwrap_or_else(|e| panic!("{document}: {e}"));
    }
}

#[test]
fn errors_never_show_the_token_or_the_key() {
    let vector = &vectors()[1];
    let now = vector.time + vector.expire + 10;
    let key = SecretKey::new(&vector.key).unwrap();
    let params = VerifyParams::new(vector.sdkappid, &key, &vector.identifier);
    let error = verify(&vector.usersig, &params, now).unwrap_err();
    for text in [
        error.to_string(),
        format!("{error:?}"),
        format!("{params:?}"),
        format!("{:?}", decode(&vector.usersig).unwrap()),
    ] {
        assert!(!text.contains(&vector.key), "{text}");
        assert!(!text.contains(&vector.usersig), "{text}");
        assert!(!text.contains("0KkazKy88GG7VwPdTHAEaO"), "the MAC shows in {text}");
    }
}

/// Setting a zero bit of the last deflate byte: where the bit is padding
/// (a lenient inflater gives the same document back), the token is refused
/// as bad zlib; where it is data, it fails some other way. Either way it is
/// refused. (A stream may end on a byte boundary, without padding; most
/// vectors' do not.)
#[test]
fn a_set_padding_bit_is_refused() {
    let mut padded = 0;
    for vector in vectors() {
        let standard = vector.usersig.replace('*', "+").replace('-', "/").replace('_', "=");
        let compressed = STANDARD.decode(standard).unwrap();
        let last = compressed.len() - 5;
        let document = inflate_bytes(&vector.usersig).unwrap();
        let mut padding_bits = 0;
        for bit in (0..8).map(|n| 1u8 << n).filter(|bit| compressed[last] & bit == 0) {
            let mut changed = compressed.clone();
            changed[last] |= bit;
            let token = STANDARD
                .encode(&changed)
                .replace('+', "*")
                .replace('-', "/")
                .replace('=', "_");
            let result = check(&vector, &token, vector.time + 1);
            if inflate_bytes(&token).as_deref() == Some(document.as_slice()) {
                padding_bits += 1;
                assert_eq!(
                    result.unwrap_err(),
                    Error::BadZlib,
                    "{}: bit {bit:#010b}",
                    vector.identifier
                );
            } else {
                assert!(result.is_err(), "{}: bit {bit:#010b}", vector.identifier);
            }
        }
        padded += usize::from(padding_bits > 0);
    }
    assert!(padded >= vectors().len() / 2, "only {padded} vectors end in padding");
}
