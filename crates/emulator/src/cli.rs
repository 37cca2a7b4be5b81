//! Command-line options of the emulator, shared by the `tim-emulator` binary
//! and `tim emulator`.

use clap::Args;
use tim_usersig::SecretKey;

use crate::{Edition, Emulator, EmulatorHandle, DEFAULT_SDKAPPID, DEFAULT_SECRET_KEY};

/// How to run the emulator from a command line.
#[derive(Debug, Clone, Args)]
#[non_exhaustive]
pub struct EmulatorArgs {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// The app's SDKAppID.
    #[arg(long, default_value_t = DEFAULT_SDKAPPID)]
    pub sdkappid: u64,
    /// The app's secret key (default: a public development key). Prefer the
    /// environment variable: a flag shows in the process list.
    #[arg(long, env = "TIM_SECRET_KEY", hide_env_values = true)]
    pub secret_key: Option<SecretKey>,
    /// An administrator identifier; repeat for several (default: administrator).
    #[arg(long = "admin")]
    pub admins: Vec<String>,
    /// standard (no conversation groups), pro, pro-plus or enterprise.
    #[arg(long, default_value = "pro")]
    pub edition: Edition,
}

impl EmulatorArgs {
    /// Starts an emulator configured by these options.
    pub fn start(&self) -> std::io::Result<EmulatorHandle> {
        let mut builder = Emulator::builder()
            .port(self.port)
            .sdkappid(self.sdkappid)
            .edition(self.edition)
            .secret_key(
                self.secret_key
                    .clone()
                    .unwrap_or_else(|| SecretKey::new(DEFAULT_SECRET_KEY).expect("the default key is not empty")),
            );
        for admin in &self.admins {
            builder = builder.admin(admin);
        }
        builder.start()
    }

    /// Starts the emulator, prints where it listens, and serves until the
    /// process is stopped. Returns only if it cannot start.
    pub fn run(&self) -> std::io::Error {
        match self.start() {
            Ok(emulator) => {
                println!(
                    "tim-emulator listening on {} (SDKAppID {}, admin {})",
                    emulator.base_url(),
                    emulator.sdkappid(),
                    emulator.admin()
                );
                loop {
                    std::thread::park();
                }
            }
            Err(error) => error,
        }
    }
}
