//! `tim friend`: a user's friends: add, delete, list, check.

use clap::{Args, Subcommand};
use tim_protocol::sns::{
    AddSource, AddType, CheckType, DeleteType, FriendAddItem, FriendAddRequest, FriendCheckRequest,
    FriendDeleteRequest, FriendGetRequest,
};

use crate::app::AppArgs;
use crate::output::{outcome, print};
use crate::per_user::report;

/// The app, a user and some others.
#[derive(Debug, Args)]
pub(crate) struct UserAndOthers {
    #[command(flatten)]
    app: AppArgs,
    /// The user whose list changes or is read.
    #[arg(allow_hyphen_values = true)]
    user: String,
    /// The other users (put `--` before them if one starts with `-`).
    #[arg(required = true)]
    others: Vec<String>,
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
    },
    /// Whether others are on a user's list (and, with `--both`, the user on theirs).
    Check(UserAndOthers),
}

pub(crate) fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Add { users, source } => {
            let items = users
                .others
                .iter()
                .map(|other| FriendAddItem::new(other, AddSource::new(&source)));
            let mut request = FriendAddRequest::new(&users.user, items).forced();
            if users.both {
                request = request.add_type(AddType::Both);
            }
            let reply = users.app.client()?.send(&request).map_err(|e| e.to_string())?;
            report(users.app.json, &reply)
        }
        Command::Delete(users) => {
            let mut request = FriendDeleteRequest::new(&users.user, &users.others);
            if users.both {
                request = request.delete_type(DeleteType::Both);
            }
            let reply = users.app.client()?.send(&request).map_err(|e| e.to_string())?;
            report(users.app.json, &reply)
        }
        Command::List { app, user } => {
            let client = app.client()?;
            for page in client.pages(FriendGetRequest::new(&user)) {
                let page = page.map_err(|e| e.to_string())?;
                print(app.json, &page, || {
                    page.user_data_item
                        .iter()
                        .flatten()
                        .map(|friend| friend.to_account.clone())
                        .collect()
                });
            }
            Ok(())
        }
        Command::Check(users) => {
            let kind = if users.both { CheckType::Both } else { CheckType::Single };
            let request = FriendCheckRequest::new(&users.user, &users.others, kind);
            let reply = users.app.client()?.send(&request).map_err(|e| e.to_string())?;
            print(users.app.json, &reply, || {
                reply
                    .info_item
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
