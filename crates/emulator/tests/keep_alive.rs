//! Every answer leaves the connection reusable, refusals included: a client
//! that pooled it must not fail on its next call.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;

use tim_emulator::Emulator;

/// Sends one request on `stream` and reads one response; its body.
fn exchange(stream: &mut BufReader<TcpStream>, path_and_query: &str, body: &str) -> Option<String> {
    let head = format!(
        "POST {path_and_query} HTTP/1.1\r\nHost: emulator\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    // The body follows the head a moment later, as it may from a client that
    // writes them separately: the answer must still wait for it.
    stream.get_mut().write_all(head.as_bytes()).ok()?;
    std::thread::sleep(std::time::Duration::from_millis(20));
    stream.get_mut().write_all(body.as_bytes()).ok()?;
    let mut length = 0;
    loop {
        let mut line = String::new();
        if stream.read_line(&mut line).ok()? == 0 {
            return None; // closed
        }
        if line == "\r\n" {
            break;
        }
        if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = value.trim().parse().ok()?;
        }
    }
    let mut reply = vec![0; length];
    stream.read_exact(&mut reply).ok()?;
    String::from_utf8(reply).ok()
}

#[test]
fn refused_calls_keep_the_connection_open() {
    let emulator = Emulator::builder().start().unwrap();
    let sig = emulator.sign("administrator", 3600);
    let good = format!(
        "/v4/im_open_login_svc/account_check?sdkappid={}&identifier=administrator&usersig={}&random=1&contenttype=json",
        emulator.sdkappid(),
        sig.expose()
    );
    let body = r#"{"CheckItem":[{"UserID":"u"}]}"#;
    let refusals = [
        "/v4/im_open_login_svc/account_check?sdkappid=1&random=1&contenttype=json".to_owned(), // 60006
        good.replace("identifier=administrator", "identifier=someone"),                        // 70403
        good.replace(sig.expose(), "garbage"),                                                 // 70003
        "/v4/no/such_api".to_owned(),                                                          // 60009
    ];
    let mut stream = BufReader::new(TcpStream::connect(emulator.addr()).unwrap());
    for refusal in &refusals {
        let reply = exchange(&mut stream, refusal, body).expect("the refusal is answered");
        assert!(reply.contains("\"FAIL\""), "{reply}");
        let reply = exchange(&mut stream, &good, body).expect("the same connection serves the next call");
        assert!(reply.contains("\"OK\""), "{reply}");
    }
}
