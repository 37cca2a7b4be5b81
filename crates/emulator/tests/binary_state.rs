//! The `tim-emulator` binary with `--state FILE`: stopped as a user stops
//! it (Ctrl-C, SIGTERM), it saves its world, and the next run answers from
//! it; a damaged file stops it from starting and is left as it is.
#![cfg(unix)]

mod support;

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use support::Connection;
use tim_emulator::{DEFAULT_SDKAPPID, DEFAULT_SECRET_KEY};
use tim_usersig::{SecretKey, Signer};

/// Kills the emulator when the test ends, passed or not.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Runs the binary with `--state path`; the running emulator, its standard
/// output (kept open, as a terminal is) and the address it serves.
fn started(path: &Path) -> (Running, BufReader<ChildStdout>, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tim-emulator"));
    command
        .args(["--port", "0", "--state"])
        .arg(path)
        .env_remove("TIM_SECRET_KEY")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut running = Running(command.spawn().unwrap());
    let mut stdout = BufReader::new(running.0.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let addr = line.split("http://").nth(1).unwrap().split_whitespace().next().unwrap();
    let addr = addr.to_owned();
    let mut state = String::new();
    stdout.read_line(&mut state).unwrap();
    assert!(state.contains(&path.display().to_string()), "{state}");
    (running, stdout, addr)
}

/// The `ErrorCode` of a call of `path` as the administrator.
fn call(addr: &str, path: &str, body: &str) -> i64 {
    let sig = Signer::new(DEFAULT_SDKAPPID, SecretKey::new(DEFAULT_SECRET_KEY).unwrap()).sign("administrator", 3600);
    let query = format!(
        "sdkappid={DEFAULT_SDKAPPID}&identifier=administrator&usersig={}&random=1&contenttype=json",
        sig.expose()
    );
    let reply: serde_json::Value = serde_json::from_str(
        &Connection::open(addr)
            .post(&format!("/v4/{path}?{query}"), body, Duration::ZERO)
            .unwrap(),
    )
    .unwrap();
    reply["ErrorCode"].as_i64().unwrap()
}

/// Sends `signal` to the emulator as a user's `kill` does, and waits for it
/// to exit; whether it exited with success, and its standard error.
fn stopped(mut running: Running, signal: &str) -> (bool, String) {
    let pid = running.0.id().to_string();
    assert!(Command::new("kill").args([signal, &pid]).status().unwrap().success());
    let started = Instant::now();
    let status = loop {
        if let Some(status) = running.0.try_wait().unwrap() {
            break status;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "{signal} did not stop it");
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    running.0.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    (status.success(), stderr)
}

fn state_path(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tim-binary-state-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("state.json")
}

const CHECK: &str = r#"{"CheckItem":[{"UserID":"kept"}]}"#;

/// Whether the emulator at `addr` has `kept` imported.
fn has_kept(addr: &str) -> bool {
    let sig = Signer::new(DEFAULT_SDKAPPID, SecretKey::new(DEFAULT_SECRET_KEY).unwrap()).sign("administrator", 3600);
    let query = format!(
        "sdkappid={DEFAULT_SDKAPPID}&identifier=administrator&usersig={}&random=1&contenttype=json",
        sig.expose()
    );
    let reply: serde_json::Value = serde_json::from_str(
        &Connection::open(addr)
            .post(
                &format!("/v4/im_open_login_svc/account_check?{query}"),
                CHECK,
                Duration::ZERO,
            )
            .unwrap(),
    )
    .unwrap();
    reply["ResultItem"][0]["AccountStatus"] == "Imported"
}

#[test]
fn the_state_file_survives_a_restart() {
    let path = state_path("restart");
    let (running, _stdout, addr) = started(&path);
    assert!(!has_kept(&addr));
    assert_eq!(
        call(&addr, "im_open_login_svc/account_import", r#"{"UserID":"kept"}"#),
        0
    );
    let (success, stderr) = stopped(running, "-INT");
    assert!(success, "Ctrl-C exits cleanly: {stderr}");
    assert!(stderr.contains("state saved"), "{stderr}");
    assert!(path.exists());

    // The second run answers the imported account; SIGTERM saves too.
    let (running, _stdout, addr) = started(&path);
    assert!(has_kept(&addr), "the account survived the restart");
    assert_eq!(
        call(&addr, "im_open_login_svc/account_import", r#"{"UserID":"later"}"#),
        0
    );
    let (success, stderr) = stopped(running, "-TERM");
    assert!(success, "SIGTERM exits cleanly: {stderr}");
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("\"later\"") && saved.contains("\"kept\""), "{saved}");
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn a_damaged_state_file_stops_the_start_and_is_left_alone() {
    let path = state_path("damaged");
    let damaged = br#"{"format": "tim-emulator-state", "version": 1, "sdkappid": 14"#;
    std::fs::write(&path, damaged).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_tim-emulator"))
        .args(["--port", "0", "--state"])
        .arg(&path)
        .env_remove("TIM_SECRET_KEY")
        .stdout(Stdio::null())
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cannot start"), "{stderr}");
    assert!(stderr.contains("the file is damaged"), "{stderr}");
    assert!(stderr.contains(&path.display().to_string()), "{stderr}");
    assert_eq!(std::fs::read(&path).unwrap(), damaged);
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}
