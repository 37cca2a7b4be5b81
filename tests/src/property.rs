//! What a property of the round-trip suite is, and the runner every
//! property module shares. The registry of all properties is `properties`.

use std::fmt::Debug;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde::{de::DeserializeOwned, Serialize};
use tim_protocol::Api;

/// One property: a name and how to run it.
pub struct Property {
    /// What it checks.
    pub name: &'static str,
    /// Runs `cases` generated cases; the error describes the minimal failing one.
    pub run: fn(cases: u32) -> Result<(), String>,
}

/// A runner for `cases` cases that records no regressions.
pub(crate) fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

/// Serializes each generated value, parses it back, and compares.
pub(crate) fn round_trips<T, S>(cases: u32, strategy: S) -> Result<(), String>
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
    S: Strategy<Value = T>,
{
    runner(cases)
        .run(&strategy, |value| round_trip(&value))
        .map_err(|e| e.to_string())
}

/// Each generated request passes `validate()`, then round-trips as in
/// [`round_trips`].
pub(crate) fn valid_and_round_trips<T, S>(cases: u32, strategy: S) -> Result<(), String>
where
    T: Api + PartialEq + Debug,
    S: Strategy<Value = T>,
{
    runner(cases)
        .run(&strategy, |request| {
            prop_assert!(
                request.validate().is_ok(),
                "{:?}: {}",
                request,
                request.validate().unwrap_err()
            );
            round_trip(&request)
        })
        .map_err(|e| e.to_string())
}

/// Serializes `value`, parses it back, and compares.
fn round_trip<T>(value: &T) -> Result<(), TestCaseError>
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let json = serde_json::to_string(value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let back: T = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(format!("{e} in {json}")))?;
    prop_assert_eq!(&back, value, "JSON was {}", json);
    Ok(())
}
