//! The call's deadline, on tokio's paused clock, over transports made of
//! closures; and the configuration refusing empty secrets.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tim_api::{BlockingClient, Client, ClientConfig, ConfigError, Error, RetryPolicy};
use tim_protocol::recentcontact::{GetContactGroupRequest, UpdateContactGroupRequest};
use tim_protocol::BaseUrl;
use tim_transport::{AsyncFnTransport, FnTransport, RequestTimeout, TransportConfig};
use tim_usersig::{SecretKey, UserSig};

fn config() -> tim_api::ClientConfigBuilder {
    ClientConfig::builder()
        .base_url(BaseUrl::parse("http://127.0.0.1:9").unwrap())
        .sdkappid(1400000000)
        .identifier("admin")
        .secret_key(SecretKey::new("key").unwrap())
}

#[test]
fn the_defaults_wait_longer_than_the_service_and_end_within_seconds() {
    let transport = TransportConfig::default();
    assert!(transport.timeout() > Duration::from_secs(3), "above the service's 3 s");
    assert_eq!(transport.timeout(), Duration::from_secs(5));
    assert_eq!(transport.connect_timeout(), Duration::from_secs(3));
    assert_eq!(RetryPolicy::default().deadline(), Duration::from_secs(12));
}

#[tokio::test(start_paused = true)]
async fn a_transport_that_never_answers_is_cut_at_the_deadline() {
    let never = || AsyncFnTransport::new(|_| std::future::pending());
    // A read: one attempt, cut at 12 s.
    let client = Client::with_transport(config().build().unwrap(), never());
    let begin = tokio::time::Instant::now();
    let error = client
        .send(&GetContactGroupRequest::new("user_0001", 0))
        .await
        .unwrap_err();
    assert_eq!(begin.elapsed(), Duration::from_secs(12));
    assert!(matches!(error, Error::Deadline { attempts: 1, .. }), "{error:?}");
    assert_eq!(
        error.to_string(),
        "no reply within the call's deadline of 12s (1 attempt)"
    );

    // A rename: the same, and its outcome is unknown.
    let client = Client::with_transport(config().build().unwrap(), never());
    let error = client
        .send(&UpdateContactGroupRequest::rename("u", "a", "b"))
        .await
        .unwrap_err();
    assert!(error.is_outcome_unknown() && error.is_timeout(), "{error:?}");
    assert!(error.to_string().contains("the service may have applied it"), "{error}");
}

#[tokio::test(start_paused = true)]
async fn every_attempt_carries_what_is_left_of_the_deadline() {
    let limits = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&limits);
    let transport = AsyncFnTransport::new(move |request| {
        seen.lock().unwrap().push(RequestTimeout::of(&request));
        async {
            tokio::time::sleep(Duration::from_millis(3200)).await;
            Ok(http::Response::builder().status(503).body(Vec::new()).unwrap())
        }
    });
    let policy = RetryPolicy::builder()
        .initial_backoff(Duration::from_secs(1))
        .max_backoff(Duration::from_secs(1))
        .deadline(Duration::from_secs(10))
        .build();
    let client = Client::with_transport(config().retry(policy).build().unwrap(), transport);
    let begin = tokio::time::Instant::now();
    let error = client.send(&GetContactGroupRequest::new("u", 0)).await.unwrap_err();
    // Attempts start at 0 s, 3.7-4.2 s and 6.9-8.4 s; the third, with 1.6-3.1 s
    // left, needs 3.2 s and is cut at the deadline.
    assert!(matches!(error, Error::Deadline { attempts: 3, .. }), "{error:?}");
    assert_eq!(begin.elapsed(), Duration::from_secs(10));
    let limits: Vec<Duration> = limits.lock().unwrap().iter().map(|limit| limit.unwrap()).collect();
    assert_eq!(limits.len(), 3);
    assert_eq!(limits[0], Duration::from_secs(10));
    assert!(
        (Duration::from_millis(5800)..=Duration::from_millis(6300)).contains(&limits[1]),
        "{limits:?}"
    );
    assert!(
        (Duration::from_millis(1600)..=Duration::from_millis(3100)).contains(&limits[2]),
        "{limits:?}"
    );
}

#[test]
fn the_blocking_client_passes_the_deadline_to_its_transport() {
    let limits = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&limits);
    let transport = FnTransport::new(move |request| {
        seen.lock().unwrap().push(RequestTimeout::of(&request));
        Ok(http::Response::new(br#"{"ActionStatus":"OK","ErrorCode":0}"#.to_vec()))
    });
    let client = BlockingClient::with_transport(config().build().unwrap(), transport);
    client.send(&UpdateContactGroupRequest::rename("u", "a", "b")).unwrap();
    assert_eq!(*limits.lock().unwrap(), [Some(Duration::from_secs(12))]);
}

#[test]
fn empty_secrets_are_configuration_errors() {
    let error = SecretKey::new("").unwrap_err();
    assert!(matches!(
        Error::from(error),
        Error::Config(ConfigError::Invalid("secret_key", _))
    ));
    let error = config().usersig(UserSig::new("")).build().unwrap_err();
    assert_eq!(error, ConfigError::Invalid("usersig", "must not be empty"));
    assert_eq!(error.to_string(), "usersig is invalid: must not be empty");
    assert!(config().usersig(UserSig::new("eJx")).build().is_ok());
}
