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

/// The `tim` command with `args`, the app (at `url`) given through the
/// environment and nothing else of this process's.
fn command(url: &str, sdkappid: u64, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tim"));
    command
        .args(args)
        .env_clear()
        .env("TIM_SDKAPPID", sdkappid.to_string())
        .env("TIM_IDENTIFIER", "ops")
        .env("TIM_BASE_URL", url)
        .env("TIM_SECRET_KEY", KEY);
    command
}

/// `tim args...` against `emulator`.
fn tim(emulator: &EmulatorHandle, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = command(emulator.base_url().as_str(), emulator.sdkappid(), args)
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

#[test]
fn call_sends_any_endpoint_of_the_table_checked_by_its_type() {
    let emulator = emulator();
    // The older spelling of account_import's UserID goes through, as the
    // current one does.
    let imported = tim(
        &emulator,
        &[
            "call",
            "im_open_login_svc/account_import",
            "--data",
            r#"{"Identifier":"user_0001"}"#,
        ],
        None,
    );
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert!(emulator.is_imported("user_0001"));
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../protocol/samples/recentcontact/create_contact_group/request.json"
    );
    tim(&emulator, &["account", "import", "user_0002"], None);
    let created = tim(
        &emulator,
        &[
            "call",
            "v4/recentcontact/create_contact_group",
            "--data",
            &format!("@{seed}"),
        ],
        None,
    );
    assert!(created.status.success(), "{}", stderr(&created));
    let reply: serde_json::Value = serde_json::from_str(&stdout(&created)).unwrap();
    assert_eq!(reply["GroupResultItem"][0]["GroupItem"]["GroupName"], "group_0001");

    let rename = r#"{"From_Account":"user_0001","UpdateType":1,"UpdateGroup":{"UpdateGroupType":1,"OldGroupName":"group_0001","NewGroupName":"group_0002"}}"#;
    let renamed = tim(
        &emulator,
        &["call", "recentcontact/update_contact_group", "--data", "-"],
        Some(rename),
    );
    assert!(renamed.status.success(), "{}", stderr(&renamed));
    let reply: serde_json::Value = serde_json::from_str(&stdout(&renamed)).unwrap();
    assert_eq!(reply["UpdateGroupResult"]["GroupName"], "group_0002");

    // The same rename again: the service answers FAIL (51009), exit 1.
    let again = tim(
        &emulator,
        &["call", "recentcontact/update_contact_group", "--data", rename],
        None,
    );
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("51009"), "{}", stderr(&again));

    // A body that breaks a rule is refused before anything is sent.
    let long = rename.replace("group_0002", &"x".repeat(65));
    let refused = tim(
        &emulator,
        &["call", "recentcontact/update_contact_group", "--data", &long],
        None,
    );
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("UpdateGroup.NewGroupName"),
        "{}",
        stderr(&refused)
    );
    let unknown = tim(&emulator, &["call", "recentcontact/nope"], None);
    assert_eq!(unknown.status.code(), Some(2), "a usage error");
    assert!(stderr(&unknown).contains("not an endpoint"));
    let listed = tim(&emulator, &["call", "--list"], None);
    assert_eq!(stdout(&listed).lines().count(), tim_protocol::ENDPOINTS.len());
}

#[test]
fn ids_may_start_with_a_hyphen() {
    let emulator = emulator();
    // Positional IDs take the usual `--` before one that starts with `-`.
    let imported = tim(&emulator, &["account", "import", "--", "-7", "user_0001"], None);
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert!(emulator.is_imported("-7"));
    let created = tim(
        &emulator,
        &["contact-group", "create", "--user", "-7", "--name", "-g", "--c2c", "-8"],
        None,
    );
    assert!(created.status.success(), "{}", stderr(&created));
    // `--identifier -7` is taken as the identifier (not an admin here), not as a flag.
    let as_other = tim(
        &emulator,
        &["account", "check", "--identifier", "-7", "user_0001"],
        None,
    );
    assert!(stderr(&as_other).contains("70403"), "{}", stderr(&as_other));
}

#[test]
fn verbose_logs_go_to_stderr_without_secrets() {
    let emulator = emulator();
    let checked = tim(&emulator, &["-v", "account", "check", "user_0001"], None);
    assert!(checked.status.success(), "{}", stderr(&checked));
    let log = stderr(&checked);
    assert!(log.contains("account_check"), "{log}");
    assert!(!log.contains(KEY));
    assert!(!log.to_ascii_lowercase().contains("usersig="), "{log}");
    let quiet = tim(&emulator, &["account", "check", "user_0001"], None);
    assert_eq!(stderr(&quiet), "");
}

