//! The request log: every call answered, in order, without a UserSig.

mod support;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use support::Connection;
use tim_emulator::{Emulator, Limits, RecordedRequest, REDACTED};

/// A writer the test reads back.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn every_answer_is_logged_in_order_and_no_usersig_anywhere() {
    let lines = Shared::default();
    let emulator = Emulator::builder()
        .admin("ops")
        .limits(Limits::default().max_body_bytes(256))
        .request_log_writer(lines.clone())
        .start()
        .unwrap();
    let sig = emulator.sign("ops", 3600);
    let sig = sig.expose().to_owned();
    let query = |identifier: &str, usersig: &str| {
        format!(
            "sdkappid={}&identifier={identifier}&usersig={usersig}&random=1&contenttype=json",
            emulator.sdkappid()
        )
    };
    let good = query("ops", &sig);
    // Every endpoint of the table may be modelled: then a call disabled by
    // an injected fault stands in for a refusal by the router (60017).
    let not_emulated = tim_protocol::ENDPOINTS
        .iter()
        .find(|endpoint| !tim_emulator::emulated(endpoint.path()))
        .map(|endpoint| endpoint.path());
    let post = |path: &str, query: &str, body: &str| {
        Connection::open(emulator.addr()).post(&format!("/{path}?{query}"), body, Duration::ZERO)
    };
    post(
        "v4/im_open_login_svc/account_import",
        &good,
        &format!(r#"{{"UserID":"alice","Nick":"A","UserSig":"{sig}"}}"#),
    );
    // A bad UserSig: refused by the credentials (the sig is still not logged).
    post(
        "v4/im_open_login_svc/account_check",
        &query("ops", "forged-sig-value"),
        "{}",
    );
    match not_emulated {
        Some(path) => post(path, &good, "{}"),
        None => {
            let disabled = tim_protocol::ErrorCode::from(60017);
            emulator.set_faults(tim_emulator::Faults::none().errors(1.0, disabled));
            let answer = post("v4/sns/friend_get", &good, "{}");
            emulator.set_faults(tim_emulator::Faults::none());
            answer
        }
    };
    let not_emulated = not_emulated.unwrap_or("v4/sns/friend_get");
    post("v4/recentcontact/no_such_api", &good, "{}");
    post("somewhere/else", &good, "not json at all");
    // An alias path is logged as called.
    post("v4/openim/querystate", &good, r#"{"To_Account":["alice"]}"#);
    // Over the cap of 256 bytes: 413, the body not read.
    post("v4/im_open_login_svc/account_import", &good, &"x".repeat(1000));

    let requests = emulator.requests();
    let summary: Vec<(&str, u16, i64)> = requests
        .iter()
        .map(|r| (r.path.as_str(), r.http_status, r.code()))
        .collect();
    assert_eq!(
        summary,
        [
            ("v4/im_open_login_svc/account_import", 200, 0),
            ("v4/im_open_login_svc/account_check", 200, 70003),
            (not_emulated.trim_start_matches('/'), 200, 60017),
            ("v4/recentcontact/no_such_api", 200, 60009),
            ("somewhere/else", 200, 60009),
            ("v4/openim/querystate", 200, 0),
            ("v4/im_open_login_svc/account_import", 413, 60002),
        ],
        "{requests:#?}"
    );
    let first: &RecordedRequest = &requests[0];
    assert_eq!(first.identifier.as_deref(), Some("ops"));
    assert_eq!(first.method, "POST");
    assert_eq!(first.action_status.as_deref(), Some("OK"));
    assert_eq!(first.body.as_ref().unwrap()["UserID"], "alice");
    assert_eq!(first.body.as_ref().unwrap()["UserSig"], REDACTED);
    assert!(first.is("im_open_login_svc/account_import"));
    assert_eq!(requests[1].action_status.as_deref(), Some("FAIL"));
    assert_eq!(requests[4].body_text.as_deref(), Some("not json at all"));
    assert!(requests[6].body.is_none() && requests[6].body_text.is_none());
    assert!(requests.windows(2).all(|pair| pair[0].time_ms <= pair[1].time_ms));

    // The UserSig is nowhere: not in Debug, not in the JSON, not in the lines.
    let written = String::from_utf8(lines.0.lock().unwrap().clone()).unwrap();
    let everything = format!("{requests:?}\n{}\n{written}", serde_json::to_string(&requests).unwrap());
    for secret in [sig.as_str(), "forged-sig-value"] {
        assert!(!everything.contains(secret), "{secret} in {everything}");
    }
    // One JSON line per call, the same records.
    let parsed: Vec<serde_json::Value> = written
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(parsed.len(), requests.len());
    assert_eq!(parsed[0], serde_json::to_value(&requests[0]).unwrap());
    assert_eq!(parsed[2]["error_code"], 60017);

    emulator.clear_requests();
    assert!(emulator.requests().is_empty());
}

#[test]
fn archive_downloads_are_logged_too() {
    let emulator = Emulator::builder().start().unwrap();
    let mut connection = Connection::open(emulator.addr());
    // A POST to an archive's path: 405 (no body to read back).
    connection.post("/msg_history/none.gz", "", Duration::ZERO);
    let request = |path: &str| format!("GET {path} HTTP/1.1\r\nHost: emulator\r\nContent-Length: 0\r\n\r\n");
    connection
        .stream()
        .write_all(request("/msg_history/none.gz").as_bytes())
        .unwrap();
    std::thread::sleep(Duration::from_millis(100));
    let logged: Vec<(String, String, u16)> = emulator
        .requests()
        .into_iter()
        .map(|r| (r.method, r.path, r.http_status))
        .collect();
    assert_eq!(
        logged,
        [
            ("POST".to_owned(), "msg_history/none.gz".to_owned(), 405),
            ("GET".to_owned(), "msg_history/none.gz".to_owned(), 404)
        ]
    );
}

#[test]
fn the_log_keeps_the_newest_up_to_its_capacity() {
    let emulator = Emulator::builder().request_log_capacity(3).start().unwrap();
    for n in 0..5 {
        Connection::open(emulator.addr()).post(&format!("/v4/nowhere/call{n}"), "{}", Duration::ZERO);
    }
    let paths: Vec<String> = emulator.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(paths, ["v4/nowhere/call2", "v4/nowhere/call3", "v4/nowhere/call4"]);
}
