//! `tim blocklist`: the users a user blocks: add, delete, list, check.

use clap::{Args, Subcommand};
use tim_protocol::sns::{
    BlackCheckType, BlackListAddRequest, BlackListCheckRequest, BlackListDeleteRequest, BlackListGetRequest,
};

use crate::app::AppArgs;
use crate::failure::Failure;
use crate::inputs::{flat, Items as Inputs};
use crate::output::Items;
use crate::per_user::{report, report_users, Outcome};

/// The app, a user and some others.
#[derive(Debug, Args)]
pub(crate) struct UserAndOthers {
    #[command(flatten)]
    app: AppArgs,
    /// The user whose blocklist changes or is read.
    #[arg(allow_hyphen_values = true)]
    user: String,
    /// The other users: IDs, `-` (standard input) or `@FILE`, one per line
    /// (put `--` before them if one starts with `-`).
    #[arg(required = true, value_parser = Inputs::parse)]
    others: Vec<Inputs>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Block users (they are also removed from the user's friends).
    Add(UserAndOthers),
    /// Unblock users.
    Delete(UserAndOthers),
    /// List the users a user blocks (every page).
    List {
        #[command(flatten)]
        app: AppArgs,
        /// The user.
        #[arg(allow_hyphen_values = true)]
        user: String,
        /// Print at most this many.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Who blocks whom between a user and others.
    Check {
        #[command(flatten)]
        users: UserAndOthers,
        /// Both directions: also whether each of them blocks the user.
        #[arg(long)]
        both: bool,
    },
}

/// Blocked users per page of `list`.
const PAGE: u32 = 100;

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Add(users) => {
            let request = BlackListAddRequest::new(&users.user, flat(&users.others));
            let reply = users.app.client()?.send(&request)?;
            report_users(users.app.json, &reply)
        }
        Command::Delete(users) => {
            let request = BlackListDeleteRequest::new(&users.user, flat(&users.others));
            let reply = users.app.client()?.send(&request)?;
            report_users(users.app.json, &reply)
        }
        Command::List { app, user, limit } => {
            let client = app.client()?;
            let mut items = Items::new(app.json, limit);
            for page in client.pages(BlackListGetRequest::new(&user, PAGE))? {
                for blocked in page?.black_list_item.iter().flatten() {
                    if !items.item(blocked, |blocked| blocked.to_account.clone()) {
                        return Ok(());
                    }
                }
            }
            Ok(())
        }
        Command::Check { users, both } => {
            let kind = if both {
                BlackCheckType::Both
            } else {
                BlackCheckType::Single
            };
            let request = BlackListCheckRequest::new(&users.user, flat(&users.others), kind);
            let reply = users.app.client()?.send(&request)?;
            let outcomes = reply.black_list_check_item.iter().flatten().map(|item| Outcome {
                item: &item.to_account,
                code: item.result_code,
                info: item.result_info.as_deref().unwrap_or(""),
                ok: item
                    .relation
                    .as_ref()
                    .map_or("", |relation| relation.as_str())
                    .to_owned(),
            });
            report(users.app.json, &reply, outcomes)
        }
    }
}
