//! Command-line options of the emulator, shared by the `tim-emulator` binary
//! and `tim emulator`.

use std::time::Duration;

use clap::Args;
use tim_callback::Token;
use tim_usersig::SecretKey;

use tim_protocol::ErrorCode;

use crate::{
    AppSettings, CallbackConfig, ConnectionLimits, Edition, Emulator, EmulatorHandle, Faults, DEFAULT_SDKAPPID,
    DEFAULT_SECRET_KEY,
};

/// The environment variable the secret key may come from.
const SECRET_KEY_VAR: &str = "TIM_SECRET_KEY";

/// The environment variable the webhook token may come from.
const CALLBACK_TOKEN_VAR: &str = "TIM_CALLBACK_TOKEN";

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
    /// The app's webhook URL: the emulator POSTs the webhooks of what it
    /// models there, signed. Plain `http://` only (no TLS client).
    #[arg(long, value_name = "URL")]
    pub callback_url: Option<String>,
    /// The webhook token the requests are signed with (needed with
    /// `--callback-url`). Prefer the environment variable: a flag shows in
    /// the process list. Never printed.
    #[arg(long, env = CALLBACK_TOKEN_VAR, hide_env_values = true, value_name = "TOKEN", value_parser = parse_token)]
    pub callback_token: Option<Token>,
    /// How long a before-event webhook may take to answer before the
    /// operation goes ahead, e.g. `2s` or `500ms` (default 2s).
    #[arg(long, value_name = "TIME", value_parser = parse_duration)]
    pub callback_timeout: Option<Duration>,
    /// How many times a failed after-event webhook is sent again (default 0).
    #[arg(long, value_name = "N")]
    pub callback_retries: Option<u32>,
    /// Checks the relationship chain before a one-to-one message (the
    /// console switch): a sender the recipient blocked is refused with
    /// 20007, strangers with 20009, one-way friends with 20010 or 20011.
    /// Off by default, as the `sendmsg` page says.
    #[arg(long)]
    pub check_friends: bool,
    /// How long after it was sent a message may be recalled through the
    /// REST API, e.g. `120s` (the console's 2 minutes); past it, 20016
    /// (`admin_msgwithdraw`) or 10031 (`group_msg_recall`). No limit by
    /// default, as the page says.
    #[arg(long, value_name = "TIME", value_parser = parse_duration)]
    pub recall_window: Option<Duration>,
    /// How many days of history are kept (default 7): older messages are not
    /// returned by the history reads.
    #[arg(long, value_name = "N")]
    pub history_days: Option<u64>,
    /// The address to listen on (default 127.0.0.1). Any other address
    /// serves anyone who can reach it, with a public development key by
    /// default: a warning is logged.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub host: std::net::IpAddr,
    /// Writes every call answered to FILE as one JSON line (appended,
    /// flushed per line; `-` for standard output). No UserSig is written.
    #[arg(long, value_name = "FILE")]
    pub request_log: Option<std::path::PathBuf>,
    /// Calls the request log keeps in memory (default 100000; the oldest
    /// are dropped).
    #[arg(long, value_name = "N")]
    pub request_log_capacity: Option<usize>,
    /// Builds the world of a seed file at start (accounts, profiles,
    /// friends, groups, messages; see the README); repeat for several.
    #[arg(long = "seed", value_name = "FILE")]
    pub seeds: Vec<std::path::PathBuf>,
    /// Delays every reply by TIME, e.g. `200ms` (the call is served first,
    /// so a client that times out leaves its change made).
    #[arg(long, value_name = "TIME", value_parser = parse_duration)]
    pub latency: Option<Duration>,
    /// Answers a fraction R (0 to 1) of calls with `--error-code`, before
    /// anything changes.
    #[arg(long, value_name = "R", value_parser = crate::faults::parse_rate, requires = "error_code")]
    pub error_rate: Option<f64>,
    /// The code the calls picked by `--error-rate` fail with, e.g. 90018.
    #[arg(long, value_name = "N", requires = "error_rate")]
    pub error_code: Option<i64>,
    /// Keep the world in FILE: loaded on start if it exists (a damaged or
    /// newer file is refused, and left as it is), saved on Ctrl-C or
    /// SIGTERM and on `POST /emulator/snapshot` (`tim emulator snapshot`).
    #[arg(long, value_name = "FILE")]
    pub state: Option<std::path::PathBuf>,
    /// Serves the web console (pages of the emulator's world, and actions)
    /// on a listener of its own on 127.0.0.1, opened with a token: the URL
    /// printed at start holds a random one. Needs a tim-emulator built with
    /// the `console` feature (`tim` is; `cargo install tim-emulator
    /// --features console`).
    #[arg(long)]
    pub console: bool,
    /// The console's port on 127.0.0.1 (default: a free one).
    #[arg(long, value_name = "PORT", requires = "console")]
    pub console_port: Option<u16>,
    /// The console's token instead of a random one (then the URL printed
    /// leaves it out). Prefer the environment variable: a flag shows in the
    /// process list. Never logged.
    #[arg(long, env = CONSOLE_TOKEN_VAR, hide_env_values = true, value_name = "TOKEN", value_parser = parse_console_token)]
    pub console_token: Option<ConsoleSecret>,
}