/// A server that answers every request with `body`, on 127.0.0.1.
fn hostile_server(body: &'static str) -> String {
    use std::io::{BufRead, BufReader, Read};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(8) {
            let Ok(mut stream) = stream else { continue };
            let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(5)));
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut length = 0;
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
                if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = value.trim().parse().unwrap_or(0);
                }
                line.clear();
            }
            let mut request = vec![0; length];
            let _ = reader.read_exact(&mut request);
            let reply = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(reply.as_bytes());
        }
    });
    format!("http://{address}")
}

#[test]
fn text_from_the_service_cannot_drive_the_terminal() {
    let url = hostile_server(
        r#"{"ActionStatus":"FAIL","ErrorCode":70107,"ErrorInfo":"\u001b[2J\u001b]0;pwned\u0007\u009b31m gone"}"#,
    );
    let output = Command::new(env!("CARGO_BIN_EXE_tim"))
        .args([
            "account",
            "check",
            "user_0001",
            "--base-url",
            &url,
            "--sdkappid",
            "1400000000",
        ])
        .env_clear()
        .env("TIM_SECRET_KEY", KEY)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    assert!(text.contains("70107"), "{text}");
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text:?}");
    assert!(text.contains("\\u001b[2J"), "{text}");
}

#[test]
fn groups_through_the_command_line() {
    let emulator = emulator();
    let imported = tim(&emulator, &["account", "import", "alice", "bob", "carol"], None);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let created = tim(
        &emulator,
        &[
            "group", "create", "--name", "team", "--owner", "alice", "--member", "bob", "--id", "team-1",
        ],
        None,
    );
    assert!(created.status.success(), "{}", stderr(&created));
    assert_eq!(stdout(&created).trim(), "created team-1");

    let added = tim(&emulator, &["group", "add", "team-1", "carol"], None);
    assert!(added.status.success(), "{}", stderr(&added));
    let members = tim(&emulator, &["group", "members", "team-1"], None);
    let listed = stdout(&members);
    for member in ["alice Owner", "bob", "carol"] {
        assert!(listed.contains(member), "{listed}");
    }
    let info = tim(&emulator, &["group", "info", "team-1"], None);
    assert!(
        stdout(&info).contains("team-1 \"team\" type Public owner alice members 3"),
        "{}",
        stdout(&info)
    );

    for text in ["first", "second"] {
        let sent = tim(
            &emulator,
            &["group", "send", "team-1", "--from", "bob", "--text", text],
            None,
        );
        assert!(sent.status.success(), "{}", stderr(&sent));
    }
    let history = stdout(&tim(&emulator, &["group", "history", "team-1"], None));
    assert!(history.contains("#2 ") && history.contains("bob: second"), "{history}");
    assert!(history.contains("#1 ") && history.contains("bob: first"), "{history}");

    let muted = tim(&emulator, &["group", "mute", "team-1", "bob", "--seconds", "600"], None);
    assert!(muted.status.success(), "{}", stderr(&muted));
    let refused = tim(
        &emulator,
        &["group", "send", "team-1", "--from", "bob", "--text", "hi"],
        None,
    );
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("10017"), "{}", stderr(&refused));

    let removed = tim(&emulator, &["group", "remove", "team-1", "carol"], None);
    assert_eq!(stdout(&removed).trim(), "ok");
    // Destroying asks first; a script without --yes is refused, and nothing happens.
    let unconfirmed = tim(&emulator, &["group", "destroy", "team-1"], None);
    assert_eq!(unconfirmed.status.code(), Some(2), "{}", stderr(&unconfirmed));
    assert!(stderr(&unconfirmed).contains("--yes"), "{}", stderr(&unconfirmed));
    assert!(tim(&emulator, &["group", "info", "team-1"], None).status.success());
    let destroyed = tim(&emulator, &["group", "destroy", "team-1", "--yes", "--json"], None);
    let reply: serde_json::Value = serde_json::from_str(&stdout(&destroyed)).unwrap();
    assert_eq!(reply["ActionStatus"], "OK");
    let gone = tim(&emulator, &["group", "info", "team-1"], None);
    assert_eq!(gone.status.code(), Some(1), "an unknown group is a refusal");
    assert!(stderr(&gone).starts_with("team-1: 10010"), "{}", stderr(&gone));
}

