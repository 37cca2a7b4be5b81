//! Bulk runs against the emulator: chunks of the documented size, per-item
//! outcomes, the journal, stopping and resuming, checking unknown chunks.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use futures_util::StreamExt;
use tim_api::bulk::{
    AccountImport, BatchSend, BulkError, BulkOptions, FriendImport, GroupMemberImport, ItemOutcome, ItemResult,
};
use tim_api::{BlockingClient, Client, ClientConfig, RateLimit, RetryPolicy};
use tim_emulator::{Emulator, EmulatorHandle, Faults};
use tim_protocol::account::MultiaccountImportRequest;
use tim_protocol::group::{CreateGroupRequest, GroupType, ImportedMember};
use tim_protocol::message::MsgElement;
use tim_protocol::openim::BatchsendmsgRequest;
use tim_protocol::sns::{AddSource, FriendImportItem};
use tim_protocol::ErrorCode;

fn start(faults: Faults) -> EmulatorHandle {
    Emulator::builder()
        .admin("administrator")
        .faults(faults)
        .start()
        .unwrap()
}

fn config(emulator: &EmulatorHandle) -> ClientConfig {
    ClientConfig::builder()
        .base_url(emulator.base_url())
        .sdkappid(emulator.sdkappid())
        .identifier("administrator")
        .secret_key(emulator.secret_key().clone())
        .rate_limit(RateLimit::Off)
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

fn blocking(emulator: &EmulatorHandle) -> BlockingClient {
    BlockingClient::new(config(emulator))
}

fn journal(name: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("tim-bulk-{}-{name}.journal", std::process::id()));
    let _ = std::fs::remove_file(&path);
    path
}

fn ids(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("user_{i:05}")).collect()
}

/// The bodies' `Accounts` of every `multiaccount_import` the emulator served.
fn imports(emulator: &EmulatorHandle) -> Vec<Vec<String>> {
    emulator
        .requests()
        .iter()
        .filter(|request| request.is("im_open_login_svc/multiaccount_import"))
        .map(|request| serde_json::from_value(request.body.clone().unwrap()["Accounts"].clone()).unwrap())
        .collect()
}

fn lines(path: &PathBuf) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

#[test]
fn accounts_go_100_a_call_and_a_bad_id_fails_alone() {
    let emulator = start(Faults::none());
    let mut input = ids(250);
    input[120] = "x".repeat(33);
    let results: Vec<ItemResult> = blocking(&emulator)
        .bulk(AccountImport::new(input.clone()), BulkOptions::new())
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(results.len(), 250);
    let calls = imports(&emulator);
    assert_eq!(calls.iter().map(Vec::len).collect::<Vec<_>>(), [100, 99, 50]);
    let failed: Vec<&ItemResult> = results.iter().filter(|r| !r.outcome.is_success()).collect();
    assert_eq!(failed.len(), 1);
    assert_eq!((failed[0].index, failed[0].chunk), (120, 1));
    assert!(
        matches!(failed[0].outcome, ItemOutcome::Failed { .. }),
        "{:?}",
        failed[0]
    );
    let mut seen: Vec<usize> = results.iter().map(|r| r.index).collect();
    seen.sort_unstable();
    assert_eq!(seen, (0..250).collect::<Vec<_>>());
}