/// The environment variable the console's token may come from.
const CONSOLE_TOKEN_VAR: &str = "TIM_CONSOLE_TOKEN";

/// The console's token as given on the command line: `Debug` hides it.
#[derive(Clone, PartialEq, Eq)]
pub struct ConsoleSecret(String);

impl ConsoleSecret {
    /// The token's text.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for ConsoleSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ConsoleSecret(<redacted>)")
    }
}

/// A console token; an empty one is refused.
fn parse_console_token(text: &str) -> Result<ConsoleSecret, String> {
    if text.is_empty() {
        Err("the console token is empty".into())
    } else {
        Ok(ConsoleSecret(text.to_owned()))
    }
}

/// A webhook token; an empty one is refused.
fn parse_token(text: &str) -> Result<Token, String> {
    if text.is_empty() {
        Err("the webhook token is empty".into())
    } else {
        Ok(Token::new(text))
    }
}

/// A duration written as seconds (`10`, `1.5`, `10s`) or milliseconds (`500ms`).
///
/// Not `humantime` (which `tim` uses for dates): it refuses a number with
/// no unit (`10`, `1.5`), which these flags have accepted from the start
/// (checked: `humantime::parse_duration("10")` is `UnknownUnit`).
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
        if let Some(config) = self.callbacks()? {
            builder = builder.callbacks(config);
        }
        builder = builder.host(self.host).faults(self.faults());
        if !self.host.is_loopback() {
            tracing::warn!(
                host = %self.host,
                "tim-emulator listens on a non-loopback address: it serves anyone who can reach it"
            );
        }
        if let Some(n) = self.request_log_capacity {
            builder = builder.request_log_capacity(n);
        }
        if let Some(path) = &self.request_log {
            builder = if path.as_os_str() == "-" {
                builder.request_log_writer(std::io::stdout())
            } else {
                let file = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)
                    .map_err(|error| {
                        std::io::Error::new(
                            error.kind(),
                            format!("cannot open the request log {}: {error}", path.display()),
                        )
                    })?;
                builder.request_log_writer(file)
            };
        }
        for seed in &self.seeds {
            builder = builder.seed(seed);
        }
        if let Some(path) = &self.state {
            builder = builder.state(path);
        }
        builder = self.with_console(builder)?;
        builder.app_settings(self.app_settings()).start()
    }

    /// The builder with the console of `--console`, `--console-port` and
    /// `--console-token`.
    #[cfg(feature = "console")]
    fn with_console(&self, builder: crate::EmulatorBuilder) -> std::io::Result<crate::EmulatorBuilder> {
        if !self.console {
            return Ok(builder);
        }
        let mut config = crate::ConsoleConfig::new().port(self.console_port.unwrap_or(0));
        if let Some(token) = &self.console_token {
            config = config.token(token.expose());
        }
        Ok(builder.console(config))
    }

    /// Without the `console` feature, `--console` is refused with how to
    /// get it.
    #[cfg(not(feature = "console"))]
    fn with_console(&self, builder: crate::EmulatorBuilder) -> std::io::Result<crate::EmulatorBuilder> {
        if self.console {
            return Err(std::io::Error::new(
                std::io::ErrorKind::Unsupported,
                "--console: this tim-emulator was built without the console \
                 (cargo install tim-emulator --features console)",
            ));
        }
        Ok(builder)
    }

    /// The console settings of these options.
    fn app_settings(&self) -> AppSettings {
        let mut settings = AppSettings::default()
            .check_friends_on_c2c(self.check_friends)
            .recall_window(self.recall_window);
        if let Some(days) = self.history_days {
            settings = settings.history_days(days);
        }
        settings
    }

    /// The faults of `--latency`, `--error-rate` and `--error-code`.
    fn faults(&self) -> Faults {
        let mut faults = Faults::none();
        if let Some(latency) = self.latency {
            faults = faults.latency(latency);
        }
        if let (Some(rate), Some(code)) = (self.error_rate, self.error_code) {
            faults = faults.errors(rate, ErrorCode::from(code));
        }
        faults
    }

    /// The webhook settings of these options: none without `--callback-url`;
    /// with it, a token is required.
    fn callbacks(&self) -> std::io::Result<Option<CallbackConfig>> {
        let invalid = |text: &str| std::io::Error::new(std::io::ErrorKind::InvalidInput, text.to_owned());
        let Some(url) = &self.callback_url else {
            if self.callback_timeout.is_some() || self.callback_retries.is_some() {
                return Err(invalid("--callback-timeout and --callback-retries need --callback-url"));
            }
            return Ok(None);
        };
        let token = self
            .callback_token
            .clone()
            .ok_or_else(|| invalid("--callback-url needs a webhook token: --callback-token or TIM_CALLBACK_TOKEN"))?;
        let mut config = CallbackConfig::new(url.clone(), token);
        if let Some(timeout) = self.callback_timeout {
            config = config.before_timeout(timeout).after_timeout(timeout);
        }
        if let Some(retries) = self.callback_retries {
            config = config.after_retries(retries);
        }
        Ok(Some(config))
    }

    /// Starts the emulator, prints where it listens, and serves until the
    /// process is stopped. Returns only if it cannot start. With a state
    /// file (`--state`), Ctrl-C or SIGTERM stops it and saves the world,
    /// then exits the process: 0 once saved, 1 if saving failed.
    pub fn run(&self) -> std::io::Error {
        match self.start() {
            Ok(emulator) => {
                println!(
                    "tim-emulator listening on {} (SDKAppID {}, admin {})",
                    emulator.base_url(),
                    emulator.sdkappid(),
                    emulator.admin()
                );
                if !self.host.is_loopback() {
                    println!("bound to {}", emulator.addr());
                }
                #[cfg(feature = "console")]
                if let (Some(url), Some(addr)) = (emulator.console_url(), emulator.console_addr()) {
                    // The one line that shows the token, when it was made
                    // now: the person who started the emulator needs it to
                    // open the console (as Jupyter prints its URL).
                    if emulator.console_token_generated() {
                        println!("console on http://{addr}/ — open {url}");
                    } else {
                        println!("console on http://{addr}/ (open it with the token of --console-token)");
                    }
                }
                if let Some(url) = &self.callback_url {
                    // The URL only: the token is never printed.
                    println!("delivering webhooks to {url}");
                }
                if let Some(path) = &self.state {
                    println!("keeping the state in {}", path.display());
                    wait_for_stop_signal();
                    exit_saving(emulator, path);
                }
                loop {
                    std::thread::park();
                }
            }
            Err(error) => error,
        }
    }
}

