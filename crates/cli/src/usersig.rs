//! `tim usersig`: make, check and read UserSigs.

use std::io::Read;

use clap::{Args, Subcommand};
use tim_usersig::{decode, verify, Clock, DecodedUserSig, SecretKey, Signer, SystemClock, VerifyParams};

/// The app a UserSig belongs to.
#[derive(Debug, Args)]
pub(crate) struct SigApp {
    /// The app's SDKAppID.
    #[arg(long, env = "TIM_SDKAPPID")]
    sdkappid: u64,
    /// The identifier the UserSig is for.
    #[arg(long, env = "TIM_IDENTIFIER")]
    identifier: String,
    /// The app's secret key (prefer the environment variable).
    #[arg(long, env = "TIM_SECRET_KEY", hide_env_values = true)]
    secret_key: SecretKey,
    /// The userbuf, as text (rarely used).
    #[arg(long)]
    userbuf: Option<String>,
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

pub(crate) fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Gen { app, expire, time } => {
            let signer = Signer::new(app.sdkappid, app.secret_key.clone());
            let time = time.unwrap_or_else(|| SystemClock.now());
            let userbuf = app.userbuf.as_deref().map(str::as_bytes);
            println!(
                "{}",
                signer
                    .sign_with_userbuf_at(&app.identifier, expire, userbuf, time)
                    .expose()
            );
            Ok(())
        }
        Command::Verify { token, app, at } => {
            let token = read_token(token)?;
            let mut params = VerifyParams::new(app.sdkappid, &app.secret_key, &app.identifier);
            if let Some(userbuf) = &app.userbuf {
                params = params.userbuf(userbuf.as_bytes());
            }
            let fields = verify(&token, &params, at.unwrap_or_else(|| SystemClock.now()))
                .map_err(|error| format!("not valid: {error}"))?;
            println!("valid");
            print_fields(&fields);
            Ok(())
        }
        Command::Decode { token } => {
            let fields = decode(&read_token(token)?).map_err(|error| format!("cannot decode: {error}"))?;
            print_fields(&fields);
            Ok(())
        }
    }
}

fn read_token(token: String) -> Result<String, String> {
    if token != "-" {
        return Ok(token);
    }
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    Ok(text.trim().to_owned())
}

fn print_fields(fields: &DecodedUserSig) {
    println!("version     {}", fields.version);
    println!("identifier  {}", fields.identifier);
    println!("sdkappid    {}", fields.sdkappid);
    println!("time        {}", fields.time);
    println!("expire      {} s", fields.expire);
    println!("expires at  {}", fields.expires_at());
    if let Some(userbuf) = &fields.userbuf {
        println!("userbuf     {}", String::from_utf8_lossy(userbuf));
    }
}
