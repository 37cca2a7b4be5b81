//! `tim account`: import, check and delete accounts.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use tim_api::bulk::{AccountImport, AccountImportWithProfiles};
use tim_protocol::account::{
    AccountCheckRequest, AccountDeleteRequest, AccountImportRequest, MultiaccountImportRequest,
};
use tim_protocol::limits::ACCOUNTS_PER_REQUEST_MAX;

use crate::app::AppArgs;
use crate::bulk::{read_rows, BulkArgs};
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

/// `tim account import`: IDs as arguments, or a file for a bulk run.
#[derive(Debug, Args)]
pub(crate) struct Import {
    #[command(flatten)]
    app: AppArgs,
    /// The UserIDs: IDs, `-` (standard input) or `@FILE`, one per line (put
    /// `--` before them if one starts with `-`).
    #[arg(required_unless_present = "file", value_parser = Items::parse)]
    user_ids: Vec<Items>,
    /// A bulk run from FILE (`-`: standard input), with progress, and
    /// `--journal`/`--resume`/`--failures`: one account a line, `UserID`
    /// alone, or `UserID<TAB>nickname<TAB>avatar URL` (either may be
    /// empty). Plain IDs go 100 a call (`multiaccount_import`); if any line
    /// has a nickname or avatar, every account goes one a call
    /// (`account_import`, the only import that sets them).
    #[arg(long, value_name = "FILE", conflicts_with = "user_ids")]
    file: Option<PathBuf>,
    #[command(flatten)]
    bulk: BulkArgs,
}

impl Import {
    /// The file's accounts, or the arguments' IDs.
    fn accounts(&self) -> Result<Vec<AccountImportRequest>, Failure> {
        let Some(path) = &self.file else {
            return Ok(flat(&self.user_ids)
                .into_iter()
                .map(AccountImportRequest::new)
                .collect());
        };
        let rows = read_rows(path)?;
        Ok(rows
            .into_iter()
            .map(|row| {
                let mut columns = row.into_iter();
                let mut account = AccountImportRequest::new(columns.next().unwrap_or_default());
                if let Some(nick) = columns.next().filter(|nick| !nick.is_empty()) {
                    account = account.nick(nick);
                }
                if let Some(face) = columns.next().filter(|face| !face.is_empty()) {
                    account = account.face_url(face);
                }
                account
            })
            .collect())
    }

    fn run(self) -> Result<(), Failure> {
        let accounts = self.accounts()?;
        let client = self.app.client()?;
        if accounts
            .iter()
            .any(|account| account.nick.is_some() || account.face_url.is_some())
        {
            let op = AccountImportWithProfiles::new(accounts);
            return crate::bulk::run(&client, self.app.json, op, &self.bulk);
        }
        let op = AccountImport::new(accounts.into_iter().map(|account| account.user_id));
        crate::bulk::run(&client, self.app.json, op, &self.bulk)
    }

    /// Whether this is a bulk run: a file, or a bulk flag.
    fn is_bulk(&self) -> bool {
        self.file.is_some() || self.bulk.is_set()
    }
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Import UserIDs (100 per call); with `--file`, a bulk run with
    /// progress that a journal lets resume.
    Import(Import),
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
        Command::Import(import) if import.is_bulk() => import.run(),
        Command::Import(Import { app, user_ids, .. }) => {
            Accounts { app, user_ids }.each_batch(|client, json, batch| {
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
            })
        }
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
