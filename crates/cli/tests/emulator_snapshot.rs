//! `tim emulator snapshot`: a running emulator saves its state file when
//! the profile's administrator asks; `tim emulator --state` refuses a
//! damaged file.

use std::process::{Command, Output};

use tim_emulator::{Emulator, EmulatorHandle};
use tim_usersig::SecretKey;

const KEY: &str = "cli-snapshot-secret-key-0123456789";

fn state_path(test: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("tim-cli-snapshot-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("state.json")
}

/// `tim args...` as `identifier`, the app at `emulator` given through the
/// environment.
fn tim(emulator: &EmulatorHandle, identifier: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tim"))
        .args(args)
        .env_clear()
        .env("TIM_SDKAPPID", emulator.sdkappid().to_string())
        .env("TIM_IDENTIFIER", identifier)
        .env("TIM_BASE_URL", emulator.base_url().as_str())
        .env("TIM_SECRET_KEY", KEY)
        .output()
        .unwrap()
}

#[test]
fn snapshot_asks_a_running_emulator_to_save() {
    let path = state_path("save");
    let emulator = Emulator::builder()
        .secret_key(SecretKey::new(KEY).unwrap())
        .admin("ops")
        .state(&path)
        .start()
        .unwrap();

    // Not an admin: refused, nothing written.
    let output = tim(&emulator, "someone", &["emulator", "snapshot"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("60010"), "{stderr}");
    assert!(!stderr.contains(KEY), "{stderr}");
    assert!(!path.exists());

    let output = tim(&emulator, "ops", &["emulator", "snapshot"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("saved"));
    assert!(path.exists());

    let output = tim(&emulator, "ops", &["emulator", "snapshot", "--json"]);
    assert!(output.status.success());
    let reply: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(reply["ActionStatus"], "OK");
    drop(emulator);
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn snapshot_needs_an_emulator_with_a_state_file_and_its_address() {
    let emulator = Emulator::builder()
        .secret_key(SecretKey::new(KEY).unwrap())
        .admin("ops")
        .start()
        .unwrap();
    let output = tim(&emulator, "ops", &["emulator", "snapshot"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("60017") && stderr.contains("--state"), "{stderr}");

    let output = Command::new(env!("CARGO_BIN_EXE_tim"))
        .args(["emulator", "snapshot"])
        .env_clear()
        .env("TIM_SDKAPPID", "1400000000")
        .env("TIM_SECRET_KEY", KEY)
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("--base-url"));
}

#[test]
fn the_emulator_refuses_a_damaged_state_file() {
    let path = state_path("damaged");
    std::fs::write(&path, b"{\"format\": ").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_tim"))
        .args(["emulator", "--port", "0", "--state"])
        .arg(&path)
        .env_clear()
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("cannot start the emulator") && stderr.contains("damaged"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), b"{\"format\": ");
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}
