//! The emulator's web console in a real browser: headless Chromium driven
//! over WebDriver by a chromedriver this test starts on 127.0.0.1, through
//! the small W3C WebDriver client below (`webdriver`). It opens the console with its token, watches a message sent
//! through the SDK appear without a reload, finds a webhook delivery and a
//! failed request in their lists, sends a message from the console's form
//! and reads it back through the SDK, checks that a hostile nickname and
//! message text are shown as text, and that a request without the token is
//! refused. It writes a screenshot of each page to
//! `<target dir>/console-screenshots/`.
//!
//! It needs the Debian packages `chromium` and `chromium-driver` (`.ci/run`
//! installs them); without chromedriver it fails saying so, it never skips.
//! `CHROMEDRIVER` and `CHROMIUM` name other binaries. Every wait is bounded.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tim_emulator::{ConsoleConfig, Emulator};
use tim_protocol::account::AccountImportRequest;
use tim_protocol::group::{AddGroupMemberRequest, CreateGroupRequest, GroupType, SendGroupMsgRequest};
use tim_protocol::message::MsgElement;
use tim_protocol::openim::{AdminGetroammsgRequest, SendmsgRequest};
use tim_protocol::ErrorCode;
use tim_tests::driver::Driver;
use tim_tests::emulator::code;
use tim_tests::harness::Harness;
use webdriver::{By, WebDriver, WebDriverResult};

/// How long any one wait may take before the test fails.
const PATIENCE: Duration = Duration::from_secs(15);

/// The hostile text: shown as text, it must never become an element.
const HOSTILE: &str = "<img src=x onerror=alert(1)>";

