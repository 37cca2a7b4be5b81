//! `tim usersig`: make, check and read UserSigs.

use std::io::Read;

use crate::failure::Failure;
use clap::{Args, Subcommand};
use tim_api::AppSettings;
use tim_usersig::{decode, verify, Clock, DecodedUserSig, SecretKey, Signer, SystemClock, VerifyParams};

/// The app a UserSig belongs to: flags laid over the environment, read by
/// tim-api's `AppSettings` as for every other command.
#[derive(Debug, Args)]
pub(crate) struct SigApp {
    /// The app's SDKAppID [env: TIM_SDKAPPID].
    #[arg(long)]
    sdkappid: Option<u64>,
    /// The identifier the UserSig is for [env: TIM_IDENTIFIER].
    #[arg(long, allow_hyphen_values = true)]
    identifier: Option<String>,
    /// The app's secret key; prefer the environment variable [env: TIM_SECRET_KEY].
    #[arg(long)]
    secret_key: Option<SecretKey>,
    /// The userbuf, as text (rarely used).
    #[arg(long)]
    userbuf: Option<String>,
}

/// The app's SDKAppID, identifier and key, from the flags or the environment.
struct Resolved {
    sdkappid: u64,
    identifier: String,
    secret_key: SecretKey,
}

impl SigApp {
    fn resolve(&self) -> Result<Resolved, Failure> {
        let env = AppSettings::from_env();
        let sdkappid = match (self.sdkappid, env.sdkappid.as_deref()) {
            (Some(sdkappid), _) => sdkappid,
            (None, Some(text)) => text
                .trim()
                .parse()
                .map_err(|_| Failure::usage("TIM_SDKAPPID is invalid: not a number"))?,
            (None, None) => return Err(Failure::usage("give --sdkappid or TIM_SDKAPPID")),
        };
        let identifier = self
            .identifier
            .clone()
            .or_else(|| env.identifier.clone())
            .ok_or_else(|| Failure::usage("give --identifier or TIM_IDENTIFIER"))?;
        let secret_key = match &self.secret_key {
            Some(key) => key.clone(),
            None => env
                .checked_secret_key()
                .map_err(|e| Failure::usage(format!("{e} (or give --secret-key)")))?,
        };
        Ok(Resolved {
            sdkappid,
            identifier,
            secret_key,
        })
    }
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Sign a UserSig and print it.
    Gen {
        #[command(flatten)]
        app: SigApp,
        /// Validity in seconds.
        #[arg(long, default_value_t = 86_400)]
        expire: u64,
        /// Signing time, Unix seconds (default: now).
        #[arg(long)]
        time: Option<u64>,
    },
    /// Check a UserSig against the app's key; exits 1 if it is not valid.
    Verify {
        /// The UserSig, or - to read it from standard input (keeps it out of
        /// the process list).
        token: String,
        #[command(flatten)]
        app: SigApp,
        /// Check as of this Unix time (default: now).
        #[arg(long)]
        at: Option<u64>,
    },
    /// Print a UserSig's fields without checking it.
    Decode {
        /// The UserSig, or - to read it from standard input.
        token: String,
    },
}

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Gen { app, expire, time } => {
            let Resolved {
                sdkappid,
                identifier,
                secret_key,
            } = app.resolve()?;
            let signer = Signer::new(sdkappid, secret_key);
            let time = time.unwrap_or_else(|| SystemClock.now());
            let userbuf = app.userbuf.as_deref().map(str::as_bytes);
            crate::output::line(signer.sign_with_userbuf_at(&identifier, expire, userbuf, time).expose());
            Ok(())
        }
        Command::Verify { token, app, at } => {
            let token = read_token(token)?;
            let resolved = app.resolve()?;
            let mut params = VerifyParams::new(resolved.sdkappid, &resolved.secret_key, &resolved.identifier);
            if let Some(userbuf) = &app.userbuf {
                params = params.userbuf(userbuf.as_bytes());
            }
            let fields = verify(&token, &params, at.unwrap_or_else(|| SystemClock.now()))
                .map_err(|error| Failure::invalid(format!("not valid: {error}")))?;
            crate::output::line("valid");
            print_fields(&fields);
            Ok(())
        }
        Command::Decode { token } => {
            let fields =
                decode(&read_token(token)?).map_err(|error| Failure::invalid(format!("cannot decode: {error}")))?;
            print_fields(&fields);
            Ok(())
        }
    }
}

fn read_token(token: String) -> Result<String, Failure> {
    if token != "-" {
        return Ok(token);
    }
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Failure::usage(format!("cannot read standard input: {e}")))?;
    Ok(text.trim().to_owned())
}

fn print_fields(fields: &DecodedUserSig) {
    crate::output::line(&format!("version     {}", fields.version));
    crate::output::line(&format!("identifier  {}", fields.identifier));
    crate::output::line(&format!("sdkappid    {}", fields.sdkappid));
    crate::output::line(&format!("time        {}", fields.time));
    crate::output::line(&format!("expire      {} s", fields.expire));
    crate::output::line(&format!("expires at  {}", fields.expires_at()));
    if let Some(userbuf) = &fields.userbuf {
        crate::output::line(&format!("userbuf     {}", String::from_utf8_lossy(userbuf)));
    }
}