#[test]
fn a_stopped_run_resumes_skipping_what_its_journal_accepted() {
    let emulator = start(Faults::none());
    let client = blocking(&emulator);
    let path = journal("stop");
    let stop = Arc::new(AtomicBool::new(false));
    let options = BulkOptions::new().journal(&path).stop_when(stop.clone());
    let mut first = 0;
    for result in client.bulk(AccountImport::new(ids(1000)), options).unwrap() {
        assert_eq!(result.unwrap().outcome, ItemOutcome::Imported);
        first += 1;
        if first == 350 {
            stop.store(true, Ordering::SeqCst);
        }
    }
    // The chunk in flight when the flag was set finished.
    assert_eq!(first, 400);
    assert_eq!(imports(&emulator).len(), 4);
    // A new journal is refused where one is.
    let again = client.bulk(AccountImport::new(ids(1000)), BulkOptions::new().journal(&path));
    assert!(matches!(again.err(), Some(BulkError::Exists { .. })));
    // Another input is refused by the journal.
    let other = client.bulk(AccountImport::new(ids(999)), BulkOptions::new().resume(&path));
    assert!(matches!(other.err(), Some(BulkError::Mismatch { .. })));

    let results: Vec<ItemResult> = client
        .bulk(AccountImport::new(ids(1000)), BulkOptions::new().resume(&path))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(results.len(), 1000);
    assert!(results[..400].iter().all(|r| r.outcome == ItemOutcome::Skipped));
    assert!(results[400..].iter().all(|r| r.outcome == ItemOutcome::Imported));
    let calls = imports(&emulator);
    assert_eq!(calls.len(), 10, "no chunk sent twice");
    let journal = lines(&path);
    assert_eq!(journal[0]["operation"], "multiaccount_import");
    assert_eq!(journal[0]["chunks"], 10);
    assert_eq!(journal.len(), 1 + 2 * 10);
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn unknown_chunks_are_checked_on_resume_and_only_the_missing_sent() {
    // The first run's every call fails with 50004, a code that leaves the
    // outcome unknown.
    let failing = start(Faults::none().errors(1.0, ErrorCode::from(50004)));
    let path = journal("unknown");
    let results: Vec<ItemResult> = blocking(&failing)
        .bulk(AccountImport::new(ids(300)), BulkOptions::new().journal(&path))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(
        results.iter().all(|r| matches!(r.outcome, ItemOutcome::Unknown { .. })),
        "{:?}",
        results[0]
    );
    assert!(lines(&path)[1..].iter().any(|line| line["outcome"] == "unknown"));

    // Resumed where 150 of them are imported already.
    let emulator = start(Faults::none());
    let client = blocking(&emulator);
    client.send(&MultiaccountImportRequest::new(&ids(300)[..100])).unwrap();
    client
        .send(&MultiaccountImportRequest::new(&ids(300)[100..150]))
        .unwrap();
    let before = imports(&emulator).len();
    let results: Vec<ItemResult> = client
        .bulk(AccountImport::new(ids(300)), BulkOptions::new().resume(&path))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let count = |wanted: fn(&ItemOutcome) -> bool| results.iter().filter(|r| wanted(&r.outcome)).count();
    assert_eq!(count(|o| *o == ItemOutcome::AlreadyExisted), 150);
    assert_eq!(count(|o| *o == ItemOutcome::Imported), 150);
    let resent = &imports(&emulator)[before..];
    assert_eq!(resent.len(), 2, "chunk 0 was all there: not sent");
    assert_eq!(resent[0], ids(300)[150..200]);
    assert_eq!(resent[1], ids(300)[200..300]);
    let checks = emulator
        .requests()
        .iter()
        .filter(|request| request.is("im_open_login_svc/account_check"))
        .count();
    assert_eq!(checks, 3);
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn members_and_friends_already_there_read_as_existing() {
    let emulator = start(Faults::none());
    let client = blocking(&emulator);
    client.send(&MultiaccountImportRequest::new(ids(100))).unwrap();
    let group = client
        .send(&CreateGroupRequest::new(GroupType::Public, "bulk"))
        .unwrap()
        .group_id
        .unwrap();
    let members = |range: std::ops::Range<usize>| range.map(|i| ImportedMember::new(ids(100)[i].clone()));
    let first: Vec<_> = client
        .bulk(GroupMemberImport::new(&group, members(1..11)), BulkOptions::new())
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(first.iter().all(|r| r.outcome == ItemOutcome::Imported), "{first:?}");
    let second: Vec<_> = client
        .bulk(GroupMemberImport::new(&group, members(5..15)), BulkOptions::new())
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let existing = second
        .iter()
        .filter(|r| r.outcome == ItemOutcome::AlreadyExisted)
        .count();
    assert_eq!(existing, 6, "{second:?}");

    let friend = |i: usize| {
        (
            "user_00000",
            FriendImportItem::new(ids(100)[i].clone(), AddSource::new("Bulk")),
        )
    };
    let pairs: Vec<_> = (1..4).map(friend).chain((2..6).map(friend)).collect();
    let results: Vec<_> = client
        .bulk(FriendImport::new(pairs), BulkOptions::new())
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let outcomes: Vec<bool> = results
        .iter()
        .map(|r| r.outcome == ItemOutcome::AlreadyExisted)
        .collect();
    assert_eq!(outcomes, [false, false, false, true, true, false, false], "{results:?}");
    assert_eq!(results[0].key, "user_00000\tuser_00001");
}

#[test]
fn a_batch_send_in_doubt_is_not_sent_again_on_resume() {
    let emulator = start(Faults::none());
    let client = blocking(&emulator);
    client.send(&MultiaccountImportRequest::new(ids(100))).unwrap();
    let path = journal("batch");
    let message = BatchsendmsgRequest::new(Vec::<String>::new(), vec![MsgElement::text("hello")], 7);
    let mut recipients = ids(100);
    recipients.push("nobody".into());
    // A journal whose only chunk was sent and never answered.
    let stop = Arc::new(AtomicBool::new(true));
    let none: Vec<_> = client
        .bulk(
            BatchSend::new(message.clone(), recipients.clone()),
            BulkOptions::new().journal(&path).stop_when(stop),
        )
        .unwrap()
        .collect();
    assert!(none.is_empty());
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("{\"chunk\":0,\"start\":0,\"end\":101,\"outcome\":\"sent\"}\n");
    std::fs::write(&path, text).unwrap();
    let results: Vec<_> = client
        .bulk(
            BatchSend::new(message.clone(), recipients.clone()),
            BulkOptions::new().resume(&path),
        )
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(results.iter().all(|r| matches!(r.outcome, ItemOutcome::Unknown { .. })));
    let sent = |e: &EmulatorHandle| e.requests().iter().filter(|r| r.is("openim/batchsendmsg")).count();
    assert_eq!(sent(&emulator), 0);
    // Another text is another run: its journal does not resume it.
    let other = BatchsendmsgRequest::new(Vec::<String>::new(), vec![MsgElement::text("bye")], 7);
    let refused = client.bulk(
        BatchSend::new(other, recipients.clone()),
        BulkOptions::new().resume(&path),
    );
    assert!(matches!(refused.err(), Some(BulkError::Mismatch { .. })));

    // Without a journal: the unknown recipient fails with its code, alone.
    let results: Vec<_> = client
        .bulk(BatchSend::new(message, recipients), BulkOptions::new())
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(sent(&emulator), 1);
    let failed: Vec<_> = results.iter().filter(|r| !r.outcome.is_success()).collect();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(failed[0].key, "nobody");
    assert!(matches!(failed[0].outcome, ItemOutcome::Failed { code: Some(_), .. }));
    std::fs::remove_file(&path).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_async_client_streams_the_same_outcomes() {
    let emulator = start(Faults::none());
    let client = Client::new(config(&emulator)).unwrap();
    let path = journal("async");
    let results: Vec<_> = client
        .bulk(AccountImport::new(ids(205)), BulkOptions::new().journal(&path))
        .unwrap()
        .collect()
        .await;
    assert_eq!(results.len(), 205);
    assert!(results
        .iter()
        .all(|r| r.as_ref().unwrap().outcome == ItemOutcome::Imported));
    // The stream is Send: it runs in a task of its own.
    let task_client = client.clone();
    let task_path = path.clone();
    let resumed: Vec<_> = tokio::spawn(async move {
        task_client
            .bulk(AccountImport::new(ids(205)), BulkOptions::new().resume(&task_path))
            .unwrap()
            .collect::<Vec<_>>()
            .await
    })
    .await
    .unwrap();
    assert!(resumed
        .iter()
        .all(|r| r.as_ref().unwrap().outcome == ItemOutcome::Skipped));
    assert_eq!(imports(&emulator).len(), 3);
    std::fs::remove_file(&path).unwrap();
}
