//! `tim official-account`: official accounts, their subscribers and their
//! broadcast messages.

use clap::{Args, Subcommand};
use tim_protocol::official_account::{
    AddSubscriberRequest, CreateOfficialAccountRequest, DeleteSubscriberRequest, DestroyOfficialAccountRequest,
    GetOfficialAccountInfoRequest, GetSubscriberInfoRequest, OfficialAccountMsgGetSimpleRequest,
    OfficialAccountMsgRecallRequest, SendOfficialAccountMsgRequest, SubscribeResult,
};
use tim_protocol::ErrorCode;

use crate::app::AppArgs;
use crate::confirm::confirm;
use crate::failure::Failure;
use crate::inputs::{flat, Items as Inputs};
use crate::msg::Content;
use crate::output::{body_text, print, print_json, time, warn};
use crate::per_user::{report, Outcome};

/// The app and an official account.
#[derive(Debug, Args)]
pub(crate) struct Account {
    #[command(flatten)]
    app: AppArgs,
    /// The official account's ID (`@TOA#_...`).
    #[arg(allow_hyphen_values = true)]
    account: String,
}

/// The app, an official account and some users.
#[derive(Debug, Args)]
pub(crate) struct Subscribers {
    #[command(flatten)]
    app: AppArgs,
    /// The official account's ID.
    #[arg(allow_hyphen_values = true)]
    account: String,
    /// The users: IDs, `-` (standard input) or `@FILE`, one per line.
    #[arg(required = true, value_parser = Inputs::parse)]
    users: Vec<Inputs>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Create an official account owned by a user; prints its ID.
    Create {
        #[command(flatten)]
        app: AppArgs,
        /// The owner (an imported user).
        #[arg(long, allow_hyphen_values = true)]
        owner: String,
        /// The account's name.
        #[arg(long, allow_hyphen_values = true)]
        name: String,
        /// A custom ID (`@TOA#_...`) instead of one the service picks.
        #[arg(long)]
        id: Option<String>,
        /// Its introduction.
        #[arg(long, allow_hyphen_values = true)]
        introduction: Option<String>,
    },
    /// Print official accounts' profiles.
    Info {
        #[command(flatten)]
        app: AppArgs,
        /// The official accounts' IDs: IDs, `-` or `@FILE`.
        #[arg(required = true, value_parser = Inputs::parse)]
        accounts: Vec<Inputs>,
    },
    /// Subscribe users to an official account (100 a call).
    Subscribe(Subscribers),
    /// Unsubscribe users from an official account.
    Unsubscribe(Subscribers),
    /// List an official account's subscribers, in the order they subscribed.
    Subscribers {
        #[command(flatten)]
        account: Account,
        /// Print at most this many.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Broadcast a message from an official account to its subscribers.
    Send {
        #[command(flatten)]
        account: Account,
        #[command(flatten)]
        content: Content,
    },
    /// Read an official account's messages, newest first.
    History {
        #[command(flatten)]
        account: Account,
        /// Print at most this many.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Recall official-account messages by their MsgKey.
    Recall {
        #[command(flatten)]
        account: Account,
        /// The messages' MsgKeys (printed by `send` and `history`); repeatable
        /// (`-` or `@FILE` read one a line).
        #[arg(long = "key", required = true, value_parser = Inputs::parse)]
        keys: Vec<Inputs>,
    },
    /// Destroy an official account (asks first; `--yes` in scripts).
    Destroy {
        #[command(flatten)]
        account: Account,
        /// Destroy without asking.
        #[arg(long)]
        yes: bool,
    },
}

/// Subscribers per call of `subscribe` and `unsubscribe`, and per page.
const BATCH: usize = 100;
const PAGE: u32 = 100;
const HISTORY_PAGE: u32 = 20;

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Create {
            app,
            owner,
            name,
            id,
            introduction,
        } => {
            let mut request = CreateOfficialAccountRequest::new(&owner, &name);
            if let Some(id) = id {
                request = request.with_id(id);
            }
            if let Some(introduction) = introduction {
                request = request.introduction(introduction);
            }
            let reply = app.client()?.send(&request)?;
            print(app.json, &reply, || {
                vec![format!(
                    "created {}",
                    reply.official_account_user_id.as_deref().unwrap_or("?")
                )]
            });
            Ok(())
        }
        Command::Info { app, accounts } => {
            let accounts = flat(&accounts);
            let reply = app.client()?.send(&GetOfficialAccountInfoRequest::new(&accounts))?;
            let infos = reply.official_account_info_list.clone().unwrap_or_default();
            let outcomes = infos.iter().map(|info| Outcome {
                item: info.official_account.as_deref().unwrap_or("?"),
                code: info.error_code.unwrap_or(ErrorCode::Success),
                info: info.error_info.as_deref().unwrap_or(""),
                ok: format!(
                    "{:?} owner {} subscribers {}",
                    info.name.as_deref().unwrap_or(""),
                    info.owner_account.as_deref().unwrap_or("-"),
                    info.subscriber_num.unwrap_or_default()
                ),
            });
            report(app.json, &reply, outcomes)
        }
        Command::Subscribe(subscribers) => edit(subscribers, true),
        Command::Unsubscribe(subscribers) => edit(subscribers, false),
        Command::Subscribers {
            account: Account { app, account },
            limit,
        } => app.client()?.list(
            GetSubscriberInfoRequest::new(&account).limit(PAGE),
            app.json,
            limit,
            |page| page.subscriber_list.unwrap_or_default(),
            |subscriber| {
                let since = subscriber.subscribe_time.map(|at| time(at, app.epoch));
                format!("{} since {}", subscriber.subscriber_account, since.unwrap_or_default())
            },
        ),
        Command::Send {
            account: Account { app, account },
            content,
        } => {
            let request = SendOfficialAccountMsgRequest::new(&account, rand::random(), content.body());
            let reply = app.client()?.send(&request)?;
            print(app.json, &reply, || {
                vec![format!(
                    "sent from {account} (MsgKey {})",
                    reply.msg_key.as_deref().unwrap_or("?")
                )]
            });
            Ok(())
        }
        Command::History {
            account: Account { app, account },
            limit,
        } => {
            // Each page is newest first, below the last page's oldest.
            app.client()?.list(
                OfficialAccountMsgGetSimpleRequest::new(&account, HISTORY_PAGE),
                app.json,
                limit,
                |page| page.rsp_msg_list.unwrap_or_default(),
                |msg| {
                    let at = msg.msg_time_stamp.map(|at| time(at.max(0) as u64, app.epoch));
                    format!(
                        "{} {}: {} (MsgKey {})",
                        at.unwrap_or_default(),
                        msg.from_account.as_deref().unwrap_or(&account),
                        msg.msg_body.as_deref().map(body_text).unwrap_or_default(),
                        msg.msg_key.as_deref().unwrap_or("?")
                    )
                },
            )
        }
        Command::Recall {
            account: Account { app, account },
            keys,
        } => {
            let reply = app
                .client()?
                .send(&OfficialAccountMsgRecallRequest::new(&account, flat(&keys)))?;
            let results = reply.recall_ret_list.clone().unwrap_or_default();
            let outcomes = results.iter().map(|result| Outcome {
                item: &result.msg_key,
                code: result.ret_code,
                info: "",
                ok: "recalled".into(),
            });
            report(app.json, &reply, outcomes)
        }
        Command::Destroy {
            account: Account { app, account },
            yes,
        } => {
            confirm(&format!("destroy the official account {account}"), yes)?;
            let reply = app.client()?.send(&DestroyOfficialAccountRequest::new(&account))?;
            print(app.json, &reply, || vec![format!("destroyed {account}")]);
            Ok(())
        }
    }
}

