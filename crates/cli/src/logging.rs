//! `-v` and `RUST_LOG`: the SDK's tracing, written to standard error.

use tracing_subscriber::filter::{LevelFilter, Targets};

/// Turns logging on when asked: `RUST_LOG` (targets and levels, such as
/// `tim_api=debug,info`) wins over `-v` (debug) and `-vv` (trace) for tim's
/// crates. Without either, nothing is logged.
pub(crate) fn init(verbose: u8) {
    let from_env = std::env::var("RUST_LOG")
        .ok()
        .and_then(|text| text.parse::<Targets>().ok());
    let filter = match (from_env, verbose) {
        (Some(targets), _) => targets,
        (None, 0) => return,
        (None, verbosity) => {
            let level = if verbosity == 1 {
                LevelFilter::DEBUG
            } else {
                LevelFilter::TRACE
            };
            Targets::new()
                .with_target("tim_api", level)
                .with_target("tim_transport", level)
                .with_default(LevelFilter::WARN)
        }
    };
    use tracing_subscriber::layer::SubscriberExt as _;
    use tracing_subscriber::util::SubscriberInitExt as _;
    let _ = tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_ansi(false),
        )
        .with(filter)
        .try_init();
}
