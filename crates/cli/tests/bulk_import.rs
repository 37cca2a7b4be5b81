//! `tim account import --file` as a bulk run against an emulator: killed
//! at about half (SIGKILL) and resumed from its journal, every account is
//! there once and no chunk the journal knew was accepted is sent again;
//! stopped with Ctrl-C (SIGINT), it says how to resume.
//!
//! The import runs at the client's documented limit for
//! `multiaccount_import` (100 calls a second, 100 accounts a call), so
//! 100,000 accounts take about 10 s; no assertion here depends on time.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use tim_api::{BlockingClient, ClientConfig};
use tim_emulator::{Emulator, EmulatorHandle};
use tim_usersig::SecretKey;

const KEY: &str = "bulk-test-secret-key-0123456789";

fn emulator() -> EmulatorHandle {
    Emulator::builder()
        .secret_key(SecretKey::new(KEY).unwrap())
        .admin("ops")
        .request_log_capacity(1_000_000)
        .start()
        .unwrap()
}

fn dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tim-bulk-import-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn ids(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("bulk_{i:06}")).collect()
}

fn tim(emulator: &EmulatorHandle, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tim"));
    command
        .args(args)
        .env_clear()
        .env("TIM_SDKAPPID", emulator.sdkappid().to_string())
        .env("TIM_IDENTIFIER", "ops")
        .env("TIM_BASE_URL", emulator.base_url().as_str())
        .env("TIM_SECRET_KEY", KEY)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

fn journal_lines(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect()
}

/// Waits until the journal at `path` has `lines` lines, or `child` ends
/// (a failure: it should still be running). Bounded, so a hung import fails
/// the test instead of hanging it.
fn wait_for_lines(child: &mut Child, path: &Path, lines: usize) {
    for _ in 0..6000 {
        if journal_lines(path).len() >= lines {
            return;
        }
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the import ended ({status}) before its journal had {lines} lines");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("the journal never reached {lines} lines");
}

/// Each chunk's state in the journal: its last line's `outcome`.
fn states(path: &Path) -> BTreeMap<u64, String> {
    journal_lines(path)
        .iter()
        .skip(1)
        .map(|line| {
            (
                line["chunk"].as_u64().unwrap(),
                line["outcome"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The chunk (by its first account: IDs are numbered, 100 a chunk) of every
/// `multiaccount_import` in `requests`, and the accounts they carried.
fn imported_chunks(requests: &[tim_emulator::RecordedRequest]) -> (Vec<u64>, Vec<String>) {
    let mut chunks = Vec::new();
    let mut accounts = Vec::new();
    for request in requests
        .iter()
        .filter(|request| request.is("im_open_login_svc/multiaccount_import"))
    {
        let ids: Vec<String> = serde_json::from_value(request.body.as_ref().unwrap()["Accounts"].clone()).unwrap();
        let first: u64 = ids[0].trim_start_matches("bulk_").parse().unwrap();
        chunks.push(first / 100);
        accounts.extend(ids);
    }
    (chunks, accounts)
}

/// Whether every one of `ids` is imported, asked of the emulator 100 at a time.
fn all_imported(emulator: &EmulatorHandle, ids: &[String]) -> bool {
    ids.iter().all(|id| emulator.is_imported(id))
}

#[test]
fn killed_at_half_and_resumed_every_account_is_imported_once() {
    const ACCOUNTS: usize = 100_000;
    const CHUNKS: usize = ACCOUNTS / 100;
    let emulator = emulator();
    let dir = dir("kill");
    let file = dir.join("users.txt");
    let journal = dir.join("import.journal");
    let failures = dir.join("failures.tsv");
    let all = ids(ACCOUNTS);
    std::fs::write(&file, all.join("\n") + "\n").unwrap();
    let (file_arg, journal_arg, failures_arg) = (
        file.to_str().unwrap(),
        journal.to_str().unwrap(),
        failures.to_str().unwrap(),
    );

    let mut first = tim(
        &emulator,
        &[
            "account",
            "import",
            "--file",
            file_arg,
            "--journal",
            journal_arg,
            "--failures",
            failures_arg,
        ],
    )
    .spawn()
    .unwrap();
    // The header, then two lines a chunk (sent, accepted): half the chunks.
    wait_for_lines(&mut first, &journal, 1 + CHUNKS);
    first.kill().unwrap();
    first.wait().unwrap();

    let before = emulator.requests();
    let at_kill = states(&journal);
    let in_doubt: BTreeSet<u64> = at_kill
        .iter()
        .filter(|(_, state)| *state == "sent" || *state == "unknown")
        .map(|(chunk, _)| *chunk)
        .collect();
    assert!(
        at_kill.len() < CHUNKS,
        "killed before the end: {} chunks journaled",
        at_kill.len()
    );
    assert!(at_kill.len() >= CHUNKS / 2, "{} chunks journaled", at_kill.len());

    let resumed = tim(
        &emulator,
        &[
            "account",
            "import",
            "--file",
            file_arg,
            "--resume",
            journal_arg,
            "--failures",
            failures_arg,
        ],
    )
    .output()
    .unwrap();
    let stdout = String::from_utf8_lossy(&resumed.stdout);
    let stderr = String::from_utf8_lossy(&resumed.stderr);
    assert!(resumed.status.success(), "{stdout}{stderr}");
    assert!(stdout.contains("0 failed, 0 unknown"), "{stdout}");

    let after = emulator.requests();
    let (sent_before, _) = imported_chunks(&before);
    let (sent_after, _) = imported_chunks(&after[before.len()..]);
    let sent_before: BTreeSet<u64> = sent_before.into_iter().collect();
    // No chunk sent twice after the resume, except those the journal
    // marked in doubt (sent with no outcome, or unknown).
    for chunk in &sent_after {
        assert!(
            !sent_before.contains(chunk) || in_doubt.contains(chunk),
            "chunk {chunk} was sent again though the journal said {:?}",
            at_kill.get(chunk)
        );
    }
    let distinct_after: BTreeSet<u64> = sent_after.iter().copied().collect();
    assert_eq!(
        distinct_after.len(),
        sent_after.len(),
        "a chunk sent twice in the resumed run"
    );
    // The chunks in doubt were checked, not blindly sent again.
    let checks = after[before.len()..]
        .iter()
        .filter(|request| request.is("im_open_login_svc/account_check"))
        .count();
    assert_eq!(checks, in_doubt.len());
    // Every chunk reached the emulator, and nothing else did.
    let (_, every_account) = imported_chunks(&after);
    let distinct: BTreeSet<&String> = every_account.iter().collect();
    assert_eq!(distinct.len(), ACCOUNTS);
    assert!(distinct.iter().all(|id| id.starts_with("bulk_")));
    assert!(all_imported(&emulator, &all), "an account is missing");
    // Nothing failed, in either run.
    assert_eq!(std::fs::read_to_string(&failures).unwrap_or_default(), "");
    let journal_now = states(&journal);
    assert_eq!(journal_now.len(), CHUNKS);
    assert!(journal_now.values().all(|state| state == "accepted"), "{journal_now:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn ctrl_c_stops_after_the_call_in_flight_and_says_how_to_resume() {
    const ACCOUNTS: usize = 3_000;
    let emulator = emulator();
    let dir = dir("sigint");
    let file = dir.join("users.txt");
    let journal = dir.join("import.journal");
    let all = ids(ACCOUNTS);
    std::fs::write(&file, all.join("\n")).unwrap();
    let (file_arg, journal_arg) = (file.to_str().unwrap(), journal.to_str().unwrap());
    let mut run = tim(
        &emulator,
        &["account", "import", "--file", file_arg, "--journal", journal_arg],
    )
    .spawn()
    .unwrap();
    wait_for_lines(&mut run, &journal, 11);
    let interrupted = Command::new("kill")
        .args(["-INT", &run.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let output = run.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("stopped after"), "{stderr}");
    let hint = format!("resume with: tim account import --file {file_arg} --resume {journal_arg}");
    assert!(stderr.contains(&hint), "{stderr}");
    // Stopped between chunks: the journal ends on an outcome.
    let stopped_at = states(&journal);
    assert!(stopped_at.values().all(|state| state == "accepted"), "{stopped_at:?}");
    assert!(stopped_at.len() < ACCOUNTS / 100);

    let resumed = tim(
        &emulator,
        &["account", "import", "--file", file_arg, "--resume", journal_arg],
    )
    .output()
    .unwrap();
    assert!(resumed.status.success(), "{}", String::from_utf8_lossy(&resumed.stderr));
    let (chunks, _) = imported_chunks(&emulator.requests());
    assert_eq!(chunks.len(), ACCOUNTS / 100, "no chunk sent twice");
    assert!(all_imported(&emulator, &all));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn friends_members_and_a_batch_send_run_from_files_and_list_their_failures() {
    let emulator = emulator();
    let dir = dir("others");
    let config = ClientConfig::builder()
        .base_url(emulator.base_url())
        .sdkappid(emulator.sdkappid())
        .identifier("ops")
        .secret_key(SecretKey::new(KEY).unwrap())
        .build()
        .unwrap();
    let client = BlockingClient::new(config);
    let users = ids(10);
    client
        .send(&tim_protocol::account::MultiaccountImportRequest::new(&users))
        .unwrap();
    let group = client
        .send(&tim_protocol::group::CreateGroupRequest::new(
            tim_protocol::group::GroupType::Public,
            "bulk",
        ))
        .unwrap()
        .group_id
        .unwrap();
    let failures = dir.join("failures.tsv");
    let failures_arg = failures.to_str().unwrap();
    let run = |args: &[&str]| {
        let output = tim(&emulator, args).output().unwrap();
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };

    // Accounts with a profile: one a call, the nickname and avatar set.
    let profiles = dir.join("profiles.tsv");
    std::fs::write(&profiles, "carol\tCarol\thttps://example.com/carol.png\ndave\n").unwrap();
    let (code, stdout, stderr) = run(&["account", "import", "--file", profiles.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stdout.contains("2 of 2 item(s): 2 imported"), "{stdout}");
    let (_, profile, _) = run(&["profile", "get", "carol"]);
    assert!(
        profile.contains("Carol") && profile.contains("https://example.com/carol.png"),
        "{profile}"
    );
    let imports = emulator
        .requests()
        .iter()
        .filter(|r| r.is("im_open_login_svc/account_import"))
        .count();
    assert_eq!(imports, 2);

    // Friends: user<TAB>friend[<TAB>remark]; one already there after the first line.
    let pairs = dir.join("pairs.tsv");
    let text = format!(
        "{0}\t{1}\tcolleague\n{0}\t{2}\n{0}\t{1}\n{3}\t{0}\n",
        users[0], users[1], users[2], users[3]
    );
    std::fs::write(&pairs, text).unwrap();
    let (code, stdout, stderr) = run(&["friend", "import", "--file", pairs.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(
        stdout.contains("4 of 4 item(s): 3 imported, 1 already there"),
        "{stdout}"
    );

    // Members, one not an account: it fails alone and is listed with its outcome.
    let members = dir.join("members.txt");
    std::fs::write(&members, format!("{}\n{}\t1700000000\nnobody\n", users[4], users[5])).unwrap();
    let (code, stdout, stderr) = run(&[
        "group",
        "import-members",
        &group,
        "--file",
        members.to_str().unwrap(),
        "--failures",
        failures_arg,
    ]);
    assert!(stdout.contains("3 of 3 item(s)"), "{stdout}{stderr}");
    assert_eq!(code, Some(3), "{stdout}{stderr}");
    let listed = std::fs::read_to_string(&failures).unwrap();
    assert_eq!(listed, "nobody\tfailed\t\tResult 0: not imported\n");
    let _ = std::fs::remove_file(&failures);

    // A notice to a list, one recipient unknown: its code is in the failures file.
    let recipients = dir.join("recipients.txt");
    std::fs::write(&recipients, format!("{}\n{}\nnobody\n", users[6], users[7])).unwrap();
    let journal = dir.join("notice.journal");
    let (code, stdout, stderr) = run(&[
        "msg",
        "batch",
        "--to-file",
        recipients.to_str().unwrap(),
        "--text",
        "maintenance at 02:00",
        "--journal",
        journal.to_str().unwrap(),
        "--failures",
        failures_arg,
        "--json",
    ]);
    assert_eq!(code, Some(3), "{stdout}{stderr}");
    let summary: serde_json::Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    assert_eq!(summary["imported"], 2, "{stdout}");
    assert_eq!(summary["failed"], 1, "{stdout}");
    let listed = std::fs::read_to_string(&failures).unwrap();
    let columns: Vec<&str> = listed.trim_end().split('\t').collect();
    assert_eq!(columns[..2], ["nobody", "failed"], "{listed}");
    assert!(columns[2].parse::<i64>().is_ok(), "a code: {listed}");
    // Resumed, the accepted chunk is not sent again: no message twice.
    let (code, stdout, _) = run(&[
        "msg",
        "batch",
        "--to-file",
        recipients.to_str().unwrap(),
        "--text",
        "maintenance at 02:00",
        "--resume",
        journal.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(0), "{stdout}");
    assert!(stdout.contains("3 skipped"), "{stdout}");
    let sends = emulator
        .requests()
        .iter()
        .filter(|r| r.is("openim/batchsendmsg"))
        .count();
    assert_eq!(sends, 1);
    std::fs::remove_dir_all(&dir).unwrap();
}
