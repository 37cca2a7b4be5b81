//! `tim push`: push to every user or to those with some tags or attribute
//! values, and the users' tags and attributes that pick them.

use clap::{Args, Subcommand};
use tim_protocol::push::{
    AttrNames, Attrs, ImAddTagRequest, ImGetAttrNameRequest, ImGetAttrRequest, ImGetTagRequest, ImPushRequest,
    ImRemoveAllTagsRequest, ImRemoveTagRequest, ImSetAttrNameRequest, ImSetAttrRequest, PushCondition,
};

use crate::app::AppArgs;
use crate::failure::Failure;
use crate::inputs::{flat, Items as Inputs};
use crate::msg::Content;
use crate::output::{line, print, print_json};

/// The app, a user and some tags.
#[derive(Debug, Args)]
pub(crate) struct UserTags {
    #[command(flatten)]
    app: AppArgs,
    /// The user.
    #[arg(allow_hyphen_values = true)]
    user: String,
    /// The tags: tags, `-` (standard input) or `@FILE`, one per line.
    #[arg(required = true, value_parser = Inputs::parse)]
    tags: Vec<Inputs>,
}

/// The app and some users.
#[derive(Debug, Args)]
pub(crate) struct Users {
    #[command(flatten)]
    app: AppArgs,
    /// The users: IDs, `-` (standard input) or `@FILE`, one per line.
    #[arg(required = true, value_parser = Inputs::parse)]
    users: Vec<Inputs>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Push a message to every user, or to those with the tags or attribute
    /// values given (at most one push a second and 100 a day).
    Send {
        #[command(flatten)]
        app: AppArgs,
        /// The sender shown (default: the app admin).
        #[arg(long, allow_hyphen_values = true)]
        from: Option<String>,
        /// Only users with this tag; repeatable (all of them, or any with
        /// `--any`; `-` or `@FILE` read one a line).
        #[arg(long = "tag", value_parser = Inputs::parse)]
        tags: Vec<Inputs>,
        /// With `--tag`: users with any of the tags instead of all.
        #[arg(long, requires = "tags")]
        any: bool,
        /// Only users whose attribute NAME has VALUE; repeatable (all must match).
        #[arg(long = "attr", value_name = "NAME=VALUE", conflicts_with = "tags")]
        attrs: Vec<String>,
        #[command(flatten)]
        content: Content,
    },
    /// Add tags to a user.
    Tag(UserTags),
    /// Remove tags from a user.
    Untag(UserTags),
    /// Remove every tag of users.
    ClearTags(Users),
    /// Print users' tags.
    Tags(Users),
    /// Set users' attributes: `tim push set-attrs USER NAME=VALUE...`.
    SetAttrs {
        #[command(flatten)]
        app: AppArgs,
        /// The user.
        #[arg(allow_hyphen_values = true)]
        user: String,
        /// The attributes, NAME=VALUE (the names set by `set-attr-names`).
        #[arg(required = true, value_name = "NAME=VALUE")]
        attrs: Vec<String>,
    },
    /// Print users' attributes.
    Attrs(Users),
    /// Name the app's attributes: `tim push set-attr-names 0=city 1=level`.
    SetAttrNames {
        #[command(flatten)]
        app: AppArgs,
        /// NUMBER=NAME, the numbers 0 to 9.
        #[arg(required = true, value_name = "NUMBER=NAME")]
        names: Vec<String>,
    },
    /// Print the app's attribute names.
    AttrNames {
        #[command(flatten)]
        app: AppArgs,
    },
}

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Send {
            app,
            from,
            tags,
            any,
            attrs,
            content,
        } => {
            let mut request = ImPushRequest::new(content.body(), rand::random());
            if let Some(from) = from {
                request = request.from_account(from);
            }
            let tags = flat(&tags);
            if !tags.is_empty() {
                let condition = if any {
                    PushCondition::tags_or(&tags)
                } else {
                    PushCondition::tags_and(&tags)
                };
                request = request.condition(condition);
            } else if !attrs.is_empty() {
                request = request.condition(PushCondition::attrs_and(pairs(&attrs)?));
            }
            let reply = app.client()?.send(&request)?;
            print(app.json, &reply, || {
                vec![format!("pushed (TaskId {})", reply.task_id.as_deref().unwrap_or("?"))]
            });
            Ok(())
        }
        Command::Tag(UserTags { app, user, tags }) => {
            let reply = app.client()?.send(&ImAddTagRequest::one(&user, flat(&tags)))?;
            print(app.json, &reply, Vec::new);
            Ok(())
        }
        Command::Untag(UserTags { app, user, tags }) => {
            let reply = app.client()?.send(&ImRemoveTagRequest::one(&user, flat(&tags)))?;
            print(app.json, &reply, Vec::new);
            Ok(())
        }
        Command::ClearTags(Users { app, users }) => {
            let reply = app.client()?.send(&ImRemoveAllTagsRequest::new(flat(&users)))?;
            print(app.json, &reply, Vec::new);
            Ok(())
        }
        Command::Tags(Users { app, users }) => {
            let reply = app.client()?.send(&ImGetTagRequest::new(flat(&users)))?;
            print(app.json, &reply, || {
                reply
                    .user_tags
                    .iter()
                    .map(|item| format!("{} {}", item.to_account, item.tags.join(" ")))
                    .collect()
            });
            Ok(())
        }
        Command::SetAttrs { app, user, attrs } => {
            let reply = app.client()?.send(&ImSetAttrRequest::one(&user, pairs(&attrs)?))?;
            print(app.json, &reply, Vec::new);
            Ok(())
        }
        Command::Attrs(Users { app, users }) => {
            let reply = app.client()?.send(&ImGetAttrRequest::new(flat(&users)))?;
            if app.json {
                print_json(&reply);
            } else {
                for item in &reply.user_attrs {
                    let attrs: Vec<String> = item
                        .attrs
                        .0
                        .iter()
                        .map(|(name, value)| format!("{name}={value}"))
                        .collect();
                    line(&format!("{} {}", item.to_account, attrs.join(" ")));
                }
            }
            Ok(())
        }
        Command::SetAttrNames { app, names } => {
            let mut attr_names = AttrNames::new();
            for pair in &names {
                let (number, name) = split(pair, "NUMBER=NAME")?;
                let number: u8 = number
                    .parse()
                    .map_err(|_| Failure::usage(format!("{pair:?}: the number is 0 to 9")))?;
                attr_names = attr_names.with(number, name);
            }
            let reply = app.client()?.send(&ImSetAttrNameRequest::new(attr_names))?;
            print(app.json, &reply, Vec::new);
            Ok(())
        }
        Command::AttrNames { app } => {
            let reply = app.client()?.send(&ImGetAttrNameRequest::new())?;
            print(app.json, &reply, || {
                reply
                    .attr_names
                    .0
                    .iter()
                    .map(|(number, name)| format!("{number} {name}"))
                    .collect()
            });
            Ok(())
        }
    }
}

/// `NAME=VALUE` arguments as attributes.
fn pairs(args: &[String]) -> Result<Attrs, Failure> {
    args.iter().try_fold(Attrs::new(), |attrs, pair| {
        let (name, value) = split(pair, "NAME=VALUE")?;
        Ok(attrs.with(name, value))
    })
}

fn split<'a>(pair: &'a str, form: &str) -> Result<(&'a str, &'a str), Failure> {
    pair.split_once('=')
        .ok_or_else(|| Failure::usage(format!("{pair:?}: write {form}")))
}
