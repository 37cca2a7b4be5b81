//! tim-api against hostile servers on 127.0.0.1, both clients: one that
//! never answers, one that drops the connection after reading the request,
//! one that does not speak TLS. Every call ends in bounded time and says
//! what happened.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tim_api::{ClientConfig, Error, RetryPolicy};
use tim_protocol::recentcontact::{GetContactGroupRequest, UpdateContactGroupRequest};
use tim_protocol::BaseUrl;
use tim_tests::driver::Driver;
use tim_transport::{TransportConfig, TransportErrorKind};
use tim_usersig::SecretKey;

const ATTEMPT: Duration = Duration::from_millis(300);
const DEADLINE: Duration = Duration::from_millis(1000);

/// What a server does with each connection.
#[derive(Clone, Copy)]
enum Behaviour {
    /// Reads the request and holds the connection, never answering.
    Silent,
    /// Reads the request, then closes the connection.
    Drop,
    /// Answers in plain HTTP whatever arrives (a TLS handshake included).
    PlainText,
}

/// A server on 127.0.0.1 that counts connections; it lives as long as the test.
fn serve(behaviour: Behaviour) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let connections = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&connections);
    let held: Arc<Mutex<Vec<TcpStream>>> = Arc::default();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            counter.fetch_add(1, Ordering::SeqCst);
            stream.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
            let mut buffer = [0u8; 4096];
            let _ = stream.read(&mut buffer);
            match behaviour {
                Behaviour::Silent => held.lock().unwrap().push(stream),
                Behaviour::Drop => drop(stream),
                Behaviour::PlainText => {
                    let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                }
            }
        }
    });
    (address.to_string(), connections)
}

fn config(base: &str) -> ClientConfig {
    ClientConfig::builder()
        .base_url(BaseUrl::parse(base).unwrap())
        .sdkappid(1400000000)
        .identifier("admin")
        .secret_key(SecretKey::new("hostile-test-key").unwrap())
        .transport(
            TransportConfig::builder()
                .connect_timeout(ATTEMPT)
                .timeout(ATTEMPT)
                .build(),
        )
        .retry(
            RetryPolicy::builder()
                .initial_backoff(Duration::from_millis(20))
                .max_backoff(Duration::from_millis(40))
                .max_attempts(10)
                .deadline(DEADLINE)
                .build(),
        )
        .build()
        .unwrap()
}

fn rename() -> UpdateContactGroupRequest {
    UpdateContactGroupRequest::rename("user_0001", "group_0001", "group_0002")
}

fn read() -> GetContactGroupRequest {
    GetContactGroupRequest::new("user_0001", 0)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_that_never_answers_costs_a_call_at_most_its_deadline() {
    let (address, connections) = serve(Behaviour::Silent);
    for driver in Driver::both(|| config(&format!("http://{address}"))) {
        // A rename: one attempt, then "unknown", after the per-attempt timeout.
        let before = connections.load(Ordering::SeqCst);
        let start = Instant::now();
        let error = driver.send(&rename()).await.unwrap_err();
        let elapsed = start.elapsed();
        let what = format!("{}: {error} after {elapsed:?}", driver.name());
        assert!(error.is_outcome_unknown() && error.is_timeout(), "{what}");
        assert!(
            error
                .to_string()
                .contains("per-attempt timeout: no complete reply within 300ms"),
            "{what}"
        );
        assert!(elapsed >= ATTEMPT && elapsed < DEADLINE, "{what}");
        assert_eq!(connections.load(Ordering::SeqCst) - before, 1, "{what}");

        // A read: retried until the deadline, and no longer.
        let before = connections.load(Ordering::SeqCst);
        let start = Instant::now();
        let error = driver.send(&read()).await.unwrap_err();
        let elapsed = start.elapsed();
        let what = format!("{}: {error} after {elapsed:?}", driver.name());
        assert!(error.is_timeout() && !error.is_outcome_unknown(), "{what}");
        assert!(elapsed < DEADLINE + Duration::from_millis(250), "{what}");
        assert!(connections.load(Ordering::SeqCst) - before >= 2, "{what}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_connection_dropped_after_the_request_leaves_the_outcome_unknown() {
    let (address, connections) = serve(Behaviour::Drop);
    for driver in Driver::both(|| config(&format!("http://{address}"))) {
        let before = connections.load(Ordering::SeqCst);
        let error = driver.send(&rename()).await.unwrap_err();
        let what = format!("{}: {error}", driver.name());
        assert!(error.is_outcome_unknown(), "{what}");
        assert!(
            matches!(&error, Error::OutcomeUnknown(cause) if matches!(&**cause, Error::Transport(e) if e.kind() == TransportErrorKind::Io)),
            "{what}"
        );
        assert_eq!(connections.load(Ordering::SeqCst) - before, 1, "{what}");

        // A read is retried, up to its attempts.
        let before = connections.load(Ordering::SeqCst);
        let error = driver.send(&read()).await.unwrap_err();
        assert!(!error.is_outcome_unknown(), "{}: {error}", driver.name());
        assert_eq!(
            connections.load(Ordering::SeqCst) - before,
            10,
            "{}: {error}",
            driver.name()
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_tls_failure_is_its_own_kind_and_never_retried() {
    let (address, connections) = serve(Behaviour::PlainText);
    for driver in Driver::both(|| config(&format!("https://{address}"))) {
        let before = connections.load(Ordering::SeqCst);
        // Even a read, which any other connection failure would retry.
        let error = driver.send(&read()).await.unwrap_err();
        let what = format!("{}: {error}", driver.name());
        assert!(matches!(&error, Error::Transport(e) if e.is_tls()), "{what}");
        assert!(!error.to_string().contains("I/O error"), "{what}");
        assert!(!error.is_retryable(), "{what}");
        assert_eq!(connections.load(Ordering::SeqCst) - before, 1, "{what}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_connection_is_retried_and_says_so() {
    let address = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    for driver in Driver::both(|| config(&format!("http://{address}"))) {
        let error = driver.send(&rename()).await.unwrap_err();
        let what = format!("{}: {error}", driver.name());
        // Nothing was sent: a failure, not an unknown outcome.
        assert!(matches!(&error, Error::Transport(e) if e.is_connect()), "{what}");
        assert!(!error.is_outcome_unknown(), "{what}");
    }
}
