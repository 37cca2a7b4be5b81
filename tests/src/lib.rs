//! End-to-end tests across the tim-rs crates.
//!
//! The library part holds what several test files share: the round-trip
//! suite over the documented samples and generated values (run by `cargo
//! test` in tests/roundtrip.rs and by `cargo xtask test` with a chosen case
//! count and a printed report), the harness that drives both clients, and
//! the helpers of the emulator's tests.

pub mod callback_samples;
pub mod driver;
pub mod emulator;
pub mod group_properties;
pub mod harness;
pub mod message_properties;
pub mod profile_properties;
pub mod properties;
pub mod property;
pub mod samples;
pub mod sns_properties;
pub mod strategies;

/// The README's Rust examples, compiled as doc tests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeExamples;
