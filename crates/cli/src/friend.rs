//! `tim friend`: a user's friends: add, delete, list, check.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use tim_api::bulk::FriendImport;
use tim_protocol::sns::{
    AddSource, AddType, CheckType, DeleteType, FriendAddItem, FriendAddRequest, FriendCheckRequest,
    FriendDeleteRequest, FriendGetRequest, FriendImportItem,
};

use crate::app::AppArgs;
use crate::bulk::{read_rows, BulkArgs};
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
    /// Import one-way friends from a file (`friend_import`, one user's
    /// friends a call, at most 100), a bulk run with progress: one pair a
    /// line, `user<TAB>friend`, optionally `<TAB>remark`. A friend already
    /// on the list counts as already there.
    Import {
        #[command(flatten)]
        app: AppArgs,
        /// The pairs (`-`: standard input).
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
        /// The keyword of the source recorded with each friend
        /// (`AddSource_Type_<keyword>`, 1 to 8 letters).
        #[arg(long, default_value = "Import")]
        source: String,
        #[command(flatten)]
        bulk: BulkArgs,
    },
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
        Command::Import {
            app,
            file,
            source,
            bulk,
        } => {
            let mut pairs = Vec::new();
            for (number, row) in read_rows(&file)?.into_iter().enumerate() {
                let [user, friend, rest @ ..] = row.as_slice() else {
                    return Err(Failure::usage(format!(
                        "{} line {}: expected user<TAB>friend[<TAB>remark]",
                        file.display(),
                        number + 1
                    )));
                };
                let mut item = FriendImportItem::new(friend, AddSource::new(&source));
                if let Some(remark) = rest.first().filter(|remark| !remark.is_empty()) {
                    item = item.remark(remark);
                }
                pairs.push((user.clone(), item));
            }
            let client = app.client()?;
            crate::bulk::run(&client, app.json, FriendImport::new(pairs), &bulk)
        }
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
