//! End-to-end tests across the tim-rs crates.
//!
//! The library part holds what several test files share: the round-trip
//! suite over the documented samples and generated values (run by `cargo
//! test` in tests/roundtrip.rs and by `cargo xtask test` with a chosen case
//! count and a printed report), and the harness that drives both clients.

pub mod driver;
pub mod group_properties;
pub mod harness;
pub mod message_properties;
pub mod properties;
pub mod samples;
pub mod strategies;
