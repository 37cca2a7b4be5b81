//! The README's coverage table, derived from the endpoint table: `cargo
//! xtask readme` writes it, `cargo xtask test` fails while it is stale.

use std::path::Path;

use tim_protocol::{Endpoint, ENDPOINTS};

use crate::markers::Section;
use crate::workspace_root;

const SECTION: Section = Section {
    file: "README.md",
    start: "<!-- coverage:start (cargo xtask readme writes this table) -->",
    end: "<!-- coverage:end -->",
};

/// The table, one row per endpoint in the table's order.
fn table() -> String {
    let samples = workspace_root().join("crates/protocol/samples");
    let mut text = format!(
        "{} endpoints. \"Samples\" counts the documented request and reply samples round-tripped by \
         `cargo xtask test`; \"emulated\" says whether `tim-emulator` models the endpoint (one it \
         does not model answers FAIL 60017 saying so, never a made-up success).\n\n",
        ENDPOINTS.len()
    );
    text.push_str("| endpoint | what it does | page | idempotent | rate limit | samples | emulated |\n");
    text.push_str("|---|---|---|---|---|---|---|\n");
    for endpoint in ENDPOINTS {
        // An older path the service still answers is named with its endpoint.
        let older: String = endpoint
            .aliases()
            .iter()
            .map(|alias| format!(" (older name: `{}`)", &alias[3..]))
            .collect();
        text.push_str(&format!(
            "| `{}` | {}{older} | {} | {} | {}/s | {} | {} |\n",
            &endpoint.path()[3..],
            endpoint.doc(),
            page(&samples, endpoint),
            if endpoint.idempotent() { "yes" } else { "no" },
            endpoint.rate_limit_per_sec(),
            sample_count(&samples, endpoint),
            if tim_emulator::emulated(endpoint.path()) {
                "yes"
            } else {
                "no"
            },
        ));
    }
    text
}

/// The documentation page named first in the samples folder's `SOURCE`, as
/// a link; "seed" for the user's seed document.
fn page(root: &Path, endpoint: &Endpoint) -> String {
    let source = root
        .join(endpoint.service().as_str())
        .join(endpoint.command())
        .join("SOURCE");
    let text = std::fs::read_to_string(source).unwrap_or_default();
    if text.contains("the user's seed") {
        return "seed".into();
    }
    text.split_whitespace()
        .find(|word| word.starts_with("https://"))
        .map(|url| url.trim_end_matches([')', ',', ';', '.']))
        .map_or_else(|| "-".into(), |url| format!("[page]({url})"))
}

fn sample_count(root: &Path, endpoint: &Endpoint) -> usize {
    let dir = root.join(endpoint.service().as_str()).join(endpoint.command());
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|entry| {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    (name.starts_with("request") || name.starts_with("response")) && name.ends_with(".json")
                })
                .count()
        })
        .unwrap_or(0)
}

/// Writes the current table into README.md.
pub(crate) fn write() -> Result<(), String> {
    SECTION.write(&table())?;
    println!("README.md: coverage table of {} endpoints written", ENDPOINTS.len());
    Ok(())
}

/// Fails if README.md's table is not the one the endpoint table gives.
pub(crate) fn check() -> Result<(), String> {
    println!("==> readme: the coverage table matches the endpoint table");
    if SECTION.is_current(&table())? {
        println!("    {} endpoints listed", ENDPOINTS.len());
        Ok(())
    } else {
        Err("README.md's coverage table is stale: run `cargo xtask readme` and commit".into())
    }
}
