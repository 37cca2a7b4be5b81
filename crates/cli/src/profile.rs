//! `tim profile`: read and write users' profile fields.

use clap::Subcommand;
use tim_protocol::profile::{PortraitGetRequest, PortraitSetRequest, ProfileItem, ProfileTag};

use crate::app::AppArgs;
use crate::failure::Failure;
use crate::inputs::{flat, Items as Inputs};
use crate::output::{line, outcome, print_json, warn};

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Print users' nickname and avatar (and any `--tag`).
    Get {
        #[command(flatten)]
        app: AppArgs,
        /// The users: IDs, `-` (standard input) or `@FILE`, one per line (put
        /// `--` before them if one starts with `-`).
        #[arg(required = true, value_parser = Inputs::parse)]
        users: Vec<Inputs>,
        /// More fields to read, e.g. `Tag_Profile_IM_SelfSignature` or `Tag_Profile_Custom_Level`.
        #[arg(long = "tag")]
        tags: Vec<String>,
    },
    /// Set a user's fields.
    Set {
        #[command(flatten)]
        app: AppArgs,
        /// The user.
        #[arg(allow_hyphen_values = true)]
        user: String,
        /// The nickname.
        #[arg(long, allow_hyphen_values = true)]
        nick: Option<String>,
        /// The avatar URL.
        #[arg(long)]
        face_url: Option<String>,
        /// The signature.
        #[arg(long, allow_hyphen_values = true)]
        signature: Option<String>,
        /// A custom string field, `KEY=VALUE` (the key without `Tag_Profile_Custom_`); repeatable.
        #[arg(long = "custom", value_name = "KEY=VALUE")]
        custom: Vec<String>,
    },
}

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Get { app, users, tags } => {
            let users = flat(&users);
            let mut request = PortraitGetRequest::nick_and_face(&users);
            request
                .tag_list
                .extend(tags.iter().map(|tag| ProfileTag::from(tag.as_str())));
            let reply = app.client()?.send(&request)?;
            if app.json {
                print_json(&reply);
            }
            // A user the service could not read (40003: not imported) is
            // named, never shown as a blank profile.
            let (mut failed, mut all) = (0, 0);
            for user in reply.user_profile_item.iter().flatten() {
                all += 1;
                let code = user.result_code;
                if !code.is_success() {
                    failed += 1;
                    if !app.json {
                        warn(&format!(
                            "{} {}",
                            user.to_account,
                            outcome(code, user.result_info.as_deref().unwrap_or(""))
                        ));
                    }
                } else if !app.json {
                    let fields: Vec<String> = user
                        .profile_item
                        .iter()
                        .flatten()
                        .map(|item| format!("{}={}", item.tag().as_str(), item.value()))
                        .collect();
                    line(&format!("{} {}", user.to_account, fields.join(" ")));
                }
            }
            if let Some(failed_accounts) = reply.fail_account.as_ref().filter(|failed| !failed.is_empty()) {
                // Users failed as a whole, listed apart from the items.
                for user in failed_accounts.iter().filter(|user| {
                    !reply
                        .user_profile_item
                        .iter()
                        .flatten()
                        .any(|item| &item.to_account == *user)
                }) {
                    all += 1;
                    failed += 1;
                    if !app.json {
                        warn(&format!("{user} failed"));
                    }
                }
            }
            Failure::items(failed, all)
        }
        Command::Set {
            app,
            user,
            nick,
            face_url,
            signature,
            custom,
        } => {
            let mut items = Vec::new();
            items.extend(nick.map(ProfileItem::Nick));
            items.extend(face_url.map(ProfileItem::Image));
            items.extend(signature.map(ProfileItem::SelfSignature));
            for pair in &custom {
                let (key, value) = pair
                    .split_once('=')
                    .ok_or_else(|| Failure::usage(format!("--custom {pair:?}: write KEY=VALUE")))?;
                items.push(ProfileItem::custom_text(key, value));
            }
            if items.is_empty() {
                return Err(Failure::usage(
                    "give a field to set: --nick, --face-url, --signature or --custom",
                ));
            }
            let reply = app.client()?.send(&PortraitSetRequest::new(&user, items))?;
            crate::output::print(app.json, &reply, Vec::new);
            Ok(())
        }
    }
}