#[test]
fn messages_and_profiles_through_the_command_line() {
    let emulator = emulator();
    tim(&emulator, &["account", "import", "alice", "bob"], None);
    for text in ["hello", "how are you?"] {
        let sent = tim(
            &emulator,
            &["msg", "send", "--from", "alice", "--to", "bob", "--text", text],
            None,
        );
        assert!(sent.status.success(), "{}", stderr(&sent));
        assert!(stdout(&sent).starts_with("sent to bob (MsgKey "), "{}", stdout(&sent));
    }
    let custom = tim(
        &emulator,
        &[
            "msg",
            "send",
            "--from",
            "bob",
            "--to",
            "alice",
            "--custom",
            r#"{"k":1}"#,
        ],
        None,
    );
    assert!(custom.status.success(), "{}", stderr(&custom));
    let history = stdout(&tim(
        &emulator,
        &["msg", "history", "--from", "alice", "--to", "bob"],
        None,
    ));
    for line in [
        "alice -> bob: hello",
        "alice -> bob: how are you?",
        "bob -> alice: [TIMCustomElem]",
    ] {
        assert!(history.contains(line), "{history}");
    }
    let neither = tim(&emulator, &["msg", "send", "--from", "alice", "--to", "bob"], None);
    assert_eq!(neither.status.code(), Some(2), "clap asks for --text or --custom");
    let unknown = tim(
        &emulator,
        &["msg", "send", "--from", "alice", "--to", "nobody", "--text", "hi"],
        None,
    );
    assert_eq!(unknown.status.code(), Some(1));

    let set = tim(
        &emulator,
        &[
            "profile",
            "set",
            "alice",
            "--nick",
            "Alice",
            "--signature",
            "hi there",
            "--custom",
            "Level=gold",
        ],
        None,
    );
    assert!(set.status.success(), "{}", stderr(&set));
    assert_eq!(stdout(&set).trim(), "ok");
    let got = stdout(&tim(
        &emulator,
        &[
            "profile",
            "get",
            "alice",
            "bob",
            "--tag",
            "Tag_Profile_IM_SelfSignature",
            "--tag",
            "Tag_Profile_Custom_Level",
        ],
        None,
    ));
    assert!(got.contains("alice Tag_Profile_IM_Nick=\"Alice\""), "{got}");
    assert!(got.contains("Tag_Profile_IM_SelfSignature=\"hi there\""), "{got}");
    assert!(got.contains("Tag_Profile_Custom_Level=\"gold\""), "{got}");
    assert!(got.lines().any(|line| line.starts_with("bob ")), "{got}");
    let nothing = tim(&emulator, &["profile", "set", "alice"], None);
    assert_eq!(nothing.status.code(), Some(2), "a usage error");
    assert!(stderr(&nothing).contains("give a field to set"));
}

