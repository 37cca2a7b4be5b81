//! `cargo xtask bench`: run every bench target, then read criterion's
//! estimates and print each benchmark as a ratio to the baseline of its
//! group, measured in the same run, and then the end-to-end comparisons of
//! `tests/benches/e2e.rs` (which writes its table beside criterion's output),
//! and the emulator at scale (`benches/scale/benches/scale.rs`, which writes
//! its table there too), and the bulk import against its floor
//! (`tests/benches/bulk.rs`, the same way).
//!
//! A group's baseline is the benchmark whose name starts with `baseline`.
//! `--quick` runs criterion's quick mode and the short end-to-end plan.

use std::path::{Path, PathBuf};

use crate::{cargo, workspace_root};

pub(crate) fn run(filter: Option<&str>, quick: bool) -> Result<(), String> {
    // `--bench "*"`: the bench targets only (`--benches` would add the libraries'
    // test harnesses, which know no `--quick`).
    let mut args = vec!["bench", "--workspace", "--bench", "*", "--"];
    if quick {
        args.push("--quick");
    }
    if let Some(filter) = filter {
        args.push(filter);
    }
    let target = target_dir();
    let e2e = target.join("release/e2e-report.md");
    let scale = target.join("release/scale-report.md");
    let bulk = target.join("release/bulk-report.md");
    // A table left by an earlier run must not pass for this run's.
    let _ = std::fs::remove_file(&e2e);
    let _ = std::fs::remove_file(&scale);
    let _ = std::fs::remove_file(&bulk);
    cargo("bench", &args, &[])?;
    report(&target.join("criterion"))?;
    match std::fs::read_to_string(&e2e) {
        Ok(table) => println!("==> end to end (tim-rs / bare; higher is better)\n{table}"),
        Err(_) => println!("==> no end-to-end table (filtered out?)"),
    }
    match std::fs::read_to_string(&scale) {
        Ok(table) => {
            println!("==> the emulator at scale (memory per stored item; snapshot load / serde_json)\n{table}")
        }
        Err(_) => println!("==> no emulator-at-scale table (filtered out?)"),
    }
    match std::fs::read_to_string(&bulk) {
        Ok(table) => println!("==> bulk import against its floor (floor / wall; target >= 0.95)\n{table}"),
        Err(_) => println!("==> no bulk-import table (filtered out?)"),
    }
    Ok(())
}

/// Where cargo builds: `CARGO_TARGET_DIR` if set (relative to the workspace
/// root, as cargo reads it there), else the workspace's `target`.
fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => workspace_root().join(dir),
        _ => workspace_root().join("target"),
    }
}

/// Prints `group/bench: time (ratio to baseline)` for every group that has a
/// baseline.
fn report(root: &Path) -> Result<(), String> {
    let mut groups: Vec<_> = std::fs::read_dir(root)
        .map_err(|e| format!("no criterion output in {}: {e}", root.display()))?
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir() && entry.file_name() != "report")
        .collect();
    groups.sort_by_key(|entry| entry.file_name());
    println!("==> ratios to each group's baseline (lower is faster)");
    for group in groups {
        let mut benches: Vec<(String, f64)> = std::fs::read_dir(group.path())
            .map_err(|e| e.to_string())?
            .filter_map(Result::ok)
            .filter_map(|bench| {
                Some((
                    bench.file_name().to_string_lossy().into_owned(),
                    mean_ns(&bench.path())?,
                ))
            })
            .collect();
        benches.sort_by(|a, b| a.0.cmp(&b.0));
        let Some(&(_, baseline)) = benches.iter().find(|(name, _)| name.starts_with("baseline")) else {
            continue;
        };
        println!("{}", group.file_name().to_string_lossy());
        for (name, ns) in &benches {
            println!("    {name:<40} {:>12} {:>8.2}x", format_ns(*ns), ns / baseline);
        }
    }
    Ok(())
}

fn mean_ns(bench: &Path) -> Option<f64> {
    let text = std::fs::read_to_string(bench.join("new/estimates.json")).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    json["mean"]["point_estimate"].as_f64()
}

fn format_ns(ns: f64) -> String {
    match ns {
        ns if ns >= 1e6 => format!("{:.2} ms", ns / 1e6),
        ns if ns >= 1e3 => format!("{:.2} µs", ns / 1e3),
        ns => format!("{ns:.0} ns"),
    }
}
