//! The console over plain HTTP (no browser; `tests/tests/console_browser.rs`
//! drives it in Chromium): the token, escaping, the change counter, an
//! action through the API's handlers, and the delivery log's timeouts.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::{Duration, Instant};

use tim_emulator::{CallbackConfig, ConsoleConfig, Emulator, EmulatorHandle};

/// One HTTP/1.1 exchange on a fresh connection: the status, the head and
/// the body.
fn http(addr: SocketAddr, method: &str, target: &str, headers: &[(&str, &str)], body: &str) -> (u16, String, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut request = format!(
        "{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    let status = head.split(' ').nth(1).and_then(|code| code.parse().ok()).unwrap_or(0);
    (status, head.to_owned(), body.to_owned())
}

/// The console's cookie, as the right token sets it.
fn login(emulator: &EmulatorHandle) -> String {
    let url = emulator.console_url().unwrap();
    let target = &url[url.find("/?").unwrap()..];
    let (status, head, _) = http(emulator.console_addr().unwrap(), "GET", target, &[], "");
    assert_eq!(status, 303, "{head}");
    let line = head
        .lines()
        .find(|line| line.to_ascii_lowercase().starts_with("set-cookie:"))
        .expect("a cookie");
    assert!(line.contains("HttpOnly") && line.contains("SameSite=Strict"), "{line}");
    line["set-cookie:".len()..].trim().split(';').next().unwrap().to_owned()
}

#[test]
fn the_console_needs_its_token_and_escapes_what_it_shows() {
    let emulator = Emulator::builder().console(ConsoleConfig::new()).start().unwrap();
    let console = emulator.console_addr().unwrap();
    assert!(console.ip().is_loopback());
    assert_ne!(console.port(), emulator.addr().port());
    assert!(!format!("{emulator:?}").contains(emulator.console_url().unwrap().rsplit('=').next().unwrap()));

    // Refused: no token, a wrong token, a wrong cookie, a foreign Host.
    assert_eq!(http(console, "GET", "/accounts", &[], "").0, 401);
    assert_eq!(http(console, "GET", "/?token=nope", &[], "").0, 401);
    let wrong = format!("tim_console_{}=nope", console.port());
    assert_eq!(http(console, "GET", "/accounts", &[("Cookie", &wrong)], "").0, 401);
    assert_eq!(http(console, "POST", "/actions/import", &[], "user_id=x").0, 401);
    assert!(!emulator.is_imported("x"), "an action ran without the token");
    let cookie = login(&emulator);
    let mut request = format!(
        "GET /accounts HTTP/1.1\r\nHost: evil.example:{}\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n",
        console.port()
    );
    let mut stream = TcpStream::connect(console).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    request.clear();
    stream.read_to_string(&mut request).unwrap();
    assert!(request.starts_with("HTTP/1.1 403"), "{request}");

    // An action with the cookie: an import through account_import, in the
    // request log as the administrator's call.
    let counter = |cookie: &str| http(console, "GET", "/changes", &[("Cookie", cookie)], "").2;
    let before = counter(&cookie);
    let form = "user_id=mallory&nick=%3Cscript%3Ealert(1)%3C%2Fscript%3E";
    let (status, head, _) = http(
        console,
        "POST",
        "/actions/import",
        &[
            ("Cookie", &cookie),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        form,
    );
    assert_eq!(status, 303, "{head}");
    assert!(head.contains("import+mallory%3A+OK"), "{head}");
    assert!(emulator.is_imported("mallory"));
    assert!(emulator
        .requests()
        .iter()
        .any(|call| call.is("im_open_login_svc/account_import") && call.code() == 0));
    assert_ne!(counter(&cookie), before, "the change counter moved");

    // The nickname is shown as text.
    let (status, head, page) = http(console, "GET", "/accounts?q=mall", &[("Cookie", &cookie)], "");
    assert_eq!(status, 200);
    assert!(head.to_ascii_lowercase().contains("content-security-policy"), "{head}");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{page}");
    assert!(!page.contains("<script>alert"), "{page}");
}

#[test]
fn the_console_token_can_be_given() {
    let emulator = Emulator::builder()
        .console(ConsoleConfig::new().token("given-token"))
        .start()
        .unwrap();
    let console = emulator.console_addr().unwrap();
    assert_eq!(http(console, "GET", "/?token=given-token", &[], "").0, 303);
    let cookie = format!("tim_console_{}=given-token", console.port());
    assert_eq!(http(console, "GET", "/webhooks", &[("Cookie", &cookie)], "").0, 200);
    assert_eq!(
        http(console, "GET", "/requests?code=x", &[("Cookie", &cookie)], "").0,
        200
    );
}

#[test]
fn a_webhook_that_times_out_is_recorded_so() {
    // A receiver that accepts and never answers.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/hook", silent.local_addr().unwrap());
    let emulator = Emulator::builder()
        .callbacks(CallbackConfig::new(url, "token").before_timeout(Duration::from_millis(200)))
        .start()
        .unwrap();
    let sig = emulator.sign("administrator", 600);
    let target = format!(
        "/v4/openim/sendmsg?sdkappid={}&identifier=administrator&usersig={}&random=1&contenttype=json",
        emulator.sdkappid(),
        sig.expose()
    );
    let api = emulator.addr();
    for user in ["ann", "ben"] {
        let body = format!(r#"{{"UserID":"{user}"}}"#);
        let target = target.replace("openim/sendmsg", "im_open_login_svc/account_import");
        http(api, "POST", &target, &[], &body);
    }
    let body = r#"{"From_Account":"ann","To_Account":"ben","MsgRandom":7,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}]}"#;
    let (_, _, reply) = http(api, "POST", &target, &[], body);
    assert!(reply.contains(r#""ErrorCode":0"#), "the message goes ahead: {reply}");
    let deadline = Instant::now() + Duration::from_secs(10);
    let before = loop {
        let found = emulator
            .webhook_deliveries()
            .into_iter()
            .find(|delivery| delivery.command == "C2C.CallbackBeforeSendMsg");
        if let Some(found) = found {
            break found;
        }
        assert!(Instant::now() < deadline, "no delivery recorded");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(before.timed_out && before.before_event && before.signed, "{before:?}");
    assert!(!before.succeeded());
    assert_eq!(before.http_status, None);
    assert!(before.duration_ms >= 150, "{before:?}");
    assert_eq!(before.body["MsgBody"][0]["MsgContent"]["Text"], "hi");
    drop(silent);
}

#[test]
fn lists_page_search_and_filter() {
    let accounts: Vec<String> = (0..60).map(|n| format!("\"user{n:02}\"")).collect();
    let emulator = Emulator::builder()
        .seed_json(format!(r#"{{"accounts": [{}]}}"#, accounts.join(",")))
        .console(ConsoleConfig::new().token("t"))
        .start()
        .unwrap();
    let console = emulator.console_addr().unwrap();
    let cookie = format!("tim_console_{}=t", console.port());
    let get = |target: &str| {
        let (status, _, page) = http(console, "GET", target, &[("Cookie", &cookie)], "");
        assert_eq!(status, 200, "{target}");
        page
    };
    let first = get("/accounts");
    assert!(
        first.contains("60 accounts") && first.contains("page 1 of 2"),
        "{first}"
    );
    assert!(first.contains(">user49<") && !first.contains(">user50<"));
    let second = get("/accounts?page=1");
    assert!(second.contains(">user59<") && !second.contains(">user00<"));
    let found = get("/accounts?q=USER1");
    assert!(found.contains("10 accounts matching"), "{found}");

    // A failed call and a good one: the filters pick each.
    let api = emulator.addr();
    http(api, "POST", "/v4/openim/sendmsg", &[], "{}");
    let failed = get("/requests?failed=1");
    assert!(
        failed.contains("v4/openim/sendmsg") && failed.contains(r#"class="request failed""#),
        "{failed}"
    );
    let by_path = get("/requests?path=no_such_path");
    assert!(by_path.contains("No call."), "{by_path}");
    let by_code = get("/requests?code=0");
    assert!(!by_code.contains("v4/openim/sendmsg"), "{by_code}");
    let webhooks = get("/webhooks?outcome=failed");
    assert!(webhooks.contains("No webhook URL configured"), "{webhooks}");
}

#[test]
fn the_chat_view_shows_elements_by_type_and_marks_recalls() {
    let emulator = Emulator::builder()
        .seed_json(r#"{"accounts": ["ann", "ben"]}"#)
        .console(ConsoleConfig::new().token("t"))
        .start()
        .unwrap();
    let sig = emulator.sign("administrator", 600);
    let call = |command: &str, body: &str| {
        let target = format!(
            "/v4/openim/{command}?sdkappid={}&identifier=administrator&usersig={}&random=1&contenttype=json",
            emulator.sdkappid(),
            sig.expose()
        );
        let (_, _, reply) = http(emulator.addr(), "POST", &target, &[], body);
        let reply: serde_json::Value = serde_json::from_str(&reply).unwrap();
        assert_eq!(reply["ErrorCode"], 0, "{command}: {reply}");
        reply
    };
    let sent = call(
        "sendmsg",
        r#"{"From_Account":"ann","To_Account":"ben","MsgRandom":1,"MsgBody":[
            {"MsgType":"TIMImageElem","MsgContent":{"UUID":"photo-uuid","ImageFormat":1,
             "ImageInfoArray":[{"Type":1,"Size":1553,"Width":40,"Height":30,"URL":"http://x/a.jpg"}]}},
            {"MsgType":"TIMCustomElem","MsgContent":{"Data":"order-42","Desc":"notification"}}]}"#,
    );
    let key = sent["MsgKey"].as_str().unwrap();
    call(
        "admin_msgwithdraw",
        &format!(r#"{{"From_Account":"ann","To_Account":"ben","MsgKey":"{key}"}}"#),
    );
    call(
        "sendmsg",
        r#"{"From_Account":"ben","To_Account":"ann","MsgRandom":2,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"plain"}}]}"#,
    );
    let console = emulator.console_addr().unwrap();
    let cookie = format!("tim_console_{}=t", console.port());
    let (status, _, page) = http(console, "GET", "/conversation?a=ann&b=ben", &[("Cookie", &cookie)], "");
    assert_eq!(status, 200);
    assert!(page.contains(r#"<span class="tag">image</span>photo-uuid"#), "{page}");
    assert!(page.contains("40×30"), "{page}");
    assert!(
        page.contains(r#"<span class="tag">custom</span>notification <code>order-42</code>"#),
        "{page}"
    );
    assert!(page.contains(r#"<span class="tag recalled">recalled</span>"#), "{page}");
    assert!(page.contains(r#"<div class="text">plain</div>"#), "{page}");
    // Oldest first: the recalled image before the text.
    assert!(page.find("photo-uuid").unwrap() < page.find(">plain<").unwrap());
    let (_, _, list) = http(console, "GET", "/conversations", &[("Cookie", &cookie)], "");
    assert!(list.contains("ann ↔ ben"), "{list}");
}
