//! `tim emulator`: runs the local emulator (its flags are the
//! `tim-emulator` binary's), and `tim emulator snapshot`, which asks a
//! running one to save its world to its state file now
//! (`POST /emulator/snapshot`, as the profile's administrator).

use clap::{Args, Subcommand};
use tim_api::transport::{http, BlockingTransport, TransportConfig, UreqTransport};
use tim_usersig::Signer;

use crate::app::AppArgs;
use crate::failure::Failure;
use crate::output::{line, print_json};

/// How long the UserSig of a snapshot call is valid: one call, now.
const USERSIG_VALIDITY_SECS: u64 = 300;

/// `tim emulator [FLAGS]` or `tim emulator snapshot`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct Command {
    #[command(subcommand)]
    action: Option<Action>,
    #[command(flatten)]
    run: tim_emulator::EmulatorArgs,
}

#[derive(Debug, Subcommand)]
enum Action {
    /// Ask a running emulator (at --base-url or TIM_BASE_URL) to save its
    /// world to its state file now (it must run with --state FILE).
    Snapshot(Snapshot),
}

#[derive(Debug, Args)]
struct Snapshot {
    #[command(flatten)]
    app: AppArgs,
}

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command.action {
        Some(Action::Snapshot(snapshot)) => save(&snapshot.app),
        None => Err(Failure::usage(format!(
            "cannot start the emulator: {}",
            command.run.run()
        ))),
    }
}

/// `POST /emulator/snapshot?sdkappid=..&identifier=..&usersig=..`.
fn save(app: &AppArgs) -> Result<(), Failure> {
    let settings = app.settings()?;
    let Some(base_url) = settings.base_url.clone() else {
        return Err(Failure::usage(
            "tim emulator snapshot calls an emulator: give its address with --base-url or TIM_BASE_URL",
        ));
    };
    let config = settings
        .clone()
        .builder()
        .and_then(|builder| builder.build())
        .map_err(|e| {
            Failure::usage(format!(
                "{e} (flags: --sdkappid, --identifier, --secret-key, --base-url)"
            ))
        })?;
    let key = settings
        .secret_key
        .ok_or_else(|| Failure::usage("the secret key is needed to sign the call (--secret-key or TIM_SECRET_KEY)"))?;
    let usersig = Signer::new(config.sdkappid(), key).sign(config.identifier(), USERSIG_VALIDITY_SECS);
    let url = format!(
        "{}/emulator/snapshot?sdkappid={}&identifier={}&usersig={}&random={}&contenttype=json",
        base_url.trim().trim_end_matches('/'),
        config.sdkappid(),
        encode(config.identifier()),
        encode(usersig.expose()),
        rand::random::<u32>(),
    );
    let request = http::Request::post(url)
        .header(http::header::CONTENT_TYPE, "application/json")
        .body(b"{}".to_vec())
        .map_err(|e| Failure::usage(format!("the emulator's address is not a URL: {e}")))?;
    let transport = UreqTransport::new(&TransportConfig::default());
    // The transport's error names the address, never the query's UserSig.
    let reply = transport
        .send(request)
        .map_err(|e| Failure::invalid(format!("cannot reach the emulator: {e}")))?;
    let body: serde_json::Value = serde_json::from_slice(reply.body()).map_err(|_| {
        Failure::invalid(format!(
            "the server at {base_url} answered HTTP {} without an envelope: is it a tim-emulator?",
            reply.status().as_u16()
        ))
    })?;
    if app.json {
        print_json(&body);
    }
    if body["ActionStatus"] == "OK" {
        if !app.json {
            line("the emulator saved its state");
        }
        Ok(())
    } else {
        Err(Failure::invalid(format!(
            "the emulator refused: {} {}",
            body["ErrorCode"],
            body["ErrorInfo"].as_str().unwrap_or_default()
        )))
    }
}

/// `text` percent-encoded for a query value (all but the unreserved bytes).
fn encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => char::from(byte).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}
