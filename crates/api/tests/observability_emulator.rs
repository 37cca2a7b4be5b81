//! What a call tells a tracing subscriber and a metrics recorder when it
//! goes to the emulator, as a team's own tests would run it: a success, a
//! refusal by the service's rules, a failure retried until the attempts run
//! out (a rate limit injected into every call), and a send whose reply comes
//! after the client gave up (its outcome is unknown, and the emulator shows
//! it was in fact delivered). For both clients; and nothing recorded holds a
//! secret.
//!
//! The subscriber and the recorder are global (`support::telemetry`), so
//! this binary holds one test.

mod support;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use support::driver::Driver;
use support::telemetry::{calls_of, counter, install, latency_ms, recorded_texts, reset, samples};
use tim_api::observability::{
    CALLS_TOTAL, CALL_DURATION_SECONDS, FAILURES_TOTAL, OUTCOME_UNKNOWN_TOTAL, RETRIES_TOTAL,
};
use tim_api::{ClientConfig, RateLimit, RetryPolicy};
use tim_emulator::{Emulator, EmulatorHandle, Faults};
use tim_protocol::account::AccountImportRequest;
use tim_protocol::group::DestroyGroupRequest;
use tim_protocol::openim::{AdminGetroammsgRequest, SendmsgRequest};
use tim_protocol::{Api, ErrorCode};
use tim_transport::TransportConfig;
use tim_usersig::SecretKey;

const SECRET_KEY: &str = "observability-emulator-secret-0123456789";
const ADMIN: &str = "ops_admin";

const IMPORT: &str = AccountImportRequest::PATH;
const DESTROY: &str = DestroyGroupRequest::PATH;
const SEND: &str = SendmsgRequest::PATH;

const ATTEMPTS: u32 = 3;
/// Each attempt's timeout, well under the latency injected for the late reply.
const TIMEOUT: Duration = Duration::from_millis(150);
const LATE: Duration = Duration::from_millis(600);

fn config(emulator: &EmulatorHandle) -> ClientConfig {
    ClientConfig::builder()
        .base_url(emulator.base_url())
        .sdkappid(emulator.sdkappid())
        .identifier(ADMIN)
        .secret_key(SecretKey::new(SECRET_KEY).unwrap())
        .rate_limit(RateLimit::Off)
        .transport(TransportConfig::builder().timeout(TIMEOUT).build())
        .retry(
            RetryPolicy::builder()
                .max_attempts(ATTEMPTS)
                .initial_backoff(Duration::from_millis(2))
                .max_backoff(Duration::from_millis(4))
                .build(),
        )
        .build()
        .unwrap()
}

fn now_secs() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64
}

