//! Retries that depend on time, on tokio's paused clock (async) and with short
//! real waits (blocking), over a transport made of a closure.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tim_api::{BlockingClient, Client, ClientConfig, Error, RateLimit, RetryPolicy};
use tim_protocol::recentcontact::{GetContactGroupRequest, UpdateContactGroupRequest};
use tim_protocol::BaseUrl;
use tim_transport::{FnTransport, HttpRequest, HttpResponse, TransportError, TransportErrorKind};
use tim_usersig::SecretKey;

const OK: &str = r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#;

fn config() -> tim_api::ClientConfigBuilder {
    ClientConfig::builder()
        .base_url(BaseUrl::parse("http://127.0.0.1:9").unwrap())
        .sdkappid(1400000000)
        .identifier("admin")
        .secret_key(SecretKey::new("key").unwrap())
}

fn reply(status: u16, body: &str) -> Reply {
    Ok(http::Response::builder()
        .status(status)
        .body(body.as_bytes().to_vec())
        .unwrap())
}

type Reply = Result<HttpResponse, TransportError>;

/// A transport that fails with `error` for the first `failures` calls, then
/// answers OK; it counts the calls.
fn flaky(
    failures: usize,
    error: impl Fn() -> Reply + Send + Sync + 'static,
) -> (
    Arc<AtomicUsize>,
    FnTransport<impl Fn(HttpRequest) -> Reply + Send + Sync>,
) {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&calls);
    let transport = FnTransport::new(move |_| {
        if counter.fetch_add(1, Ordering::SeqCst) < failures {
            error()
        } else {
            reply(200, OK)
        }
    });
    (calls, transport)
}

fn rename() -> UpdateContactGroupRequest {
    UpdateContactGroupRequest::rename("user_0001", "group_0001", "group_0002")
}

fn transport_error(kind: TransportErrorKind) -> impl Fn() -> Reply + Send + Sync {
    move || Err(TransportError::new(kind, "simulated"))
}

#[tokio::test(start_paused = true)]
async fn a_burst_of_1000_calls_at_200_per_second_is_spread_over_about_5_seconds() {
    let starts = Arc::new(Mutex::new(Vec::new()));
    let record = Arc::clone(&starts);
    let transport = FnTransport::new(move |_| {
        record.lock().unwrap().push(tokio::time::Instant::now());
        reply(200, OK)
    });
    let client = Client::with_transport(
        config().rate_limit(RateLimit::PerSecond(200)).build().unwrap(),
        transport,
    );
    let begin = tokio::time::Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..1000 {
        let client = client.clone();
        tasks.spawn(async move { client.send(&rename()).await });
    }
    while let Some(result) = tasks.join_next().await {
        result.unwrap().unwrap();
    }
    let starts = starts.lock().unwrap();
    assert_eq!(starts.len(), 1000);
    let spread = *starts.iter().max().unwrap() - begin;
    assert!(
        spread >= Duration::from_millis(4900) && spread <= Duration::from_millis(5100),
        "{spread:?}"
    );
    // Never more than 200 calls in any one-second window.
    let mut sorted = starts.clone();
    sorted.sort();
    for (i, start) in sorted.iter().enumerate() {
        let in_window = sorted[i..]
            .iter()
            .take_while(|s| **s - *start < Duration::from_secs(1))
            .count();
        assert!(in_window <= 200, "{in_window} calls within a second");
    }
}

#[tokio::test(start_paused = true)]
async fn connection_refused_is_retried() {
    let (calls, transport) = flaky(2, transport_error(TransportErrorKind::Connect));
    let client = Client::with_transport(config().build().unwrap(), transport);
    client.send(&rename()).await.unwrap();
    assert_eq!(calls.load(Ordering::SeqCst), 3);

    let (calls, transport) = flaky(2, transport_error(TransportErrorKind::Connect));
    BlockingClient::with_transport(config().retry(fast()).build().unwrap(), transport)
        .send(&rename())
        .unwrap();
    assert_eq!(calls.load(Ordering::SeqCst), 3);
}

fn fast() -> RetryPolicy {
    RetryPolicy::builder()
        .initial_backoff(Duration::from_millis(2))
        .max_backoff(Duration::from_millis(4))
        .build()
}

