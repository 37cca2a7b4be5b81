//! `tim emulator --seed FILE` (the emulator's own flags) builds a world that
//! the `tim` commands read back.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Output, Stdio};

const KEY: &str = "seed-test-secret-key-0123456789";
const SDKAPPID: &str = "1400000000";

/// Kills the emulator when the test ends, passed or not.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `tim emulator` with `args`; the running emulator and its base URL.
fn emulator(args: &[&str]) -> (Running, String) {
    let mut running = Running(
        Command::new(env!("CARGO_BIN_EXE_tim"))
            .arg("emulator")
            .args(args)
            .env_clear()
            .env("TIM_SECRET_KEY", KEY)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap(),
    );
    let mut line = String::new();
    BufReader::new(running.0.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line.split_whitespace().find(|word| word.starts_with("http://"));
    let url = url.unwrap_or_else(|| panic!("no URL in {line:?}")).to_owned();
    (running, url)
}

/// `tim args...` against the emulator at `url`, as the admin `ops`.
fn tim(url: &str, args: &[&str]) -> String {
    let output: Output = Command::new(env!("CARGO_BIN_EXE_tim"))
        .args(args)
        .env_clear()
        .env("TIM_SDKAPPID", SDKAPPID)
        .env("TIM_IDENTIFIER", "ops")
        .env("TIM_BASE_URL", url)
        .env("TIM_SECRET_KEY", KEY)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "tim {args:?}: {stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// The emulator crate's documented example seed.
fn example() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../emulator/examples/seed.json").to_owned()
}

#[test]
fn a_seeded_world_reads_back_through_tim() {
    let (_running, url) = emulator(&["--admin", "ops", "--seed", &example()]);

    let checked = tim(&url, &["account", "check", "alice", "bob", "carol", "dave"]);
    assert!(checked.contains("alice Imported"), "{checked}");
    assert!(
        checked.contains("bob Imported") && checked.contains("carol Imported"),
        "{checked}"
    );
    assert!(checked.contains("dave NotImported"), "{checked}");

    let profile = tim(
        &url,
        &[
            "profile",
            "get",
            "alice",
            "--tag",
            "Tag_Profile_IM_SelfSignature",
            "--tag",
            "Tag_Profile_IM_Gender",
        ],
    );
    assert!(profile.contains("Alice"), "{profile}");
    assert!(profile.contains("https://example.com/alice.png"), "{profile}");
    assert!(profile.contains("hello from the seed"), "{profile}");
    assert!(profile.contains("Gender_Type_Female"), "{profile}");

    // Friends both ways.
    let friends = tim(&url, &["friend", "list", "alice"]);
    assert!(friends.contains("bob") && friends.contains("carol"), "{friends}");
    let friends = tim(&url, &["friend", "list", "bob"]);
    assert!(friends.contains("alice"), "{friends}");

    let members = tim(&url, &["group", "members", "team"]);
    for member in ["alice", "bob", "carol"] {
        assert!(members.contains(member), "{members}");
    }

    let history = tim(&url, &["msg", "history", "--from", "bob", "--to", "alice"]);
    assert!(
        history.contains("bob -> alice: hi, Alice") && history.contains("alice -> bob: hi"),
        "{history}"
    );
    let history = tim(&url, &["group", "history", "team"]);
    assert!(history.contains("hello"), "{history}");
}

#[test]
fn a_bad_seed_stops_the_start_naming_the_file_and_the_field() {
    let dir = std::env::temp_dir().join(format!("tim-seed-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases = [
        (
            r#"{"accounts": ["a"], "groups": [{"id": "g", "colour": "red"}]}"#,
            "colour",
        ),
        (r#"{"accounts": ["a"], "friends": [["a", "zed"]]}"#, "zed"),
    ];
    for (index, (text, expected)) in cases.into_iter().enumerate() {
        let file = dir.join(format!("bad-{index}.json"));
        std::fs::write(&file, text).unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_tim"))
            .args(["emulator", "--seed", file.to_str().unwrap()])
            .env_clear()
            .stdout(Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success());
        assert!(
            stderr.contains(expected) && stderr.contains(&format!("bad-{index}.json")),
            "{stderr}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
