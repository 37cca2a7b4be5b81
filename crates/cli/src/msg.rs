//! `tim msg`: send one-to-one messages and read their history.

use clap::{Args, Subcommand};
use tim_protocol::message::{MsgBody, MsgElement};
use tim_protocol::openim::{AdminGetroammsgRequest, SendmsgRequest};

use crate::app::AppArgs;
use crate::output::{body_text, print};

/// What to send: a text, or a custom element's data.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub(crate) struct Content {
    /// A text message.
    #[arg(long, allow_hyphen_values = true)]
    text: Option<String>,
    /// A custom message: its `Data` (JSON or any text the receivers understand).
    #[arg(long, allow_hyphen_values = true)]
    custom: Option<String>,
}

impl Content {
    pub(crate) fn body(&self) -> MsgBody {
        match (&self.text, &self.custom) {
            (Some(text), _) => vec![MsgElement::text(text)],
            (None, Some(data)) => vec![MsgElement::custom(data)],
            // clap's group makes one of the two required.
            (None, None) => Vec::new(),
        }
    }
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Send a message from one user to another.
    Send {
        #[command(flatten)]
        app: AppArgs,
        /// The sender.
        #[arg(long, allow_hyphen_values = true)]
        from: String,
        /// The recipient.
        #[arg(long, allow_hyphen_values = true)]
        to: String,
        #[command(flatten)]
        content: Content,
    },
    /// Read the history of a one-to-one conversation, as `--from` sees it,
    /// newest first, every page.
    History {
        #[command(flatten)]
        app: AppArgs,
        /// The user whose view is read.
        #[arg(long, allow_hyphen_values = true)]
        from: String,
        /// The other side.
        #[arg(long, allow_hyphen_values = true)]
        to: String,
        /// Only messages at or after this Unix time (default: the beginning).
        #[arg(long, default_value_t = 0)]
        since: i64,
        /// Only messages at or before this Unix time (default: now).
        #[arg(long)]
        until: Option<i64>,
    },
}

/// Messages per history page.
const PAGE: u32 = 100;

pub(crate) fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Send { app, from, to, content } => {
            let mut request = SendmsgRequest::new(&to, content.body(), rand::random());
            request.from_account = Some(from);
            let reply = app.client()?.send(&request).map_err(|e| e.to_string())?;
            print(app.json, &reply, || {
                let key = reply.msg_key.as_ref().map(|key| key.as_str().to_owned());
                vec![format!(
                    "sent to {to} (MsgKey {}, time {})",
                    key.unwrap_or_default(),
                    reply.msg_time.unwrap_or_default()
                )]
            });
            Ok(())
        }
        Command::History {
            app,
            from,
            to,
            since,
            until,
        } => {
            let until = until.unwrap_or_else(|| tim_usersig::Clock::now(&tim_usersig::SystemClock) as i64);
            let client = app.client()?;
            let first = AdminGetroammsgRequest::new(&from, &to, PAGE, since, until);
            for page in client.pages(first) {
                let page = page.map_err(|e| e.to_string())?;
                print(app.json, &page, || {
                    page.msg_list
                        .iter()
                        .flatten()
                        .map(|msg| {
                            format!(
                                "{} {} -> {}: {}",
                                msg.msg_time_stamp.unwrap_or_default(),
                                msg.from_account.as_deref().unwrap_or("?"),
                                msg.to_account.as_deref().unwrap_or("?"),
                                body_text(&msg.msg_body)
                            )
                        })
                        .collect()
                });
            }
            Ok(())
        }
    }
}