/// Waits for Ctrl-C (SIGINT) or, on Unix, SIGTERM. If the handlers cannot
/// be installed, serves until killed (nothing is saved then).
fn wait_for_stop_signal() {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
        loop {
            std::thread::park();
        }
    };
    runtime.block_on(async {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            match signal(SignalKind::terminate()) {
                Ok(mut terminate) => {
                    tokio::select! {
                        _ = tokio::signal::ctrl_c() => {}
                        _ = terminate.recv() => {}
                    }
                }
                Err(_) => {
                    let _ = tokio::signal::ctrl_c().await;
                }
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
    });
}

/// Stops the emulator, saves its world to `path`, and exits the process.
/// Messages go to standard error, which a closed standard output cannot
/// break.
fn exit_saving(emulator: EmulatorHandle, path: &std::path::Path) -> ! {
    use std::io::Write;
    let saved = emulator.close();
    let mut stderr = std::io::stderr();
    match saved {
        Ok(()) => {
            let _ = writeln!(stderr, "tim-emulator: stopped; state saved to {}", path.display());
            std::process::exit(0)
        }
        Err(error) => {
            let _ = writeln!(stderr, "tim-emulator: stopped; {error}");
            std::process::exit(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_duration, AppSettings, EmulatorArgs};
    use clap::Parser;
    use std::time::Duration;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        emulator: EmulatorArgs,
    }

    fn args(list: &[&str]) -> Result<EmulatorArgs, clap::Error> {
        Cli::try_parse_from(std::iter::once("tim-emulator").chain(list.iter().copied())).map(|cli| cli.emulator)
    }

    #[test]
    fn callback_options_make_the_webhook_settings() {
        let parsed = args(&[
            "--callback-url",
            "http://127.0.0.1:8080/hook",
            "--callback-token",
            "s3cret-token",
            "--callback-timeout",
            "500ms",
            "--callback-retries",
            "1",
        ])
        .unwrap();
        let config = parsed.callbacks().unwrap().unwrap();
        assert_eq!(config.url, "http://127.0.0.1:8080/hook");
        assert_eq!(config.token.expose(), "s3cret-token");
        assert_eq!(config.before_timeout, Duration::from_millis(500));
        assert_eq!(config.after_retries, 1);
        // The token shows nowhere.
        assert!(!format!("{parsed:?} {config:?}").contains("s3cret"));

        // A URL without a token, an https URL, an empty token, or timing
        // without a URL: refused.
        if std::env::var_os("TIM_CALLBACK_TOKEN").is_none() {
            let error = args(&["--callback-url", "http://127.0.0.1:1/"])
                .unwrap()
                .start()
                .unwrap_err();
            assert!(error.to_string().contains("TIM_CALLBACK_TOKEN"), "{error}");
        }
        let https = args(&["--callback-url", "https://example.com/", "--callback-token", "t"]).unwrap();
        assert!(https.start().unwrap_err().to_string().contains("plain http"));
        assert!(args(&["--callback-url", "http://x/", "--callback-token", ""]).is_err());
        assert!(args(&["--callback-retries", "2"]).unwrap().callbacks().is_err());
        assert!(args(&[]).unwrap().callbacks().unwrap().is_none());
    }

    #[test]
    fn console_settings_flags() {
        let parsed = args(&["--check-friends", "--recall-window", "120s", "--history-days", "30"]).unwrap();
        let settings = parsed.app_settings();
        assert!(settings.checks_friends_on_c2c());
        assert_eq!(settings.recall_window, Some(Duration::from_secs(120)));
        assert_eq!(settings.history_retention, Duration::from_secs(30 * 86_400));
        assert_eq!(args(&[]).unwrap().app_settings(), AppSettings::default());
    }

    #[test]
    fn console_flags_hide_the_token() {
        let parsed = args(&["--console", "--console-port", "0", "--console-token", "s3cret-console"]).unwrap();
        assert!(parsed.console);
        assert_eq!(
            parsed.console_token.as_ref().map(|t| t.expose()),
            Some("s3cret-console")
        );
        assert!(!format!("{parsed:?}").contains("s3cret"));
        assert!(
            args(&["--console-port", "8081"]).is_err(),
            "--console-port needs --console"
        );
        assert!(args(&["--console", "--console-token", ""]).is_err());
    }

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