#[test]
fn an_empty_secret_key_is_refused() {
    for args in [
        &["usersig", "gen", "--sdkappid", "1400000000", "--identifier", "ops"][..],
        &[
            "account",
            "check",
            "user_0001",
            "--sdkappid",
            "1400000000",
            "--base-url",
            "http://127.0.0.1:9",
        ][..],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_tim"))
            .args(args)
            .env_clear()
            .env("TIM_SECRET_KEY", "")
            .output()
            .unwrap();
        // No app to call is a usage error (exit 2): nothing was sent.
        assert_eq!(output.status.code(), Some(2), "{args:?}: {}", stderr(&output));
        assert!(stdout(&output).is_empty(), "{args:?} printed {}", stdout(&output));
        assert!(
            stderr(&output).contains("TIM_SECRET_KEY is invalid: must not be empty"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    let flag = Command::new(env!("CARGO_BIN_EXE_tim"))
        .args([
            "usersig",
            "gen",
            "--sdkappid",
            "1",
            "--identifier",
            "ops",
            "--secret-key",
            "",
        ])
        .env_clear()
        .output()
        .unwrap();
    assert_eq!(
        flag.status.code(),
        Some(2),
        "clap refuses the empty key: {}",
        stderr(&flag)
    );
}

#[test]
fn relationships_through_the_command_line() {
    let emulator = emulator();
    let imported = tim(&emulator, &["account", "import", "ann", "ben", "cat"], None);
    assert!(imported.status.success(), "{}", stderr(&imported));

    // Friends: both ways, listed from either side, checked, deleted.
    let added = tim(&emulator, &["friend", "add", "ann", "ben", "--both"], None);
    assert!(added.status.success(), "{}", stderr(&added));
    assert_eq!(stdout(&added).trim(), "ben ok");
    assert_eq!(stdout(&tim(&emulator, &["friend", "list", "ben"], None)).trim(), "ann");
    let checked = tim(&emulator, &["friend", "check", "ann", "ben", "cat", "--both"], None);
    let checked = stdout(&checked);
    assert!(checked.contains("ben CheckResult_Type_BothWay"), "{checked}");
    assert!(checked.contains("cat CheckResult_Type_NoRelation"), "{checked}");
    // One user of two failing: each is printed (the failure on stderr),
    // and the command exits 3, partial.
    let partly = tim(&emulator, &["friend", "add", "ann", "cat", "ghost"], None);
    assert_eq!(partly.status.code(), Some(3));
    assert_eq!(stdout(&partly), "cat ok\n");
    assert!(stderr(&partly).contains("ghost 30"), "{}", stderr(&partly));
    assert!(stderr(&partly).contains("1 of 2 item(s) failed"), "{}", stderr(&partly));
    // Every user failing is a refusal, exit 1.
    let refused = tim(&emulator, &["friend", "add", "ann", "ghost"], None);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    let deleted = tim(&emulator, &["friend", "delete", "ann", "ben", "--both"], None);
    assert!(deleted.status.success(), "{}", stderr(&deleted));
    assert_eq!(stdout(&tim(&emulator, &["friend", "list", "ben"], None)), "");

    // The blocklist.
    let blocked = tim(&emulator, &["blocklist", "add", "ann", "cat"], None);
    assert!(blocked.status.success(), "{}", stderr(&blocked));
    assert_eq!(
        stdout(&tim(&emulator, &["blocklist", "list", "ann"], None)).trim(),
        "cat"
    );
    let checked = stdout(&tim(&emulator, &["blocklist", "check", "cat", "ann", "--both"], None));
    assert!(checked.contains("ann BlackCheckResult_Type_BWithA"), "{checked}");
    let unblocked = tim(&emulator, &["blocklist", "delete", "ann", "cat"], None);
    assert!(unblocked.status.success(), "{}", stderr(&unblocked));
    assert_eq!(stdout(&tim(&emulator, &["blocklist", "list", "ann"], None)), "");

    // Follows: the lists, the relation and the counts.
    let followed = tim(&emulator, &["follow", "add", "ann", "ben", "cat"], None);
    assert!(followed.status.success(), "{}", stderr(&followed));
    tim(&emulator, &["follow", "add", "ben", "ann"], None);
    let following = stdout(&tim(&emulator, &["follow", "list", "ann"], None));
    assert_eq!(following.lines().collect::<Vec<_>>(), ["ben", "cat"]);
    let mutual = stdout(&tim(&emulator, &["follow", "list", "ann", "--type", "mutual"], None));
    assert_eq!(mutual.trim(), "ben");
    let relation = stdout(&tim(&emulator, &["follow", "check", "ann", "ben", "cat"], None));
    assert!(
        relation.contains("ben mutual") && relation.contains("cat following"),
        "{relation}"
    );
    let counts = stdout(&tim(&emulator, &["follow", "counts", "ann"], None));
    assert_eq!(counts.trim(), "ann followers 1 following 2 mutual 1");
    let unfollowed = tim(&emulator, &["follow", "delete", "ann", "cat"], None);
    assert!(unfollowed.status.success(), "{}", stderr(&unfollowed));
    let followers = stdout(&tim(&emulator, &["follow", "list", "cat", "--type", "followers"], None));
    assert_eq!(followers, "");
}

#[test]
fn call_accepts_an_older_name_of_an_endpoint() {
    let emulator = emulator();
    tim(&emulator, &["account", "import", "owner", "member"], None);
    tim(
        &emulator,
        &[
            "group", "create", "--name", "g", "--owner", "owner", "--member", "member", "--id", "g-1",
        ],
        None,
    );
    let muted = tim(&emulator, &["group", "mute", "g-1", "member", "--seconds", "600"], None);
    assert!(muted.status.success(), "{}", stderr(&muted));
    // What the page 1047/34964 and older SDKs still call it.
    let listed = tim(
        &emulator,
        &[
            "call",
            "group_open_http_svc/get_group_shutted_uin",
            "--data",
            r#"{"GroupId":"g-1"}"#,
        ],
        None,
    );
    assert!(listed.status.success(), "{}", stderr(&listed));
    let reply: serde_json::Value = serde_json::from_str(&stdout(&listed)).unwrap();
    assert_eq!(reply["MutedAccountList"][0]["Member_Account"], "member", "{reply}");
    // And `querystate`, the older name of `query_online_status`.
    let state = tim(
        &emulator,
        &["call", "openim/querystate", "--data", r#"{"To_Account":["member"]}"#],
        None,
    );
    assert!(state.status.success(), "{}", stderr(&state));
    let reply: serde_json::Value = serde_json::from_str(&stdout(&state)).unwrap();
    assert_eq!(reply["QueryResult"][0]["To_Account"], "member", "{reply}");
}

/// `tim args...` against `url`, the app given through the environment.
fn tim_at(url: &str, args: &[&str]) -> Output {
    command(url, 1_400_000_000, args).output().unwrap()
}

#[test]
fn every_kind_of_outcome_has_its_exit_code() {
    let emulator = emulator();
    // 0: every item succeeded.
    assert_eq!(
        tim(&emulator, &["account", "import", "u1", "u2"], None).status.code(),
        Some(0)
    );
    // 1: the service refused (and the code is printed).
    let refused = tim(&emulator, &["account", "delete", "ghost_user", "--yes"], None);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert!(stderr(&refused).contains("ghost_user 70107"), "{}", stderr(&refused));
    let profile = tim(&emulator, &["profile", "get", "ghost1"], None);
    assert_eq!(profile.status.code(), Some(1), "{}", stdout(&profile));
    assert!(stderr(&profile).contains("ghost1 40003"), "{}", stderr(&profile));
    // 2: usage, nothing sent.
    let usage = tim(&emulator, &["group", "info"], None);
    assert_eq!(usage.status.code(), Some(2));
    let unconfirmed = tim(&emulator, &["account", "delete", "u2"], None);
    assert_eq!(unconfirmed.status.code(), Some(2), "{}", stderr(&unconfirmed));
    assert!(emulator.is_imported("u2"), "nothing was deleted without --yes");
    // 3: some items failed, others succeeded.
    let partial = tim(&emulator, &["account", "delete", "u2", "ghost_user", "--yes"], None);
    assert_eq!(partial.status.code(), Some(3), "{}", stderr(&partial));
    assert_eq!(stdout(&partial), "u2 deleted\n");
    assert!(stderr(&partial).contains("ghost_user 70107"), "{}", stderr(&partial));
    // 4: the outcome is unknown: a send whose reply cannot be read.
    let garbled = hostile_server("this is not JSON");
    let unknown = tim_at(&garbled, &["msg", "send", "--from", "a", "--to", "b", "--text", "hi"]);
    assert_eq!(unknown.status.code(), Some(4), "{}", stderr(&unknown));
    // 5: no answer: nothing listens there.
    let closed = tim_at("http://127.0.0.1:9", &["account", "check", "u1"]);
    assert_eq!(closed.status.code(), Some(5), "{}", stderr(&closed));

    // Under --json the error is JSON on stderr, with its kind and code.
    let json = tim(&emulator, &["group", "info", "nosuch", "--json"], None);
    assert_eq!(json.status.code(), Some(1));
    let reply: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(
        reply["GroupInfo"][0]["ErrorCode"], 10010,
        "the per-item failure is in the JSON"
    );
    let error: serde_json::Value = serde_json::from_str(stderr(&json).trim()).unwrap();
    assert_eq!(error["error"]["kind"], "refused", "{error}");
    let sent = tim(&emulator, &["call", "openim/sendmsg", "--data", "{}", "--json"], None);
    let error: serde_json::Value = serde_json::from_str(stderr(&sent).trim()).unwrap();
    assert_eq!(sent.status.code(), Some(2), "{error}");
    assert_eq!(error["error"]["kind"], "usage", "{error}");
}

#[test]
fn lists_pipe_as_json_lines_and_inputs_come_from_files_and_stdin() {
    let emulator = emulator();
    let dir = std::env::temp_dir().join(format!("tim-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("users.txt");
    let users: Vec<String> = (0..1000).map(|n| format!("member_{n:04}")).collect();
    std::fs::write(&file, users.join("\n")).unwrap();
    let at_file = format!("@{}", file.display());

    // `@FILE` and `-` read one ID a line; they are not taken as IDs.
    let imported = tim(&emulator, &["account", "import", &at_file], None);
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert_eq!(stdout(&imported).lines().count(), 1000);
    assert!(emulator.is_imported("member_0999"));
    assert!(!emulator.is_imported(&at_file));
    let from_stdin = tim(&emulator, &["account", "import", "-"], Some("owner\nsecond\n"));
    assert!(from_stdin.status.success(), "{}", stderr(&from_stdin));
    assert!(emulator.is_imported("owner") && emulator.is_imported("second"));
    assert!(!emulator.is_imported("-"));

    let created = tim(
        &emulator,
        &[
            "group",
            "create",
            "--name",
            "big",
            "--owner",
            "owner",
            "--id",
            "big-1",
            "--max-members",
            "2000",
        ],
        None,
    );
    assert!(created.status.success(), "{}", stderr(&created));
    let added = tim(&emulator, &["group", "add", "big-1", &at_file], None);
    assert!(added.status.success(), "{}", stderr(&added));

    // 1,001 members, every page, one JSON value a line.
    let members = tim(&emulator, &["group", "members", "big-1", "--json"], None);
    assert!(members.status.success(), "{}", stderr(&members));
    let lines: Vec<serde_json::Value> = stdout(&members)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 1001);
    assert!(lines.iter().all(|member| member["Member_Account"].is_string()));
    let limited = tim(
        &emulator,
        &["group", "members", "big-1", "--json", "--limit", "3"],
        None,
    );
    assert_eq!(stdout(&limited).lines().count(), 3);

    // A reader that stops after one line: tim ends quietly.
    let url = emulator.base_url();
    let mut child = command(url.as_str(), emulator.sdkappid(), &["group", "members", "big-1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().unwrap()), &mut first).unwrap();
    assert!(first.starts_with("owner") || first.starts_with("member_"), "{first}");
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn sessions_recent_conversations_recall_and_batch_sends() {
    // A second between sends, so "newest first" has one right answer.
    let clock = tim_usersig::ManualClock::new(SystemClock.now() - 100);
    let emulator = Emulator::builder()
        .secret_key(SecretKey::new(KEY).unwrap())
        .admin("ops")
        .clock(std::sync::Arc::new(clock.clone()))
        .start()
        .unwrap();
    tim(&emulator, &["account", "import", "ann", "ben", "cat"], None);

    let status = tim(&emulator, &["session", "status", "ann", "ben", "ghost"], None);
    assert!(stdout(&status).contains("ann Offline"), "{}", stdout(&status));
    let kicked = tim(&emulator, &["session", "kick", "ann"], None);
    assert!(kicked.status.success(), "{}", stderr(&kicked));
    assert_eq!(stdout(&kicked), "kicked ann\n");

    // One message to many; a recipient that does not exist fails alone.
    let batch = tim(
        &emulator,
        &[
            "msg", "batch", "--from", "ann", "--to", "ben", "--to", "cat", "--to", "ghost", "--text", "notice",
        ],
        None,
    );
    assert_eq!(batch.status.code(), Some(3), "{}", stderr(&batch));
    assert_eq!(stdout(&batch), "ben sent\ncat sent\n");
    assert!(stderr(&batch).contains("ghost"), "{}", stderr(&batch));

    for text in ["first", "second"] {
        clock.advance(1);
        tim(
            &emulator,
            &["msg", "send", "--from", "ann", "--to", "ben", "--text", text],
            None,
        );
    }
    // Newest first, times as RFC 3339, and --limit.
    let history = stdout(&tim(
        &emulator,
        &["msg", "history", "--from", "ann", "--to", "ben", "--limit", "2"],
        None,
    ));
    let lines: Vec<&str> = history.lines().collect();
    assert_eq!(lines.len(), 2, "{history}");
    assert!(
        lines[0].contains("ann -> ben: second") && lines[1].contains("ann -> ben: first"),
        "{history}"
    );
    assert!(
        lines[0].starts_with("20") && lines[0].contains('T') && lines[0].contains('Z'),
        "{history}"
    );
    let key = lines[0].rsplit("(MsgKey ").next().unwrap().trim_end_matches(')');
    let recalled = tim(
        &emulator,
        &["msg", "recall", "--from", "ann", "--to", "ben", "--key", key],
        None,
    );
    assert!(recalled.status.success(), "{}", stderr(&recalled));
    let epoch = stdout(&tim(
        &emulator,
        &[
            "msg", "history", "--from", "ann", "--to", "ben", "--json", "--epoch", "--limit", "1",
        ],
        None,
    ));
    let newest: serde_json::Value = serde_json::from_str(epoch.trim()).unwrap();
    assert_eq!(newest["MsgFlagBits"], 8, "recalled: {newest}");

    // The recent list: ben's conversation with ann, then removed.
    let recent = stdout(&tim(&emulator, &["recent", "list", "ben", "--epoch"], None));
    assert!(recent.starts_with("c2c:ann "), "{recent}");
    let deleted = tim(&emulator, &["recent", "delete", "--user", "ben", "--c2c", "ann"], None);
    assert!(deleted.status.success(), "{}", stderr(&deleted));
    assert_eq!(stdout(&tim(&emulator, &["recent", "list", "ben"], None)), "");
}

#[test]
fn completions_are_written_for_each_shell() {
    let emulator = emulator();
    for shell in ["bash", "zsh", "fish"] {
        let script = tim(&emulator, &["completions", shell], None);
        assert!(script.status.success(), "{shell}: {}", stderr(&script));
        assert!(stdout(&script).contains("contact-group"), "{shell}");
    }
    let help = stdout(&tim(&emulator, &["--help"], None));
    assert!(help.contains("Exit codes:") && help.contains("3  partial"), "{help}");
}

#[test]
fn profiles_name_an_app_and_keep_the_key_out_of_the_file() {
    let emulator = emulator();
    let dir = std::env::temp_dir().join(format!("tim-profiles-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[profiles.local]\nsdkappid = {}\nidentifier = \"ops\"\nbase_url = \"{}\"\nsecret_key_command = \"printf %s {KEY}\"\n\n\
             [profiles.env]\nsdkappid = {}\nidentifier = \"ops\"\nbase_url = \"{}\"\nsecret_key_env = \"LOCAL_TIM_KEY\"\n",
            emulator.sdkappid(),
            emulator.base_url().as_str(),
            emulator.sdkappid(),
            emulator.base_url().as_str(),
        ),
    )
    .unwrap();
    let run = |args: &[&str], key_env: Option<&str>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_tim"));
        command.args(args).env_clear().env("TIM_CONFIG", &config);
        if let Some(key) = key_env {
            command.env("LOCAL_TIM_KEY", key);
        }
        let output = command.output().unwrap();
        for text in [stdout(&output), stderr(&output)] {
            assert!(!text.contains(KEY), "the key shows in {text}");
        }
        output
    };
    let imported = run(&["--profile", "local", "account", "import", "from_profile"], None);
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert!(emulator.is_imported("from_profile"));
    let checked = run(&["account", "check", "from_profile", "--profile", "env"], Some(KEY));
    assert!(
        stdout(&checked).contains("from_profile Imported"),
        "{}",
        stderr(&checked)
    );
    let unset = run(&["account", "check", "from_profile", "--profile", "env"], None);
    assert_eq!(unset.status.code(), Some(2));
    assert!(
        stderr(&unset).contains("LOCAL_TIM_KEY is not set"),
        "{}",
        stderr(&unset)
    );
    let missing = run(&["account", "check", "x", "--profile", "prod"], None);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no profile \"prod\""), "{}", stderr(&missing));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn dry_run_checks_and_prints_the_request_and_sends_nothing() {
    let emulator = emulator();
    let dry = tim(&emulator, &["account", "import", "dry_user", "--dry-run"], None);
    assert_eq!(dry.status.code(), Some(0), "{}", stderr(&dry));
    assert!(
        stdout(&dry).starts_with("v4/im_open_login_svc/multiaccount_import {"),
        "{}",
        stdout(&dry)
    );
    assert!(stdout(&dry).contains("dry_user"));
    assert!(!emulator.is_imported("dry_user"), "nothing was sent");
    // The rules are checked all the same.
    let long = "x".repeat(33);
    let refused = tim(&emulator, &["account", "import", &long, "--dry-run"], None);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
}

#[test]
fn official_accounts_through_the_command_line() {
    let emulator = emulator();
    tim(&emulator, &["account", "import", "owner", "fan1", "fan2"], None);
    let created = tim(
        &emulator,
        &[
            "official-account",
            "create",
            "--owner",
            "owner",
            "--name",
            "News",
            "--id",
            "@TOA#_news",
        ],
        None,
    );
    assert!(created.status.success(), "{}", stderr(&created));
    assert_eq!(stdout(&created), "created @TOA#_news\n");
    let info = tim(&emulator, &["official-account", "info", "@TOA#_news"], None);
    assert!(
        stdout(&info).starts_with("@TOA#_news \"News\" owner owner"),
        "{} {}",
        stdout(&info),
        stderr(&info)
    );

    let subscribed = tim(
        &emulator,
        &["official-account", "subscribe", "@TOA#_news", "fan1", "fan2", "ghost"],
        None,
    );
    assert_eq!(subscribed.status.code(), Some(3), "{}", stderr(&subscribed));
    assert_eq!(stdout(&subscribed), "fan1 subscribed\nfan2 subscribed\n");
    let fans = stdout(&tim(
        &emulator,
        &["official-account", "subscribers", "@TOA#_news"],
        None,
    ));
    assert_eq!(
        fans.lines().map(|l| l.split(' ').next().unwrap()).collect::<Vec<_>>(),
        ["fan1", "fan2"]
    );

    let sent = tim(
        &emulator,
        &["official-account", "send", "@TOA#_news", "--text", "extra!"],
        None,
    );
    assert!(sent.status.success(), "{}", stderr(&sent));
    let key = stdout(&sent)
        .rsplit("(MsgKey ")
        .next()
        .unwrap()
        .trim()
        .trim_end_matches(')')
        .to_owned();
    let history = stdout(&tim(&emulator, &["official-account", "history", "@TOA#_news"], None));
    assert!(history.contains(": extra! (MsgKey"), "{history}");
    let recalled = tim(
        &emulator,
        &["official-account", "recall", "@TOA#_news", "--key", &key],
        None,
    );
    assert_eq!(stdout(&recalled), format!("{key} recalled\n"), "{}", stderr(&recalled));
    let again = tim(
        &emulator,
        &["official-account", "recall", "@TOA#_news", "--key", &key],
        None,
    );
    assert_eq!(again.status.code(), Some(1), "recalling twice: {}", stderr(&again));

    let unsubscribed = tim(
        &emulator,
        &["official-account", "unsubscribe", "@TOA#_news", "fan2"],
        None,
    );
    assert_eq!(stdout(&unsubscribed), "fan2 unsubscribed\n");
    let destroyed = tim(&emulator, &["official-account", "destroy", "@TOA#_news", "--yes"], None);
    assert!(destroyed.status.success(), "{}", stderr(&destroyed));
    let gone = tim(&emulator, &["official-account", "info", "@TOA#_news"], None);
    assert_eq!(gone.status.code(), Some(1), "{}", stderr(&gone));
}

#[test]
fn moderation_through_the_command_line() {
    let emulator = emulator();
    let libraries = stdout(&tim(&emulator, &["moderation", "libraries"], None));
    let lib = libraries.split_whitespace().next().expect("a library").to_owned();
    let clean = tim(&emulator, &["moderation", "check", "--text", "buy cheap pills"], None);
    assert_eq!(stdout(&clean), "Pass\n", "{}", stderr(&clean));
    let added = tim(
        &emulator,
        &["moderation", "add", "--lib", &lib, "pills", "casino"],
        None,
    );
    assert!(added.status.success(), "{}", stderr(&added));
    let words = stdout(&tim(&emulator, &["moderation", "words", "--lib", &lib], None));
    assert!(words.contains(" pills") && words.contains(" casino"), "{words}");
    let blocked = tim(&emulator, &["moderation", "check", "--text", "buy cheap pills"], None);
    assert_eq!(blocked.status.code(), Some(1), "blocked text exits 1");
    assert_eq!(stdout(&blocked), "Block: pills\n");
    let deleted = tim(&emulator, &["moderation", "delete", "--lib", &lib, "pills"], None);
    assert!(deleted.status.success(), "{}", stderr(&deleted));
    let passes = tim(&emulator, &["moderation", "check", "--text", "buy cheap pills"], None);
    assert_eq!(stdout(&passes), "Pass\n");
}

#[test]
fn pushes_by_tag_and_attribute_through_the_command_line() {
    // A second between pushes, as the service wants.
    let clock = tim_usersig::ManualClock::new(SystemClock.now());
    let emulator = Emulator::builder()
        .secret_key(SecretKey::new(KEY).unwrap())
        .admin("ops")
        .clock(std::sync::Arc::new(clock.clone()))
        .start()
        .unwrap();
    tim(&emulator, &["account", "import", "ann", "ben", "cat"], None);
    for (user, tag) in [("ann", "vip"), ("ben", "vip"), ("ben", "beta")] {
        let tagged = tim(&emulator, &["push", "tag", user, tag], None);
        assert!(tagged.status.success(), "{}", stderr(&tagged));
    }
    let tags = stdout(&tim(&emulator, &["push", "tags", "ann", "ben"], None));
    assert!(tags.contains("ann vip") && tags.contains("ben "), "{tags}");
    let named = tim(&emulator, &["push", "set-attr-names", "0=city"], None);
    assert!(named.status.success(), "{}", stderr(&named));
    assert_eq!(stdout(&tim(&emulator, &["push", "attr-names"], None)), "0 city\n");
    tim(&emulator, &["push", "set-attrs", "cat", "city=Lisbon"], None);
    assert_eq!(
        stdout(&tim(&emulator, &["push", "attrs", "cat"], None)),
        "cat city=Lisbon\n"
    );

    let recipients = |args: &[&str]| {
        clock.advance(2);
        let pushed = tim(&emulator, args, None);
        assert!(stdout(&pushed).starts_with("pushed (TaskId "), "{}", stderr(&pushed));
        emulator.pushes().last().unwrap().recipients.clone()
    };
    assert_eq!(recipients(&["push", "send", "--text", "hi all"]), ["ann", "ben", "cat"]);
    assert_eq!(
        recipients(&["push", "send", "--tag", "vip", "--text", "hi vips"]),
        ["ann", "ben"]
    );
    assert_eq!(
        recipients(&["push", "send", "--tag", "vip", "--tag", "beta", "--text", "hi"]),
        ["ben"]
    );
    assert_eq!(
        recipients(&["push", "send", "--attr", "city=Lisbon", "--text", "ola"]),
        ["cat"]
    );
    let untagged = tim(&emulator, &["push", "untag", "ben", "beta"], None);
    assert!(untagged.status.success(), "{}", stderr(&untagged));
    let cleared = tim(&emulator, &["push", "clear-tags", "ann"], None);
    assert!(cleared.status.success(), "{}", stderr(&cleared));
    assert_eq!(recipients(&["push", "send", "--tag", "vip", "--text", "hi"]), ["ben"]);
}

#[test]
fn chatbots_through_the_command_line() {
    let emulator = emulator();
    tim(&emulator, &["account", "import", "ann"], None);
    let created = tim(&emulator, &["robot", "create", "@RBT#helper", "--nick", "Helper"], None);
    assert!(created.status.success(), "{}", stderr(&created));
    assert_eq!(stdout(&tim(&emulator, &["robot", "list"], None)), "@RBT#helper\n");
    let streamed = tim(
        &emulator,
        &[
            "robot",
            "stream",
            "--from",
            "@RBT#helper",
            "--to",
            "ann",
            "--chunk",
            "Hel",
            "--chunk",
            "lo!",
        ],
        None,
    );
    assert!(streamed.status.success(), "{}", stderr(&streamed));
    let history = stdout(&tim(
        &emulator,
        &["msg", "history", "--from", "ann", "--to", "@RBT#helper"],
        None,
    ));
    assert!(history.contains("@RBT#helper -> ann: Hello!"), "{history}");
    let deleted = tim(&emulator, &["robot", "delete", "@RBT#helper"], None);
    assert!(deleted.status.success(), "{}", stderr(&deleted));
    assert_eq!(stdout(&tim(&emulator, &["robot", "list"], None)), "");
    let refused = tim(&emulator, &["robot", "create", "not-a-robot"], None);
    assert_eq!(refused.status.code(), Some(1), "the @RBT# rule: {}", stderr(&refused));
}
