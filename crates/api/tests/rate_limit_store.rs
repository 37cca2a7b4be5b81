//! A configured `RateLimitStore`, asked by both clients through the core's
//! reserve step: shared budgets, waits, and failures before sending.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tim_api::{
    BlockingClient, Client, ClientConfig, Error, PermitRequest, RateLimit, RateLimitStore, RateLimitStoreError,
    RateLimiter, RetryPolicy,
};
use tim_protocol::recentcontact::UpdateContactGroupRequest;
use tim_protocol::BaseUrl;
use tim_transport::{FnTransport, HttpRequest, HttpResponse, TransportError};
use tim_usersig::SecretKey;

const OK: &str = r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#;

fn config() -> tim_api::ClientConfigBuilder {
    ClientConfig::builder()
        .base_url(BaseUrl::parse("http://127.0.0.1:9").unwrap())
        .sdkappid(1400000000)
        .identifier("admin")
        .secret_key(SecretKey::new("key").unwrap())
        .retry(RetryPolicy::none())
}

fn rename() -> UpdateContactGroupRequest {
    UpdateContactGroupRequest::rename("user_0001", "group_0001", "group_0002")
}

type Reply = Result<HttpResponse, TransportError>;

/// A transport that answers OK and counts its calls.
fn counting() -> (
    Arc<AtomicUsize>,
    FnTransport<impl Fn(HttpRequest) -> Reply + Send + Sync>,
) {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&calls);
    let transport = FnTransport::new(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
        Ok(http::Response::builder()
            .status(200)
            .body(OK.as_bytes().to_vec())
            .unwrap())
    });
    (calls, transport)
}

/// A store that records what it is asked and answers from a script.
#[derive(Debug, Default)]
struct Scripted {
    asked: Mutex<Vec<PermitRequest>>,
    fail: bool,
}

impl RateLimitStore for Scripted {
    fn acquire_blocking(&self, permit: &PermitRequest) -> Result<Duration, RateLimitStoreError> {
        self.asked.lock().unwrap().push(*permit);
        if self.fail {
            Err(RateLimitStoreError::new("the store is down"))
        } else {
            Ok(Duration::from_millis(40))
        }
    }
}

#[tokio::test(start_paused = true)]
async fn the_async_client_waits_what_the_store_says_and_asks_with_the_limit() {
    let store = Arc::new(Scripted::default());
    let (calls, transport) = counting();
    let client = Client::with_transport(
        config()
            .rate_limit(RateLimit::PerSecond(25))
            .rate_limit_store(Arc::clone(&store))
            .build()
            .unwrap(),
        transport,
    );
    let begin = tokio::time::Instant::now();
    client.send(&rename()).await.unwrap();
    assert_eq!(begin.elapsed(), Duration::from_millis(40));
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    let asked = store.asked.lock().unwrap();
    assert_eq!(asked.len(), 1);
    assert_eq!(
        (asked[0].sdkappid, asked[0].bucket, asked[0].per_second),
        (1400000000, "v4/recentcontact/update_contact_group", 25)
    );
}

#[test]
fn with_no_limit_the_store_is_not_asked() {
    let store = Arc::new(Scripted::default());
    let (calls, transport) = counting();
    let client = BlockingClient::with_transport(
        config()
            .rate_limit(RateLimit::Off)
            .rate_limit_store(Arc::clone(&store))
            .build()
            .unwrap(),
        transport,
    );
    client.send(&rename()).unwrap();
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    assert!(store.asked.lock().unwrap().is_empty());
}

#[tokio::test]
async fn a_store_that_gives_no_permit_fails_the_call_before_sending() {
    let store = || Scripted {
        fail: true,
        ..Scripted::default()
    };
    let (calls, transport) = counting();
    let client = Client::with_transport(config().rate_limit_store(store()).build().unwrap(), transport);
    let error = client.send(&rename()).await.unwrap_err();
    assert!(matches!(error, Error::RateLimitStore(_)), "{error:?}");
    // Nothing was sent, so the outcome of a call that changes state is known.
    assert!(!error.is_outcome_unknown());
    assert!(error.to_string().contains("the store is down"), "{error}");
    let (blocking_calls, transport) = counting();
    let blocking = BlockingClient::with_transport(config().rate_limit_store(store()).build().unwrap(), transport);
    let error = blocking.send(&rename()).unwrap_err();
    assert!(matches!(error, Error::RateLimitStore(_)), "{error:?}");
    assert_eq!(calls.load(Ordering::SeqCst) + blocking_calls.load(Ordering::SeqCst), 0);
}

#[tokio::test(start_paused = true)]
async fn one_local_limiter_shared_by_two_clients_paces_them_together() {
    let limiter = Arc::new(RateLimiter::new());
    let starts = Arc::new(Mutex::new(Vec::new()));
    let client = |starts: Arc<Mutex<Vec<tokio::time::Instant>>>| {
        Client::with_transport(
            config()
                .rate_limit(RateLimit::PerSecond(100))
                .rate_limit_store(Arc::clone(&limiter))
                .build()
                .unwrap(),
            FnTransport::new(move |_| {
                starts.lock().unwrap().push(tokio::time::Instant::now());
                Ok(http::Response::builder()
                    .status(200)
                    .body(OK.as_bytes().to_vec())
                    .unwrap())
            }),
        )
    };
    let (a, b) = (client(Arc::clone(&starts)), client(Arc::clone(&starts)));
    let begin = tokio::time::Instant::now();
    tokio::join!(
        async {
            for _ in 0..10 {
                a.send(&rename()).await.unwrap();
            }
        },
        async {
            for _ in 0..10 {
                b.send(&rename()).await.unwrap();
            }
        }
    );
    let mut starts = starts.lock().unwrap().clone();
    starts.sort();
    assert_eq!(starts.len(), 20);
    // 20 calls at 100/s between them: the last starts 190 ms after the first.
    assert_eq!(starts[19] - begin, Duration::from_millis(190));
}
