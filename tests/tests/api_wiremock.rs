//! tim-api: the async and the blocking client through the same suite
//! against wiremock: URLs, bodies, parsing, errors, retries, secrets.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use tim_api::{BlockingClient, Client, ClientConfig, Error, RateLimit, RetryPolicy};
use tim_protocol::recentcontact::{
    ContactEdit, CreateContactGroupRequest, GetContactGroupRequest, UpdateContactGroupRequest,
    UpdateContactGroupResponse, UpdateGroupType,
};
use tim_protocol::{BaseUrl, Conversation, ErrorCode};
use tim_tests::driver::Driver;
use tim_usersig::{Clock, ManualClock, SecretKey, SystemClock};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const SDKAPPID: u64 = 1400000000;
const SECRET_KEY: &str = "super-secret-key-5bd2850fff3ecb11d7c805251c51ee46";
const SAMPLES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../crates/protocol/samples/recentcontact/update_contact_group"
);

fn sample(name: &str) -> String {
    std::fs::read_to_string(format!("{SAMPLES}/{name}")).unwrap()
}

fn config(server: &MockServer) -> tim_api::ClientConfigBuilder {
    ClientConfig::builder()
        .base_url(BaseUrl::parse(&server.uri()).unwrap())
        .sdkappid(SDKAPPID)
        .identifier("admin")
        .secret_key(SecretKey::new(SECRET_KEY).unwrap())
        .retry(
            RetryPolicy::builder()
                .initial_backoff(Duration::from_millis(10))
                .max_backoff(Duration::from_millis(20))
                .build(),
        )
}

fn rename() -> UpdateContactGroupRequest {
    UpdateContactGroupRequest::rename("user_0001", "group_0001", "group_0002")
}

