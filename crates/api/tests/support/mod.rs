//! Helpers shared by this crate's test binaries.

pub mod driver;
pub mod telemetry;
