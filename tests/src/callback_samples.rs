//! Every documented webhook body parses into its typed event and serializes
//! back to the same JSON value, also with unknown fields added at every level
//! (the service may add fields to events as it does to replies).
//!
//! The samples are `crates/callback/samples/<CallbackCommand>.json`; the
//! command comes from the body, and must match the file's name.

use std::path::{Path, PathBuf};

use serde_json::Value;
use tim_callback::Event;

use crate::samples::{file_name, with_unknown_fields, Outcome, Report};

/// The folder of webhook samples.
pub fn samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/callback/samples")
}

/// Round-trips every sample file in [`samples_dir`]: `*.json` (and
/// `*.clean.json` twins) through [`Event`]; `*.jsonc` files (published with
/// comments) are reported as skipped; `SOURCE` is not a sample.
pub fn run_all() -> Vec<Report> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(samples_dir())
        .expect("the webhook samples folder is readable")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && file_name(path) != "SOURCE")
        .collect();
    files.sort();
    files.iter().map(|path| run_one(path)).collect()
}

fn run_one(path: &Path) -> Report {
    let file = file_name(path);
    let name = format!("callback/{file}");
    let outcome = if file.ends_with(".jsonc") {
        Outcome::Skipped("JSON with comments, as published; its .clean.json twin is round-tripped")
    } else if !file.ends_with(".json") {
        Outcome::Failed("not a .json or .jsonc file".into())
    } else {
        let command = file.trim_end_matches(".json").trim_end_matches(".clean");
        match std::fs::read_to_string(path) {
            Err(error) => Outcome::Failed(format!("cannot read: {error}")),
            Ok(text) => check(command, &text),
        }
    };
    Report { name, outcome }
}

fn check(command: &str, text: &str) -> Outcome {
    let result = (|| {
        let original: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
        let event = Event::from_value(original.clone()).map_err(|e| e.to_string())?;
        if event.command().as_str() != command {
            return Err(format!(
                "the body's command is {}, the file's {command}",
                event.command()
            ));
        }
        if matches!(event, Event::Unknown(_)) {
            return Ok(false);
        }
        let back = event.to_value();
        if back != original {
            return Err(format!(
                "serializes to a different value:\n  sample: {original}\n  model:  {back}"
            ));
        }
        let grown = Event::from_value(with_unknown_fields(original.clone()))
            .map_err(|e| format!("with unknown fields: {e}"))?;
        if grown.to_value() != original {
            return Err(format!(
                "with unknown fields, parses to a different model: {}",
                grown.to_value()
            ));
        }
        Ok(true)
    })();
    match result {
        Ok(true) => Outcome::RoundTripped,
        Ok(false) => Outcome::Skipped("its command is not typed yet: it parses as Event::Unknown, kept whole"),
        Err(error) => Outcome::Failed(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_webhook_sample_round_trips() {
        let reports = run_all();
        assert!(reports.len() >= 8, "webhook samples missing: found {}", reports.len());
        let failed: Vec<_> = reports
            .iter()
            .filter(|r| matches!(r.outcome, Outcome::Failed(_)))
            .collect();
        assert!(failed.is_empty(), "{failed:#?}");
        // Every committed sample's command has its typed event: none may
        // fall back to Event::Unknown.
        let untyped: Vec<_> = reports
            .iter()
            .filter(|r| matches!(r.outcome, Outcome::Skipped(why) if why.contains("not typed")))
            .collect();
        assert!(untyped.is_empty(), "{untyped:#?}");
    }
}