/// A program on PATH (or the path in `variable`), if there is one.
fn program(variable: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(variable) {
        return Some(PathBuf::from(path)).filter(|path| path.is_file());
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// A port free on 127.0.0.1 now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// chromedriver, stopped (killed and reaped) when dropped.
struct ChromeDriver {
    child: Child,
    url: String,
}

impl ChromeDriver {
    /// Starts chromedriver on a free port of 127.0.0.1 and waits until it
    /// accepts connections. Fails, saying how to install it, if it is missing.
    fn start() -> Self {
        let binary = program("CHROMEDRIVER", &["chromedriver"]).unwrap_or_else(|| {
            panic!(
                "chromedriver is not installed: the console's browser tests need headless Chromium and its \
                 WebDriver server. Install them with `apt-get install -y chromium chromium-driver` (Debian; \
                 .ci/run does it), or name the binaries with CHROMEDRIVER=... and CHROMIUM=..."
            )
        });
        let port = free_port();
        let child = Command::new(&binary)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|error| panic!("cannot start {}: {error}", binary.display()));
        let mut driver = Self {
            child,
            url: format!("http://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + PATIENCE;
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
            if let Ok(Some(status)) = driver.child.try_wait() {
                panic!("chromedriver exited at start: {status}");
            }
            assert!(
                Instant::now() < deadline,
                "chromedriver did not listen within {PATIENCE:?}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        driver
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A headless Chromium session, in a profile directory of its own.
async fn browser(chromedriver: &ChromeDriver, profile: &Path) -> WebDriver {
    let mut args: Vec<String> = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
    ]
    .map(String::from)
    .to_vec();
    args.push(format!("--user-data-dir={}", profile.display()));
    let mut options = serde_json::json!({ "args": args });
    if let Some(chromium) = program("CHROMIUM", &["chromium", "chromium-browser"]) {
        options["binary"] = serde_json::json!(chromium.to_str().unwrap());
    }
    tokio::time::timeout(PATIENCE * 2, WebDriver::new(&chromedriver.url, options))
        .await
        .expect("a Chromium session within the time allowed")
        .expect("chromedriver starts a headless Chromium session")
}

/// The target directory: `CARGO_TARGET_DIR`, or the one this test binary
/// was built in (`<target>/debug/deps/console_browser-…`).
fn target_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(dir);
    }
    let exe = std::env::current_exe().unwrap();
    exe.ancestors()
        .nth(3)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("target"))
}

/// Waits until `check` holds for the page (polled every 100 ms), failing
/// with `what` after [`PATIENCE`].
async fn wait_until<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + PATIENCE;
    loop {
        if check().await {
            return;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The visible text of the elements `css` selects, joined by newlines
/// (empty when none is there).
async fn texts(browser: &WebDriver, css: &str) -> String {
    let mut all = Vec::new();
    for element in browser.find_all(By::css(css)).await.unwrap_or_default() {
        all.push(element.text().await.unwrap_or_default());
    }
    all.join("\n")
}

/// Waits until the elements `css` selects show `text`.
async fn wait_for_text(browser: &WebDriver, css: &str, text: &str) {
    wait_until(&format!("{text:?} in {css}"), || async {
        texts(browser, css).await.contains(text)
    })
    .await;
}

/// Writes a screenshot of the page to `dir/name.png`.
async fn screenshot(browser: &WebDriver, dir: &Path, name: &str) {
    let png = browser.screenshot_png().await.unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}

/// Asserts that the page holds no `img` element and no alert is open: a
/// hostile text was shown, not run.
async fn assert_not_run(browser: &WebDriver) {
    let images = browser.find_all(By::css("img")).await.unwrap();
    assert!(images.is_empty(), "an <img> element was created from user input");
    assert!(browser.alert_text().await.is_err(), "an alert is open");
}

/// A webhook receiver on 127.0.0.1 that answers every delivery OK; the
/// commands it saw.
async fn hook_server() -> (String, Arc<Mutex<Vec<String>>>) {
    use axum::routing::post;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let recorded = Arc::clone(&seen);
    let app = axum::Router::new().route(
        "/hook",
        post(move |query: axum::extract::RawQuery| {
            let recorded = Arc::clone(&recorded);
            async move {
                recorded.lock().unwrap().push(query.0.unwrap_or_default());
                (
                    [(axum::http::header::CONTENT_TYPE, "application/json")],
                    r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#,
                )
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, seen)
}

/// The texts of the one-to-one history between `a` and `b`, read through
/// the SDK.
async fn c2c_texts(driver: &Driver, a: &str, b: &str) -> Vec<String> {
    let reply = driver
        .send(&AdminGetroammsgRequest::new(a, b, 100, 0, i64::from(u32::MAX)))
        .await
        .unwrap();
    reply
        .msg_list
        .into_iter()
        .flatten()
        .flat_map(|message| message.msg_body)
        .filter_map(|element| element.as_text().map(str::to_owned))
        .collect()
}

/// Raw HTTP to the console: the status of a GET of `url` with `cookie`.
fn status_of(url: &str, cookie: Option<&str>) -> u16 {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into();
    let mut request = agent.get(url);
    if let Some(cookie) = cookie {
        request = request.header("Cookie", cookie);
    }
    request.call().map(|response| response.status().as_u16()).unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_console_in_a_headless_browser() {
    let shots = target_dir().join("console-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let profile = std::env::temp_dir().join(format!("tim-console-chromium-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);
    let chromedriver = ChromeDriver::start();

    let (hook_url, hooks_seen) = hook_server().await;
    let state_file = std::env::temp_dir().join(format!("tim-console-state-{}.json", std::process::id()));
    let _ = std::fs::remove_file(&state_file);
    let harness = Harness::start(
        Emulator::builder()
            .console(ConsoleConfig::new())
            .callback(hook_url, "console-webhook-token")
            .state(&state_file),
    );
    let console_url = harness.emulator.console_url().expect("a console").to_owned();
    let console_addr = harness.emulator.console_addr().unwrap();
    let base = format!("http://{console_addr}");
    assert_ne!(
        console_addr.port(),
        harness.emulator.addr().port(),
        "never on the API port"
    );
    let [sdk, _] = harness.drivers();

    let browser = browser(&chromedriver, &profile).await;
    let outcome = run(&browser, &sdk, &harness, &console_url, &base, &shots, &hooks_seen).await;
    let outcome = match outcome {
        Ok(()) => actions(&browser, &sdk, &base, &state_file).await,
        failed => failed,
    };
    let _ = browser.quit().await;
    drop(chromedriver);
    drop(harness);
    let _ = std::fs::remove_dir_all(&profile);
    let _ = std::fs::remove_file(&state_file);
    outcome.unwrap();
}

/// The cases, in order, against one browser session.
async fn run(
    browser: &WebDriver,
    sdk: &Driver,
    harness: &Harness,
    console_url: &str,
    base: &str,
    shots: &Path,
    hooks_seen: &Mutex<Vec<String>>,
) -> WebDriverResult<()> {
    // A request without the token is refused, in the browser and over
    // plain HTTP (no cookie, a wrong token, a wrong cookie).
    browser.goto(format!("{base}/accounts")).await?;
    let refusal = browser.find(By::css("body")).await?.text().await?;
    assert!(refusal.contains("tim-emulator console:"), "{refusal}");
    assert!(
        !refusal.contains("Accounts"),
        "a page was shown without the token: {refusal}"
    );
    assert_eq!(status_of(&format!("{base}/accounts"), None), 401);
    assert_eq!(status_of(&format!("{base}/?token=wrong"), None), 401);
    let port = harness.emulator.console_addr().unwrap().port();
    assert_eq!(
        status_of(&format!("{base}/requests"), Some(&format!("tim_console_{port}=wrong"))),
        401
    );
    assert_eq!(status_of(console_url, None), 303, "the right token sets the cookie");

    // Open the console with its token: the cookie is set, the token leaves
    // the address bar.
    browser.goto(console_url).await?;
    wait_for_text(browser, "h1", "Accounts").await;
    assert!(!browser.current_url().await?.contains("token="));

    // Accounts, one with a hostile nickname: shown as text, live.
    let (alice, bob) = ("alice", "bob");
    sdk.send(&AccountImportRequest::new(alice).nick(HOSTILE)).await.unwrap();
    sdk.send(&AccountImportRequest::new(bob).nick("Bob")).await.unwrap();
    wait_for_text(browser, "#accounts td.nick", HOSTILE).await;
    assert_not_run(browser).await;
    screenshot(browser, shots, "accounts").await;

    // A message sent through the SDK appears in the open conversation view
    // without a reload (a marker set on the page survives).
    sdk.send(&SendmsgRequest::text(alice, bob, "first words", 1))
        .await
        .unwrap();
    browser.goto(format!("{base}/conversation?a={alice}&b={bob}")).await?;
    wait_for_text(browser, "#chat", "first words").await;
    browser.execute("window.consoleMarker = 'not reloaded';").await?;
    sdk.send(&SendmsgRequest::text(bob, alice, "hello from the SDK", 2))
        .await
        .unwrap();
    sdk.send(&SendmsgRequest::text(alice, bob, HOSTILE, 3)).await.unwrap();
    wait_for_text(browser, "#chat", "hello from the SDK").await;
    wait_for_text(browser, "#chat .text", HOSTILE).await;
    let marker = browser.execute("return window.consoleMarker;").await?;
    assert_eq!(marker, serde_json::json!("not reloaded"), "the page was reloaded");
    assert_not_run(browser).await;
    screenshot(browser, shots, "conversation").await;

    // A failed request appears in the request log, highlighted.
    let refused = sdk.send(&SendmsgRequest::text(alice, "nobody-here", "lost", 4)).await;
    assert_ne!(code(refused), ErrorCode::Success);
    browser.goto(format!("{base}/requests?failed=1")).await?;
    wait_for_text(browser, "#requests tr.failed td.path", "openim/sendmsg").await;
    screenshot(browser, shots, "requests").await;

    // A webhook delivery appears in its list, with the receiver's reply.
    browser.goto(format!("{base}/webhooks")).await?;
    wait_for_text(browser, "#webhooks td.command", "C2C.CallbackAfterSendMsg").await;
    wait_for_text(browser, "#webhooks", "HTTP 200").await;
    assert!(
        !hooks_seen.lock().unwrap().is_empty(),
        "the receiver saw the deliveries"
    );
    assert_not_run(browser).await;
    screenshot(browser, shots, "webhooks").await;

    // A message sent from the console's form reaches the recipient's
    // history, read through the SDK.
    browser.goto(format!("{base}/actions")).await?;
    let form = browser.find(By::css("form#send")).await?;
    form.find(By::css("[name=from]")).await?.send_keys(bob).await?;
    form.find(By::css("[name=to]")).await?.send_keys(alice).await?;
    form.find(By::css("[name=text]"))
        .await?
        .send_keys("sent from the console")
        .await?;
    form.find(By::css("button[type=submit]")).await?.click().await?;
    wait_for_text(browser, "#result", "OK").await;
    screenshot(browser, shots, "actions").await;
    let history = c2c_texts(sdk, alice, bob).await;
    assert!(
        history.iter().any(|text| text == "sent from the console"),
        "not in the history: {history:?}"
    );
    // It went through the same handler: the same webhook fired for it.
    wait_until("the console's message's webhook", || async {
        harness.emulator.webhook_deliveries().iter().any(|delivery| {
            delivery.command == "C2C.CallbackAfterSendMsg"
                && delivery.body.to_string().contains("sent from the console")
        })
    })
    .await;

    // A group with its members and history; an account's detail page.
    let created = sdk
        .send(&CreateGroupRequest::new(GroupType::Public, "Console <b>team</b>").owner(alice))
        .await
        .unwrap();
    let group = created.group_id.unwrap();
    sdk.send(&AddGroupMemberRequest::new(&group, [bob])).await.unwrap();
    sdk.send(&SendGroupMsgRequest::new(&group, vec![MsgElement::text("group hello")], 5).from(bob))
        .await
        .unwrap();
    browser.goto(format!("{base}/groups")).await?;
    wait_for_text(browser, "#groups td.name", "Console <b>team</b>").await;
    screenshot(browser, shots, "groups").await;
    browser.goto(format!("{base}/group?id={}", urlencode(&group))).await?;
    wait_for_text(browser, "#members", bob).await;
    wait_for_text(browser, "#chat", "group hello").await;
    assert!(
        browser.find_all(By::css("b")).await?.is_empty(),
        "a group name became markup"
    );
    screenshot(browser, shots, "group").await;
    browser.goto(format!("{base}/account?id={alice}")).await?;
    wait_for_text(browser, "#profile td.nick", HOSTILE).await;
    assert_not_run(browser).await;
    screenshot(browser, shots, "account").await;
    Ok(())
}

/// Submits the form `form` of the Actions page with `fields` (name, text),
/// pressing the button `button` selects, and waits for the outcome line.
async fn submit(browser: &WebDriver, base: &str, form: &str, fields: &[(&str, &str)], button: &str) -> String {
    browser.goto(format!("{base}/actions")).await.unwrap();
    let form = browser.find(By::css(format!("form#{form}"))).await.unwrap();
    for (name, text) in fields {
        let input = form.find(By::css(format!("[name={name}]"))).await.unwrap();
        input.clear().await.unwrap();
        input.send_keys(text).await.unwrap();
    }
    form.find(By::css(button)).await.unwrap().click().await.unwrap();
    wait_until("the action's outcome", || async {
        !texts(browser, "#result").await.is_empty()
    })
    .await;
    texts(browser, "#result").await
}

/// The other actions: import an account, inject a fault for one path and
/// clear it, send a group message, save a snapshot.
async fn actions(browser: &WebDriver, sdk: &Driver, base: &str, state_file: &Path) -> WebDriverResult<()> {
    let outcome = submit(
        browser,
        base,
        "import",
        &[("user_id", "carol"), ("nick", "Carol")],
        "button",
    )
    .await;
    assert!(outcome.contains("import carol: OK"), "{outcome}");
    let reply = sdk
        .send(&tim_protocol::account::AccountCheckRequest::new(["carol"]))
        .await
        .unwrap();
    let shown = format!("{reply:?}");
    assert!(shown.contains("Imported") && !shown.contains("NotImported"), "{shown}");

    // A fault for one path: that call fails with the code, others do not.
    let fields = [("path", "openim/sendmsg"), ("error_code", "90018"), ("error_rate", "1")];
    let outcome = submit(browser, base, "fault", &fields, "button[value='']").await;
    assert!(outcome.contains("injected"), "{outcome}");
    wait_for_text(browser, "#faults-now", "90018").await;
    let refused = sdk.send(&SendmsgRequest::text("alice", "carol", "throttled", 9)).await;
    assert_eq!(code(refused).code(), 90018);
    sdk.send(&AccountImportRequest::new("dave")).await.unwrap();
    let outcome = submit(browser, base, "fault", &[], "button[value='1']").await;
    assert!(outcome.contains("cleared"), "{outcome}");
    sdk.send(&SendmsgRequest::text("alice", "carol", "through again", 10))
        .await
        .unwrap();

    // A group message from the console's form, as a member.
    let created = sdk
        .send(&CreateGroupRequest::new(GroupType::Public, "from the console").owner("carol"))
        .await
        .unwrap();
    let group = created.group_id.unwrap();
    let fields = [("group_id", group.as_str()), ("from", "carol"), ("text", "hi group")];
    let outcome = submit(browser, base, "group-send", &fields, "button").await;
    assert!(outcome.contains("OK"), "{outcome}");
    browser.goto(format!("{base}/group?id={}", urlencode(&group))).await?;
    wait_for_text(browser, "#chat", "hi group").await;

    // A snapshot, through POST /emulator/snapshot's handler.
    let outcome = submit(browser, base, "snapshot", &[], "button").await;
    assert!(outcome.contains("snapshot: OK"), "{outcome}");
    let saved = std::fs::read_to_string(state_file).expect("the state file was written");
    assert!(saved.contains("carol"));
    Ok(())
}

/// `text` escaped for a URL's query.
fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A small W3C WebDriver client (the commands these tests use), over the
/// tests' reqwest. Not fantoccini: its `webdriver` crate brings http 0.2,
/// cookie 0.16 and 0.18, icu 1 beside icu 2 and thiserror 1, second versions
/// deny.toml refuses; not thirtyfour: it turns on serde_json's
/// `preserve_order` for the whole test build (changing the key order every
/// other test sees) and its newer releases bring reqwest 0.13 beside 0.12.
mod webdriver {
    use serde_json::{json, Value};

    /// The W3C name of an element reference.
    const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

    /// A WebDriver error: the command and the remote end's answer.
    #[derive(Debug)]
    pub struct WebDriverError(pub String);

    impl std::fmt::Display for WebDriverError {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(&self.0)
        }
    }

    impl std::error::Error for WebDriverError {}

    /// A command's result.
    pub type WebDriverResult<T> = Result<T, WebDriverError>;

    /// How elements are found: a CSS selector.
    pub struct By(String);

    impl By {
        /// The elements a CSS selector selects.
        pub fn css(selector: impl Into<String>) -> Self {
            Self(selector.into())
        }

        fn body(&self) -> Value {
            json!({"using": "css selector", "value": self.0})
        }
    }

    /// One session.
    pub struct WebDriver {
        http: reqwest::Client,
        session: String,
    }

    /// An element of the session's page.
    pub struct WebElement<'a> {
        driver: &'a WebDriver,
        id: String,
    }

    impl WebDriver {
        /// A new Chromium session on the chromedriver at `server`, with
        /// `goog:chromeOptions` `options`.
        pub async fn new(server: &str, options: Value) -> WebDriverResult<Self> {
            let http = reqwest::Client::builder()
                .timeout(std::time::Duration::from_secs(30))
                .build()
                .map_err(|e| WebDriverError(e.to_string()))?;
            let mut driver = Self {
                http,
                session: server.trim_end_matches('/').to_owned(),
            };
            let capabilities = json!({"capabilities": {"alwaysMatch": {
                "browserName": "chrome", "goog:chromeOptions": options
            }}});
            let value = driver
                .command(reqwest::Method::POST, "/session", Some(capabilities))
                .await?;
            let id = value["sessionId"]
                .as_str()
                .ok_or_else(|| WebDriverError(format!("no sessionId in {value}")))?;
            driver.session = format!("{}/session/{id}", driver.session);
            Ok(driver)
        }

        /// Sends a command to `path` (under the session, or the server
        /// before there is one); its `value`.
        async fn command(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> WebDriverResult<Value> {
            let url = format!("{}{path}", self.session);
            let mut request = self.http.request(method.clone(), &url);
            if let Some(body) = body.or_else(|| (method == reqwest::Method::POST).then(|| json!({}))) {
                request = request
                    .header("Content-Type", "application/json")
                    .body(serde_json::to_vec(&body).unwrap());
            }
            let response = request
                .send()
                .await
                .map_err(|e| WebDriverError(format!("{url}: {e}")))?;
            let status = response.status();
            let bytes = response
                .bytes()
                .await
                .map_err(|e| WebDriverError(format!("{url}: {e}")))?;
            let reply: Value = serde_json::from_slice(&bytes)
                .map_err(|_| WebDriverError(format!("{url}: HTTP {status}: {}", String::from_utf8_lossy(&bytes))))?;
            if !status.is_success() {
                return Err(WebDriverError(format!("{url}: HTTP {status}: {}", reply["value"])));
            }
            Ok(reply["value"].clone())
        }

        /// Opens `url`.
        pub async fn goto(&self, url: impl AsRef<str>) -> WebDriverResult<()> {
            self.command(reqwest::Method::POST, "/url", Some(json!({"url": url.as_ref()})))
                .await
                .map(drop)
        }

        /// The page's URL.
        pub async fn current_url(&self) -> WebDriverResult<String> {
            let value = self.command(reqwest::Method::GET, "/url", None).await?;
            Ok(value.as_str().unwrap_or_default().to_owned())
        }

        /// The first element `by` selects.
        pub async fn find(&self, by: By) -> WebDriverResult<WebElement<'_>> {
            let value = self.command(reqwest::Method::POST, "/element", Some(by.body())).await?;
            self.element(&value)
        }

        /// Every element `by` selects.
        pub async fn find_all(&self, by: By) -> WebDriverResult<Vec<WebElement<'_>>> {
            let value = self
                .command(reqwest::Method::POST, "/elements", Some(by.body()))
                .await?;
            value
                .as_array()
                .into_iter()
                .flatten()
                .map(|element| self.element(element))
                .collect()
        }

        fn element(&self, value: &Value) -> WebDriverResult<WebElement<'_>> {
            let id = value[ELEMENT]
                .as_str()
                .ok_or_else(|| WebDriverError(format!("not an element: {value}")))?;
            Ok(WebElement {
                driver: self,
                id: id.to_owned(),
            })
        }

        /// Runs `script` in the page; what it returns.
        pub async fn execute(&self, script: &str) -> WebDriverResult<Value> {
            self.command(
                reqwest::Method::POST,
                "/execute/sync",
                Some(json!({"script": script, "args": []})),
            )
            .await
        }

        /// The open alert's text; an error when none is open.
        pub async fn alert_text(&self) -> WebDriverResult<String> {
            let value = self.command(reqwest::Method::GET, "/alert/text", None).await?;
            Ok(value.as_str().unwrap_or_default().to_owned())
        }

        /// A screenshot of the window, as PNG.
        pub async fn screenshot_png(&self) -> WebDriverResult<Vec<u8>> {
            use base64::Engine as _;
            let value = self.command(reqwest::Method::GET, "/screenshot", None).await?;
            base64::engine::general_purpose::STANDARD
                .decode(value.as_str().unwrap_or_default())
                .map_err(|e| WebDriverError(e.to_string()))
        }

        /// Ends the session (and closes the browser).
        pub async fn quit(&self) -> WebDriverResult<()> {
            self.command(reqwest::Method::DELETE, "", None).await.map(drop)
        }
    }

    impl WebElement<'_> {
        /// The element's rendered text.
        pub async fn text(&self) -> WebDriverResult<String> {
            let value = self.command(reqwest::Method::GET, "/text", None).await?;
            Ok(value.as_str().unwrap_or_default().to_owned())
        }

        /// The first element within this one that `by` selects.
        pub async fn find(&self, by: By) -> WebDriverResult<WebElement<'_>> {
            let value = self.command(reqwest::Method::POST, "/element", Some(by.body())).await?;
            self.driver.element(&value)
        }

        /// Clicks the element.
        pub async fn click(&self) -> WebDriverResult<()> {
            self.command(reqwest::Method::POST, "/click", None).await.map(drop)
        }

        /// Empties an input.
        pub async fn clear(&self) -> WebDriverResult<()> {
            self.command(reqwest::Method::POST, "/clear", None).await.map(drop)
        }

        /// Types `text` into the element.
        pub async fn send_keys(&self, text: &str) -> WebDriverResult<()> {
            self.command(reqwest::Method::POST, "/value", Some(json!({"text": text})))
                .await
                .map(drop)
        }

        async fn command(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> WebDriverResult<Value> {
            self.driver
                .command(method, &format!("/element/{}{path}", self.id), body)
                .await
        }
    }
}
