//! `tim callback`: make and check webhook signatures.

use std::time::Duration;

use clap::Subcommand;
use tim_callback::{Clock, FixedClock, SystemClock, Token, Verifier, DEFAULT_REPLAY_WINDOW};

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Print a valid `Sign=..&RequestTime=..` pair for the webhook token.
    Sign {
        /// The webhook token (prefer the environment variable).
        #[arg(long, env = "TIM_CALLBACK_TOKEN", hide_env_values = true)]
        token: Token,
        /// RequestTime, Unix seconds (default: now).
        #[arg(long)]
        time: Option<u64>,
    },
    /// Check a webhook's query string (or whole URL); exits 1 if it fails.
    Verify {
        /// The query string, e.g. `SdkAppid=..&CallbackCommand=..&Sign=..&RequestTime=..`,
        /// or the whole URL.
        query: String,
        /// The app's SDKAppID.
        #[arg(long, env = "TIM_SDKAPPID")]
        sdkappid: u64,
        /// The webhook token (prefer the environment variable).
        #[arg(long, env = "TIM_CALLBACK_TOKEN", hide_env_values = true)]
        token: Token,
        /// How far RequestTime may be from now, in seconds.
        #[arg(long, default_value_t = DEFAULT_REPLAY_WINDOW.as_secs())]
        window: u64,
        /// Check as of this Unix time (default: now).
        #[arg(long)]
        at: Option<u64>,
    },
}

pub(crate) fn run(command: Command) -> Result<(), crate::failure::Failure> {
    match command {
        Command::Sign { token, time } => {
            let time = time.unwrap_or_else(|| SystemClock.now());
            crate::output::line(&format!("Sign={}&RequestTime={time}", token.sign(time)));
            Ok(())
        }
        Command::Verify {
            query,
            sdkappid,
            token,
            window,
            at,
        } => {
            let query = query.split_once('?').map_or(query.as_str(), |(_, query)| query);
            let now = at.unwrap_or_else(|| SystemClock.now());
            let verifier = Verifier::new(sdkappid, token)
                .with_window(Duration::from_secs(window))
                .with_clock(FixedClock::new(now));
            let query = verifier
                .verify_query(query)
                .map_err(|e| crate::failure::Failure::invalid(e.to_string()))?;
            crate::output::line(&format!(
                "valid: {} for SDKAppID {}",
                query.callback_command, query.sdk_app_id
            ));
            Ok(())
        }
    }
}
