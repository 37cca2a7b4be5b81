//! What `ErrorCode::retry_class()` says is what the clients do, for every
//! code of the table: each code is answered once, then `OK`, and the test
//! watches what the client did with it.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tim_api::{BlockingClient, ClientConfig, Error, RateLimit, RetryPolicy};
use tim_protocol::group::{DestroyGroupRequest, GetGroupInfoRequest};
use tim_protocol::{Api, BaseUrl, ErrorCode, RetryClass};
use tim_transport::{FnTransport, HttpRequest, HttpResponse, TransportError};
use tim_usersig::{ManualClock, SecretKey};

const OK: &str = r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#;

/// What one call did: its result, how many attempts it made, and the
/// UserSigs of those attempts.
struct Seen {
    result: Result<(), Error>,
    attempts: u32,
    usersigs: Vec<String>,
}

/// Sends `request` on a client whose transport answers `code` to the first
/// attempt and `OK` to the others.
fn call<R: Api>(code: ErrorCode, request: &R) -> Seen {
    let attempts = Arc::new(AtomicU32::new(0));
    let usersigs = Arc::new(Mutex::new(Vec::new()));
    let (count, sigs) = (Arc::clone(&attempts), Arc::clone(&usersigs));
    // A second passes during each attempt, so a fresh UserSig differs from
    // the one it replaces.
    let clock = ManualClock::new(1_700_000_000);
    let ticks = clock.clone();
    let transport = FnTransport::new(move |request: HttpRequest| -> Result<HttpResponse, TransportError> {
        let query = request.uri().query().unwrap_or_default();
        let usersig = url::form_urlencoded::parse(query.as_bytes())
            .find(|(name, _)| name == "usersig")
            .map(|(_, value)| value.into_owned())
            .unwrap_or_default();
        sigs.lock().unwrap().push(usersig);
        ticks.advance(1);
        let body = if count.fetch_add(1, Ordering::SeqCst) == 0 {
            format!(
                r#"{{"ActionStatus":"FAIL","ErrorCode":{},"ErrorInfo":"x"}}"#,
                code.code()
            )
        } else {
            OK.to_owned()
        };
        Ok(http::Response::new(body.into_bytes()))
    });
    let config = ClientConfig::builder()
        .base_url(BaseUrl::parse("http://127.0.0.1:9").unwrap())
        .sdkappid(1400000000)
        .identifier("admin")
        .secret_key(SecretKey::new("key").unwrap())
        .rate_limit(RateLimit::Off)
        .clock(Arc::new(clock))
        .retry(
            RetryPolicy::builder()
                .initial_backoff(Duration::from_millis(1))
                .max_backoff(Duration::from_millis(1))
                .build(),
        )
        .build()
        .unwrap();
    let result = BlockingClient::with_transport(config, transport)
        .send(request)
        .map(drop);
    let usersigs = usersigs.lock().unwrap().clone();
    Seen {
        result,
        attempts: attempts.load(Ordering::SeqCst),
        usersigs,
    }
}

#[test]
fn every_code_is_handled_as_its_retry_class_says() {
    // destroy_group is not idempotent; get_group_info is.
    let change = DestroyGroupRequest::new("@TGS#1");
    let read = GetGroupInfoRequest::new(["@TGS#1"]);
    const { assert!(!DestroyGroupRequest::IDEMPOTENT && GetGroupInfoRequest::IDEMPOTENT) };
    let mut checked = 0;
    for &code in ErrorCode::KNOWN {
        let seen = call(code, &change);
        match code.retry_class() {
            RetryClass::Never => {
                assert_eq!(seen.attempts, 1, "{code:?} is final");
                assert_eq!(seen.result.unwrap_err().code(), Some(code), "{code:?}");
            }
            RetryClass::AfterBackoff => {
                assert_eq!(seen.attempts, 2, "{code:?} did nothing: retried for any call");
                assert!(seen.result.is_ok(), "{code:?}");
            }
            RetryClass::AfterResigning => {
                assert_eq!(seen.attempts, 2, "{code:?} is retried with a fresh UserSig");
                assert!(seen.result.is_ok(), "{code:?}");
                assert_ne!(seen.usersigs[0], seen.usersigs[1], "{code:?} re-signs");
            }
            RetryClass::Maybe => {
                assert_eq!(seen.attempts, 1, "{code:?} may have applied a change: not repeated");
                assert!(seen.result.unwrap_err().is_outcome_unknown(), "{code:?}");
                let seen = call(code, &read);
                assert_eq!(seen.attempts, 2, "{code:?} is retried for an idempotent call");
                assert!(seen.result.is_ok(), "{code:?}");
            }
            other => panic!("{code:?}: class {other:?} has no test"),
        }
        checked += 1;
    }
    assert_eq!(checked, ErrorCode::KNOWN.len());
}
