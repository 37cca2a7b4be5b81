//! `tim account`: import, check and delete accounts.

use clap::Subcommand;
use tim_protocol::account::{AccountCheckRequest, AccountDeleteRequest, MultiaccountImportRequest};
use tim_protocol::limits::ACCOUNTS_PER_REQUEST_MAX;

use crate::app::AppArgs;
use crate::output::{outcome, print};

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Import UserIDs (100 per call).
    Import {
        #[command(flatten)]
        app: AppArgs,
        /// The UserIDs.
        #[arg(required = true)]
        user_ids: Vec<String>,
    },
    /// Whether UserIDs are imported.
    Check {
        #[command(flatten)]
        app: AppArgs,
        /// The UserIDs.
        #[arg(required = true)]
        user_ids: Vec<String>,
    },
    /// Delete accounts and all their data.
    Delete {
        #[command(flatten)]
        app: AppArgs,
        /// The UserIDs.
        #[arg(required = true)]
        user_ids: Vec<String>,
    },
}

pub(crate) fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Import { app, user_ids } => {
            let client = app.client()?;
            for chunk in user_ids.chunks(ACCOUNTS_PER_REQUEST_MAX) {
                let reply = client
                    .multiaccount_import(&MultiaccountImportRequest::new(chunk))
                    .map_err(|e| e.to_string())?;
                print(app.json, &reply, || {
                    let failed: Vec<_> = reply.fail_accounts.iter().map(|id| format!("failed {id}")).collect();
                    let imported = chunk.len() - failed.len();
                    std::iter::once(format!("imported {imported}")).chain(failed).collect()
                });
                if !reply.fail_accounts.is_empty() {
                    return Err(format!("{} account(s) failed", reply.fail_accounts.len()));
                }
            }
            Ok(())
        }
        Command::Check { app, user_ids } => {
            let client = app.client()?;
            for chunk in user_ids.chunks(ACCOUNTS_PER_REQUEST_MAX) {
                let reply = client
                    .account_check(&AccountCheckRequest::new(chunk))
                    .map_err(|e| e.to_string())?;
                print(app.json, &reply, || {
                    reply
                        .results
                        .iter()
                        .map(|r| format!("{} {}", r.user_id, String::from(r.status.clone())))
                        .collect()
                });
            }
            Ok(())
        }
        Command::Delete { app, user_ids } => {
            let client = app.client()?;
            for chunk in user_ids.chunks(ACCOUNTS_PER_REQUEST_MAX) {
                let reply = client
                    .account_delete(&AccountDeleteRequest::new(chunk))
                    .map_err(|e| e.to_string())?;
                print(app.json, &reply, || {
                    reply
                        .results
                        .iter()
                        .map(|r| format!("{} {}", r.user_id, outcome(r.result_code, &r.result_info)))
                        .collect()
                });
            }
            Ok(())
        }
    }
}
