//! `tim blocklist`: the users a user blocks: add, delete, list, check.

use clap::{Args, Subcommand};
use tim_protocol::sns::{
    BlackCheckType, BlackListAddRequest, BlackListCheckRequest, BlackListDeleteRequest, BlackListGetRequest,
};

use crate::app::AppArgs;
use crate::output::{outcome, print};
use crate::per_user::report;

/// The app, a user and some others.
#[derive(Debug, Args)]
pub(crate) struct UserAndOthers {
    #[command(flatten)]
    app: AppArgs,
    /// The user whose blocklist changes or is read.
    #[arg(allow_hyphen_values = true)]
    user: String,
    /// The other users (put `--` before them if one starts with `-`).
    #[arg(required = true)]
    others: Vec<String>,
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

pub(crate) fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Add(users) => {
            let request = BlackListAddRequest::new(&users.user, &users.others);
            let reply = users.app.client()?.send(&request).map_err(|e| e.to_string())?;
            report(users.app.json, &reply)
        }
        Command::Delete(users) => {
            let request = BlackListDeleteRequest::new(&users.user, &users.others);
            let reply = users.app.client()?.send(&request).map_err(|e| e.to_string())?;
            report(users.app.json, &reply)
        }
        Command::List { app, user } => {
            let client = app.client()?;
            for page in client.pages(BlackListGetRequest::new(&user, PAGE)) {
                let page = page.map_err(|e| e.to_string())?;
                print(app.json, &page, || {
                    page.black_list_item
                        .iter()
                        .flatten()
                        .map(|blocked| blocked.to_account.clone())
                        .collect()
                });
            }
            Ok(())
        }
        Command::Check { users, both } => {
            let kind = if both {
                BlackCheckType::Both
            } else {
                BlackCheckType::Single
            };
            let request = BlackListCheckRequest::new(&users.user, &users.others, kind);
            let reply = users.app.client()?.send(&request).map_err(|e| e.to_string())?;
            print(users.app.json, &reply, || {
                reply
                    .black_list_check_item
                    .iter()
                    .flatten()
                    .map(|item| match (&item.relation, item.result_code.is_success()) {
                        (Some(relation), true) => format!("{} {}", item.to_account, relation.as_str()),
                        _ => format!(
                            "{} {}",
                            item.to_account,
                            outcome(item.result_code, item.result_info.as_deref().unwrap_or(""))
                        ),
                    })
                    .collect()
            });
            Ok(())
        }
    }
}
