//! Both transports against wiremock and a raw server on 127.0.0.1.

mod support;

use std::time::{Duration, Instant};

use support::{current_thread_runtime, error_texts, post, Behavior, Both, RawServer, Which, SECRET};
use tim_transport::{BlockingTransport, TransportConfig, TransportErrorKind, UreqTransport};
use wiremock::matchers::{body_bytes, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const BOTH: [Which; 2] = [Which::Async, Which::Blocking];

fn quick() -> TransportConfig {
    TransportConfig::builder()
        .connect_timeout(Duration::from_secs(2))
        .timeout(Duration::from_millis(500))
        .max_response_bytes(8 * 1024)
        .build()
}

#[test]
fn a_post_arrives_with_body_and_query_intact() {
    let both = Both::new(&TransportConfig::default());
    let server = both.runtime().block_on(MockServer::start());
    let body = br#"{"From_Account":"user_0001","UpdateType":1}"#;
    both.runtime().block_on(
        Mock::given(method("POST"))
            .and(path("/v4/recentcontact/update_contact_group"))
            .and(query_param("sdkappid", "88888888"))
            .and(query_param("identifier", "admin"))
            .and(query_param("usersig", "eJx*a-b_"))
            .and(query_param("random", "99999999"))
            .and(query_param("contenttype", "json"))
            .and(body_bytes(body.to_vec()))
            .respond_with(ResponseTemplate::new(200).set_body_string(r#"{"ActionStatus":"OK"}"#))
            .expect(2)
            .mount(&server),
    );
    let url = format!(
        "{}/v4/recentcontact/update_contact_group?sdkappid=88888888&identifier=admin&usersig=eJx*a-b_&random=99999999&contenttype=json",
        server.uri()
    );
    for which in BOTH {
        let reply = both.send(which, post(&url, body)).unwrap();
        assert_eq!(reply.status(), 200, "{which:?}");
        assert_eq!(reply.body(), br#"{"ActionStatus":"OK"}"#, "{which:?}");
    }
    let received = both.runtime().block_on(server.received_requests()).unwrap();
    for request in &received {
        let agent = request.headers.get("user-agent").unwrap().to_str().unwrap();
        assert!(agent.starts_with("tim-rs/"), "{agent}");
    }
    both.runtime().block_on(server.verify());
}

#[test]
fn any_status_is_a_reply_with_its_body() {
    let both = Both::new(&TransportConfig::default());
    let server = both.runtime().block_on(MockServer::start());
    for status in [200u16, 404, 500, 502] {
        both.runtime().block_on(
            Mock::given(path(format!("/status/{status}")))
                .respond_with(
                    ResponseTemplate::new(status)
                        .insert_header("content-type", "text/html")
                        .set_body_string(format!("<html><body>{status} from the gateway</body></html>")),
                )
                .mount(&server),
        );
    }
    for which in BOTH {
        for status in [200u16, 404, 500, 502] {
            let reply = both
                .send(
                    which,
                    post(&format!("{}/status/{status}?usersig=x", server.uri()), b"{}"),
                )
                .unwrap();
            assert_eq!(reply.status(), status, "{which:?}");
            assert_eq!(
                String::from_utf8_lossy(reply.body()),
                format!("<html><body>{status} from the gateway</body></html>")
            );
        }
    }
}

#[test]
fn redirects_are_not_followed() {
    let both = Both::new(&TransportConfig::default());
    let server = both.runtime().block_on(MockServer::start());
    both.runtime().block_on(
        Mock::given(path("/moved"))
            .respond_with(ResponseTemplate::new(307).insert_header("location", "/elsewhere"))
            .mount(&server),
    );
    for which in BOTH {
        let reply = both
            .send(which, post(&format!("{}/moved", server.uri()), b"{}"))
            .unwrap();
        assert_eq!(reply.status(), 307, "{which:?}");
    }
}

/// Runs `request` on both transports, expecting an error of `kind` whose texts
/// never show the usersig.
fn expect_error(both: &Both, url: &str, kind: TransportErrorKind) {
    for which in BOTH {
        let error = both.send(which, post(url, b"{}")).expect_err("the request must fail");
        assert_eq!(error.kind(), kind, "{which:?}: {error}");
        for text in error_texts(&error) {
            assert!(!text.contains(SECRET), "{which:?}: the usersig shows in {text}");
        }
    }
}

#[test]
fn connection_refused_is_a_connect_error() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/v4/a/b?usersig={SECRET}&random=1");
    expect_error(&Both::new(&quick()), &url, TransportErrorKind::Connect);
}

#[test]
fn a_server_that_never_answers_is_cut_off_by_the_timeout() {
    let server = RawServer::start(Behavior::Hang);
    let both = Both::new(&quick());
    let start = Instant::now();
    expect_error(&both, &server.url(), TransportErrorKind::Timeout);
    // Two requests of a 500 ms timeout each; the server would hold them 30 s.
    assert!(start.elapsed() < Duration::from_secs(10), "took {:?}", start.elapsed());
}

#[test]
fn a_server_that_closes_mid_body_is_an_io_error() {
    let server = RawServer::start(Behavior::CloseMidBody);
    expect_error(&Both::new(&quick()), &server.url(), TransportErrorKind::Io);
}

#[test]
fn a_body_over_the_cap_is_refused() {
    let both = Both::new(&quick());
    for behavior in [Behavior::Big(64 * 1024), Behavior::BigChunked(64 * 1024)] {
        let server = RawServer::start(behavior);
        expect_error(&both, &server.url(), TransportErrorKind::BodyTooLarge);
    }
    // At the cap exactly, the body is read.
    let server = RawServer::start(Behavior::Big(8 * 1024));
    for which in BOTH {
        assert_eq!(
            both.send(which, post(&server.url(), b"{}")).unwrap().body().len(),
            8 * 1024
        );
    }
}

#[test]
fn a_bad_url_error_does_not_quote_it() {
    expect_error(
        &Both::new(&quick()),
        &format!("http://127.0.0.1:0/x?usersig={SECRET}"),
        TransportErrorKind::Connect,
    );
}

/// Keep-alive: one connection serves every request. The async case runs on a
/// current-thread runtime, where the order in which hyper returns the
/// connection to its pool is fixed (on a multi-thread runtime a sequential
/// caller can, rarely, race the return and get a second pooled connection).
#[test]
fn a_thousand_sequential_requests_use_one_connection() {
    let server = RawServer::start(Behavior::Ok);
    let transport = tim_transport::ReqwestTransport::new(&TransportConfig::default()).unwrap();
    let runtime = current_thread_runtime();
    runtime.block_on(async {
        for _ in 0..1000 {
            let reply = tim_transport::Transport::send(&transport, post(&server.url(), b"{}"))
                .await
                .unwrap();
            assert_eq!(reply.status(), 200);
        }
    });
    assert_eq!(server.accepted(), 1, "async");

    let server = RawServer::start(Behavior::Ok);
    let transport = UreqTransport::new(&TransportConfig::default());
    for _ in 0..1000 {
        assert_eq!(transport.send(post(&server.url(), b"{}")).unwrap().status(), 200);
    }
    assert_eq!(server.accepted(), 1, "blocking");
}

#[test]
fn the_blocking_transport_works_beside_and_inside_a_tokio_runtime() {
    let server = RawServer::start(Behavior::Ok);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    // A runtime runs elsewhere in the process...
    let _guard = runtime.spawn(async { tokio::time::sleep(Duration::from_secs(60)).await });
    let transport = UreqTransport::new(&TransportConfig::default());
    // ...while a plain thread uses the blocking transport.
    let url = server.url();
    let worker = {
        let transport = transport.clone();
        std::thread::spawn(move || transport.send(post(&url, b"{}")).map(|r| r.status()))
    };
    assert_eq!(worker.join().unwrap().unwrap(), 200);
    // Called on a runtime thread it blocks that thread, but does not panic.
    let status = runtime.block_on(async { transport.send(post(&server.url(), b"{}")).map(|r| r.status()) });
    assert_eq!(status.unwrap(), 200);
}

#[test]
fn the_async_transport_is_built_outside_a_runtime_and_used_inside_one() {
    let server = RawServer::start(Behavior::Ok);
    let transport = tim_transport::ReqwestTransport::new(&TransportConfig::default()).unwrap();
    let runtime = current_thread_runtime();
    let reply = runtime
        .block_on(tim_transport::Transport::send(&transport, post(&server.url(), b"{}")))
        .unwrap();
    assert_eq!(reply.status(), 200);
}

#[test]
fn the_async_transport_polled_outside_tokio_fails_without_panicking() {
    use std::sync::Arc;
    use std::task::{Context, Poll, Wake, Waker};

    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    // A bare executor with no tokio runtime anywhere on this thread.
    let server = RawServer::start(Behavior::Ok);
    let transport = tim_transport::ReqwestTransport::new(&TransportConfig::default()).unwrap();
    let mut future = tim_transport::Transport::send(&transport, post(&server.url(), b"{}"));
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut context = Context::from_waker(&waker);
    let error = loop {
        match future.as_mut().poll(&mut context) {
            Poll::Ready(result) => break result.expect_err("no runtime, no request"),
            Poll::Pending => std::thread::park(),
        }
    };
    assert_eq!(error.kind(), TransportErrorKind::Other);
    assert!(error.to_string().contains("tokio runtime"), "{error}");
}

#[test]
fn a_timeout_says_which_and_after_how_long_and_a_request_timeout_shortens_it() {
    let server = RawServer::start(Behavior::Hang);
    let both = Both::new(&quick());
    for which in BOTH {
        let error = both.send(which, post(&server.url(), b"{}")).unwrap_err();
        assert_eq!(
            error.to_string(),
            "per-attempt timeout: no complete reply within 500ms",
            "{which:?}"
        );
        // A shorter limit on the request wins over the configured 500 ms.
        let mut request = post(&server.url(), b"{}");
        request
            .extensions_mut()
            .insert(tim_transport::RequestTimeout(Duration::from_millis(150)));
        let start = Instant::now();
        let error = both.send(which, request).unwrap_err();
        assert!(
            start.elapsed() < Duration::from_millis(450),
            "{which:?}: {:?}",
            start.elapsed()
        );
        assert_eq!(
            error.to_string(),
            "per-attempt timeout: no complete reply within 150ms",
            "{which:?}"
        );
    }
}

/// A caller's own agent, with ureq's defaults (4xx/5xx as errors, redirects
/// followed, no timeout): the transport still returns every status as a reply
/// with its body, follows no redirect, honours a request's timeout, and keeps
/// the agent's own settings (here its user agent).
#[test]
fn a_callers_own_agent_behaves_like_the_transports_own() {
    let runtime = current_thread_runtime();
    let server = runtime.block_on(MockServer::start());
    runtime.block_on(
        Mock::given(path("/status/502"))
            .respond_with(ResponseTemplate::new(502).set_body_string("from the gateway"))
            .mount(&server),
    );
    runtime.block_on(
        Mock::given(path("/moved"))
            .respond_with(ResponseTemplate::new(307).insert_header("location", "/elsewhere"))
            .mount(&server),
    );
    let agent = ureq::Agent::config_builder()
        .user_agent("their-backend/2")
        .build()
        .new_agent();
    let transport = UreqTransport::from_agent(agent, &TransportConfig::default());
    let reply = transport
        .send(post(&format!("{}/status/502", server.uri()), b"{}"))
        .unwrap();
    assert_eq!(
        (reply.status().as_u16(), reply.body().as_slice()),
        (502, &b"from the gateway"[..])
    );
    let reply = transport.send(post(&format!("{}/moved", server.uri()), b"{}")).unwrap();
    assert_eq!(reply.status(), 307);
    let received = runtime.block_on(server.received_requests()).unwrap();
    assert!(received
        .iter()
        .all(|request| request.headers.get("user-agent").unwrap() == "their-backend/2"));

    let hang = RawServer::start(Behavior::Hang);
    let mut request = post(&hang.url(), b"{}");
    request
        .extensions_mut()
        .insert(tim_transport::RequestTimeout(Duration::from_millis(150)));
    let error = transport.send(request).unwrap_err();
    assert_eq!(error.to_string(), "per-attempt timeout: no complete reply within 150ms");
}
