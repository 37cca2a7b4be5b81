//! `tim session`: who is logged in, and ending a user's logins.

use clap::Subcommand;
use tim_protocol::account::KickRequest;
use tim_protocol::openim::QueryOnlineStatusRequest;

use crate::app::AppArgs;
use crate::failure::Failure;
use crate::inputs::{flat, Items as Inputs};
use crate::output::print;
use crate::per_user::Outcome;

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Users' login status (Online, PushOnline, Offline), 500 a call.
    Status {
        #[command(flatten)]
        app: AppArgs,
        /// The users: IDs, `-` (standard input) or `@FILE`, one per line.
        #[arg(required = true, value_parser = Inputs::parse)]
        users: Vec<Inputs>,
    },
    /// End every login of a user (their UserSigs stop working until they log in again).
    Kick {
        #[command(flatten)]
        app: AppArgs,
        /// The user.
        #[arg(allow_hyphen_values = true)]
        user: String,
    },
}

/// The most users one status call reads.
const STATUS_BATCH: usize = 500;

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Status { app, users } => {
            let users = flat(&users);
            let client = app.client()?;
            let (mut failed, mut all) = (0, 0);
            for batch in users.chunks(STATUS_BATCH) {
                let reply = client.send(&QueryOnlineStatusRequest::new(batch))?;
                let errors = reply.error_list.clone().unwrap_or_default();
                let outcomes = reply
                    .query_result
                    .iter()
                    .flatten()
                    .map(|result| Outcome {
                        item: &result.to_account,
                        code: tim_protocol::ErrorCode::Success,
                        info: "",
                        ok: result
                            .status()
                            .map(|status| status.as_str().to_owned())
                            .unwrap_or_default(),
                    })
                    .chain(errors.iter().map(|error| Outcome {
                        item: &error.to_account,
                        code: error.error_code,
                        info: "",
                        ok: String::new(),
                    }));
                let (batch_failed, batch_all) = crate::per_user::print_outcomes(app.json, &reply, outcomes);
                failed += batch_failed;
                all += batch_all;
            }
            Failure::items(failed, all)
        }
        Command::Kick { app, user } => {
            let reply = app.client()?.send(&KickRequest::new(&user))?;
            print(app.json, &reply, || vec![format!("kicked {user}")]);
            Ok(())
        }
    }
}
