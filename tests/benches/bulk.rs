//! The bulk import's wall time against its floor: importing N accounts at a
//! rate limit of R calls a second, 100 accounts a call, cannot take less
//! than N / 100 / R seconds. The bench runs `BlockingClient::bulk` with
//! `AccountImport` against an emulator on 127.0.0.1 (its state empty each
//! run), with a journal (two synced lines a chunk) and without, and reports
//! floor / wall: the fraction of the floor's speed reached (1.0 is the
//! floor; the target is at least 0.95). A figure a little above 1.0 is
//! the limiter's way: the first call goes at once, so N calls span
//! (N - 1) / R seconds plus the last one's latency.
//!
//! The rows: the documented limit of `multiaccount_import` (100 calls a
//! second), and ten times it, where the client's own cost per chunk (the
//! journal's fsyncs, the emulator's work) shows. `--quick`: 5,000 accounts
//! instead of 20,000. Run alone: `cargo bench -p tim-tests --bench bulk --
//! --quick`; `cargo xtask bench` prints its table
//! (`<target>/release/bulk-report.md`). It reports; it never fails on a
//! figure. Without `--bench` (as `cargo test --benches` runs it) it does
//! nothing.

use std::time::{Duration, Instant};

use tim_api::bulk::{AccountImport, BulkOptions};
use tim_api::{BlockingClient, ClientConfig, RateLimit};
use tim_emulator::Emulator;

/// Accounts per `multiaccount_import` call.
const BATCH: usize = tim_protocol::limits::ACCOUNTS_PER_REQUEST_MAX;

struct Row {
    name: String,
    accounts: usize,
    per_second: u32,
    wall: Duration,
    floor: Duration,
}

fn run(accounts: usize, per_second: u32, journal: bool) -> Row {
    let emulator = Emulator::builder().admin("administrator").start().unwrap();
    let config = ClientConfig::builder()
        .base_url(emulator.base_url())
        .sdkappid(emulator.sdkappid())
        .identifier("administrator")
        .secret_key(emulator.secret_key().clone())
        .rate_limit(RateLimit::PerSecond(per_second))
        .build()
        .unwrap();
    let client = BlockingClient::new(config);
    let ids: Vec<String> = (0..accounts).map(|i| format!("bench_{i:06}")).collect();
    let path = std::env::temp_dir().join(format!("tim-bulk-bench-{}.journal", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let options = if journal {
        BulkOptions::new().journal(&path)
    } else {
        BulkOptions::new()
    };
    let started = Instant::now();
    let mut failed = 0;
    for result in client.bulk(AccountImport::new(ids), options).unwrap() {
        failed += usize::from(!result.unwrap().outcome.is_success());
    }
    let wall = started.elapsed();
    assert_eq!(failed, 0, "the bench's imports must all succeed");
    let _ = std::fs::remove_file(&path);
    let calls = accounts.div_ceil(BATCH);
    Row {
        name: format!("account import, {} journal", if journal { "with a" } else { "no" }),
        accounts,
        per_second,
        wall,
        floor: Duration::from_secs_f64(calls as f64 / f64::from(per_second)),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.iter().any(|arg| arg == "--bench") {
        return;
    }
    let quick = args.iter().any(|arg| arg == "--quick");
    let accounts = if quick { 5_000 } else { 20_000 };
    let mut rows = Vec::new();
    for per_second in [100, 1000] {
        for journal in [true, false] {
            rows.push(run(accounts, per_second, journal));
        }
    }
    let mut text = String::from(
        "| run | accounts | limit (calls/s) | floor (s) | wall (s) | floor / wall |\n|---|---|---|---|---|---|\n",
    );
    for row in &rows {
        text.push_str(&format!(
            "| {} | {} | {} | {:.2} | {:.2} | {:.3} |\n",
            row.name,
            row.accounts,
            row.per_second,
            row.floor.as_secs_f64(),
            row.wall.as_secs_f64(),
            row.floor.as_secs_f64() / row.wall.as_secs_f64()
        ));
    }
    println!("\n==> bulk import against its floor (accounts / 100 / limit; 1.0 is the floor, target >= 0.95)\n{text}");
    // For `cargo xtask bench`, which prints it again after criterion's figures.
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.ancestors().nth(2).map(std::path::Path::to_path_buf))
    {
        let _ = std::fs::write(dir.join("bulk-report.md"), text);
    }
}
