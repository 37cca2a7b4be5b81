//! `tim blocklist`: the users a user blocks: add, delete, list, check.

use clap::Subcommand;
use tim_protocol::sns::{
    BlackCheckType, BlackListAddRequest, BlackListCheckRequest, BlackListDeleteRequest, BlackListGetRequest,
};

use crate::failure::Failure;
use crate::inputs::flat;
use crate::per_user::{report, report_users, Outcome};
use crate::user_args::{UserAndOthers, UserList};

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Block users (they are also removed from the user's friends).
    Add(UserAndOthers),
    /// Unblock users.
    Delete(UserAndOthers),
    /// List the users a user blocks (every page).
    List(UserList),
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
        Command::List(UserList { app, user, limit }) => app.client()?.list(
            BlackListGetRequest::new(&user, PAGE),
            app.json,
            limit,
            |page| page.black_list_item.unwrap_or_default(),
            |blocked| blocked.to_account.clone(),
        ),
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
