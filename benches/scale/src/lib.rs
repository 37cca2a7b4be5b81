//! Nothing: this package holds the emulator-at-scale bench (`benches/scale.rs`),
//! run by `cargo xtask bench`.
