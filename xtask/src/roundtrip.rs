//! The round-trip suite with a printed report.

use std::time::Instant;

use tim_tests::{callback_samples, properties, samples};

/// Round-trips every sample file, printing one line each.
pub(crate) fn samples() -> Result<(), String> {
    println!("==> samples: round trips of the documented JSON samples");
    let mut reports = samples::run_all();
    reports.extend(callback_samples::run_all());
    let mut failed = 0;
    for report in &reports {
        match &report.outcome {
            samples::Outcome::RoundTripped => println!("    ok       {}", report.name),
            samples::Outcome::Skipped(why) => println!("    skipped  {} ({why})", report.name),
            samples::Outcome::Failed(why) => {
                failed += 1;
                println!("    FAILED   {}: {why}", report.name);
            }
        }
    }
    let passed = reports
        .iter()
        .filter(|r| r.outcome == samples::Outcome::RoundTripped)
        .count();
    println!("samples: {passed} passed, {failed} failed");
    if failed == 0 && passed > 0 {
        Ok(())
    } else {
        Err(format!("{failed} sample(s) failed to round-trip"))
    }
}

/// Runs every property with `cases` generated cases, printing one line each.
pub(crate) fn properties(cases: u32) -> Result<(), String> {
    println!("==> properties: {cases} cases each");
    let mut failed = 0;
    let all = properties::all();
    for property in &all {
        let start = Instant::now();
        match (property.run)(cases) {
            Ok(()) => println!(
                "    ok       {} ({cases} cases, {:.1?})",
                property.name,
                start.elapsed()
            ),
            Err(error) => {
                failed += 1;
                println!("    FAILED   {} ({cases} cases): {error}", property.name);
            }
        }
    }
    println!("properties: {} passed, {failed} failed", all.len() - failed);
    if failed == 0 {
        Ok(())
    } else {
        Err(format!("{failed} propert(y/ies) failed"))
    }
}
