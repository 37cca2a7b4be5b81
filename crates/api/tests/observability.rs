//! What a call tells a tracing subscriber and a metrics recorder, for both
//! clients against a local wiremock server: a success (twice, the second
//! waiting for the client-side rate limit), a refusal and a validation
//! failure, a retried failure that then succeeds, and a call that changes
//! state whose reply is a 502 (its outcome is unknown). And that nothing
//! recorded holds a secret.
//!
//! The subscriber and the recorder are global (`support::telemetry`), so
//! this binary holds one test; `observability_emulator.rs` makes the same
//! kinds of call against the emulator.

mod support;

use std::time::Duration;

use support::driver::Driver;
use support::telemetry::{calls_of, counter, install, latency_ms, recorded_texts, reset, samples};
use tim_api::observability::{
    CALLS_TOTAL, CALL_DURATION_SECONDS, FAILURES_TOTAL, OUTCOME_UNKNOWN_TOTAL, RATE_LIMIT_WAITS_TOTAL, RETRIES_TOTAL,
};
use tim_api::{ClientConfig, RateLimit, RetryPolicy};
use tim_protocol::group::{DestroyGroupRequest, GetGroupInfoRequest};
use tim_protocol::recentcontact::{DelContactGroupRequest, UpdateContactGroupRequest};
use tim_protocol::{Api, BaseUrl};
use tim_usersig::SecretKey;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRET_KEY: &str = "observability-secret-key-0123456789abcdef";

const READ: &str = "v4/group_open_http_svc/get_group_info";
const RENAME: &str = "v4/recentcontact/update_contact_group";
const DESTROY: &str = "v4/group_open_http_svc/destroy_group";
const DELETE: &str = "v4/recentcontact/del_contact_group";

fn config(server: &MockServer, rate_limit: RateLimit) -> ClientConfig {
    ClientConfig::builder()
        .base_url(BaseUrl::parse(&server.uri()).unwrap())
        .sdkappid(1400000000)
        .identifier("admin")
        .secret_key(SecretKey::new(SECRET_KEY).unwrap())
        .rate_limit(rate_limit)
        .retry(
            RetryPolicy::builder()
                .initial_backoff(Duration::from_millis(2))
                .max_backoff(Duration::from_millis(4))
                .build(),
        )
        .build()
        .unwrap()
}

fn ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_string(r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#)
}

fn fail(code: i64) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_string(format!(
        r#"{{"ActionStatus":"FAIL","ErrorCode":{code},"ErrorInfo":"refused"}}"#
    ))
}

