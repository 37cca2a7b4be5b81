//! The round-trip suite under plain `cargo test` (256 cases per property, or
//! `PROPTEST_CASES`). `cargo xtask test` skips these two tests and runs the
//! suite once itself, with its own case count and a printed report.

use tim_tests::{properties, samples};

#[test]
fn every_documented_sample_round_trips() {
    let reports = samples::run_all();
    assert!(reports.len() >= 20, "samples missing: found {}", reports.len());
    let failed: Vec<_> = reports
        .iter()
        .filter(|r| matches!(r.outcome, samples::Outcome::Failed(_)))
        .collect();
    assert!(failed.is_empty(), "{failed:#?}");
}

#[test]
fn every_property_holds() {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256);
    for property in properties::all() {
        if let Err(error) = (property.run)(cases) {
            panic!("{}: {error}", property.name);
        }
    }
}
