//! Both clients drive the emulator through every documented rule: the seed's
//! two samples, each error code, the auth checks, concurrency and faults.

use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use tim_api::{Client, Error};
use tim_emulator::{Edition, Emulator, Faults, Limits};
use tim_protocol::account::{
    AccountCheckRequest, AccountDeleteRequest, AccountImportRequest, AccountStatus, MultiaccountImportRequest,
};
use tim_protocol::recentcontact::{
    ContactEdit, CreateContactGroupRequest, DelContactGroupRequest, DeleteRequest, GetContactGroupRequest,
    GetListRequest, MarkContactRequest, MarkItem, MarkOp, SearchContactGroupRequest, UpdateContactGroupRequest,
};
use tim_protocol::{Conversation, ErrorCode};
use tim_tests::driver::Driver;
use tim_tests::harness::{Harness, ADMIN};
use tim_usersig::{Clock, ManualClock, SecretKey, Signer};

const UPDATE: &str = "v4/recentcontact/update_contact_group";
const SAMPLES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../crates/protocol/samples/recentcontact/update_contact_group"
);

fn sample(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(format!("{SAMPLES}/{name}")).unwrap()).unwrap()
}

/// Query parameters as sent.
type Query = Vec<(String, String)>;

fn code(result: Result<impl std::fmt::Debug, Error>) -> ErrorCode {
    match result {
        Err(error) => error.code().unwrap_or_else(|| panic!("not a service error: {error:?}")),
        Ok(value) => panic!("expected a failure, got {value:?}"),
    }
}

