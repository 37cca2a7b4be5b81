//! `TLS.time + TLS.expire` past `u64::MAX` is a malformed token, never one
//! that does not expire.

use tim_usersig::{decode, verify, Error, SecretKey, Signer, VerifyParams};

#[test]
fn a_validity_that_overflows_is_malformed() {
    let key = SecretKey::new("5bd2850fff3ecb11").unwrap();
    let signer = Signer::new(1400000000, key.clone());
    let params = VerifyParams::new(1400000000, &key, "admin");
    for (time, expire) in [
        (u64::MAX, u64::MAX),
        (u64::MAX, 1),
        (1, u64::MAX),
        (u64::MAX / 2 + 1, u64::MAX / 2 + 1),
    ] {
        // Correctly signed with the right key: only the arithmetic is wrong.
        let sig = signer.sign_at("admin", expire, time);
        let expected = Err(Error::BadJson("TLS.time + TLS.expire overflows".into()));
        assert_eq!(decode(sig.expose()).map(|_| ()), expected, "{time} + {expire}");
        assert_eq!(
            verify(sig.expose(), &params, 0).map(|_| ()),
            expected,
            "{time} + {expire}"
        );
        assert_eq!(verify(sig.expose(), &params, u64::MAX).map(|_| ()), expected);
    }
    // The largest sum that fits is still a valid token, valid up to u64::MAX.
    let sig = signer.sign_at("admin", 1, u64::MAX - 1);
    let fields = verify(sig.expose(), &params, u64::MAX).unwrap();
    assert_eq!(fields.expires_at(), u64::MAX);
}