/// The texts of the one-to-one messages `from` sent `to`, as the emulator
/// keeps them (read with no faults).
async fn delivered(driver: &Driver, from: &str, to: &str) -> Vec<String> {
    let reply = driver
        .send(&AdminGetroammsgRequest::new(from, to, 100, 0, now_secs() + 60))
        .await
        .unwrap();
    reply
        .msg_list
        .unwrap_or_default()
        .iter()
        .map(|message| serde_json::to_string(message).unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn calls_through_the_emulator_leave_spans_and_metrics() {
    const { assert!(AccountImportRequest::IDEMPOTENT && !SendmsgRequest::IDEMPOTENT) };
    install();
    let emulator = Emulator::builder()
        .secret_key(SecretKey::new(SECRET_KEY).unwrap())
        .admin(ADMIN)
        .start()
        .unwrap();
    for blocking in [false, true] {
        let which = if blocking { "blocking" } else { "async" };
        let (alice, bob) = (format!("alice_{which}"), format!("bob_{which}"));
        let driver = Driver::new(blocking, config(&emulator));
        emulator.set_faults(Faults::none());
        reset();

        // A success: each account is imported on the first attempt.
        for user in [&alice, &bob] {
            driver.send(&AccountImportRequest::new(user.as_str())).await.unwrap();
        }
        // A refusal by the service's rules: there is no such group.
        let refused = driver
            .send(&DestroyGroupRequest::new(format!("@TGS#nosuch_{which}")))
            .await
            .unwrap_err();
        let refused_code = refused.code().expect("the service's code").code().to_string();

        // Every call rate-limited: retried until the attempts run out.
        emulator.set_faults(Faults::none().errors(1.0, ErrorCode::RateLimited));
        let limited = driver
            .send(&AccountImportRequest::new(format!("carol_{which}")))
            .await
            .unwrap_err();
        assert!(limited.is_rate_limited(), "{which}: {limited:?}");

        // A send whose reply comes after the client's timeout.
        emulator.set_faults(Faults::none().latency(LATE));
        let unknown = driver
            .send(&SendmsgRequest::text(&alice, &bob, "late hello", 77))
            .await
            .unwrap_err();
        assert!(unknown.is_outcome_unknown(), "{which}: {unknown:?}");
        emulator.set_faults(Faults::none());
        // The emulator finishes the call after the client stopped waiting:
        // "unknown" meant it, the message was delivered.
        tokio::time::sleep(LATE + Duration::from_millis(200)).await;
        let messages = delivered(&driver, &alice, &bob).await;
        assert_eq!(messages.len(), 1, "{which}: {messages:?}");
        assert!(messages[0].contains("late hello"), "{which}: {messages:?}");

        // The spans.
        let imports = calls_of(IMPORT);
        assert_eq!(imports.len(), 3, "{which}: {imports:?}");
        for span in &imports[..2] {
            assert_eq!(span.field("outcome"), Some("ok"), "{which}: {span:?}");
            assert_eq!(span.field("attempt"), Some("1"), "{which}: {span:?}");
            assert_eq!(span.field("retry"), Some("not_needed"), "{which}: {span:?}");
            assert!(span.warnings().is_empty(), "{which}: {span:?}");
            latency_ms(span);
        }
        let retried = &imports[2];
        assert_eq!(retried.field("outcome"), Some("refused"), "{which}: {retried:?}");
        assert_eq!(retried.field("code"), Some("60007"), "{which}: {retried:?}");
        assert_eq!(
            retried.field("attempt"),
            Some(ATTEMPTS.to_string().as_str()),
            "{which}: {retried:?}"
        );
        assert_eq!(
            retried.field("retry"),
            Some("attempts_exhausted"),
            "{which}: {retried:?}"
        );
        let warnings = retried.warnings();
        assert_eq!(warnings.len(), ATTEMPTS as usize - 1, "{which}: {retried:?}");
        for warning in warnings {
            assert_eq!(warning.get("message"), Some("retrying"), "{which}: {warning:?}");
            assert!(warning.get("error").unwrap().contains("60007"), "{which}: {warning:?}");
        }

        let [destroy] = calls_of(DESTROY).try_into().unwrap();
        assert_eq!(destroy.field("outcome"), Some("refused"), "{which}: {destroy:?}");
        assert_eq!(
            destroy.field("code"),
            Some(refused_code.as_str()),
            "{which}: {destroy:?}"
        );
        assert_eq!(destroy.field("retry"), Some("not_retryable"), "{which}: {destroy:?}");

        let sends = calls_of(SEND);
        let [late] = sends.as_slice() else {
            panic!("{which}: {sends:?}")
        };
        assert_eq!(late.field("outcome"), Some("outcome_unknown"), "{which}: {late:?}");
        assert_eq!(late.field("attempt"), Some("1"), "{which}: {late:?}");
        assert_eq!(late.field("retry"), Some("not_idempotent"), "{which}: {late:?}");
        assert!(latency_ms(late) >= TIMEOUT.as_millis() as u64, "{which}: {late:?}");
        let [warning] = late.warnings().try_into().unwrap();
        assert!(
            warning.get("message").unwrap().contains("the outcome is unknown"),
            "{which}: {warning:?}"
        );

        // The counters.
        let endpoint = |path| [("endpoint", path)];
        assert_eq!(counter(CALLS_TOTAL, &endpoint(IMPORT)), 3, "{which}");
        assert_eq!(
            counter(RETRIES_TOTAL, &endpoint(IMPORT)),
            u64::from(ATTEMPTS - 1),
            "{which}"
        );
        assert_eq!(counter(FAILURES_TOTAL, &[("endpoint", IMPORT), ("code", "60007")]), 1);
        assert_eq!(counter(CALLS_TOTAL, &endpoint(DESTROY)), 1, "{which}");
        assert_eq!(
            counter(FAILURES_TOTAL, &[("endpoint", DESTROY), ("code", &refused_code)]),
            1,
            "{which}"
        );
        assert_eq!(counter(RETRIES_TOTAL, &endpoint(DESTROY)), 0, "{which}");
        assert_eq!(counter(CALLS_TOTAL, &endpoint(SEND)), 1, "{which}");
        assert_eq!(counter(OUTCOME_UNKNOWN_TOTAL, &endpoint(SEND)), 1, "{which}");
        assert_eq!(counter(RETRIES_TOTAL, &endpoint(SEND)), 0, "{which}");
        let durations = samples(CALL_DURATION_SECONDS, SEND);
        let [duration] = durations.as_slice() else {
            panic!("{which}: {durations:?}")
        };
        assert!(*duration >= TIMEOUT.as_secs_f64(), "{which}: {durations:?}");

        // Nothing recorded holds the secret key or a UserSig the client made.
        let sig = emulator.sign(ADMIN, 3600);
        let sig_prefix = &sig.expose()[..24];
        for text in &recorded_texts() {
            assert!(!text.contains(SECRET_KEY), "{which}: the secret key shows in {text}");
            assert!(!text.contains(sig_prefix), "{which}: a UserSig shows in {text}");
            for leak in ["usersig=", "sdkappid=", "identifier="] {
                assert!(!text.contains(leak), "{which}: {leak} shows in {text}");
            }
        }
    }
    emulator.shutdown();
}
