//! `tim-emulator`: runs the emulator until the process is stopped.

use clap::Parser;
use tim_emulator::EmulatorArgs;

/// A local emulator of the Tencent Cloud Chat REST API.
#[derive(Parser)]
#[command(name = "tim-emulator", version)]
struct Cli {
    #[command(flatten)]
    emulator: EmulatorArgs,
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    init_logging();
    let error = cli.emulator.run();
    eprintln!("tim-emulator: cannot start: {error}");
    std::process::ExitCode::FAILURE
}

/// Logs to standard error as `RUST_LOG` says (targets and levels, such as
/// `tim_emulator=debug` to see every call); without it, warnings (a
/// webhook that failed, a non-loopback `--host`).
fn init_logging() {
    use tracing_subscriber::filter::{LevelFilter, Targets};
    use tracing_subscriber::layer::SubscriberExt as _;
    use tracing_subscriber::util::SubscriberInitExt as _;
    let filter = std::env::var("RUST_LOG")
        .ok()
        .and_then(|text| text.parse::<Targets>().ok())
        .unwrap_or_else(|| Targets::new().with_default(LevelFilter::WARN));
    let _ = tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_ansi(false),
        )
        .with(filter)
        .try_init();
}
