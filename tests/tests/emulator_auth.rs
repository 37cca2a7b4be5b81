//! The emulator checks the query and the UserSig with the documented codes.

use std::sync::Arc;

use serde_json::Value;
use tim_emulator::Emulator;
use tim_protocol::recentcontact::GetContactGroupRequest;
use tim_protocol::ErrorCode;
use tim_tests::driver::Driver;
use tim_tests::emulator::{code, Query};
use tim_tests::harness::{Harness, ADMIN};
use tim_usersig::{Clock, ManualClock, SecretKey, Signer};

#[tokio::test(flavor = "multi_thread")]
async fn credentials_are_checked_with_the_documented_codes() {
    let clock = ManualClock::new(1_800_000_000);
    let harness = Harness::start(Emulator::builder().admin("second-admin").clock(Arc::new(clock.clone())));
    let sdkappid = harness.emulator.sdkappid();
    let key = harness.emulator.secret_key().clone();
    let sig_for = |sdkappid: u64, key: &SecretKey, identifier: &str, time: u64| {
        Signer::new(sdkappid, key.clone())
            .sign_at(identifier, 3600, time)
            .expose()
            .to_owned()
    };
    let with = |name: &str, value: Option<String>| {
        let mut query = harness.query();
        query.retain(|(k, _)| k != name);
        if let Some(value) = value {
            query.push((name.to_owned(), value));
        }
        query
    };
    let body = br#"{"From_Account":"u","StartIndex":0}"#;
    let get = "v4/recentcontact/get_contact_group";
    let valid = sig_for(sdkappid, &key, ADMIN, clock.now());
    let mut corrupted = valid.clone().into_bytes();
    corrupted[60] = if corrupted[60] == b'A' { b'B' } else { b'A' };
    let cases: Vec<(&str, Query, i64)> = vec![
        (
            "another app's usersig",
            with("usersig", Some(sig_for(sdkappid + 1, &key, ADMIN, clock.now()))),
            70014,
        ),
        (
            "another key's usersig",
            with(
                "usersig",
                Some(sig_for(sdkappid, &SecretKey::new("other").unwrap(), ADMIN, clock.now())),
            ),
            70009,
        ),
        (
            "an expired usersig",
            with("usersig", Some(sig_for(sdkappid, &key, ADMIN, clock.now() - 7200))),
            70001,
        ),
        (
            "a corrupted usersig",
            with("usersig", Some(String::from_utf8(corrupted).unwrap())),
            70003,
        ),
        (
            "a usersig with its time moved on",
            with("usersig", Some(retimed(&valid, 86_400))),
            70009,
        ),
        (
            "another admin's usersig",
            with("usersig", Some(sig_for(sdkappid, &key, "second-admin", clock.now()))),
            70013,
        ),
        ("garbage usersig", with("usersig", Some("not-a-usersig".into())), 70003),
        ("no usersig", with("usersig", None), 70002),
        ("a non-admin identifier", with("identifier", Some("u".into())), 50003),
        ("no identifier", with("identifier", None), 60025),
        ("garbage sdkappid", with("sdkappid", Some("12ab".into())), 60006),
        (
            "another sdkappid",
            with("sdkappid", Some((sdkappid + 1).to_string())),
            60006,
        ),
        ("no sdkappid", with("sdkappid", None), 60012),
        ("garbage random", with("random", Some("-1".into())), 60002),
        ("random past u32", with("random", Some("4294967296".into())), 60002),
        ("no random", with("random", None), 60002),
        ("garbage contenttype", with("contenttype", Some("xml".into())), 60025),
        ("no contenttype", with("contenttype", None), 60025),
    ];
    for (what, query, expected) in cases {
        let (status, reply) = harness.raw(get, &query, body);
        assert_eq!(
            (status, reply["ErrorCode"].as_i64()),
            (200, Some(expected)),
            "{what}: {reply}"
        );
        assert_eq!(reply["ActionStatus"], "FAIL", "{what}");
    }
    // The valid query passes the checks (and gets 50001: u was never imported).
    assert_eq!(harness.raw(get, &harness.query(), body).1["ErrorCode"], 50001);
    // A non-admin on an account API gets 70403.
    let (_, reply) = harness.raw(
        "v4/im_open_login_svc/account_check",
        &with("identifier", Some("u".into())),
        br#"{"CheckItem":[{"UserID":"u"}]}"#,
    );
    assert_eq!(reply["ErrorCode"], 70403);

    // Through the SDK: a client configured as a non-admin is refused.
    for driver in Driver::both(|| harness.config_as("not-an-admin")) {
        assert_eq!(
            code(driver.send(&GetContactGroupRequest::new("u", 0)).await),
            ErrorCode::ContactAdminRequired
        );
    }
    // And the expiry edge: valid at time + expire, refused one second later.
    let sig = sig_for(sdkappid, &key, ADMIN, clock.now());
    clock.advance(3600);
    assert_eq!(
        harness.raw(get, &with("usersig", Some(sig.clone())), body).1["ErrorCode"],
        50001
    );
    clock.advance(1);
    assert_eq!(
        harness.raw(get, &with("usersig", Some(sig)), body).1["ErrorCode"],
        70001
    );
}

/// The token with `TLS.time` moved by `delta`, its signature left as it was:
/// what someone extending a stolen UserSig's life would send.
fn retimed(token: &str, delta: u64) -> String {
    use base64::{engine::general_purpose::STANDARD, Engine as _};
    use std::io::{Read, Write};
    let compressed = STANDARD
        .decode(token.replace('*', "+").replace('-', "/").replace('_', "="))
        .unwrap();
    let mut json = Vec::new();
    flate2::read::ZlibDecoder::new(compressed.as_slice())
        .read_to_end(&mut json)
        .unwrap();
    let mut document: Value = serde_json::from_slice(&json).unwrap();
    document["TLS.time"] = (document["TLS.time"].as_u64().unwrap() + delta).into();
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(document.to_string().as_bytes()).unwrap();
    STANDARD
        .encode(encoder.finish().unwrap())
        .replace('+', "*")
        .replace('/', "-")
        .replace('=', "_")
}