/// Subscribes (`add`) or unsubscribes users, 100 a call, each user's
/// outcome printed.
fn edit(Subscribers { app, account, users }: Subscribers, add: bool) -> Result<(), Failure> {
    let users = flat(&users);
    let client = app.client()?;
    let (mut failed, mut all) = (0, 0);
    for batch in users.chunks(BATCH) {
        let reply = if add {
            client.send(&AddSubscriberRequest::new(&account, batch))?
        } else {
            client.send(&DeleteSubscriberRequest::new(&account, batch))?
        };
        if app.json {
            print_json(&reply);
        }
        for result in reply.subscriber_list.iter().flatten() {
            all += 1;
            let user = &result.subscriber_account;
            let text = match (&result.result, add) {
                (SubscribeResult::Succeeded, true) => "subscribed",
                (SubscribeResult::Succeeded, false) => "unsubscribed",
                (SubscribeResult::Unchanged, true) => "already subscribed",
                (SubscribeResult::Unchanged, false) => "not subscribed",
                _ => {
                    failed += 1;
                    if !app.json {
                        warn(&format!("{user} failed"));
                    }
                    continue;
                }
            };
            if !app.json {
                crate::output::line(&format!("{user} {text}"));
            }
        }
    }
    Failure::items(failed, all)
}
