//! The `tim-emulator` binary: its flags and environment take effect.

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use support::Connection;
use tim_usersig::{SecretKey, Signer};

/// Kills the emulator when the test ends, passed or not.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Runs the binary with `args`, `TIM_SECRET_KEY` set to `key` (unset for
/// `None`); the running emulator, the line it printed on starting and the
/// address it serves.
fn started(args: &[&str], key: Option<&str>) -> (Running, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tim-emulator"));
    command.args(args).env_remove("TIM_SECRET_KEY").stdout(Stdio::piped());
    if let Some(key) = key {
        command.env("TIM_SECRET_KEY", key);
    }
    let mut running = Running(command.spawn().unwrap());
    let mut line = String::new();
    BufReader::new(running.0.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line.split("http://").nth(1).unwrap().split_whitespace().next().unwrap();
    let addr = addr.to_owned();
    (running, line, addr)
}

#[test]
fn flags_and_environment_configure_the_emulator() {
    let key = "binary-test-key";
    let (_running, line, addr) = started(
        &[
            "--port",
            "0",
            "--sdkappid",
            "1234",
            "--admin",
            "ops",
            "--admin",
            "ops2",
            "--edition",
            "standard",
        ],
        Some(key),
    );
    assert!(line.contains("SDKAppID 1234"), "{line}");
    assert!(!line.contains(key), "the key is not printed: {line}");

    let call = |identifier: &str, path: &str, body: &str| {
        let sig = Signer::new(1234, SecretKey::new(key).unwrap()).sign(identifier, 3600);
        let query = format!(
            "sdkappid=1234&identifier={identifier}&usersig={}&random=1&contenttype=json",
            sig.expose()
        );
        let reply: serde_json::Value = serde_json::from_str(
            &Connection::open(addr.as_str())
                .post(&format!("/v4/{path}?{query}"), body, Duration::ZERO)
                .unwrap(),
        )
        .unwrap();
        reply["ErrorCode"].as_i64().unwrap()
    };
    // The key from TIM_SECRET_KEY, both admins, the SDKAppID from the flag.
    assert_eq!(call("ops", "im_open_login_svc/account_import", r#"{"UserID":"u"}"#), 0);
    assert_eq!(
        call(
            "ops2",
            "im_open_login_svc/account_check",
            r#"{"CheckItem":[{"UserID":"u"}]}"#
        ),
        0
    );
    assert_eq!(
        call(
            "administrator",
            "im_open_login_svc/account_check",
            r#"{"CheckItem":[{"UserID":"u"}]}"#
        ),
        70403
    );
    // --edition standard: no conversation groups.
    let create = r#"{"From_Account":"u","GroupContactItem":[{"GroupName":"g"}]}"#;
    assert_eq!(call("ops", "recentcontact/create_contact_group", create), 51013);
}

/// Runs the binary with `args` and `env`, expecting it to refuse to start;
/// its standard error. Killed (and failed) if it is still running after 10 s.
fn refused(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tim-emulator"));
    command
        .args(args)
        .env_remove("TIM_SECRET_KEY")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut running = Running(command.spawn().unwrap());
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = running.0.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{args:?} {env:?}: the emulator started"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(!status.success());
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut running.0.stderr.take().unwrap(), &mut stderr).unwrap();
    stderr
}

#[test]
fn an_empty_secret_key_refuses_to_start() {
    for (args, env) in [
        (&["--port", "0", "--secret-key", ""][..], &[][..]),
        (&["--port", "0"][..], &[("TIM_SECRET_KEY", "")][..]),
    ] {
        let stderr = refused(args, env);
        assert!(stderr.contains("secret key is empty"), "{args:?} {env:?}: {stderr}");
    }
}

#[test]
fn connection_limits_are_flags() {
    let stderr = refused(&["--port", "0", "--idle-timeout", "soon"], &[]);
    assert!(stderr.contains("not a duration"), "{stderr}");
    let (_running, _, addr) = started(
        &[
            "--port",
            "0",
            "--max-connections",
            "4",
            "--header-read-timeout",
            "200ms",
            "--body-read-timeout",
            "1s",
            "--idle-timeout",
            "60",
        ],
        None,
    );
    // --header-read-timeout 200ms: a connection that sends nothing is closed.
    let mut silent = std::net::TcpStream::connect(&addr).unwrap();
    silent.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut byte = [0; 1];
    assert!(matches!(std::io::Read::read(&mut silent, &mut byte), Ok(0)));
}

/// Runs the binary with `args` and `env`, standard error piped; the running
/// emulator and the address it serves.
fn started_logging(args: &[&str], env: &[(&str, &str)]) -> (Running, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tim-emulator"));
    command
        .args(args)
        .env_remove("TIM_SECRET_KEY")
        .env_remove("RUST_LOG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut running = Running(command.spawn().unwrap());
    let mut line = String::new();
    BufReader::new(running.0.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line.split("http://").nth(1).unwrap().split_whitespace().next().unwrap();
    (running, addr.to_owned())
}

/// Kills the emulator; what it wrote to standard error.
fn stderr_of(mut running: Running) -> String {
    let _ = running.0.kill();
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut running.0.stderr.take().unwrap(), &mut stderr).unwrap();
    stderr
}

/// A call as the default administrator with the default key; the reply's ErrorCode.
fn call_default(addr: &str, path: &str, body: &str) -> i64 {
    let key = SecretKey::new(tim_emulator::DEFAULT_SECRET_KEY).unwrap();
    let sig = Signer::new(tim_emulator::DEFAULT_SDKAPPID, key).sign("administrator", 3600);
    let query = format!(
        "sdkappid={}&identifier=administrator&usersig={}&random=1&contenttype=json",
        tim_emulator::DEFAULT_SDKAPPID,
        sig.expose()
    );
    let reply = Connection::open(addr)
        .post(&format!("/v4/{path}?{query}"), body, Duration::ZERO)
        .unwrap();
    serde_json::from_str::<serde_json::Value>(&reply).unwrap()["ErrorCode"]
        .as_i64()
        .unwrap()
}

#[test]
fn request_log_file_gets_one_json_line_per_call_without_the_usersig() {
    let dir = std::env::temp_dir().join(format!("tim-emulator-request-log-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("requests.jsonl");
    // Appended to, not truncated.
    std::fs::write(&file, "{\"earlier\":true}\n").unwrap();
    let (running, addr) = started_logging(&["--port", "0", "--request-log", file.to_str().unwrap()], &[]);
    assert_eq!(
        call_default(&addr, "im_open_login_svc/account_import", r#"{"UserID":"u1"}"#),
        0
    );
    assert_eq!(call_default(&addr, "nowhere/at_all", "{}"), 60009);
    // Flushed per line: readable while the emulator runs.
    let text = std::fs::read_to_string(&file).unwrap();
    drop(running);
    let lines: Vec<serde_json::Value> = text.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert_eq!(lines[1]["path"], "v4/im_open_login_svc/account_import");
    assert_eq!(lines[1]["identifier"], "administrator");
    assert_eq!(lines[1]["error_code"], 0);
    assert_eq!(lines[1]["body"]["UserID"], "u1");
    assert_eq!(lines[2]["error_code"], 60009);
    assert!(!text.to_ascii_lowercase().contains("usersig"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn faults_are_flags() {
    let (_running, addr) = started_logging(&["--port", "0", "--latency", "300ms"], &[]);
    let started = std::time::Instant::now();
    assert_eq!(
        call_default(&addr, "im_open_login_svc/account_import", r#"{"UserID":"u"}"#),
        0
    );
    assert!(started.elapsed() >= Duration::from_millis(300));

    let (_running, addr) = started_logging(&["--port", "0", "--error-rate", "1", "--error-code", "90018"], &[]);
    assert_eq!(
        call_default(&addr, "im_open_login_svc/account_import", r#"{"UserID":"u"}"#),
        90018
    );

    // A rate without a code, or out of range: refused.
    assert!(refused(&["--port", "0", "--error-rate", "0.5"], &[]).contains("--error-code"));
    assert!(refused(&["--port", "0", "--error-rate", "2", "--error-code", "1"], &[]).contains("rate"));
}

#[test]
fn a_non_loopback_host_is_served_with_a_warning() {
    let (running, addr) = started_logging(&["--port", "0", "--host", "0.0.0.0"], &[]);
    // The printed URL is reachable from this machine.
    assert!(addr.starts_with("127.0.0.1:"), "{addr}");
    assert_eq!(
        call_default(&addr, "im_open_login_svc/account_import", r#"{"UserID":"u"}"#),
        0
    );
    let stderr = stderr_of(running);
    assert!(stderr.contains("WARN") && stderr.contains("serves anyone"), "{stderr}");

    let (running, _) = started_logging(&["--port", "0"], &[]);
    assert!(!stderr_of(running).contains("serves anyone"));
}

#[test]
fn rust_log_shows_each_call() {
    let (running, addr) = started_logging(&["--port", "0"], &[("RUST_LOG", "tim_emulator=debug")]);
    assert_eq!(call_default(&addr, "nowhere/at_all", "{}"), 60009);
    // The line is written as the call is answered; give it a moment.
    std::thread::sleep(Duration::from_millis(100));
    let stderr = stderr_of(running);
    assert!(
        stderr.contains("call answered") && stderr.contains("v4/nowhere/at_all"),
        "{stderr}"
    );
}

#[test]
fn a_failed_webhook_is_a_warning() {
    // Port 1 on loopback: nothing listens, the delivery is refused.
    let (running, addr) = started_logging(
        &[
            "--port",
            "0",
            "--callback-url",
            "http://127.0.0.1:1/hook",
            "--callback-token",
            "t0ken",
        ],
        &[],
    );
    assert_eq!(
        call_default(
            &addr,
            "group_open_http_svc/create_group",
            r#"{"Type":"Public","Name":"g"}"#
        ),
        0
    );
    std::thread::sleep(Duration::from_millis(300));
    let stderr = stderr_of(running);
    assert!(stderr.contains("WARN") && stderr.contains("webhook failed"), "{stderr}");
    assert!(!stderr.contains("t0ken"), "the token is never logged: {stderr}");
}

#[test]
fn request_log_dash_writes_to_standard_output() {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tim-emulator"));
    command
        .args(["--port", "0", "--request-log", "-"])
        .env_remove("TIM_SECRET_KEY")
        .env_remove("RUST_LOG")
        .stdout(Stdio::piped());
    let mut running = Running(command.spawn().unwrap());
    let mut stdout = BufReader::new(running.0.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(call_default(&addr, "nowhere/at_all", "{}"), 60009);
    let mut logged = String::new();
    stdout.read_line(&mut logged).unwrap();
    let logged: serde_json::Value = serde_json::from_str(&logged).unwrap();
    assert_eq!(logged["path"], "v4/nowhere/at_all");
    assert_eq!(logged["error_code"], 60009);
}

#[test]
fn a_seed_file_that_cannot_be_read_stops_the_start() {
    let stderr = refused(&["--port", "0", "--seed", "/nonexistent/seed.json"], &[]);
    assert!(stderr.contains("/nonexistent/seed.json"), "{stderr}");
}

/// `--console` prints the URL to open, with a token made at start; a token
/// given with `--console-token` is not printed. Without the `console`
/// feature the flag is refused, saying how to get it.
#[test]
fn console_flags() {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tim-emulator"));
    command
        .args(["--console"])
        .env_remove("TIM_CONSOLE_TOKEN")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut running = Running(command.spawn().unwrap());
    if cfg!(feature = "console") {
        let mut lines = BufReader::new(running.0.stdout.take().unwrap()).lines();
        let _listening = lines.next().unwrap().unwrap();
        let console = lines.next().unwrap().unwrap();
        assert!(console.starts_with("console on http://127.0.0.1:"), "{console}");
        let token = console.rsplit("?token=").next().unwrap();
        assert_eq!(token.len(), 32, "{console}");
        drop(running);

        let mut command = Command::new(env!("CARGO_BIN_EXE_tim-emulator"));
        command
            .args(["--console", "--console-token", "given-console-token"])
            .stdout(Stdio::piped());
        let mut running = Running(command.spawn().unwrap());
        let mut lines = BufReader::new(running.0.stdout.take().unwrap()).lines();
        let _listening = lines.next().unwrap().unwrap();
        let console = lines.next().unwrap().unwrap();
        assert!(console.starts_with("console on http://127.0.0.1:"), "{console}");
        assert!(!console.contains("given-console-token"), "{console}");
    } else {
        let status = running.0.wait().unwrap();
        assert!(!status.success());
        let mut stderr = String::new();
        std::io::Read::read_to_string(&mut running.0.stderr.take().unwrap(), &mut stderr).unwrap();
        assert!(stderr.contains("--features console"), "{stderr}");
    }
}
