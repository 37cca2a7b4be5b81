//! `tim-emulator`: runs the emulator until interrupted.

use clap::Parser;
use tim_emulator::{Edition, Emulator, DEFAULT_SDKAPPID, DEFAULT_SECRET_KEY};
use tim_usersig::SecretKey;

/// A local emulator of the Tencent Cloud Chat REST API.
#[derive(Parser)]
#[command(name = "tim-emulator", version)]
struct Args {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// The app's SDKAppID.
    #[arg(long, default_value_t = DEFAULT_SDKAPPID)]
    sdkappid: u64,
    /// The app's secret key (default: a public development key).
    #[arg(long, env = "TIM_SECRET_KEY", hide_env_values = true)]
    secret_key: Option<String>,
    /// An administrator identifier; repeat for several (default: administrator).
    #[arg(long = "admin")]
    admins: Vec<String>,
    /// standard (no conversation groups), pro, pro-plus or enterprise.
    #[arg(long, default_value = "pro")]
    edition: Edition,
}

fn main() -> std::process::ExitCode {
    let args = Args::parse();
    let mut builder = Emulator::builder()
        .port(args.port)
        .sdkappid(args.sdkappid)
        .edition(args.edition)
        .secret_key(SecretKey::new(args.secret_key.as_deref().unwrap_or(DEFAULT_SECRET_KEY)));
    for admin in args.admins {
        builder = builder.admin(admin);
    }
    match builder.start() {
        Ok(emulator) => {
            println!(
                "tim-emulator listening on {} (SDKAppID {})",
                emulator.base_url(),
                emulator.sdkappid()
            );
            // Serve until the process is interrupted.
            loop {
                std::thread::park();
            }
        }
        Err(error) => {
            eprintln!("tim-emulator: cannot start: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
