//! `tim account`: import, check and delete accounts.

use clap::{Args, Subcommand};
use tim_protocol::account::{AccountCheckRequest, AccountDeleteRequest, MultiaccountImportRequest};
use tim_protocol::limits::ACCOUNTS_PER_REQUEST_MAX;

use crate::app::AppArgs;
use crate::confirm::confirm;
use crate::failure::Failure;
use crate::inputs::{flat, Items};
use crate::output::{line, print_json, warn};
use crate::per_user::{print_outcomes, Outcome};

/// The app and the accounts to act on.
#[derive(Debug, Args)]
pub(crate) struct Accounts {
    #[command(flatten)]
    app: AppArgs,
    /// The UserIDs: IDs, `-` (standard input) or `@FILE`, one per line (put
    /// `--` before them if one starts with `-`).
    #[arg(required = true, value_parser = Items::parse)]
    user_ids: Vec<Items>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Import UserIDs (100 per call).
    Import(Accounts),
    /// Whether UserIDs are imported.
    Check(Accounts),
    /// Delete accounts and all their data (asks first; `--yes` in scripts).
    Delete {
        #[command(flatten)]
        accounts: Accounts,
        /// Delete without asking.
        #[arg(long)]
        yes: bool,
    },
}

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Import(accounts) => accounts.each_batch(|client, json, batch| {
            let reply = client.send(&MultiaccountImportRequest::new(batch))?;
            if json {
                print_json(&reply);
            }
            let failed = |id: &String| reply.fail_accounts.contains(id);
            for id in batch {
                match (failed(id), json) {
                    (true, false) => warn(&format!("{id} failed")),
                    (false, false) => line(&format!("{id} imported")),
                    _ => {}
                }
            }
            Ok(batch.iter().filter(|id| failed(id)).count())
        }),
        Command::Check(accounts) => accounts.each_batch(|client, json, batch| {
            let reply = client.send(&AccountCheckRequest::new(batch))?;
            if json {
                print_json(&reply);
            } else {
                for result in &reply.results {
                    line(&format!("{} {}", result.user_id, String::from(result.status.clone())));
                }
            }
            Ok(0)
        }),
        Command::Delete { accounts, yes } => {
            let count = flat(&accounts.user_ids).len();
            confirm(&format!("delete {count} account(s) and all their data"), yes)?;
            accounts.each_batch(|client, json, batch| {
                let reply = client.send(&AccountDeleteRequest::new(batch))?;
                let outcomes = reply.results.iter().map(|result| Outcome {
                    item: &result.user_id,
                    code: result.result_code,
                    info: &result.result_info,
                    ok: "deleted".into(),
                });
                Ok(print_outcomes(json, &reply, outcomes).0)
            })
        }
    }
}

impl Accounts {
    /// Calls `call` for each batch of at most 100 IDs, the most one call
    /// takes; `call` answers how many of its batch failed. A refused batch
    /// stops the command, after the batches before it.
    fn each_batch(
        &self,
        mut call: impl FnMut(&crate::app::Client, bool, &[String]) -> Result<usize, Failure>,
    ) -> Result<(), Failure> {
        let client = self.app.client()?;
        let ids = flat(&self.user_ids);
        let mut failed = 0;
        for batch in ids.chunks(ACCOUNTS_PER_REQUEST_MAX) {
            failed += call(&client, self.app.json, batch)?;
        }
        Failure::items(failed, ids.len())
    }
}
