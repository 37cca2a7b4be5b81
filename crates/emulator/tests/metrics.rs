//! The emulator's counts of the calls it served (`observability`), read
//! back from a metrics recorder: successes and refusals by endpoint, an
//! older name counted under its endpoint, made-up paths under one label.
//! The recorder is global, so this binary holds one test.

mod support;

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use metrics::{Counter, Gauge, Histogram, Key, KeyName, Metadata, SharedString, Unit};
use support::Connection;
use tim_emulator::observability::{CALLS_TOTAL, FAILURES_TOTAL, UNKNOWN_ENDPOINT};
use tim_emulator::Emulator;

fn counters() -> &'static Mutex<HashMap<String, Arc<AtomicU64>>> {
    static COUNTERS: OnceLock<Mutex<HashMap<String, Arc<AtomicU64>>>> = OnceLock::new();
    COUNTERS.get_or_init(Mutex::default)
}

/// `name{label=value,...}`, labels sorted.
fn key_text(name: &str, labels: impl Iterator<Item = (String, String)>) -> String {
    let mut labels: Vec<String> = labels.map(|(k, v)| format!("{k}={v}")).collect();
    labels.sort();
    format!("{name}{{{}}}", labels.join(","))
}

struct Recorder;

impl metrics::Recorder for Recorder {
    fn describe_counter(&self, _: KeyName, _: Option<Unit>, _: SharedString) {}
    fn describe_gauge(&self, _: KeyName, _: Option<Unit>, _: SharedString) {}
    fn describe_histogram(&self, _: KeyName, _: Option<Unit>, _: SharedString) {}

    fn register_counter(&self, key: &Key, _: &Metadata<'_>) -> Counter {
        let text = key_text(
            key.name(),
            key.labels()
                .map(|label| (label.key().to_owned(), label.value().to_owned())),
        );
        let mut counters = counters().lock().unwrap();
        Counter::from_arc(Arc::clone(counters.entry(text).or_default()))
    }
    fn register_gauge(&self, _: &Key, _: &Metadata<'_>) -> Gauge {
        Gauge::noop()
    }
    fn register_histogram(&self, _: &Key, _: &Metadata<'_>) -> Histogram {
        Histogram::noop()
    }
}

fn counter(name: &str, labels: &[(&str, &str)]) -> u64 {
    let key = key_text(name, labels.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())));
    counters()
        .lock()
        .unwrap()
        .get(&key)
        .map_or(0, |value| value.load(Ordering::SeqCst))
}

#[test]
fn the_emulator_counts_what_it_served() {
    metrics::set_global_recorder(Recorder).unwrap();
    let emulator = Emulator::builder().admin("ops").start().unwrap();
    let sig = emulator.sign("ops", 3600);
    let query = format!(
        "sdkappid={}&identifier=ops&usersig={}&random=1&contenttype=json",
        emulator.sdkappid(),
        sig.expose()
    );
    let post = |path: &str, body: &str| {
        Connection::open(emulator.addr()).post(&format!("/{path}?{query}"), body, Duration::ZERO)
    };
    const IMPORT: &str = "v4/im_open_login_svc/account_import";
    const DELETE: &str = "v4/im_open_login_svc/account_delete";
    const MUTED: &str = "v4/group_open_http_svc/get_group_muted_account";
    post(IMPORT, r#"{"UserID":"alice"}"#);
    post(IMPORT, r#"{"UserID":"bob"}"#);
    // Refused: the group does not exist (10010), called by its older name.
    post(
        "v4/group_open_http_svc/get_group_shutted_uin",
        r#"{"GroupId":"@TGS#nosuch"}"#,
    );
    // Made up: one label for every such path.
    post("v4/made_up/first", "{}");
    post("v4/made_up/second", "{}");
    // Deleting accounts answers per account; the call itself succeeds.
    post(DELETE, r#"{"DeleteItem":[{"UserID":"alice"}]}"#);

    assert_eq!(counter(CALLS_TOTAL, &[("endpoint", IMPORT)]), 2);
    assert_eq!(counter(CALLS_TOTAL, &[("endpoint", DELETE)]), 1);
    assert_eq!(counter(FAILURES_TOTAL, &[("endpoint", DELETE), ("code", "0")]), 0);
    assert_eq!(counter(CALLS_TOTAL, &[("endpoint", MUTED)]), 1);
    assert_eq!(counter(FAILURES_TOTAL, &[("endpoint", MUTED), ("code", "10010")]), 1);
    assert_eq!(counter(CALLS_TOTAL, &[("endpoint", UNKNOWN_ENDPOINT)]), 2);
    let unknown_failures: u64 = counters()
        .lock()
        .unwrap()
        .iter()
        .filter(|(key, _)| key.starts_with(FAILURES_TOTAL) && key.contains("endpoint=unknown"))
        .map(|(_, value)| value.load(Ordering::SeqCst))
        .sum();
    assert_eq!(unknown_failures, 2);
    // No label holds a made-up path, the query or the UserSig.
    for key in counters().lock().unwrap().keys() {
        assert!(!key.contains("made_up"), "{key}");
        assert!(!key.contains(sig.expose()), "{key}");
    }
    emulator.shutdown();
}
