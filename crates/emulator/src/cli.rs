//! Command-line options of the emulator, shared by the `tim-emulator` binary
//! and `tim emulator`.

use std::time::Duration;

use clap::Args;
use tim_usersig::SecretKey;

use crate::{ConnectionLimits, Edition, Emulator, EmulatorHandle, DEFAULT_SDKAPPID, DEFAULT_SECRET_KEY};

/// The environment variable the secret key may come from.
const SECRET_KEY_VAR: &str = "TIM_SECRET_KEY";

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
    /// environment variable: a flag shows in the process list. An empty key
    /// is refused.
    #[arg(long, env = SECRET_KEY_VAR, hide_env_values = true)]
    pub secret_key: Option<SecretKey>,
    /// An administrator identifier; repeat for several (default: administrator).
    #[arg(long = "admin")]
    pub admins: Vec<String>,
    /// standard (no conversation groups), pro, pro-plus or enterprise.
    #[arg(long, default_value = "pro")]
    pub edition: Edition,
    /// Connections served at once; past it, the connection idle the longest
    /// is closed to make room (default 128). Keep it below `ulimit -n`.
    #[arg(long, value_name = "N")]
    pub max_connections: Option<usize>,
    /// Time a request's head may take to arrive, e.g. `10s` or `500ms`
    /// (default 10s).
    #[arg(long, value_name = "TIME", value_parser = parse_duration)]
    pub header_read_timeout: Option<Duration>,
    /// Time a request's body may take to arrive once its head has (default 30s).
    #[arg(long, value_name = "TIME", value_parser = parse_duration)]
    pub body_read_timeout: Option<Duration>,
    /// Time a kept-alive connection may wait for its next request (default 60s).
    #[arg(long, value_name = "TIME", value_parser = parse_duration)]
    pub idle_timeout: Option<Duration>,
}

/// A duration written as seconds (`10`, `1.5`, `10s`) or milliseconds (`500ms`).
fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let (number, scale) = match text.strip_suffix("ms") {
        Some(millis) => (millis, 1e-3),
        None => (text.strip_suffix('s').unwrap_or(text), 1.0),
    };
    number
        .trim()
        .parse::<f64>()
        .ok()
        .and_then(|value| Duration::try_from_secs_f64(value * scale).ok())
        .ok_or_else(|| format!("{text:?} is not a duration such as 10s or 500ms"))
}

impl EmulatorArgs {
    /// Starts an emulator configured by these options. Fails if the key is
    /// empty, given by the flag or by a `TIM_SECRET_KEY` that is set but
    /// empty (which would otherwise fall back to the public development key).
    pub fn start(&self) -> std::io::Result<EmulatorHandle> {
        let empty_key = || std::io::Error::new(std::io::ErrorKind::InvalidInput, "the secret key is empty");
        let key = match &self.secret_key {
            Some(key) => key.clone(),
            None if std::env::var_os(SECRET_KEY_VAR).is_some_and(|value| value.is_empty()) => {
                return Err(empty_key());
            }
            None => SecretKey::new(DEFAULT_SECRET_KEY).expect("the default key is not empty"),
        };
        let mut limits = ConnectionLimits::default();
        if let Some(n) = self.max_connections {
            limits = limits.max_connections(n);
        }
        if let Some(timeout) = self.header_read_timeout {
            limits = limits.header_read_timeout(timeout);
        }
        if let Some(timeout) = self.body_read_timeout {
            limits = limits.body_read_timeout(timeout);
        }
        if let Some(timeout) = self.idle_timeout {
            limits = limits.idle_timeout(timeout);
        }
        let mut builder = Emulator::builder()
            .port(self.port)
            .sdkappid(self.sdkappid)
            .edition(self.edition)
            .secret_key(key)
            .connection_limits(limits);
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

#[cfg(test)]
mod tests {
    use super::parse_duration;
    use std::time::Duration;

    #[test]
    fn durations_in_seconds_or_milliseconds() {
        assert_eq!(parse_duration("10"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("1.5"), Ok(Duration::from_millis(1500)));
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        for bad in ["", "-1", "ten", "1h", "NaN"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }
}
