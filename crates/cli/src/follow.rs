//! `tim follow`: follow relations: follow, unfollow, the lists, relations, counts.

use clap::{Subcommand, ValueEnum};
use tim_protocol::follow::{
    FollowAddRequest, FollowCheckRequest, FollowDeleteRequest, FollowGetInfoRequest, FollowGetRequest, FollowListType,
    FollowRelation,
};

use crate::app::AppArgs;
use crate::failure::Failure;
use crate::inputs::{flat, Items as Inputs};
use crate::per_user::{report, report_users, Outcome};
use crate::user_args::{UserAndOthers, UserList};

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
        list: UserList,
        /// Which list.
        #[arg(long = "type", value_enum, default_value = "following")]
        kind: List,
    },
    /// How a user and others follow each other.
    Check(UserAndOthers),
    /// Users' follower, following and mutual counts.
    Counts {
        #[command(flatten)]
        app: AppArgs,
        /// The users: IDs, `-` (standard input) or `@FILE`, one per line.
        #[arg(required = true, value_parser = Inputs::parse)]
        users: Vec<Inputs>,
    },
}

/// Users per page of `list`.
const PAGE: u32 = 100;

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Add(users) => {
            let request = FollowAddRequest::new(&users.user, flat(&users.others));
            let reply = users.app.client()?.send(&request)?;
            report_users(users.app.json, &reply)
        }
        Command::Delete(users) => {
            let request = FollowDeleteRequest::new(&users.user, flat(&users.others));
            let reply = users.app.client()?.send(&request)?;
            report_users(users.app.json, &reply)
        }
        Command::List {
            list: UserList { app, user, limit },
            kind,
        } => {
            let list = match kind {
                List::Followers => FollowListType::Followers,
                List::Following => FollowListType::Following,
                List::Mutual => FollowListType::Mutual,
            };
            app.client()?.list(
                FollowGetRequest::new(&user, list).want_num(PAGE),
                app.json,
                limit,
                |page| page.follow_item.unwrap_or_default(),
                |followed| followed.to_account.clone(),
            )
        }
        Command::Check(users) => {
            let others = flat(&users.others);
            let request = FollowCheckRequest::new(&users.user, &others);
            let reply = users.app.client()?.send(&request)?;
            let outcomes = reply.result_item.iter().flatten().map(|item| Outcome {
                item: &item.to_account,
                code: item.result_code,
                info: item.result_info.as_deref().unwrap_or(""),
                ok: item.follow_type.as_ref().map(relation_name).unwrap_or_default(),
            });
            report(users.app.json, &reply, outcomes)
        }
        Command::Counts { app, users } => {
            let users = flat(&users);
            // The call reads the counts for a user asking (`From_Account`):
            // the first user asks, which the counts do not depend on.
            let request = FollowGetInfoRequest::new(&users[0], &users);
            let reply = app.client()?.send(&request)?;
            let outcomes = reply.follow_info.iter().flatten().map(|item| Outcome {
                item: &item.to_account,
                code: item.result_code,
                info: item.result_info.as_deref().unwrap_or(""),
                ok: format!(
                    "followers {} following {} mutual {}",
                    item.follower_count.unwrap_or_default(),
                    item.following_count.unwrap_or_default(),
                    item.mutual_following_count.unwrap_or_default()
                ),
            });
            report(app.json, &reply, outcomes)
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
