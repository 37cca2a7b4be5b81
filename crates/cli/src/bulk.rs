//! What the bulk commands share (`tim account import --file`, `tim friend
//! import`, `tim group import-members`, `tim msg batch --to-file`): the
//! journal flags, the failures file, progress on standard error, Ctrl-C,
//! the summary and the exit code. The runs themselves are tim-api's
//! `bulk` module's.
//!
//! - **Progress**: a bar (items done, rate, ETA) when standard error is a
//!   terminal; otherwise a plain line every few seconds.
//! - **Ctrl-C** stops after the call in flight (its outcome journaled) and
//!   prints the command that resumes; a second Ctrl-C quits at once.
//! - **`--failures FILE`** is appended to, one line per item that did not
//!   succeed: the item's key (the UserID; for friends `user<TAB>friend`),
//!   then `failed` or `unknown`, the code (empty when there was none) and
//!   the message, tab-separated (so `cut -f1` gives UserIDs to retry).
//! - **Summary**: one line on standard output (a JSON object with `--json`):
//!   how many imported, already there, skipped (accepted by an earlier run),
//!   failed, unknown; each failure also goes to standard error (JSON Lines
//!   on standard output with `--json`).
//! - **Exit**: 0 when every item succeeded; 4 when some are unknown; 3 when
//!   some failed or the run was stopped; 1 when all failed.

use std::fs::OpenOptions;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use clap::Args;
use tim_api::bulk::{BulkError, BulkOperation, BulkOptions, ItemOutcome};

use crate::app::Client;
use crate::failure::Failure;
use crate::output::{line, warn};

/// How often the plain progress line is printed when standard error is not
/// a terminal.
const PLAIN_PROGRESS_EVERY: Duration = Duration::from_secs(2);

/// The progress bar: items done of all, the rate, the time left.
const BAR: &str = "{wide_bar} {human_pos}/{human_len} items  {per_sec}  ETA {eta}";

/// The journal and failures flags of a bulk command.
#[derive(Debug, Args)]
pub(crate) struct BulkArgs {
    /// Keep a journal of the run in FILE (a new file), so that an
    /// interrupted run can be resumed with `--resume FILE`.
    #[arg(long, value_name = "FILE", conflicts_with = "resume")]
    journal: Option<PathBuf>,
    /// Resume the run a journal recorded, with the same input: chunks it
    /// accepted are not sent again; those in doubt are checked first.
    #[arg(long, value_name = "JOURNAL")]
    resume: Option<PathBuf>,
    /// Append every item that did not succeed to FILE: key, `failed` or
    /// `unknown`, code, message, tab-separated.
    #[arg(long, value_name = "FILE")]
    failures: Option<PathBuf>,
}

impl BulkArgs {
    /// Whether any of the flags is given.
    pub(crate) fn is_set(&self) -> bool {
        self.journal.is_some() || self.resume.is_some() || self.failures.is_some()
    }
}

/// The counts of a run's outcomes.
#[derive(Debug, Default)]
struct Counts {
    imported: usize,
    existed: usize,
    skipped: usize,
    failed: usize,
    unknown: usize,
}

impl Counts {
    fn done(&self) -> usize {
        self.imported + self.existed + self.skipped + self.failed + self.unknown
    }
}

/// Set by Ctrl-C; the handler is installed once per process.
fn stop_flag() -> Arc<AtomicBool> {
    static STOP: OnceLock<Arc<AtomicBool>> = OnceLock::new();
    STOP.get_or_init(|| {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let installed = ctrlc::set_handler(move || {
            if flag.swap(true, Ordering::SeqCst) {
                std::process::exit(130);
            }
            eprintln!("tim: stopping after the call in flight (Ctrl-C again to quit at once)");
        });
        if let Err(error) = installed {
            warn(&format!("tim: Ctrl-C will not stop the run cleanly: {error}"));
        }
        stop
    })
    .clone()
}

/// The command line that resumes this run: its arguments `args` (without
/// the program), with `--journal` turned into `--resume`.
fn resume_command(args: impl IntoIterator<Item = String>, journal: &std::path::Path) -> String {
    let mut words = vec!["tim".to_owned()];
    let mut args = args.into_iter();
    let mut has_resume = false;
    while let Some(arg) = args.next() {
        if arg == "--journal" {
            args.next();
            continue;
        }
        if arg.starts_with("--journal=") {
            continue;
        }
        has_resume |= arg == "--resume" || arg.starts_with("--resume=");
        words.push(quote(&arg));
    }
    if !has_resume {
        words.push("--resume".into());
        words.push(quote(&journal.display().to_string()));
    }
    words.join(" ")
}

