//! `tim robot`: the app's chatbot accounts, and a streamed message from one.

use clap::Subcommand;
use tim_protocol::robot::{CreateRobotRequest, DeleteRobotRequest, GetAllRobotsRequest, SendStreamMsgRequest};

use crate::app::AppArgs;
use crate::failure::Failure;
use crate::output::{print, Items};

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Create a chatbot account (its UserID starts with `@RBT#`).
    Create {
        #[command(flatten)]
        app: AppArgs,
        /// The chatbot's UserID, `@RBT#...`.
        #[arg(allow_hyphen_values = true)]
        user: String,
        /// Its nickname.
        #[arg(long, allow_hyphen_values = true)]
        nick: Option<String>,
    },
    /// Delete a chatbot account.
    Delete {
        #[command(flatten)]
        app: AppArgs,
        /// The chatbot's UserID.
        #[arg(allow_hyphen_values = true)]
        user: String,
    },
    /// List the app's chatbots.
    List {
        #[command(flatten)]
        app: AppArgs,
    },
    /// Send a text from a chatbot as a stream of chunks (one per `--chunk`,
    /// in order); the last one finishes the message.
    Stream {
        #[command(flatten)]
        app: AppArgs,
        /// The chatbot.
        #[arg(long, allow_hyphen_values = true)]
        from: String,
        /// The recipient.
        #[arg(long, allow_hyphen_values = true)]
        to: String,
        /// A piece of the text; repeatable.
        #[arg(long = "chunk", required = true, allow_hyphen_values = true)]
        chunks: Vec<String>,
    },
}

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Create { app, user, nick } => {
            let mut request = CreateRobotRequest::new(&user);
            if let Some(nick) = nick {
                request = request.nick(nick);
            }
            let reply = app.client()?.send(&request)?;
            print(app.json, &reply, || vec![format!("created {user}")]);
            Ok(())
        }
        Command::Delete { app, user } => {
            let reply = app.client()?.send(&DeleteRobotRequest::new(&user))?;
            print(app.json, &reply, || vec![format!("deleted {user}")]);
            Ok(())
        }
        Command::List { app } => {
            let reply = app.client()?.send(&GetAllRobotsRequest::new())?;
            let mut items = Items::new(app.json, None);
            for robot in reply.robots() {
                items.item(robot, Clone::clone);
            }
            Ok(())
        }
        Command::Stream { app, from, to, chunks } => {
            let client = app.client()?;
            let mut request = SendStreamMsgRequest::new(&from, &to, &chunks[0]);
            for index in 0..chunks.len() {
                let last = index + 1 == chunks.len();
                if last {
                    request = request.finish();
                }
                let reply = client.send(&request)?;
                if last {
                    let key = reply.msg_key.as_ref().map(|key| key.as_str().to_owned());
                    print(app.json, &reply, || {
                        vec![format!("sent to {to} (MsgKey {})", key.unwrap_or_default())]
                    });
                    break;
                }
                request = request
                    .next_chunk(&reply, &chunks[index + 1])
                    .ok_or_else(|| Failure::invalid("the reply had no MsgKey to continue the stream with"))?;
            }
            Ok(())
        }
    }
}
