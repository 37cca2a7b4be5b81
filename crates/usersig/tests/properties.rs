//! Generate-then-verify round trips, and decode/verify on arbitrary input.

use proptest::prelude::*;
use tim_usersig::{decode, verify, SecretKey, Signer, VerifyParams};

fn identifier() -> impl Strategy<Value = String> {
    // 1 to 32 bytes of any characters.
    prop::collection::vec(any::<char>(), 1..=32).prop_map(|chars| {
        let mut id = String::new();
        for c in chars {
            if id.len() + c.len_utf8() > 32 {
                break;
            }
            id.push(c);
        }
        id
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn generate_then_verify(
        id in identifier(),
        key in "[0-9a-f]{64}",
        sdkappid in 1u64..=u32::MAX as u64,
        time in 0u64..4_000_000_000,
        expire in 1u64..=400 * 86_400,
        userbuf in prop::option::of(prop::collection::vec(any::<u8>(), 0..64)),
    ) {
        let key = SecretKey::new(key).unwrap();
        let sig = Signer::new(sdkappid, key.clone()).sign_with_userbuf_at(&id, expire, userbuf.as_deref(), time);
        let mut params = VerifyParams::new(sdkappid, &key, &id);
        if let Some(userbuf) = &userbuf {
            params = params.userbuf(userbuf);
        }
        let fields = verify(sig.expose(), &params, time + expire).unwrap();
        prop_assert_eq!(&fields.identifier, &id);
        prop_assert_eq!(&fields.userbuf, &userbuf);
        prop_assert!(verify(sig.expose(), &params, time + expire + 1).is_err());
    }

    #[test]
    fn decode_and_verify_never_panic(token in ".{0,300}", b64 in "[A-Za-z0-9*_-]{0,300}") {
        let key = SecretKey::new("k").unwrap();
        let params = VerifyParams::new(1, &key, "admin");
        for text in [&token, &b64] {
            let _ = decode(text);
            prop_assert!(verify(text, &params, 0).is_err());
        }
    }
}
