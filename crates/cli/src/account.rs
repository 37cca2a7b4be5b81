//! `tim account`: import, check and delete accounts.

use clap::{Args, Subcommand};
use tim_api::BlockingClient;
use tim_protocol::account::{AccountCheckRequest, AccountDeleteRequest, MultiaccountImportRequest};
use tim_protocol::limits::ACCOUNTS_PER_REQUEST_MAX;

use crate::app::AppArgs;
use crate::output::{outcome, print};

/// The app and the accounts to act on.
#[derive(Debug, Args)]
pub(crate) struct Accounts {
    #[command(flatten)]
    app: AppArgs,
    /// The UserIDs (put `--` before them if one starts with `-`).
    #[arg(required = true)]
    user_ids: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Import UserIDs (100 per call).
    Import(Accounts),
    /// Whether UserIDs are imported.
    Check(Accounts),
    /// Delete accounts and all their data.
    Delete(Accounts),
}

pub(crate) fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Import(accounts) => accounts.each_batch(|client, json, batch| {
            let reply = client
                .multiaccount_import(&MultiaccountImportRequest::new(batch))
                .map_err(|e| e.to_string())?;
            print(json, &reply, || {
                let failed: Vec<_> = reply.fail_accounts.iter().map(|id| format!("failed {id}")).collect();
                let imported = batch.len() - failed.len();
                std::iter::once(format!("imported {imported}")).chain(failed).collect()
            });
            match reply.fail_accounts.len() {
                0 => Ok(()),
                n => Err(format!("{n} account(s) failed")),
            }
        }),
        Command::Check(accounts) => accounts.each_batch(|client, json, batch| {
            let reply = client
                .account_check(&AccountCheckRequest::new(batch))
                .map_err(|e| e.to_string())?;
            print(json, &reply, || {
                reply
                    .results
                    .iter()
                    .map(|r| format!("{} {}", r.user_id, String::from(r.status.clone())))
                    .collect()
            });
            Ok(())
        }),
        Command::Delete(accounts) => accounts.each_batch(|client, json, batch| {
            let reply = client
                .account_delete(&AccountDeleteRequest::new(batch))
                .map_err(|e| e.to_string())?;
            print(json, &reply, || {
                reply
                    .results
                    .iter()
                    .map(|r| format!("{} {}", r.user_id, outcome(r.result_code, &r.result_info)))
                    .collect()
            });
            Ok(())
        }),
    }
}

impl Accounts {
    /// Calls `call` for each batch of at most 100 IDs, the most one call takes.
    fn each_batch(
        &self,
        mut call: impl FnMut(&BlockingClient, bool, &[String]) -> Result<(), String>,
    ) -> Result<(), String> {
        let client = self.app.client()?;
        self.user_ids
            .chunks(ACCOUNTS_PER_REQUEST_MAX)
            .try_for_each(|batch| call(&client, self.app.json, batch))
    }
}
