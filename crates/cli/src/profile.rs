//! `tim profile`: read and write users' profile fields.

use clap::Subcommand;
use tim_protocol::profile::{PortraitGetRequest, PortraitSetRequest, ProfileItem, ProfileTag};

use crate::app::AppArgs;
use crate::output::print;

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Print users' nickname and avatar (and any `--tag`).
    Get {
        #[command(flatten)]
        app: AppArgs,
        /// The users (put `--` before them if one starts with `-`).
        #[arg(required = true)]
        users: Vec<String>,
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

pub(crate) fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Get { app, users, tags } => {
            let mut request = PortraitGetRequest::nick_and_face(&users);
            request
                .tag_list
                .extend(tags.iter().map(|tag| ProfileTag::from(tag.as_str())));
            let reply = app.client()?.send(&request).map_err(|e| e.to_string())?;
            print(app.json, &reply, || {
                reply
                    .user_profile_item
                    .iter()
                    .flatten()
                    .map(|user| {
                        let fields: Vec<String> = user
                            .profile_item
                            .iter()
                            .flatten()
                            .map(|item| format!("{}={}", item.tag().as_str(), item.value()))
                            .collect();
                        format!("{} {}", user.to_account, fields.join(" "))
                    })
                    .collect()
            });
            Ok(())
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
                    .ok_or_else(|| format!("--custom {pair:?}: write KEY=VALUE"))?;
                items.push(ProfileItem::custom_text(key, value));
            }
            if items.is_empty() {
                return Err("give a field to set: --nick, --face-url, --signature or --custom".into());
            }
            let reply = app
                .client()?
                .send(&PortraitSetRequest::new(&user, items))
                .map_err(|e| e.to_string())?;
            print(app.json, &reply, Vec::new);
            Ok(())
        }
    }
}
