//! The server's connection limits: a head must arrive in time, an idle
//! kept-alive connection is closed, the cap on connections holds (closing
//! the idlest to make room), a body sent in pieces is read whole, a badly
//! framed or late body gets its own HTTP status. Every wait is bounded.

mod support;

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use support::Connection;
use tim_emulator::{ConnectionLimits, Emulator, EmulatorHandle};

/// How long any test waits for something that should happen much sooner.
const PATIENCE: Duration = Duration::from_secs(10);

fn start(limits: ConnectionLimits) -> EmulatorHandle {
    Emulator::builder().connection_limits(limits).start().unwrap()
}

/// A valid `account_check` call's path and query.
fn check_path(emulator: &EmulatorHandle) -> String {
    format!(
        "/v4/im_open_login_svc/account_check?sdkappid={}&identifier=administrator&usersig={}&random=1&contenttype=json",
        emulator.sdkappid(),
        emulator.sign("administrator", 3600).expose()
    )
}

const CHECK_BODY: &str = r#"{"CheckItem":[{"UserID":"u"}]}"#;

/// What the peer did within `wait`.
#[derive(Debug, PartialEq)]
enum Seen {
    Closed,
    Data,
    Nothing,
}

fn watch(stream: &mut TcpStream, wait: Duration) -> Seen {
    stream.set_read_timeout(Some(wait)).unwrap();
    let mut byte = [0; 1];
    match stream.read(&mut byte) {
        Ok(0) => Seen::Closed,
        Ok(_) => Seen::Data,
        Err(error) if matches!(error.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => Seen::Nothing,
        Err(_) => Seen::Closed,
    }
}

#[test]
fn a_head_dribbled_byte_by_byte_is_cut_off() {
    let emulator = start(ConnectionLimits::default().header_read_timeout(Duration::from_millis(300)));
    let mut slow = TcpStream::connect(emulator.addr()).unwrap();
    slow.write_all(b"POST /v4/im_open_login_svc/account_check HTTP/1.1\r\nHost: e\r\n")
        .unwrap();
    let started = Instant::now();
    loop {
        assert!(started.elapsed() < PATIENCE, "a slow head keeps the connection open");
        if slow.write_all(b"X-Slow: 1\r\n").is_err() {
            break;
        }
        match watch(&mut slow, Duration::from_millis(100)) {
            Seen::Closed => break,
            Seen::Data => panic!("a partial head was answered"),
            Seen::Nothing => {}
        }
    }
}

#[test]
fn a_connection_that_sends_nothing_is_closed_after_the_head_timeout() {
    let emulator = start(ConnectionLimits::default().header_read_timeout(Duration::from_millis(200)));
    let mut silent = TcpStream::connect(emulator.addr()).unwrap();
    assert_eq!(watch(&mut silent, PATIENCE), Seen::Closed);
}

#[test]
fn idle_and_head_timeouts_are_separate() {
    // A short idle timeout closes a kept-alive connection...
    let emulator = start(
        ConnectionLimits::default()
            .idle_timeout(Duration::from_millis(200))
            .header_read_timeout(Duration::from_secs(30)),
    );
    let mut connection = Connection::open(emulator.addr());
    assert!(connection
        .post(&check_path(&emulator), CHECK_BODY, Duration::ZERO)
        .is_some());
    assert_eq!(watch(connection.stream(), PATIENCE), Seen::Closed);

    // ...while a short head timeout does not cut an idle one.
    let emulator = start(
        ConnectionLimits::default()
            .idle_timeout(Duration::from_secs(30))
            .header_read_timeout(Duration::from_millis(200)),
    );
    let mut connection = Connection::open(emulator.addr());
    assert!(connection
        .post(&check_path(&emulator), CHECK_BODY, Duration::ZERO)
        .is_some());
    std::thread::sleep(Duration::from_millis(600));
    let reply = connection.post(&check_path(&emulator), CHECK_BODY, Duration::ZERO);
    assert!(reply.is_some_and(|reply| reply.contains("\"OK\"")));
}

#[test]
fn at_the_cap_the_idlest_connection_makes_room() {
    let emulator = start(ConnectionLimits::default().max_connections(2));
    let path = check_path(&emulator);
    let mut first = Connection::open(emulator.addr());
    assert!(first.post(&path, CHECK_BODY, Duration::ZERO).is_some());
    std::thread::sleep(Duration::from_millis(20));
    let mut second = Connection::open(emulator.addr());
    assert!(second.post(&path, CHECK_BODY, Duration::ZERO).is_some());

    let mut third = Connection::open(emulator.addr());
    third.stream().set_read_timeout(Some(PATIENCE)).unwrap();
    assert!(
        third.post(&path, CHECK_BODY, Duration::ZERO).is_some(),
        "the third is served"
    );
    assert_eq!(watch(first.stream(), PATIENCE), Seen::Closed, "the idlest made room");
    assert!(
        second.post(&path, CHECK_BODY, Duration::ZERO).is_some(),
        "the other is kept"
    );
}

#[test]
fn at_the_cap_a_connection_waits_for_a_busy_one_to_end() {
    let emulator = start(
        ConnectionLimits::default()
            .max_connections(1)
            .header_read_timeout(Duration::from_millis(800)),
    );
    // The only slot reads a head that never ends: it cannot be evicted.
    let mut slow = TcpStream::connect(emulator.addr()).unwrap();
    slow.write_all(b"POST /v4/im_open_login_svc/account_check HTTP/1.1\r\n")
        .unwrap();
    std::thread::sleep(Duration::from_millis(50));
    let mut waiting = Connection::open(emulator.addr());
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: e\r\nContent-Length: {}\r\n\r\n{CHECK_BODY}",
        check_path(&emulator),
        CHECK_BODY.len()
    );
    waiting.stream().write_all(head.as_bytes()).unwrap();
    assert_eq!(
        watch(waiting.stream(), Duration::from_millis(200)),
        Seen::Nothing,
        "not served past the cap"
    );
    assert_eq!(
        watch(waiting.stream(), PATIENCE),
        Seen::Data,
        "served once the slot frees"
    );
    assert_eq!(watch(&mut slow, PATIENCE), Seen::Closed);
}

