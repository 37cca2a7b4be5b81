//! `tim friend`: a user's friends: add, delete, list, check.

use clap::{Args, Subcommand};
use tim_protocol::sns::{
    AddSource, AddType, CheckType, DeleteType, FriendAddItem, FriendAddRequest, FriendCheckRequest,
    FriendDeleteRequest, FriendGetRequest,
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
    /// The user whose list changes or is read.
    #[arg(allow_hyphen_values = true)]
    user: String,
    /// The other users: IDs, `-` (standard input) or `@FILE`, one per line
    /// (put `--` before them if one starts with `-`).
    #[arg(required = true, value_parser = Inputs::parse)]
    others: Vec<Inputs>,
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
        users: UserAndOthers,
        /// The keyword of the source recorded with each friend
        /// (`AddSource_Type_<keyword>`, 1 to 8 letters).
        #[arg(long, default_value = "Server")]
        source: String,
    },
    /// Delete friends from a user's list (one-way unless `--both`).
    Delete(UserAndOthers),
    /// List a user's friends (every page).
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
    /// Whether others are on a user's list (and, with `--both`, the user on theirs).
    Check(UserAndOthers),
}

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Add { users, source } => {
            let others = flat(&users.others);
            let items = others
                .iter()
                .map(|other| FriendAddItem::new(other, AddSource::new(&source)));
            let mut request = FriendAddRequest::new(&users.user, items).forced();
            if users.both {
                request = request.add_type(AddType::Both);
            }
            let reply = users.app.client()?.send(&request)?;
            report_users(users.app.json, &reply)
        }
        Command::Delete(users) => {
            let mut request = FriendDeleteRequest::new(&users.user, flat(&users.others));
            if users.both {
                request = request.delete_type(DeleteType::Both);
            }
            let reply = users.app.client()?.send(&request)?;
            report_users(users.app.json, &reply)
        }
        Command::List { app, user, limit } => {
            let client = app.client()?;
            let mut items = Items::new(app.json, limit);
            for page in client.pages(FriendGetRequest::new(&user))? {
                for friend in page?.user_data_item.iter().flatten() {
                    if !items.item(friend, |friend| friend.to_account.clone()) {
                        return Ok(());
                    }
                }
            }
            Ok(())
        }
        Command::Check(users) => {
            let kind = if users.both { CheckType::Both } else { CheckType::Single };
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
