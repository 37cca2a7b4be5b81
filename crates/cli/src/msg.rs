//! `tim msg`: send one-to-one messages and read their history.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use tim_api::bulk::BatchSend;
use tim_protocol::limits::BATCH_RECIPIENTS_MAX;
use tim_protocol::message::{MsgBody, MsgElement};
use tim_protocol::openim::{AdminGetroammsgRequest, AdminMsgwithdrawRequest, BatchsendmsgRequest, SendmsgRequest};

use crate::app::AppArgs;
use crate::bulk::{read_rows, BulkArgs};
use crate::failure::Failure;
use crate::inputs::{flat, Items as Inputs};
use crate::output::{body_text, print, time};
use crate::per_user::{print_outcomes, Outcome};

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
    /// Send one message to many users (`batchsendmsg`, 500 a call), from a
    /// user or, without `--from`, from the app admin.
    Batch {
        #[command(flatten)]
        app: AppArgs,
        /// The sender (default: the app admin).
        #[arg(long, allow_hyphen_values = true)]
        from: Option<String>,
        /// The recipients: IDs, `-` (standard input) or `@FILE`, one per line.
        #[arg(long = "to", required_unless_present = "to_file", value_parser = Inputs::parse)]
        to: Vec<Inputs>,
        /// A bulk run to the recipients in FILE (one UserID a line; `-`:
        /// standard input), with progress and `--journal`/`--resume`/
        /// `--failures`. A call whose reply was lost is never sent again,
        /// even on resume: its recipients are reported unknown.
        #[arg(long, value_name = "FILE", conflicts_with = "to")]
        to_file: Option<PathBuf>,
        #[command(flatten)]
        content: Content,
        #[command(flatten)]
        bulk: BulkArgs,
    },
    /// Recall a one-to-one message by its MsgKey (printed by `send` and `history`).
    Recall {
        #[command(flatten)]
        app: AppArgs,
        /// The sender of the message.
        #[arg(long, allow_hyphen_values = true)]
        from: String,
        /// Its recipient.
        #[arg(long, allow_hyphen_values = true)]
        to: String,
        /// The message's MsgKey.
        #[arg(long)]
        key: String,
    },
    /// Read the history of a one-to-one conversation, as `--from` sees it,
    /// newest first.
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
        /// Print at most this many (the newest).
        #[arg(long)]
        limit: Option<usize>,
    },
}

/// Messages per history page.
const PAGE: u32 = 100;

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Send { app, from, to, content } => {
            let mut request = SendmsgRequest::new(&to, content.body(), rand::random());
            request.from_account = Some(from);
            let reply = app.client()?.send(&request)?;
            print(app.json, &reply, || {
                let key = reply.msg_key.as_ref().map(|key| key.as_str().to_owned());
                let at = reply
                    .msg_time
                    .map(|at| time(at.max(0) as u64, app.epoch))
                    .unwrap_or_default();
                vec![format!("sent to {to} (MsgKey {}, time {at})", key.unwrap_or_default())]
            });
            Ok(())
        }
        Command::Batch {
            app,
            from,
            to,
            to_file,
            content,
            bulk,
        } if to_file.is_some() || bulk.is_set() => {
            let recipients: Vec<String> = match to_file {
                Some(file) => read_rows(&file)?.into_iter().map(|row| row[0].clone()).collect(),
                None => flat(&to),
            };
            let mut message = BatchsendmsgRequest::new(Vec::<String>::new(), content.body(), rand::random());
            message.from_account = from;
            let client = app.client()?;
            crate::bulk::run(&client, app.json, BatchSend::new(message, recipients), &bulk)
        }
        Command::Batch {
            app, from, to, content, ..
        } => {
            let to = flat(&to);
            let client = app.client()?;
            let (mut failed, mut all) = (0, 0);
            for batch in to.chunks(BATCH_RECIPIENTS_MAX) {
                let mut request = BatchsendmsgRequest::new(batch, content.body(), rand::random());
                request.from_account = from.clone();
                let reply = client.send(&request)?;
                let errors = reply.error_list.clone().unwrap_or_default();
                let outcomes = batch.iter().map(|user| {
                    let error = errors.iter().find(|error| error.to_account == *user);
                    Outcome {
                        item: user,
                        code: error.map_or(tim_protocol::ErrorCode::Success, |error| error.error_code),
                        info: "",
                        ok: "sent".into(),
                    }
                });
                let (batch_failed, batch_all) = print_outcomes(app.json, &reply, outcomes);
                failed += batch_failed;
                all += batch_all;
            }
            Failure::items(failed, all)
        }
        Command::Recall { app, from, to, key } => {
            let reply = app
                .client()?
                .send(&AdminMsgwithdrawRequest::new(&from, &to, key.as_str()))?;
            print(app.json, &reply, || vec![format!("recalled {key}")]);
            Ok(())
        }
        Command::History {
            app,
            from,
            to,
            since,
            until,
            limit,
        } => {
            let until = until.unwrap_or_else(|| tim_usersig::Clock::now(&tim_usersig::SystemClock) as i64);
            let client = app.client()?;
            let first = AdminGetroammsgRequest::new(&from, &to, PAGE, since, until);
            // Pages run backwards in time; each page holds its messages
            // oldest first, so each is turned around to print newest first.
            client.list(
                first,
                app.json,
                limit,
                |page| {
                    let mut messages = page.msg_list.unwrap_or_default();
                    // Seconds tie often: the page's own order breaks the tie
                    // (a stable sort of the turned-around page).
                    messages.reverse();
                    messages.sort_by_key(|msg| std::cmp::Reverse(msg.msg_time_stamp));
                    messages
                },
                |msg| {
                    let at = msg.msg_time_stamp.map(|at| time(at.max(0) as u64, app.epoch));
                    let key = msg.msg_key.as_ref().map(|key| format!(" (MsgKey {})", key.as_str()));
                    format!(
                        "{} {} -> {}: {}{}",
                        at.unwrap_or_default(),
                        msg.from_account.as_deref().unwrap_or("?"),
                        msg.to_account.as_deref().unwrap_or("?"),
                        body_text(&msg.msg_body),
                        key.unwrap_or_default()
                    )
                },
            )
        }
    }
}
