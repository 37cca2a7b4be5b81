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

#[test]
fn flags_and_environment_configure_the_emulator() {
    let key = "binary-test-key";
    let mut child = Command::new(env!("CARGO_BIN_EXE_tim-emulator"))
        .args([
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
        ])
        .env("TIM_SECRET_KEY", key)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let _running = Running(child);
    assert!(line.contains("SDKAppID 1234"), "{line}");
    assert!(!line.contains(key), "the key is not printed: {line}");
    let addr = line
        .split("http://")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();

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
