//! The round-trip suite over the documented samples and generated values, as a
//! library so that both `cargo test` (tests/roundtrip.rs) and `cargo xtask
//! test` (with a chosen case count and a printed report) run the same code.

pub mod properties;
pub mod samples;
pub mod strategies;