fn query(request: &Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn param(request: &Request, name: &str) -> String {
    query(request)
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
        .unwrap_or_else(|| panic!("no {name}"))
}

async fn mount(server: &MockServer, replies: Vec<ResponseTemplate>) {
    // Replies in order, the last one repeated.
    let replies = Arc::new(Mutex::new(replies));
    Mock::given(method("POST"))
        .respond_with(move |_: &Request| {
            let mut replies = replies.lock().unwrap();
            if replies.len() > 1 {
                replies.remove(0)
            } else {
                replies[0].clone()
            }
        })
        .mount(server)
        .await;
}

fn ok_json(body: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(body.as_bytes().to_vec(), "application/json")
}

fn fail(code: i64) -> ResponseTemplate {
    ok_json(&json!({"ActionStatus": "FAIL", "ErrorCode": code, "ErrorInfo": format!("failure {code}")}).to_string())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_url_carries_the_five_parameters_and_a_fresh_random_per_attempt() {
    let server = MockServer::start().await;
    for driver in Driver::both(|| config(&server).build().unwrap()) {
        server.reset().await;
        mount(
            &server,
            vec![ResponseTemplate::new(503), ok_json(&sample("response.json"))],
        )
        .await;
        driver.send(&rename()).await.unwrap();
        let received = server.received_requests().await.unwrap();
        assert_eq!(received.len(), 2, "{}: a 503 is retried once", driver.name());
        let mut randoms = Vec::new();
        for request in &received {
            assert_eq!(request.url.path(), "/v4/recentcontact/update_contact_group");
            let names: Vec<_> = query(request).into_iter().map(|(k, _)| k).collect();
            assert_eq!(names, ["sdkappid", "identifier", "usersig", "random", "contenttype"]);
            assert_eq!(param(request, "sdkappid"), SDKAPPID.to_string());
            assert_eq!(param(request, "identifier"), "admin");
            assert_eq!(param(request, "contenttype"), "json");
            let sig = param(request, "usersig");
            let key = SecretKey::new(SECRET_KEY).unwrap();
            tim_usersig::verify(
                &sig,
                &tim_usersig::VerifyParams::new(SDKAPPID, &key, "admin"),
                SystemClock.now(),
            )
            .unwrap();
            randoms.push(param(request, "random").parse::<u32>().expect("random is a u32"));
            assert_eq!(request.headers.get("content-type").unwrap(), "application/json");
        }
        assert_ne!(randoms[0], randoms[1], "{}", driver.name());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_seed_samples_go_out_exactly_and_their_replies_parse() {
    let server = MockServer::start().await;
    for driver in Driver::both(|| config(&server).build().unwrap()) {
        // Rename, the seed's first sample.
        server.reset().await;
        mount(&server, vec![ok_json(&sample("response.json"))]).await;
        let reply = match &driver {
            Driver::Async(client) => {
                client
                    .rename_contact_group("user_0001", "group_0001", "group_0002")
                    .await
            }
            Driver::Blocking(client) => {
                let client = client.clone();
                tokio::task::spawn_blocking(move || {
                    client.rename_contact_group("user_0001", "group_0001", "group_0002")
                })
                .await
                .unwrap()
            }
        }
        .unwrap();
        let body: Value = server.received_requests().await.unwrap()[0].body_json().unwrap();
        assert_eq!(
            body,
            serde_json::from_str::<Value>(&sample("request.json")).unwrap(),
            "{}",
            driver.name()
        );
        let result = reply.result.unwrap();
        assert_eq!((result.kind, result.group_id), (UpdateGroupType::Rename, 1));
        assert_eq!(
            (result.old_group_name.as_str(), result.group_name.as_str()),
            ("group_0001", "group_0002")
        );

        // Add and remove, the seed's second sample.
        server.reset().await;
        mount(&server, vec![ok_json(&sample("response-2.json"))]).await;
        let edit = UpdateContactGroupRequest::edit_contacts(
            "user_0001",
            "group_0001",
            [
                ContactEdit::add(Conversation::c2c("user_0002")),
                ContactEdit::remove(Conversation::group("@TGS#1B2AUI7RZ")),
            ],
        );
        let reply: UpdateContactGroupResponse = driver.send(&edit).await.unwrap();
        let body: Value = server.received_requests().await.unwrap()[0].body_json().unwrap();
        assert_eq!(
            body,
            serde_json::from_str::<Value>(&sample("request-2.json")).unwrap(),
            "{}",
            driver.name()
        );
        let items = &reply.result.as_ref().unwrap().contact_results;
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].conversation, Conversation::group("@TGS#1B2AUI7RZ"));
        assert_eq!(reply.failed_contacts().count(), 0);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn fail_is_an_api_error_and_bad_bodies_are_decode_errors() {
    let server = MockServer::start().await;
    for driver in Driver::both(|| config(&server).build().unwrap()) {
        server.reset().await;
        mount(&server, vec![ok_json(r#"{"ActionStatus":"FAIL","ErrorCode":51009,"ErrorInfo":"no such group","ErrorDisplay":"Group not found"}"#)]).await;
        match driver.send(&rename()).await {
            Err(Error::Api { code, info, display }) => {
                assert_eq!(code, ErrorCode::ContactGroupNotFound);
                assert_eq!(info, "no such group");
                assert_eq!(display.as_deref(), Some("Group not found"));
            }
            other => panic!("{}: {other:?}", driver.name()),
        }
        // OK with a non-zero code is a failure too.
        server.reset().await;
        mount(&server, vec![ok_json(r#"{"ActionStatus":"OK","ErrorCode":50001}"#)]).await;
        assert_eq!(
            driver.send(&rename()).await.unwrap_err().code(),
            Some(ErrorCode::NotImported)
        );

        for body in [
            "<html>not json</html>",
            r#"{"UpdateType": 1,"UpdateGroupResult": {"UpdateGroupType": 1,"Group"#,
        ] {
            server.reset().await;
            mount(&server, vec![ok_json(body)]).await;
            let error = driver.send(&rename()).await.unwrap_err();
            assert!(matches!(error, Error::Decode { .. }), "{}: {error:?}", driver.name());
        }
        server.reset().await;
        mount(
            &server,
            vec![ResponseTemplate::new(404).set_body_string("<html>404</html>")],
        )
        .await;
        match driver.send(&rename()).await.unwrap_err() {
            Error::Http { status, snippet } => {
                assert_eq!((status.as_u16(), snippet.as_str()), (404, "<html>404</html>"))
            }
            other => panic!("{other:?}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn rate_limit_codes_and_gateway_errors_are_retried() {
    let server = MockServer::start().await;
    for driver in Driver::both(|| config(&server).build().unwrap()) {
        for first in [
            fail(60007),
            fail(60011),
            fail(60018),
            fail(60019),
            ResponseTemplate::new(503),
            ResponseTemplate::new(429),
        ] {
            server.reset().await;
            mount(&server, vec![first, ok_json(&sample("response.json"))]).await;
            driver.send(&rename()).await.unwrap();
            assert_eq!(server.received_requests().await.unwrap().len(), 2, "{}", driver.name());
        }
        // 502 and 504 may follow a forwarded request: retried for a read only
        // (a rename under them is in the next test).
        for status in [502, 504] {
            server.reset().await;
            mount(&server, vec![ResponseTemplate::new(status), ok_json(READ_OK)]).await;
            driver.send(&GetContactGroupRequest::new("user_0001", 0)).await.unwrap();
            assert_eq!(server.received_requests().await.unwrap().len(), 2, "{}", driver.name());
        }
    }
}

const READ_OK: &str = r#"{"ActionStatus":"OK","ErrorCode":0,"CompleteFlag":1}"#;

/// A gateway forwards the call, the service applies it, and the gateway
/// answers 502 or 504. Sent again, a rename would fail with 51009 (the old
/// name is gone) and a create with a duplicate: a failure reported for a
/// success. Not retried; reported as unknown.
#[tokio::test(flavor = "multi_thread")]
async fn a_lost_reply_of_a_call_that_changes_state_is_reported_unknown() {
    let server = MockServer::start().await;
    for driver in Driver::both(|| config(&server).build().unwrap()) {
        for status in [502, 504] {
            server.reset().await;
            mount(&server, vec![ResponseTemplate::new(status), fail(51009)]).await;
            let error = driver.send(&rename()).await.unwrap_err();
            let what = format!("{} {status}: {error}", driver.name());
            assert!(error.is_outcome_unknown(), "{what}");
            assert!(error.to_string().contains("the service may have applied it"), "{what}");
            assert!(
                matches!(&error, Error::OutcomeUnknown(cause) if matches!(**cause, Error::Http { .. })),
                "{what}"
            );
            assert_eq!(error.code(), None, "{what}");
            assert!(!error.is_retryable(), "{what}");
            assert_eq!(server.received_requests().await.unwrap().len(), 1, "{what}");

            server.reset().await;
            mount(&server, vec![ResponseTemplate::new(status), fail(50002)]).await;
            let create = CreateContactGroupRequest::new("user_0001", "group_0003", [Conversation::c2c("user_0002")]);
            let error = driver.send(&create).await.unwrap_err();
            assert!(error.is_outcome_unknown(), "{}: {error}", driver.name());
            assert_eq!(server.received_requests().await.unwrap().len(), 1);
        }
    }

    // Opted in, the rename is retried; the 51009 that follows does not
    // settle it, so the call is still reported unknown, not "not found".
    let policy = RetryPolicy::builder()
        .retry_ambiguous(true)
        .initial_backoff(Duration::from_millis(10))
        .build();
    for driver in Driver::both(|| config(&server).retry(policy.clone()).build().unwrap()) {
        server.reset().await;
        mount(&server, vec![ResponseTemplate::new(504), fail(51009)]).await;
        let error = driver.send(&rename()).await.unwrap_err();
        assert_eq!(server.received_requests().await.unwrap().len(), 2, "{}", driver.name());
        match &error {
            Error::OutcomeUnknown(cause) => assert_eq!(cause.code(), Some(ErrorCode::ContactGroupNotFound)),
            other => panic!("{}: {other:?}", driver.name()),
        }
        // What the retry settles is reported as such.
        server.reset().await;
        mount(
            &server,
            vec![ResponseTemplate::new(504), ok_json(&sample("response.json"))],
        )
        .await;
        driver.send(&rename()).await.unwrap();
    }
}

/// Whether `text` shows `sig`, or 16 characters of it, in any spelling.
fn leaks(text: &str, sig: &str) -> bool {
    let mut decoded = text.to_owned();
    for _ in 0..2 {
        decoded = percent_decode(&decoded);
    }
    let chars: Vec<char> = sig.chars().collect();
    chars
        .windows(16)
        .map(|window| window.iter().collect::<String>())
        .any(|window| text.contains(&window) || decoded.contains(&window))
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = bytes.get(at + 1..at + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[at], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                at += 3;
            }
            (byte, _) => {
                out.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn encode_all(sig: &str, upper: bool) -> String {
    sig.bytes()
        .map(|b| match (b.is_ascii_alphanumeric(), upper) {
            (true, _) => char::from(b).to_string(),
            (false, true) => format!("%{b:02X}"),
            (false, false) => format!("%{b:02x}"),
        })
        .collect()
}

/// A service or gateway that echoes the UserSig back: in `ErrorInfo` and
/// `ErrorDisplay`, percent-encoded in an error page (across the 256-byte cut
/// of the quoted snippet, at every offset), in a body that is not JSON, in a
/// value serde quotes. No error text shows it or 16 characters of it.
#[tokio::test(flavor = "multi_thread")]
async fn a_usersig_echoed_back_never_shows_in_an_error() {
    type Echo = Arc<dyn Fn(&str) -> ResponseTemplate + Send + Sync>;
    let mut scenarios: Vec<(String, Echo)> = vec![
        (
            "ErrorInfo".into(),
            Arc::new(|sig: &str| {
                ok_json(
                    &json!({"ActionStatus": "FAIL", "ErrorCode": 50002,
                    "ErrorInfo": format!("bad usersig {sig}"), "ErrorDisplay": format!("sig={sig}.")})
                    .to_string(),
                )
            }),
        ),
        (
            "not JSON".into(),
            Arc::new(|sig: &str| ok_json(&format!("<html>{sig}</html>"))),
        ),
        (
            "quoted by serde".into(),
            Arc::new(|sig: &str| {
                ok_json(&json!({"ActionStatus": "OK", "ErrorCode": 0, "UpdateType": sig}).to_string())
            }),
        ),
    ];
    for lead in [0, 60, 100, 130, 170, 200, 240, 250, 255] {
        for upper in [true, false] {
            scenarios.push((
                format!("error page, {lead} bytes in, upper {upper}"),
                Arc::new(move |sig: &str| {
                    ResponseTemplate::new(500).set_body_string(format!(
                        "{}{} tail",
                        "x".repeat(lead),
                        encode_all(sig, upper)
                    ))
                }),
            ));
        }
    }
    let server = MockServer::start().await;
    let policy = RetryPolicy::none();
    for driver in Driver::both(|| config(&server).retry(policy.clone()).build().unwrap()) {
        for (name, echo) in &scenarios {
            server.reset().await;
            let echo = Arc::clone(echo);
            Mock::given(method("POST"))
                .respond_with(move |request: &Request| echo(&param(request, "usersig")))
                .mount(&server)
                .await;
            let error = driver.send(&rename()).await.unwrap_err();
            let sig = param(&server.received_requests().await.unwrap()[0], "usersig");
            assert!(sig.len() > 100, "a realistic UserSig");
            for text in [error.to_string(), format!("{error:?}")] {
                assert!(!leaks(&text, &sig), "{} {name}: {text}", driver.name());
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn fatal_codes_are_not_retried() {
    let server = MockServer::start().await;
    for driver in Driver::both(|| config(&server).build().unwrap()) {
        for code in [50002, 51011, 51009, 70009] {
            server.reset().await;
            mount(&server, vec![fail(code), ok_json(&sample("response.json"))]).await;
            assert_eq!(
                driver.send(&rename()).await.unwrap_err().code(),
                Some(ErrorCode::from(code))
            );
            assert_eq!(
                server.received_requests().await.unwrap().len(),
                1,
                "{}: {code}",
                driver.name()
            );
        }
        // 50004 may have taken effect: not retried for a rename...
        server.reset().await;
        mount(&server, vec![fail(50004), ok_json(&sample("response.json"))]).await;
        assert!(driver.send(&rename()).await.is_err());
        assert_eq!(server.received_requests().await.unwrap().len(), 1);
        // ...but retried for a read.
        server.reset().await;
        mount(
            &server,
            vec![
                fail(50004),
                ok_json(r#"{"ActionStatus":"OK","ErrorCode":0,"CompleteFlag":1}"#),
            ],
        )
        .await;
        driver.send(&GetContactGroupRequest::new("user_0001", 0)).await.unwrap();
        assert_eq!(server.received_requests().await.unwrap().len(), 2);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_expired_usersig_is_signed_afresh_and_retried_once() {
    let server = MockServer::start().await;
    let clock = ManualClock::new(SystemClock.now());
    for driver in Driver::both(|| config(&server).clock(Arc::new(clock.clone())).build().unwrap()) {
        server.reset().await;
        mount(&server, vec![ok_json(&sample("response.json"))]).await;
        driver.send(&rename()).await.unwrap();
        clock.advance(5);
        server.reset().await;
        mount(&server, vec![fail(70001), ok_json(&sample("response.json"))]).await;
        driver.send(&rename()).await.unwrap();
        let received = server.received_requests().await.unwrap();
        assert_eq!(received.len(), 2, "{}", driver.name());
        assert_ne!(
            param(&received[0], "usersig"),
            param(&received[1], "usersig"),
            "a fresh UserSig"
        );
        // Refused again: given up after one re-signing.
        server.reset().await;
        mount(&server, vec![fail(70001)]).await;
        clock.advance(5);
        assert_eq!(
            driver.send(&rename()).await.unwrap_err().code(),
            Some(ErrorCode::UserSigExpired)
        );
        assert_eq!(server.received_requests().await.unwrap().len(), 2);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_validation_failure_sends_nothing() {
    let server = MockServer::start().await;
    mount(&server, vec![ok_json(&sample("response.json"))]).await;
    for driver in Driver::both(|| config(&server).build().unwrap()) {
        let request = UpdateContactGroupRequest::rename("user_0001", "group_0001", "x".repeat(65));
        let error = driver.send(&request).await.unwrap_err();
        match &error {
            Error::Validation(error) => assert_eq!(error.field(), "UpdateGroup.NewGroupName"),
            other => panic!("{other:?}"),
        }
        assert!(error.is_validation());
    }
    assert_eq!(server.received_requests().await.unwrap().len(), 0);
}

/// Collects everything the clients log.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn no_log_line_or_error_text_holds_a_secret() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _default = tracing::subscriber::set_default(subscriber);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();

    let server = runtime.block_on(MockServer::start());
    let clock = ManualClock::new(SystemClock.now());
    let configure = || config(&server).clock(Arc::new(clock.clone())).build().unwrap();
    let mut texts = vec![format!("{:?}", configure())];
    let scenarios = vec![
        vec![ok_json(&sample("response.json"))],
        vec![fail(60007), ok_json(&sample("response.json"))],
        vec![fail(70001), fail(70001)],
        vec![fail(51009)],
        vec![ok_json("not json")],
        // A gateway page quoting the request URL with its usersig.
        vec![ResponseTemplate::new(500).set_body_string("<h1>500</h1> for /v4/x?usersig=QUOTED&random=1")],
    ];
    let async_client = Client::new(configure()).unwrap();
    let blocking_client = BlockingClient::new(configure());
    texts.push(format!("{async_client:?} {blocking_client:?}"));
    for replies in scenarios {
        runtime.block_on(async {
            server.reset().await;
            mount(&server, replies.clone()).await;
        });
        clock.advance(1);
        // Other tests of this binary, on other threads with no subscriber,
        // may have registered the clients' log call sites as disabled while
        // this one's subscriber was being set: look at them again.
        tracing::callsite::rebuild_interest_cache();
        let results = [
            runtime.block_on(async_client.send(&rename())),
            blocking_client.send(&rename()),
        ];
        for result in results {
            if let Err(error) = result {
                texts.push(error.to_string());
                texts.push(format!("{error:?}"));
            }
        }
    }
    let sigs: Vec<String> = runtime
        .block_on(server.received_requests())
        .unwrap_or_default()
        .iter()
        .map(|request| param(request, "usersig"))
        .collect();
    assert!(!sigs.is_empty());
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        log.contains("tim.call") && log.contains("random=") && log.contains("retrying"),
        "{log}"
    );
    // The span's fields of how each call ended are in the log too (and so
    // checked for secrets below), as are the warnings.
    for field in [
        "path=\"v4/recentcontact/update_contact_group\"",
        "attempt=2",
        "outcome=\"ok\"",
        "outcome=\"refused\"",
        "outcome=\"failed\"",
        "outcome=\"outcome_unknown\"",
        "code=51009",
        "code=70001",
        "latency_ms=",
        "retry=\"backoff\"",
        "retry=\"resign\"",
        "retry=\"not_needed\"",
        "retry=\"not_retryable\"",
        " WARN ",
    ] {
        assert!(log.contains(field), "no {field} in {log}");
    }
    texts.push(log);
    for text in &texts {
        assert!(!text.contains(SECRET_KEY), "the secret key shows in {text}");
        for sig in &sigs {
            assert!(!text.contains(sig.as_str()), "a UserSig shows in {text}");
        }
        assert!(!text.contains("QUOTED"), "a quoted usersig shows in {text}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn rate_limit_config_is_respected_by_both() {
    // A quick real-clock check that the blocking client waits too; the exact
    // spreading is shown on tokio's paused clock in tests/timing.rs.
    let server = MockServer::start().await;
    mount(&server, vec![ok_json(&sample("response.json"))]).await;
    for driver in Driver::both(|| config(&server).rate_limit(RateLimit::PerSecond(50)).build().unwrap()) {
        let start = std::time::Instant::now();
        for _ in 0..6 {
            driver.send(&rename()).await.unwrap();
        }
        // Six calls at 50/s: the sixth starts 100 ms after the first.
        assert!(
            start.elapsed() >= Duration::from_millis(100),
            "{}: {:?}",
            driver.name(),
            start.elapsed()
        );
    }
}
