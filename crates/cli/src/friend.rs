//! `tim friend`: a user's friends: add, delete, list, check.

use clap::{Args, Subcommand};
use tim_protocol::sns::{
    AddSource, AddType, CheckType, DeleteType, FriendAddItem, FriendAddRequest, FriendCheckRequest,
    FriendDeleteRequest, FriendGetRequest,
};

use crate::failure::Failure;
use crate::inputs::flat;
use crate::per_user::{report, report_users, Outcome};
use crate::user_args::{UserAndOthers, UserList};

/// A user and others, in one direction or both.
#[derive(Debug, Args)]
pub(crate) struct Friends {
    #[command(flatten)]
    users: UserAndOthers,
    /// Both directions: add to (delete from, check) each other's lists.
    #[arg(long)]
    both: bool,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Add friends to a user's list, without asking them (`friend_add`,
    /// forced; one-way unless `--both`).
    Add {
        #[command(flatten)]
        users: Friends,
        /// The keyword of the source recorded with each friend
        /// (`AddSource_Type_<keyword>`, 1 to 8 letters).
        #[arg(long, default_value = "Server")]
        source: String,
    },
    /// Delete friends from a user's list (one-way unless `--both`).
    Delete(Friends),
    /// List a user's friends (every page).
    List(UserList),
    /// Whether others are on a user's list (and, with `--both`, the user on theirs).
    Check(Friends),
}

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Add {
            users: Friends { users, both },
            source,
        } => {
            let others = flat(&users.others);
            let items = others
                .iter()
                .map(|other| FriendAddItem::new(other, AddSource::new(&source)));
            let mut request = FriendAddRequest::new(&users.user, items).forced();
            if both {
                request = request.add_type(AddType::Both);
            }
            let reply = users.app.client()?.send(&request)?;
            report_users(users.app.json, &reply)
        }
        Command::Delete(Friends { users, both }) => {
            let mut request = FriendDeleteRequest::new(&users.user, flat(&users.others));
            if both {
                request = request.delete_type(DeleteType::Both);
            }
            let reply = users.app.client()?.send(&request)?;
            report_users(users.app.json, &reply)
        }
        Command::List(UserList { app, user, limit }) => app.client()?.list(
            FriendGetRequest::new(&user),
            app.json,
            limit,
            |page| page.user_data_item.unwrap_or_default(),
            |friend| friend.to_account.clone(),
        ),
        Command::Check(Friends { users, both }) => {
            let kind = if both { CheckType::Both } else { CheckType::Single };
            let request = FriendCheckRequest::new(&users.user, flat(&users.others), kind);
            let reply = users.app.client()?.send(&request)?;
            let outcomes = reply.info_item.iter().flatten().map(|item| Outcome {
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