/// Sends `request` raw on a new connection and reads everything until the
/// server closes it; the status code and the body.
fn exchange(emulator: &EmulatorHandle, request: &[u8]) -> (u16, serde_json::Value) {
    let mut stream = TcpStream::connect(emulator.addr()).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    stream.write_all(request).unwrap();
    let mut reply = Vec::new();
    let _ = stream.read_to_end(&mut reply);
    let reply = String::from_utf8(reply).unwrap();
    let status = reply.split(' ').nth(1).and_then(|code| code.parse().ok()).unwrap_or(0);
    let body = reply.split("\r\n\r\n").nth(1).unwrap_or_default();
    (status, serde_json::from_str(body).unwrap_or_default())
}

#[test]
fn a_body_that_comes_in_several_pieces_is_read_whole() {
    let emulator = start(ConnectionLimits::default());
    let mut stream = TcpStream::connect(emulator.addr()).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: e\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n",
        check_path(&emulator)
    );
    stream.write_all(head.as_bytes()).unwrap();
    // Apart in time, so that the server reads them as separate frames.
    let (first, rest) = CHECK_BODY.split_at(7);
    let (second, third) = rest.split_at(9);
    for piece in [first, second, third] {
        std::thread::sleep(Duration::from_millis(30));
        stream
            .write_all(format!("{:x}\r\n{piece}\r\n", piece.len()).as_bytes())
            .unwrap();
    }
    stream.write_all(b"0\r\n\r\n").unwrap();
    let mut reply = Vec::new();
    let _ = stream.read_to_end(&mut reply);
    let reply = String::from_utf8(reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    let body: serde_json::Value = serde_json::from_str(reply.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert_eq!(body["ActionStatus"], "OK", "{body}");
    assert_eq!(body["ResultItem"][0]["UserID"], "u", "{body}");
}

#[test]
fn a_badly_framed_chunked_body_is_400_not_413() {
    let emulator = start(ConnectionLimits::default());
    let request = format!(
        "POST {} HTTP/1.1\r\nHost: e\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
        check_path(&emulator)
    );
    let (status, reply) = exchange(&emulator, request.as_bytes());
    assert_eq!(status, 400, "{reply}");
    assert_eq!(reply["ErrorCode"], 60002, "{reply}");
    assert!(!reply["ErrorInfo"].as_str().unwrap().contains("larger"), "{reply}");
}

#[test]
fn a_body_that_does_not_arrive_in_time_is_408() {
    let emulator = start(ConnectionLimits::default().body_read_timeout(Duration::from_millis(200)));
    let request = format!(
        "POST {} HTTP/1.1\r\nHost: e\r\nContent-Length: 100\r\n\r\n{{\"Check",
        check_path(&emulator)
    );
    let (status, reply) = exchange(&emulator, request.as_bytes());
    assert_eq!(status, 408, "{reply}");
    assert_eq!(reply["ActionStatus"], "FAIL", "{reply}");
}
