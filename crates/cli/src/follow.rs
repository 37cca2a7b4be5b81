//! `tim follow`: follow relations: follow, unfollow, the lists, relations, counts.

use clap::{Args, Subcommand, ValueEnum};
use tim_protocol::follow::{
    FollowAddRequest, FollowCheckRequest, FollowDeleteRequest, FollowGetInfoRequest, FollowGetRequest, FollowListType,
    FollowRelation,
};

use crate::app::AppArgs;
use crate::output::{outcome, print};
use crate::per_user::{failures, report};

/// The app, a user and some others.
#[derive(Debug, Args)]
pub(crate) struct UserAndOthers {
    #[command(flatten)]
    app: AppArgs,
    /// The user who follows, unfollows or is asked about.
    #[arg(allow_hyphen_values = true)]
    user: String,
    /// The other users (put `--` before them if one starts with `-`).
    #[arg(required = true)]
    others: Vec<String>,
}

/// Which of a user's lists to read.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum List {
    /// The users who follow the user.
    Followers,
    /// The users the user follows.
    Following,
    /// The users the user and they follow each other.
    Mutual,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Make a user follow others (up to 20 a call).
    Add(UserAndOthers),
    /// Make a user unfollow others.
    Delete(UserAndOthers),
    /// List a user's followers, followings or mutual follows (every page).
    List {
        #[command(flatten)]
        app: AppArgs,
        /// The user.
        #[arg(allow_hyphen_values = true)]
        user: String,
        /// Which list.
        #[arg(long = "type", value_enum, default_value = "following")]
        list: List,
    },
    /// How a user and others follow each other.
    Check(UserAndOthers),
    /// Users' follower, following and mutual counts.
    Counts {
        #[command(flatten)]
        app: AppArgs,
        /// The users (put `--` before them if one starts with `-`).
        #[arg(required = true)]
        users: Vec<String>,
    },
}

/// Users per page of `list`.
const PAGE: u32 = 100;

pub(crate) fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Add(users) => {
            let request = FollowAddRequest::new(&users.user, &users.others);
            let reply = users.app.client()?.send(&request).map_err(|e| e.to_string())?;
            report(users.app.json, &reply)
        }
        Command::Delete(users) => {
            let request = FollowDeleteRequest::new(&users.user, &users.others);
            let reply = users.app.client()?.send(&request).map_err(|e| e.to_string())?;
            report(users.app.json, &reply)
        }
        Command::List { app, user, list } => {
            let list = match list {
                List::Followers => FollowListType::Followers,
                List::Following => FollowListType::Following,
                List::Mutual => FollowListType::Mutual,
            };
            let client = app.client()?;
            for page in client.pages(FollowGetRequest::new(&user, list).want_num(PAGE)) {
                let page = page.map_err(|e| e.to_string())?;
                print(app.json, &page, || {
                    page.follow_item
                        .iter()
                        .flatten()
                        .map(|item| item.to_account.clone())
                        .collect()
                });
            }
            Ok(())
        }
        Command::Check(users) => {
            let request = FollowCheckRequest::new(&users.user, &users.others);
            let reply = users.app.client()?.send(&request).map_err(|e| e.to_string())?;
            let items = reply.result_item.clone().unwrap_or_default();
            let lines = items.iter().map(|item| match &item.follow_type {
                Some(relation) if item.result_code.is_success() => {
                    format!("{} {}", item.to_account, relation_name(relation))
                }
                _ => format!(
                    "{} {}",
                    item.to_account,
                    outcome(item.result_code, info(&item.result_info))
                ),
            });
            print(users.app.json, &reply, || lines.collect());
            failures(items.iter().map(|item| item.result_code))
        }
        Command::Counts { app, users } => {
            // The call reads the counts for a user asking (`From_Account`):
            // the first user asks, which the counts do not depend on.
            let request = FollowGetInfoRequest::new(&users[0], &users);
            let reply = app.client()?.send(&request).map_err(|e| e.to_string())?;
            let items = reply.follow_info.clone().unwrap_or_default();
            let lines = items.iter().map(|item| {
                if item.result_code.is_success() {
                    format!(
                        "{} followers {} following {} mutual {}",
                        item.to_account,
                        item.follower_count.unwrap_or_default(),
                        item.following_count.unwrap_or_default(),
                        item.mutual_following_count.unwrap_or_default()
                    )
                } else {
                    format!(
                        "{} {}",
                        item.to_account,
                        outcome(item.result_code, info(&item.result_info))
                    )
                }
            });
            print(app.json, &reply, || lines.collect());
            failures(items.iter().map(|item| item.result_code))
        }
    }
}

/// How a relation reads on the terminal.
fn relation_name(relation: &FollowRelation) -> String {
    match relation {
        FollowRelation::Neither => "neither".into(),
        FollowRelation::FollowedBy => "followed-by".into(),
        FollowRelation::Following => "following".into(),
        FollowRelation::Mutual => "mutual".into(),
        other => format!("{other:?}"),
    }
}

fn info(text: &Option<String>) -> &str {
    text.as_deref().unwrap_or("")
}
