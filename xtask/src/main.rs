//! `cargo xtask`: the project's tasks as subcommands of one small binary.
//!
//! - `test`: formatting, clippy, docs, the dependency rules, the workspace's
//!   tests, the quickstart example against the in-process emulator, and the
//!   round-trip suite with a report of every sample file and property.
//! - `samples`: the sample round trips alone.
//! - `bench`: the criterion benchmarks, summarized as ratios to each group's
//!   baseline.
//! - `readme`: rewrite the README's coverage table from the endpoint table.
//! - `codegen`: rewrite every file derived from the endpoint table: the
//!   clients' methods, the README's table, ARCHITECTURE.md's list of the
//!   emulator's routes (see `codegen.rs`).

mod architecture;
mod bench;
mod codegen;
mod commands;
mod markers;
mod msrv;
mod package;
mod readme;
mod roundtrip;

use std::process::{Command, ExitCode};

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "cargo xtask", about = "tim-rs project tasks")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Everything CI checks: fmt, clippy, doc, tests, round trips.
    Test {
        /// Generated cases per round-trip property.
        #[arg(long, default_value_t = 1000)]
        cases: u32,
    },
    /// Round-trip every documented sample and print each file's result.
    Samples,
    /// Rewrite the README's coverage table from the endpoint table.
    Readme,
    /// Rewrite every file derived from the endpoint table (the clients'
    /// methods, the README's table, ARCHITECTURE.md's routes); `test` fails
    /// while one is stale.
    Codegen,
    /// Run the benchmarks: criterion's, printed as ratios to their
    /// baselines, and the end-to-end comparisons (BENCHMARKS.md).
    Bench {
        /// Fewer and shorter rounds: a few minutes on 2 cores.
        #[arg(long)]
        quick: bool,
        /// Only benchmarks (and end-to-end comparisons) matching this filter.
        filter: Option<String>,
    },
}

fn main() -> ExitCode {
    let result = match Cli::parse().task {
        Task::Test { cases } => test(cases),
        Task::Samples => roundtrip::samples(),
        Task::Readme => readme::write(),
        Task::Codegen => codegen::write(),
        Task::Bench { quick, filter } => bench::run(filter.as_deref(), quick),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: {error}");
            ExitCode::FAILURE
        }
    }
}

fn test(cases: u32) -> Result<(), String> {
    cargo("format", &["fmt", "--all", "--", "--check"], &[])?;
    cargo(
        "clippy",
        &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"],
        &[],
    )?;
    cargo(
        "docs",
        &["doc", "--workspace", "--no-deps"],
        &[("RUSTDOCFLAGS", "-D warnings")],
    )?;
    layering()?;
    msrv::check()?;
    // The operator's build without the emulator still builds.
    cargo(
        "features",
        &["check", "--quiet", "-p", "tim-rs-cli", "--no-default-features"],
        &[],
    )?;
    // The shared rate limit with the blocking client alone (no tokio).
    cargo(
        "features",
        &[
            "check",
            "--quiet",
            "-p",
            "tim-api",
            "--no-default-features",
            "--features",
            "blocking,rustls,redis",
        ],
        &[],
    )?;
    codegen::check()?;
    println!("==> package: the publishable crates, with their licences and READMEs");
    package::check()?;
    deny()?;
    // The round-trip suite runs once, below, with its report and case count;
    // its two tests are for plain `cargo test`.
    cargo(
        "tests",
        &[
            "test",
            "--workspace",
            "--",
            "--skip",
            "every_documented_sample_round_trips",
            "--skip",
            "every_property_holds",
        ],
        &[],
    )?;
    for example in ["quickstart", "messages"] {
        cargo(example, &["run", "--quiet", "-p", "tim-api", "--example", example], &[])?;
    }
    roundtrip::samples()?;
    roundtrip::properties(cases)
}

/// `cargo deny check licenses bans` (deny.toml): every dependency's licence
/// is one the project allows, and no crate comes in two versions but those
/// deny.toml names with their reasons.
fn deny() -> Result<(), String> {
    let installed = cargo_command()
        .args(["deny", "--version"])
        .output()
        .is_ok_and(|output| output.status.success());
    if !installed {
        return Err(
            "deny: cargo-deny is not installed: `cargo install cargo-deny --locked`, or run .ci/run, \
                    which installs it"
                .into(),
        );
    }
    cargo("deny", &["deny", "check", "licenses", "bans"], &[])
}

/// Crates that mean I/O, async or HTTP: the pure crates must not pull them in.
const IMPURE: &[&str] = &[
    "tokio",
    "reqwest",
    "ureq",
    "hyper",
    "http",
    "axum",
    "mio",
    "futures",
    "async-std",
    "socket2",
];

/// The dependency rules of ARCHITECTURE.md: each package, and the crates it must not
/// depend on (directly or not).
fn rules() -> Vec<(&'static str, Vec<&'static str>)> {
    let rules: [(&str, &[&[&str]]); 6] = [
        ("tim-clock", &[IMPURE]),
        ("tim-protocol", &[IMPURE]),
        ("tim-usersig", &[IMPURE]),
        // The transport knows bytes, not the protocol.
        ("tim-transport", &[&["tim-protocol", "tim-usersig"]]),
        // The emulator is a server of its own, not a client of the SDK.
        ("tim-emulator", &[&["tim-api", "tim-transport", "reqwest", "ureq"]]),
        // Webhooks: protocol, the clock and sha2; axum only behind the `axum`
        // feature; not the UserSig crate, which they have no use for.
        ("tim-callback", &[IMPURE, &["tim-usersig"]]),
    ];
    rules
        .into_iter()
        .map(|(package, lists)| (package, lists.concat()))
        .collect()
}

fn layering() -> Result<(), String> {
    for (package, forbidden) in rules() {
        println!("==> layering: cargo tree -p {package} -e normal");
        let output = cargo_command()
            .args([
                "tree", "-p", package, "-e", "normal", "--prefix", "none", "--format", "{p}",
            ])
            .output()
            .map_err(|e| format!("layering: cannot run cargo tree: {e}"))?;
        if !output.status.success() {
            return Err(format!("layering: cargo tree -p {package} failed"));
        }
        let tree = String::from_utf8_lossy(&output.stdout);
        let mut found: Vec<&str> = tree
            .lines()
            .filter_map(|line| line.split_whitespace().next())
            .filter(|name| forbidden.contains(name))
            .collect();
        found.sort_unstable();
        found.dedup();
        if !found.is_empty() {
            return Err(format!(
                "layering: {package} depends on {found:?}, which ARCHITECTURE.md forbids"
            ));
        }
        println!("    {package}: none of {forbidden:?}");
    }
    Ok(())
}

/// Runs `cargo args...` in the workspace root, failing with `step` named.
fn cargo(step: &str, args: &[&str], env: &[(&str, &str)]) -> Result<(), String> {
    println!("==> {step}: cargo {}", args.join(" "));
    let status = cargo_command()
        .args(args)
        .envs(env.iter().copied())
        .status()
        .map_err(|e| format!("{step}: cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{step} failed ({status})"))
    }
}

/// The cargo that runs xtask (or `cargo`), in the workspace root.
fn cargo_command() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(workspace_root());
    command
}

fn workspace_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}
