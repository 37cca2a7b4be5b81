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
    let error = Cli::parse().emulator.run();
    eprintln!("tim-emulator: cannot start: {error}");
    std::process::ExitCode::FAILURE
}