async fn mount(server: &MockServer) {
    server.reset().await;
    let at = |endpoint: &str| Mock::given(method("POST")).and(path(format!("/{endpoint}")));
    at(READ).respond_with(ok()).mount(server).await;
    at(RENAME).respond_with(fail(51009)).mount(server).await;
    // A rate limit once, then a success.
    at(DESTROY)
        .respond_with(fail(60007))
        .up_to_n_times(1)
        .mount(server)
        .await;
    at(DESTROY).respond_with(ok()).mount(server).await;
    // A gateway that quotes the request's URL.
    at(DELETE)
        .respond_with(
            ResponseTemplate::new(502).set_body_string(format!("bad gateway for /{DELETE}?usersig=QUOTED&random=1")),
        )
        .mount(server)
        .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_call_leaves_a_span_and_metrics() {
    const { assert!(GetGroupInfoRequest::IDEMPOTENT && !DelContactGroupRequest::IDEMPOTENT) };
    install();
    let server = MockServer::start().await;
    for blocking in [false, true] {
        let which = if blocking { "blocking" } else { "async" };
        mount(&server).await;
        reset();

        // A success, twice: the second waits for the rate limit (2 per second).
        let driver = Driver::new(blocking, config(&server, RateLimit::PerSecond(2)));
        let read = GetGroupInfoRequest::new(["@TGS#1"]);
        driver.send(&read).await.unwrap();
        driver.send(&read).await.unwrap();

        let driver = Driver::new(blocking, config(&server, RateLimit::Off));
        // A refusal, and a request refused before it is sent.
        let error = driver
            .send(&UpdateContactGroupRequest::rename(
                "user_0001",
                "group_0001",
                "group_0002",
            ))
            .await
            .unwrap_err();
        assert_eq!(error.code().map(|code| code.code()), Some(51009), "{which}");
        let invalid = UpdateContactGroupRequest::rename("user_0001", "group_0001", "x".repeat(65));
        assert!(driver.send(&invalid).await.unwrap_err().is_validation());
        // A rate limit, retried, then a success.
        driver.send(&DestroyGroupRequest::new("@TGS#1")).await.unwrap();
        // A 502 to a call that changes state: not retried, outcome unknown.
        let error = driver
            .send(&DelContactGroupRequest::new("user_0001", "group_0001"))
            .await
            .unwrap_err();
        assert!(error.is_outcome_unknown(), "{which}: {error:?}");

        // The spans.
        let reads = calls_of(READ);
        assert_eq!(reads.len(), 2, "{which}: {reads:?}");
        for span in &reads {
            assert_eq!(span.field("attempt"), Some("1"), "{which}: {span:?}");
            assert_eq!(span.field("outcome"), Some("ok"), "{which}: {span:?}");
            assert_eq!(span.field("retry"), Some("not_needed"), "{which}: {span:?}");
            assert_eq!(span.field("code"), None, "{which}: {span:?}");
            assert!(span.field("random").is_some(), "{which}: {span:?}");
            assert!(span.warnings().is_empty(), "{which}: {span:?}");
        }
        // The rate-limit wait counts in the second call's latency.
        assert!(latency_ms(&reads[1]) >= 250, "{which}: {:?}", reads[1]);

        let renames = calls_of(RENAME);
        assert_eq!(renames.len(), 2, "{which}: {renames:?}");
        let refused = &renames[0];
        assert_eq!(refused.field("outcome"), Some("refused"), "{which}: {refused:?}");
        assert_eq!(refused.field("code"), Some("51009"), "{which}: {refused:?}");
        assert_eq!(refused.field("retry"), Some("not_retryable"), "{which}: {refused:?}");
        assert_eq!(refused.field("attempt"), Some("1"), "{which}: {refused:?}");
        latency_ms(refused);
        let invalid = &renames[1];
        assert_eq!(invalid.field("outcome"), Some("failed"), "{which}: {invalid:?}");
        assert_eq!(invalid.field("retry"), Some("not_sent"), "{which}: {invalid:?}");
        assert_eq!(invalid.field("attempt"), None, "{which}: {invalid:?}");

        let [retried] = calls_of(DESTROY).try_into().unwrap();
        assert_eq!(retried.field("attempt"), Some("2"), "{which}: {retried:?}");
        assert_eq!(retried.field("outcome"), Some("ok"), "{which}: {retried:?}");
        assert_eq!(retried.field("retry"), Some("not_needed"), "{which}: {retried:?}");
        assert_eq!(retried.field("code"), None, "{which}: {retried:?}");
        let [warning] = retried.warnings().try_into().unwrap();
        assert_eq!(warning.get("message"), Some("retrying"), "{which}: {warning:?}");
        assert!(warning.get("error").unwrap().contains("60007"), "{which}: {warning:?}");
        assert_eq!(warning.get("attempt"), Some("1"), "{which}: {warning:?}");
        assert_eq!(warning.get("path"), Some(DESTROY), "{which}: {warning:?}");
        latency_ms(&retried);

        let [unknown] = calls_of(DELETE).try_into().unwrap();
        assert_eq!(unknown.field("attempt"), Some("1"), "{which}: {unknown:?}");
        assert_eq!(
            unknown.field("outcome"),
            Some("outcome_unknown"),
            "{which}: {unknown:?}"
        );
        assert_eq!(unknown.field("retry"), Some("not_idempotent"), "{which}: {unknown:?}");
        assert_eq!(unknown.field("code"), None, "{which}: {unknown:?}");
        let [warning] = unknown.warnings().try_into().unwrap();
        assert!(
            warning.get("message").unwrap().contains("the outcome is unknown"),
            "{which}: {warning:?}"
        );
        assert!(warning.get("error").unwrap().contains("502"), "{which}: {warning:?}");
        assert_eq!(warning.get("path"), Some(DELETE), "{which}: {warning:?}");
        latency_ms(&unknown);

        // The metrics.
        let endpoint = |path| [("endpoint", path)];
        assert_eq!(counter(CALLS_TOTAL, &endpoint(READ)), 2, "{which}");
        assert_eq!(counter(RATE_LIMIT_WAITS_TOTAL, &endpoint(READ)), 1, "{which}");
        assert_eq!(counter(RETRIES_TOTAL, &endpoint(READ)), 0, "{which}");
        assert_eq!(counter(FAILURES_TOTAL, &[("endpoint", READ), ("code", "51009")]), 0);
        let durations = samples(CALL_DURATION_SECONDS, READ);
        assert_eq!(durations.len(), 2, "{which}: {durations:?}");
        assert!(durations[1] >= 0.25, "{which}: {durations:?}");

        assert_eq!(counter(CALLS_TOTAL, &endpoint(RENAME)), 2, "{which}");
        assert_eq!(counter(FAILURES_TOTAL, &[("endpoint", RENAME), ("code", "51009")]), 1);
        assert_eq!(
            counter(FAILURES_TOTAL, &[("endpoint", RENAME), ("code", "validation")]),
            1
        );
        assert_eq!(samples(CALL_DURATION_SECONDS, RENAME).len(), 2, "{which}");

        assert_eq!(counter(CALLS_TOTAL, &endpoint(DESTROY)), 1, "{which}");
        assert_eq!(counter(RETRIES_TOTAL, &endpoint(DESTROY)), 1, "{which}");
        assert_eq!(counter(FAILURES_TOTAL, &[("endpoint", DESTROY), ("code", "60007")]), 0);
        assert_eq!(counter(OUTCOME_UNKNOWN_TOTAL, &endpoint(DESTROY)), 0, "{which}");

        assert_eq!(counter(CALLS_TOTAL, &endpoint(DELETE)), 1, "{which}");
        assert_eq!(counter(RETRIES_TOTAL, &endpoint(DELETE)), 0, "{which}");
        assert_eq!(counter(OUTCOME_UNKNOWN_TOTAL, &endpoint(DELETE)), 1, "{which}");
        assert_eq!(
            counter(FAILURES_TOTAL, &[("endpoint", DELETE), ("code", "outcome_unknown")]),
            1,
            "{which}"
        );
        assert_eq!(samples(CALL_DURATION_SECONDS, DELETE).len(), 1, "{which}");
        for name in [RATE_LIMIT_WAITS_TOTAL, RETRIES_TOTAL, OUTCOME_UNKNOWN_TOTAL] {
            assert_eq!(counter(name, &endpoint(RENAME)), 0, "{which}: {name}");
        }

        // Nothing recorded holds a secret or a query string.
        let sigs: Vec<String> = server
            .received_requests()
            .await
            .unwrap()
            .iter()
            .filter_map(|request| {
                request
                    .url
                    .query_pairs()
                    .find(|(name, _)| name == "usersig")
                    .map(|(_, value)| value.into_owned())
            })
            .collect();
        assert!(!sigs.is_empty());
        for text in &recorded_texts() {
            assert!(!text.contains(SECRET_KEY), "{which}: the secret key shows in {text}");
            for sig in &sigs {
                assert!(!text.contains(sig.as_str()), "{which}: a UserSig shows in {text}");
            }
            for leak in ["QUOTED", "usersig=", "sdkappid=", "identifier="] {
                assert!(!text.contains(leak), "{which}: {leak} shows in {text}");
            }
        }
    }
}