async fn import(driver: &Driver, users: &[&str]) {
    driver
        .send(&MultiaccountImportRequest::new(users.iter().copied()))
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn the_seed_samples_get_the_seed_replies() {
    for driver_index in 0..2 {
        // Sample 1: rename group_0001 to group_0002.
        let harness = Harness::start(Emulator::builder());
        let driver = &harness.drivers()[driver_index];
        import(driver, &["user_0001", "user_0002"]).await;
        driver
            .send(&CreateContactGroupRequest::new("user_0001", "group_0001", []))
            .await
            .unwrap();
        let request: UpdateContactGroupRequest = serde_json::from_value(sample("request.json")).unwrap();
        let reply = driver.send(&request).await.unwrap();
        assert_eq!(
            serde_json::to_value(&reply).unwrap(),
            sample("response.json"),
            "{}",
            driver.name()
        );

        // Sample 2: add user_0002 and remove @TGS#1B2AUI7RZ in group_0001.
        let harness = Harness::start(Emulator::builder());
        let driver = &harness.drivers()[driver_index];
        import(driver, &["user_0001", "user_0002"]).await;
        let create = CreateContactGroupRequest::new("user_0001", "group_0001", [Conversation::group("@TGS#1B2AUI7RZ")]);
        driver.send(&create).await.unwrap();
        let request: UpdateContactGroupRequest = serde_json::from_value(sample("request-2.json")).unwrap();
        let reply = driver.send(&request).await.unwrap();
        assert_eq!(
            serde_json::to_value(&reply).unwrap(),
            sample("response-2.json"),
            "{}",
            driver.name()
        );
        assert_eq!(
            harness.emulator.contact_group("user_0001", "group_0001"),
            Some(vec![Conversation::c2c("user_0002")])
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn accounts_are_imported_checked_and_deleted() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        driver
            .send(&AccountImportRequest::new("alice").nick("Alice"))
            .await
            .unwrap();
        assert_eq!(harness.emulator.profile("alice"), Some((Some("Alice".into()), None)));
        driver.send(&AccountImportRequest::new("alice")).await.unwrap(); // idempotent
        assert_eq!(
            harness.emulator.profile("alice"),
            Some((Some("Alice".into()), None)),
            "the nick is kept"
        );
        import(&driver, &["bob", "carol"]).await;
        let check = driver
            .send(&AccountCheckRequest::new(["alice", "bob", "dave"]))
            .await
            .unwrap();
        let statuses: Vec<_> = check.results.iter().map(|r| r.status.clone()).collect();
        assert_eq!(
            statuses,
            [
                AccountStatus::Imported,
                AccountStatus::Imported,
                AccountStatus::NotImported
            ]
        );
        let deleted = driver.send(&AccountDeleteRequest::new(["bob", "dave"])).await.unwrap();
        let codes: Vec<_> = deleted.results.iter().map(|r| r.result_code).collect();
        assert_eq!(
            codes,
            [ErrorCode::Success, ErrorCode::AccountNotFound],
            "{}",
            driver.name()
        );
        assert!(!harness.emulator.is_imported("bob"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn conversation_group_rules_and_their_codes() {
    let harness = Harness::start(Emulator::builder().disbanded_group("@TGS#gone"));
    for driver in harness.drivers() {
        let user = format!("user-{}", driver.name());
        // 50001: From_Account not imported.
        assert_eq!(
            code(driver.send(&CreateContactGroupRequest::new(&user, "g", [])).await),
            ErrorCode::NotImported
        );
        import(&driver, &[&user]).await;

        // A rename keeps the GroupId.
        let created = driver
            .send(&CreateContactGroupRequest::new(&user, "g", [Conversation::c2c("peer")]))
            .await
            .unwrap();
        let id = created.groups[0].group.group_id;
        let renamed = driver
            .send(&UpdateContactGroupRequest::rename(&user, "g", "h"))
            .await
            .unwrap();
        assert_eq!(renamed.result.as_ref().unwrap().group_id, id);

        // 51009: unknown group, for update and delete.
        assert_eq!(
            code(driver.send(&UpdateContactGroupRequest::rename(&user, "g", "x")).await),
            ErrorCode::ContactGroupNotFound
        );
        assert_eq!(
            code(driver.send(&DelContactGroupRequest::new(&user, "nope")).await),
            ErrorCode::ContactGroupNotFound
        );

        // 50002: a duplicate name, on create and on rename.
        assert_eq!(
            code(driver.send(&CreateContactGroupRequest::new(&user, "h", [])).await),
            ErrorCode::ContactParameterInvalid
        );
        driver
            .send(&CreateContactGroupRequest::new(&user, "other", []))
            .await
            .unwrap();
        assert_eq!(
            code(
                driver
                    .send(&UpdateContactGroupRequest::rename(&user, "h", "other"))
                    .await
            ),
            ErrorCode::ContactParameterInvalid
        );

        // Per-item results: adding twice and removing what is absent succeed
        // and change nothing; a disbanded group conversation gets 51007.
        let edits = [
            ContactEdit::add(Conversation::c2c("peer")),
            ContactEdit::remove(Conversation::c2c("stranger")),
            ContactEdit::add(Conversation::group("@TGS#gone")),
            ContactEdit::add(Conversation::group("@TGS#live")),
        ];
        let reply = driver
            .send(&UpdateContactGroupRequest::edit_contacts(&user, "h", edits))
            .await
            .unwrap();
        let codes: Vec<_> = reply
            .result
            .as_ref()
            .unwrap()
            .contact_results
            .iter()
            .map(|r| r.result_code)
            .collect();
        assert_eq!(
            codes,
            [
                ErrorCode::Success,
                ErrorCode::Success,
                ErrorCode::GroupCodeLookupFailed,
                ErrorCode::Success
            ]
        );
        assert_eq!(reply.failed_contacts().count(), 1);
        assert_eq!(
            harness.emulator.contact_group(&user, "h"),
            Some(vec![Conversation::c2c("peer"), Conversation::group("@TGS#live")])
        );

        // get_contact_group lists the grouped conversations and all groups.
        let listed = driver.send(&GetContactGroupRequest::new(&user, 0)).await.unwrap();
        assert_eq!(listed.groups.len(), 2);
        assert_eq!(listed.contacts.len(), 2);
        assert!(listed.is_complete());
        assert_eq!(listed.contacts[0].contact_group_ids, [id]);

        // 51010: the 21st group.
        for n in 0..18 {
            driver
                .send(&CreateContactGroupRequest::new(&user, format!("g{n}"), []))
                .await
                .unwrap();
        }
        assert_eq!(
            code(
                driver
                    .send(&CreateContactGroupRequest::new(&user, "one-too-many", []))
                    .await
            ),
            ErrorCode::ContactGroupLimitReached
        );
        // Deleting one makes room; its ID is not reused.
        let deleted = driver.send(&DelContactGroupRequest::new(&user, "g0")).await.unwrap();
        let next = driver
            .send(&CreateContactGroupRequest::new(&user, "again", []))
            .await
            .unwrap();
        assert!(next.groups[0].group.group_id > deleted.groups[0].group_id);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_client_refuses_what_the_emulator_would_refuse_with_the_same_code() {
    let harness = Harness::start(Emulator::builder());
    let long = "名".repeat(22); // 66 bytes
    let too_many: Vec<_> = (0..101)
        .map(|i| ContactEdit::add(Conversation::c2c(format!("p{i}"))))
        .collect();
    let cases = [
        (
            UpdateContactGroupRequest::rename("u", "g", &long),
            ErrorCode::GroupNameTooLong,
        ),
        (
            UpdateContactGroupRequest::edit_contacts("u", "g", []),
            ErrorCode::ContactCountInvalid,
        ),
        (
            UpdateContactGroupRequest::edit_contacts("u", "g", too_many),
            ErrorCode::ContactCountInvalid,
        ),
    ];
    for driver in harness.drivers() {
        import(&driver, &["u"]).await;
        let _ = driver.send(&CreateContactGroupRequest::new("u", "g", [])).await;
        for (request, expected) in &cases {
            // The SDK refuses before sending...
            match driver.send(request).await {
                Err(Error::Validation(error)) => assert_eq!(error.error_code(), Some(*expected), "{}", driver.name()),
                other => panic!("{}: {other:?}", driver.name()),
            }
        }
    }
    // ...and the emulator, sent the same bodies raw, answers the same codes.
    for (request, expected) in &cases {
        assert_eq!(
            harness.raw_code(UPDATE, &serde_json::to_string(request).unwrap()),
            expected.code()
        );
    }
    // 50002 for a malformed body, naming the field.
    let (_, reply) = harness.raw(
        UPDATE,
        &harness.query(),
        br#"{"From_Account":"u","UpdateType":1,"UpdateGroup":{"UpdateGroupType":"one"}}"#,
    );
    assert_eq!(reply["ErrorCode"], 50002);
    assert!(
        reply["ErrorInfo"]
            .as_str()
            .unwrap()
            .contains("UpdateGroup.UpdateGroupType"),
        "{reply}"
    );
    let (_, reply) = harness.raw(UPDATE, &harness.query(), br#"{"From_Account":"u","UpdateType":1}"#);
    assert!(reply["ErrorInfo"].as_str().unwrap().contains("UpdateGroup"), "{reply}");
    let body = r#"{"From_Account":"u","UpdateType":1,"UpdateGroup":{"UpdateGroupType":2,"OldGroupName":"g","ContactUpdateItem":[{"ContactOptType":1,"ContactItem":{"Type":1,"ToGroupId":"@TGS#1"}}]}}"#;
    let (_, reply) = harness.raw(UPDATE, &harness.query(), body.as_bytes());
    assert_eq!(reply["ErrorCode"], 50002);
    assert!(
        reply["ErrorInfo"]
            .as_str()
            .unwrap()
            .contains("UpdateGroup.ContactUpdateItem[0].ContactItem.To_Account"),
        "{reply}"
    );
    // 70402 for a malformed account body.
    assert_eq!(
        harness.raw_code("v4/im_open_login_svc/account_import", r#"{"UserID":7}"#),
        70402
    );
    // 60003 for a body that is not JSON; 60009 for an unknown API.
    assert_eq!(harness.raw_code(UPDATE, "{not json"), 60003);
    assert_eq!(harness.raw_code(UPDATE, ""), 60003);
    assert_eq!(harness.raw_code("v4/recentcontact/no_such_api", "{}"), 60009);
    assert_eq!(harness.raw_code("v5/what", "{}"), 60009);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_edition_without_groups_gets_51013() {
    let harness = Harness::start(Emulator::builder().edition(Edition::Standard));
    for driver in harness.drivers() {
        import(&driver, &["u"]).await;
        assert_eq!(
            code(driver.send(&CreateContactGroupRequest::new("u", "g", [])).await),
            ErrorCode::EditionUnsupported
        );
        assert_eq!(
            code(driver.send(&UpdateContactGroupRequest::rename("u", "g", "h")).await),
            ErrorCode::EditionUnsupported
        );
    }
}

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

/// `tasks` tasks each add 30 distinct conversations to one group at once;
/// the per-item codes of all of them.
async fn concurrent_adds(driver: Arc<Driver>, tasks: usize) -> Vec<ErrorCode> {
    let mut set = tokio::task::JoinSet::new();
    for task in 0..tasks {
        let driver = Arc::clone(&driver);
        set.spawn(async move {
            let edits = (0..30).map(move |i| ContactEdit::add(Conversation::c2c(format!("peer-{task}-{i}"))));
            driver
                .send(&UpdateContactGroupRequest::edit_contacts("owner", "big", edits))
                .await
        });
    }
    let mut codes = Vec::new();
    while let Some(reply) = set.join_next().await {
        let reply = reply.unwrap().unwrap();
        codes.extend(
            reply
                .result
                .unwrap()
                .contact_results
                .iter()
                .map(|item| item.result_code),
        );
    }
    codes
}

/// A fresh emulator with the user `owner` and an empty group `big`, and the
/// client `index` (0 async, 1 blocking) pointed at it.
async fn owner_with_empty_group(index: usize) -> (Harness, Arc<Driver>) {
    let harness = Harness::start(Emulator::builder());
    let driver = harness.drivers().into_iter().nth(index).unwrap();
    import(&driver, &["owner"]).await;
    driver
        .send(&CreateContactGroupRequest::new("owner", "big", []))
        .await
        .unwrap();
    (harness, Arc::new(driver))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_adds_lose_nothing_and_the_cap_is_exact() {
    for index in 0..2 {
        let (harness, driver) = owner_with_empty_group(index).await;
        let codes = concurrent_adds(Arc::clone(&driver), 32).await;
        assert!(codes.iter().all(|code| code.is_success()), "{}", driver.name());
        assert_eq!(
            harness.emulator.contact_group("owner", "big").unwrap().len(),
            960,
            "{}",
            driver.name()
        );

        // Crossing the cap: 34 x 30 = 1020 adds into an empty group of 1000.
        let (harness, driver) = owner_with_empty_group(index).await;
        let codes = concurrent_adds(Arc::clone(&driver), 34).await;
        assert_eq!(
            codes.iter().filter(|code| code.is_success()).count(),
            1000,
            "{}",
            driver.name()
        );
        assert_eq!(
            codes
                .iter()
                .filter(|code| **code == ErrorCode::ContactLimitReached)
                .count(),
            20
        );
        assert_eq!(harness.emulator.contact_group("owner", "big").unwrap().len(), 1000);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn get_contact_group_pages() {
    let harness = Harness::start(Emulator::builder().limits(Limits::default().page_size(40)));
    let client = Client::new(harness.config_as(ADMIN)).unwrap();
    client
        .multiaccount_import(&MultiaccountImportRequest::new(["owner"]))
        .await
        .unwrap();
    let peers: Vec<_> = (0..100).map(|i| Conversation::c2c(format!("p{i:03}"))).collect();
    client
        .create_contact_group(&CreateContactGroupRequest::new("owner", "all", peers.clone()))
        .await
        .unwrap();
    let (mut start, mut seen) = (0, Vec::new());
    loop {
        let page = client
            .get_contact_group(&GetContactGroupRequest::new("owner", start))
            .await
            .unwrap();
        seen.extend(page.contacts.iter().map(|c| c.conversation.clone()));
        if page.is_complete() {
            assert_eq!(page.next_start_index, 0);
            break;
        }
        start = page.next_start_index;
    }
    assert_eq!(seen, peers);
}

#[tokio::test(flavor = "multi_thread")]
async fn faults_are_injected_and_malformed_input_does_no_harm() {
    let harness = Harness::start(Emulator::builder());
    let client = Client::new(harness.config_as(ADMIN)).unwrap();
    client
        .multiaccount_import(&MultiaccountImportRequest::new(["u"]))
        .await
        .unwrap();

    harness
        .emulator
        .set_faults(Faults::none().errors(1.0, ErrorCode::RateLimited));
    assert_eq!(
        code(
            client
                .create_contact_group(&CreateContactGroupRequest::new("u", "g", []))
                .await
        ),
        ErrorCode::RateLimited
    );
    assert_eq!(
        harness.emulator.contact_group("u", "g"),
        None,
        "a faulted call changes nothing"
    );

    harness
        .emulator
        .set_faults(Faults::none().latency(Duration::from_millis(150)));
    let start = std::time::Instant::now();
    client
        .create_contact_group(&CreateContactGroupRequest::new("u", "g", []))
        .await
        .unwrap();
    assert!(start.elapsed() >= Duration::from_millis(150));
    harness.emulator.set_faults(Faults::none());

    // Garbage of every kind, then the state is intact and the server answers.
    let deep = "[".repeat(100_000);
    let bodies: Vec<Vec<u8>> = vec![
        vec![0xff, 0xfe, 0x00],
        deep.into_bytes(),
        br#"{"From_Account":"u","UpdateType":1,"UpdateGroup":{"UpdateGroupType":2,"OldGroupName":"g","ContactUpdateItem":[{"ContactOptType":1,"ContactItem":{"Type":99}}]}}"#.to_vec(),
        br#"{"From_Account":"u","UpdateType":18446744073709551616}"#.to_vec(),
        b"null".to_vec(),
        b"[]".to_vec(),
    ];
    for body in bodies {
        let (status, reply) = harness.raw(UPDATE, &harness.query(), &body);
        assert_eq!(status, 200);
        assert_eq!(reply["ActionStatus"], "FAIL", "{reply}");
    }
    let renamed = client.rename_contact_group("u", "g", "h").await.unwrap();
    assert_eq!(renamed.result.unwrap().group_name, "h");

    // A body over the cap gets 413. (The cap is small here so that the whole
    // request fits in the socket buffers: with a body of megabytes, the
    // client may still be sending when the server answers and closes.)
    let small = Harness::start(Emulator::builder().limits(Limits::default().max_body_bytes(1024)));
    let (status, reply) = small.raw(UPDATE, &small.query(), &[b' '; 4096]);
    assert_eq!(status, 413, "{reply}");
    assert_eq!(
        small.raw(UPDATE, &small.query(), &[b' '; 1000]).1["ErrorCode"],
        60003,
        "under the cap it is read"
    );
}

fn mark(conversation: Conversation, op: MarkOp, set: &[u32], clear: &[u32], custom: Option<&str>) -> MarkItem {
    let mut item = MarkItem::new(op, conversation);
    item.set_mark = set.to_vec();
    item.clear_mark = clear.to_vec();
    item.custom_mark = custom.map(str::to_owned);
    item
}

#[tokio::test(flavor = "multi_thread")]
async fn marks_are_set_cleared_listed_and_searched() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let user = format!("marker-{}", driver.name());
        import(&driver, &[&user]).await;
        let peer = Conversation::c2c("peer");
        let items = [
            mark(peer.clone(), MarkOp::Both, &[1, 2, 3, 6], &[], Some("abcd")),
            mark(Conversation::group("@TGS#x"), MarkOp::Custom, &[], &[], None),
        ];
        let reply = driver.send(&MarkContactRequest::new(&user, items)).await.unwrap();
        let codes: Vec<_> = reply.results.iter().map(|r| r.result_code).collect();
        assert_eq!(
            codes,
            [ErrorCode::Success, ErrorCode::ContactParameterInvalid],
            "{}",
            driver.name()
        );

        let listed = driver.send(&GetContactGroupRequest::new(&user, 0)).await.unwrap();
        assert_eq!(listed.contacts.len(), 1);
        let info = &listed.contacts[0];
        assert_eq!(
            (info.standard_mark.as_deref(), info.custom_mark.as_deref()),
            (Some("111001"), Some("abcd"))
        );
        assert!(info.contact_group_ids.is_empty() && info.timestamp.is_some());

        // Clear bit 2; a bit both cleared and set ends up set.
        driver
            .send(&MarkContactRequest::new(
                &user,
                [mark(peer.clone(), MarkOp::Standard, &[7], &[2, 7], None)],
            ))
            .await
            .unwrap();
        let found = driver
            .send(&SearchContactGroupRequest::new(
                &user,
                [peer.clone(), Conversation::c2c("nobody")],
            ))
            .await
            .unwrap();
        assert_eq!(found.contacts.len(), 1, "only conversations with data are returned");
        assert_eq!(found.contacts[0].standard_mark.as_deref(), Some("1010011"));

        // With every mark cleared and no group, the conversation is no longer listed.
        let clear_all = mark(peer.clone(), MarkOp::Both, &[], &[1, 3, 6, 7], Some(""));
        driver.send(&MarkContactRequest::new(&user, [clear_all])).await.unwrap();
        assert!(driver
            .send(&GetContactGroupRequest::new(&user, 0))
            .await
            .unwrap()
            .contacts
            .is_empty());
    }

    // Standard marks need an edition with conversation groups; custom marks do not.
    let harness = Harness::start(Emulator::builder().edition(Edition::Standard));
    for driver in harness.drivers() {
        import(&driver, &["u"]).await;
        let items = [
            mark(Conversation::c2c("a"), MarkOp::Standard, &[1], &[], None),
            mark(Conversation::c2c("b"), MarkOp::Custom, &[], &[], Some("vip")),
        ];
        let reply = driver.send(&MarkContactRequest::new("u", items)).await.unwrap();
        let codes: Vec<_> = reply.results.iter().map(|r| r.result_code).collect();
        assert_eq!(
            codes,
            [ErrorCode::EditionUnsupported, ErrorCode::Success],
            "{}",
            driver.name()
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_recent_list_pages_pinned_first_and_deletes() {
    let harness = Harness::start(Emulator::builder().limits(Limits::default().page_size(2)));
    for driver in harness.drivers() {
        let user = format!("reader-{}", driver.name());
        import(&driver, &[&user]).await;
        for (conversation, time, pinned) in [
            (Conversation::c2c("old"), 100, false),
            (Conversation::c2c("newest"), 300, false),
            (Conversation::c2c("middle"), 200, false),
            (Conversation::group("@TGS#pinned"), 50, true),
        ] {
            harness
                .emulator
                .add_recent_conversation(&user, conversation, time, pinned);
        }
        driver
            .send(&CreateContactGroupRequest::new(
                &user,
                "friends",
                [Conversation::c2c("middle")],
            ))
            .await
            .unwrap();

        let mut request = GetListRequest::first_page(&user);
        let mut seen = Vec::new();
        loop {
            let page = driver.send(&request).await.unwrap();
            seen.extend(
                page.sessions
                    .iter()
                    .map(|s| (s.conversation(), s.top_flag, s.contact_group_ids.clone())),
            );
            if page.is_complete() {
                break;
            }
            request = request.next_page(&page);
        }
        let expected = vec![
            (Conversation::group("@TGS#pinned"), 1, vec![]),
            (Conversation::c2c("newest"), 0, vec![]),
            (Conversation::c2c("middle"), 0, vec![1]),
            (Conversation::c2c("old"), 0, vec![]),
        ];
        assert_eq!(seen, expected, "{}", driver.name());

        driver
            .send(&DeleteRequest::group(&user, "@TGS#pinned", true))
            .await
            .unwrap();
        driver
            .send(&DeleteRequest::c2c(&user, "never-there", false))
            .await
            .unwrap();
        let first = driver.send(&GetListRequest::first_page(&user)).await.unwrap();
        assert_eq!(first.sessions[0].conversation(), Conversation::c2c("newest"));
        assert_eq!(
            code(driver.send(&GetListRequest::first_page("not-imported")).await),
            ErrorCode::NotImported
        );
    }
}