#[tokio::test(start_paused = true)]
async fn a_timeout_is_retried_only_for_idempotent_calls_or_when_allowed() {
    // A rename that timed out may have happened: not retried, and said to be unknown.
    let (calls, transport) = flaky(1, transport_error(TransportErrorKind::Timeout));
    let client = Client::with_transport(config().build().unwrap(), transport);
    let error = client.send(&rename()).await.unwrap_err();
    assert!(
        matches!(&error, Error::OutcomeUnknown(cause) if matches!(&**cause, Error::Transport(e) if e.is_timeout())),
        "{error:?}"
    );
    assert!(error.is_outcome_unknown() && error.is_timeout());
    assert_eq!(calls.load(Ordering::SeqCst), 1);

    // A read is.
    let (calls, transport) = flaky(1, transport_error(TransportErrorKind::Timeout));
    let client = Client::with_transport(config().build().unwrap(), transport);
    client.send(&GetContactGroupRequest::new("user_0001", 0)).await.unwrap();
    assert_eq!(calls.load(Ordering::SeqCst), 2);

    // So is anything, once the user opts in.
    let (calls, transport) = flaky(1, transport_error(TransportErrorKind::Timeout));
    let policy = RetryPolicy::builder().retry_ambiguous(true).build();
    let client = Client::with_transport(config().retry(policy).build().unwrap(), transport);
    client.send(&rename()).await.unwrap();
    assert_eq!(calls.load(Ordering::SeqCst), 2);

    // The blocking client decides the same way.
    let (calls, transport) = flaky(1, transport_error(TransportErrorKind::Timeout));
    let client = BlockingClient::with_transport(config().retry(fast()).build().unwrap(), transport);
    assert!(client.send(&rename()).is_err());
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[tokio::test(start_paused = true)]
async fn the_deadline_stops_the_loop() {
    let policy = RetryPolicy::builder()
        .max_attempts(100)
        .initial_backoff(Duration::from_millis(400))
        .max_backoff(Duration::from_millis(400))
        .deadline(Duration::from_secs(2))
        .build();
    let (calls, transport) = flaky(usize::MAX, || reply(503, "unavailable"));
    let client = Client::with_transport(config().retry(policy).build().unwrap(), transport);
    let begin = tokio::time::Instant::now();
    let error = client.send(&rename()).await.unwrap_err();
    assert!(matches!(error, Error::Http { .. }));
    // Waits of 200 to 400 ms within 2 s: between 5 and 11 attempts, never 100.
    let attempts = calls.load(Ordering::SeqCst);
    assert!((5..=11).contains(&attempts), "{attempts} attempts");
    assert!(begin.elapsed() <= Duration::from_secs(2), "{:?}", begin.elapsed());

    let policy = RetryPolicy::builder()
        .max_attempts(100)
        .initial_backoff(Duration::from_millis(20))
        .max_backoff(Duration::from_millis(20))
        .deadline(Duration::from_millis(100))
        .build();
    let (calls, transport) = flaky(usize::MAX, || reply(503, "unavailable"));
    let client = BlockingClient::with_transport(config().retry(policy).build().unwrap(), transport);
    assert!(client.send(&rename()).is_err());
    let attempts = calls.load(Ordering::SeqCst);
    assert!((2..=11).contains(&attempts), "{attempts} attempts");
}

#[test]
fn max_attempts_bounds_the_loop() {
    let (calls, transport) = flaky(usize::MAX, || reply(503, "unavailable"));
    let policy = RetryPolicy::builder()
        .max_attempts(3)
        .initial_backoff(Duration::from_millis(1))
        .build();
    let client = BlockingClient::with_transport(config().retry(policy).build().unwrap(), transport);
    assert!(client.send(&rename()).is_err());
    assert_eq!(calls.load(Ordering::SeqCst), 3);
}

/// A transport refusing the first `failures` connections, recording each
/// request's host.
fn refusing(
    failures: usize,
    hosts: &Arc<Mutex<Vec<String>>>,
) -> FnTransport<impl Fn(HttpRequest) -> Reply + Send + Sync> {
    let hosts = Arc::clone(hosts);
    FnTransport::new(move |request: HttpRequest| {
        let mut hosts = hosts.lock().unwrap();
        hosts.push(request.uri().host().unwrap_or_default().to_owned());
        if hosts.len() <= failures {
            Err(TransportError::new(TransportErrorKind::Connect, "refused"))
        } else {
            reply(200, OK)
        }
    })
}

#[tokio::test(start_paused = true)]
async fn a_region_that_cannot_be_reached_fails_over_to_its_backup_domain() {
    let region = || {
        config()
            .region(tim_protocol::Region::Singapore)
            .retry(fast())
            .build()
            .unwrap()
    };
    let expected = [
        "adminapisgp.im.qcloud.com",
        "adminapisgp.my-imcloud.com",
        "adminapisgp.my-imcloud.com",
    ];

    let hosts = Arc::new(Mutex::new(Vec::new()));
    Client::with_transport(region(), refusing(2, &hosts))
        .send(&rename())
        .await
        .unwrap();
    assert_eq!(*hosts.lock().unwrap(), expected, "async");

    let hosts = Arc::new(Mutex::new(Vec::new()));
    BlockingClient::with_transport(region(), refusing(2, &hosts))
        .send(&rename())
        .unwrap();
    assert_eq!(*hosts.lock().unwrap(), expected, "blocking");

    // A custom base URL set after the region has no backup: every attempt goes to it.
    let custom = config()
        .region(tim_protocol::Region::Singapore)
        .base_url(BaseUrl::parse("http://127.0.0.1:9").unwrap());
    let hosts = Arc::new(Mutex::new(Vec::new()));
    Client::with_transport(custom.build().unwrap(), refusing(2, &hosts))
        .send(&rename())
        .await
        .unwrap();
    assert_eq!(*hosts.lock().unwrap(), ["127.0.0.1"; 3]);
}
