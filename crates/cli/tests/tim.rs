//! The `tim` binary against an emulator started in the test.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use tim_emulator::{Emulator, EmulatorHandle};
use tim_usersig::{verify, Clock, SecretKey, SystemClock, VerifyParams};

const KEY: &str = "cli-test-secret-key-0123456789";

fn emulator() -> EmulatorHandle {
    Emulator::builder()
        .secret_key(SecretKey::new(KEY).unwrap())
        .admin("ops")
        .start()
        .unwrap()
}

/// `tim args...` with the app given through the environment.
fn tim(emulator: &EmulatorHandle, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tim"))
        .args(args)
        .env_clear()
        .env("TIM_SDKAPPID", emulator.sdkappid().to_string())
        .env("TIM_IDENTIFIER", "ops")
        .env("TIM_BASE_URL", emulator.base_url().as_str())
        .env("TIM_SECRET_KEY", KEY)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn usersig_gen_verify_and_decode() {
    let emulator = emulator();
    let generated = tim(&emulator, &["usersig", "gen", "--expire", "600"], None);
    assert!(generated.status.success(), "{}", stderr(&generated));
    let token = stdout(&generated).trim().to_owned();
    let key = SecretKey::new(KEY).unwrap();
    let fields = verify(
        &token,
        &VerifyParams::new(emulator.sdkappid(), &key, "ops"),
        SystemClock.now(),
    )
    .unwrap();
    assert_eq!(fields.expire, 600);

    let verified = tim(&emulator, &["usersig", "verify", "-"], Some(&token));
    assert!(verified.status.success(), "{}", stderr(&verified));
    assert!(stdout(&verified).starts_with("valid\n"));
    assert!(!stdout(&verified).contains(&token), "the token is not echoed");

    let decoded = tim(&emulator, &["usersig", "decode", &token], None);
    assert!(stdout(&decoded).contains("identifier  ops"));

    let wrong = Command::new(env!("CARGO_BIN_EXE_tim"))
        .args([
            "usersig",
            "verify",
            &token,
            "--sdkappid",
            "1400000000",
            "--identifier",
            "ops",
            "--secret-key",
            "other-key",
        ])
        .env_clear()
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        stderr(&wrong).contains("signature does not match"),
        "{}",
        stderr(&wrong)
    );
    assert!(!stderr(&wrong).contains("other-key") && !stderr(&wrong).contains(&token));
}

#[test]
fn contact_groups_through_the_command_line() {
    let emulator = emulator();
    let run = |args: &[&str]| {
        let output = tim(&emulator, args, None);
        for text in [stdout(&output), stderr(&output)] {
            assert!(!text.contains(KEY), "the key shows in {text}");
        }
        output
    };
    assert!(run(&["account", "import", "user_0001", "user_0002"]).status.success());
    let created = run(&[
        "contact-group",
        "create",
        "--user",
        "user_0001",
        "--name",
        "group_0001",
        "--group-chat",
        "@TGS#1B2AUI7RZ",
    ]);
    assert!(
        stdout(&created).contains("created \"group_0001\" (GroupId 1)"),
        "{}",
        stdout(&created)
    );
    let renamed = run(&[
        "contact-group",
        "rename",
        "--user",
        "user_0001",
        "--from",
        "group_0001",
        "--to",
        "group_0002",
    ]);
    assert_eq!(
        stdout(&renamed),
        "renamed \"group_0001\" to \"group_0002\" (GroupId 1)\n"
    );
    let added = run(&[
        "contact-group",
        "add",
        "--user",
        "user_0001",
        "--name",
        "group_0002",
        "--c2c",
        "user_0002",
    ]);
    assert!(stdout(&added).contains("add c2c:user_0002: ok"), "{}", stdout(&added));
    let removed = run(&[
        "contact-group",
        "remove",
        "--user",
        "user_0001",
        "--name",
        "group_0002",
        "--group-chat",
        "@TGS#1B2AUI7RZ",
        "--json",
    ]);
    let reply: serde_json::Value = serde_json::from_slice(&removed.stdout).unwrap();
    assert_eq!(reply["UpdateGroupResult"]["ContactResultItem"][0]["ResultCode"], 0);
    let listed = run(&["contact-group", "list", "--user", "user_0001"]);
    assert_eq!(
        stdout(&listed),
        "group \"group_0002\" (GroupId 1)\n  c2c:user_0002 in [1]\n"
    );

    let missing = run(&[
        "contact-group",
        "rename",
        "--user",
        "user_0001",
        "--from",
        "nope",
        "--to",
        "x",
    ]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("51009"), "{}", stderr(&missing));
    let invalid = run(&[
        "contact-group",
        "rename",
        "--user",
        "user_0001",
        "--from",
        "group_0002",
        "--to",
        &"x".repeat(65),
    ]);
    assert_eq!(invalid.status.code(), Some(1));
    assert!(
        stderr(&invalid).contains("UpdateGroup.NewGroupName"),
        "{}",
        stderr(&invalid)
    );
    let deleted = run(&["contact-group", "delete", "--user", "user_0001", "--name", "group_0002"]);
    assert_eq!(stdout(&deleted), "deleted \"group_0002\" (GroupId 1)\n");
}