/// `word` quoted for a POSIX shell where it needs it.
fn quote(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_./=:@%+,".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// Progress on standard error.
enum Progress {
    Bar(indicatif::ProgressBar),
    Plain {
        total: usize,
        started: Instant,
        last: Instant,
    },
    Off,
}

impl Progress {
    fn new(total: usize, json: bool) -> Self {
        if std::io::stderr().is_terminal() && !json {
            let bar = indicatif::ProgressBar::new(total as u64);
            let style = indicatif::ProgressStyle::with_template(BAR);
            if let Ok(style) = style {
                bar.set_style(style);
            }
            return Self::Bar(bar);
        }
        let now = Instant::now();
        match total {
            0 => Self::Off,
            _ => Self::Plain {
                total,
                started: now,
                last: now,
            },
        }
    }

    fn update(&mut self, done: usize) {
        match self {
            Self::Bar(bar) => bar.set_position(done as u64),
            Self::Plain { total, started, last } => {
                let now = Instant::now();
                if now.duration_since(*last) >= PLAIN_PROGRESS_EVERY || done == *total {
                    *last = now;
                    let secs = now.duration_since(*started).as_secs_f64().max(0.001);
                    let rate = done as f64 / secs;
                    let eta = if rate > 0.0 { (*total - done) as f64 / rate } else { 0.0 };
                    eprintln!("tim: {done}/{total} items, {rate:.0}/s, ETA {eta:.0}s");
                }
            }
            Self::Off => {}
        }
    }

    fn println(&self, text: &str) {
        match self {
            Self::Bar(bar) => bar.suspend(|| warn(text)),
            _ => warn(text),
        }
    }

    fn finish(&self) {
        if let Self::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}

/// A journal that failed during the run: it stopped, with the outcome of
/// the chunk at hand not written down.
fn journal_failure(error: BulkError) -> Failure {
    Failure::unknown(format!("the run stopped: {error}"))
}

/// Runs `op` through `client` with the flags `args`, reporting as the
/// module says.
pub(crate) fn run<O: BulkOperation + 'static>(
    client: &Client,
    json: bool,
    op: O,
    args: &BulkArgs,
) -> Result<(), Failure> {
    let total = op.len();
    let stop = stop_flag();
    let mut options = BulkOptions::new().stop_when(Arc::clone(&stop));
    let journal = args.resume.as_ref().or(args.journal.as_ref());
    if let Some(path) = &args.journal {
        options = options.journal(path);
    }
    if let Some(path) = &args.resume {
        options = options.resume(path);
    }
    let mut failures = match &args.failures {
        Some(path) => Some(BufWriter::new(
            OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .map_err(|e| Failure::usage(format!("cannot open {}: {e}", path.display())))?,
        )),
        None => None,
    };
    let results = client.bulk(op, options)?;
    let mut counts = Counts::default();
    let mut progress = Progress::new(total, json);
    let mut last_chunk = None;
    let mut ended_by = None;
    for result in results {
        let result = match result {
            Ok(result) => result,
            Err(error) => {
                ended_by = Some(error);
                break;
            }
        };
        if last_chunk != Some(result.chunk) {
            last_chunk = Some(result.chunk);
            if let Some(file) = &mut failures {
                let _ = file.flush();
            }
        }
        let (kind, code, message) = match &result.outcome {
            ItemOutcome::Imported => {
                counts.imported += 1;
                (None, None, "")
            }
            ItemOutcome::AlreadyExisted => {
                counts.existed += 1;
                (None, None, "")
            }
            ItemOutcome::Failed { code, message } => {
                counts.failed += 1;
                (Some("failed"), code.map(|code| code.code()), message.as_str())
            }
            ItemOutcome::Unknown { message } => {
                counts.unknown += 1;
                (Some("unknown"), None, message.as_str())
            }
            // Skipped, and any outcome a later tim-api adds: done earlier.
            _ => {
                counts.skipped += 1;
                (None, None, "")
            }
        };
        if let Some(kind) = kind {
            let code_text = code.map(|code| code.to_string()).unwrap_or_default();
            if let Some(file) = &mut failures {
                let message = message.replace(['\t', '\n', '\r'], " ");
                writeln!(file, "{}\t{kind}\t{code_text}\t{message}", result.key)
                    .map_err(|e| Failure::unknown(format!("cannot write the failures file: {e}")))?;
            }
            if json {
                line(
                    &serde_json::json!({
                        "index": result.index,
                        "key": result.key,
                        "chunk": result.chunk,
                        "outcome": kind,
                        "code": code,
                        "message": message,
                    })
                    .to_string(),
                );
            } else {
                let code = code.map(|code| format!(" ({code})")).unwrap_or_default();
                progress.println(&format!("{} {kind}{code}: {message}", result.key.replace('\t', " ")));
            }
        }
        progress.update(counts.done());
    }
    progress.finish();
    if let Some(file) = &mut failures {
        file.flush()
            .map_err(|e| Failure::unknown(format!("cannot write the failures file: {e}")))?;
    }
    let stopped = stop.load(Ordering::SeqCst) && counts.done() < total;
    if json {
        line(
            &serde_json::json!({
                "items": total,
                "imported": counts.imported,
                "already_existed": counts.existed,
                "skipped": counts.skipped,
                "failed": counts.failed,
                "unknown": counts.unknown,
                "stopped": stopped,
            })
            .to_string(),
        );
    } else {
        line(&format!(
            "{} of {total} item(s): {} imported, {} already there, {} skipped (done by an earlier run), {} failed, {} unknown",
            counts.done(),
            counts.imported,
            counts.existed,
            counts.skipped,
            counts.failed,
            counts.unknown
        ));
    }
    let resume = match journal {
        Some(path) => format!("resume with: {}", resume_command(std::env::args().skip(1), path)),
        None => "no journal was kept (--journal FILE), so a new run sends every item again".into(),
    };
    if let Some(error) = ended_by {
        return Err(journal_failure(error));
    }
    if stopped {
        return Err(Failure::stopped(format!(
            "stopped after {} of {total} item(s); {resume}",
            counts.done()
        )));
    }
    if counts.unknown > 0 {
        return Err(Failure::unknown(format!(
            "{} item(s) may or may not have been applied; {resume}",
            counts.unknown
        )));
    }
    Failure::items(counts.failed, total - counts.skipped)
}

/// The lines of an input file (`-`: standard input), each split at tabs,
/// blank lines skipped, a line's trailing `\r` and spaces around each
/// column dropped.
pub(crate) fn read_rows(path: &std::path::Path) -> Result<Vec<Vec<String>>, Failure> {
    let text = if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .map_err(|e| Failure::usage(format!("cannot read standard input: {e}")))?;
        text
    } else {
        std::fs::read_to_string(path).map_err(|e| Failure::usage(format!("cannot read {}: {e}", path.display())))?
    };
    Ok(text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.split('\t').map(|column| column.trim().to_owned()).collect())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_resume_hint_swaps_journal_for_resume_and_quotes_what_needs_it() {
        let args = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let journal = std::path::Path::new("my run.journal");
        let hint = resume_command(
            args(&[
                "account",
                "import",
                "--file",
                "users.txt",
                "--journal",
                "my run.journal",
            ]),
            journal,
        );
        assert_eq!(hint, "tim account import --file users.txt --resume 'my run.journal'");
        let hint = resume_command(
            args(&["msg", "batch", "--text", "it's up", "--resume=j", "--to-file", "-"]),
            std::path::Path::new("j"),
        );
        assert_eq!(hint, r"tim msg batch --text 'it'\''s up' --resume=j --to-file -");
    }

    #[test]
    fn the_bar_template_is_valid_and_input_rows_are_split_at_tabs() {
        assert!(indicatif::ProgressStyle::with_template(BAR).is_ok());
        let dir = std::env::temp_dir().join(format!("tim-bulk-rows-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("users.txt");
        std::fs::write(&file, "alice\tAlice\thttps://x/a.png\r\n\n  bob \n").unwrap();
        let rows = read_rows(&file).unwrap();
        assert_eq!(rows, [vec!["alice", "Alice", "https://x/a.png"], vec!["bob"]]);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
