//! `tim recent`: a user's recent-conversation list.

use clap::Subcommand;
use tim_protocol::recentcontact::{DeleteRequest, GetListRequest};

use crate::app::AppArgs;
use crate::failure::Failure;
use crate::output::{conversation, print, time};

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// List a user's recent conversations, pinned ones first, then by the
    /// time of their last message, newest first (the service's order).
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
    /// Remove a conversation from a user's list.
    Delete {
        #[command(flatten)]
        app: AppArgs,
        /// The user.
        #[arg(long, allow_hyphen_values = true)]
        user: String,
        /// A one-to-one conversation with this user.
        #[arg(
            long,
            value_name = "USER_ID",
            allow_hyphen_values = true,
            conflicts_with = "group_chat",
            required_unless_present = "group_chat"
        )]
        c2c: Option<String>,
        /// A group conversation.
        #[arg(long, value_name = "GROUP_ID", allow_hyphen_values = true)]
        group_chat: Option<String>,
        /// Also delete the conversation's messages from the user's roaming history.
        #[arg(long)]
        clear_messages: bool,
    },
}

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::List { app, user, limit } => app.client()?.list(
            GetListRequest::first_page(&user),
            app.json,
            limit,
            |page| page.sessions,
            |session| {
                let pinned = if session.top_flag == 1 { " pinned" } else { "" };
                let at = time(session.msg_time, app.epoch);
                format!("{} {at}{pinned}", conversation(&session.conversation()))
            },
        ),
        Command::Delete {
            app,
            user,
            c2c,
            group_chat,
            clear_messages,
        } => {
            let request = match (c2c, group_chat) {
                (Some(other), _) => DeleteRequest::c2c(&user, other, clear_messages),
                (None, Some(group)) => DeleteRequest::group(&user, group, clear_messages),
                (None, None) => return Err(Failure::usage("give --c2c or --group-chat")),
            };
            let reply = app.client()?.send(&request)?;
            let name = conversation(&request.conversation());
            print(app.json, &reply, || vec![format!("deleted {name}")]);
            Ok(())
        }
    }
}
