//! `tim contact-group`: a user's conversation groups.

use clap::{Args, Subcommand};
use tim_protocol::recentcontact::{
    ContactEdit, CreateContactGroupRequest, DelContactGroupRequest, GetContactGroupRequest, UpdateContactGroupRequest,
    UpdateContactGroupResponse,
};
use tim_protocol::Conversation;

use crate::app::AppArgs;
use crate::failure::Failure;
use crate::inputs::{flat, Items as Inputs};
use crate::output::{conversation, outcome, print, Items};

/// Conversations named on the command line.
#[derive(Debug, Args)]
pub(crate) struct Conversations {
    /// A one-to-one conversation with this user; repeatable (`-` or `@FILE`
    /// read one a line).
    #[arg(long = "c2c", value_name = "USER_ID", allow_hyphen_values = true, value_parser = Inputs::parse)]
    c2c: Vec<Inputs>,
    /// A group conversation with this group ID; repeatable (`-` or `@FILE`
    /// read one a line).
    #[arg(long = "group-chat", value_name = "GROUP_ID", allow_hyphen_values = true, value_parser = Inputs::parse)]
    groups: Vec<Inputs>,
}

impl Conversations {
    fn list(&self) -> Vec<Conversation> {
        let c2c = flat(&self.c2c).into_iter().map(Conversation::c2c);
        c2c.chain(flat(&self.groups).into_iter().map(Conversation::group))
            .collect()
    }
}

/// A user's group and some conversations.
#[derive(Debug, Args)]
pub(crate) struct GroupConversations {
    #[command(flatten)]
    group: Group,
    #[command(flatten)]
    conversations: Conversations,
}

/// A user's group.
#[derive(Debug, Args)]
pub(crate) struct Group {
    #[command(flatten)]
    app: AppArgs,
    /// The user who owns the group.
    #[arg(long, allow_hyphen_values = true)]
    user: String,
    /// The group's name.
    #[arg(long, allow_hyphen_values = true)]
    name: String,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Create a conversation group, optionally with conversations in it.
    Create(GroupConversations),
    /// Rename a conversation group.
    Rename {
        #[command(flatten)]
        app: AppArgs,
        /// The user who owns the group.
        #[arg(long, allow_hyphen_values = true)]
        user: String,
        /// The group's current name.
        #[arg(long, allow_hyphen_values = true)]
        from: String,
        /// Its new name.
        #[arg(long, allow_hyphen_values = true)]
        to: String,
    },
    /// Add conversations to a group.
    Add(GroupConversations),
    /// Remove conversations from a group.
    Remove(GroupConversations),
    /// Delete a conversation group.
    Delete(Group),
    /// List a user's groups, then the grouped conversations (every page).
    List {
        #[command(flatten)]
        app: AppArgs,
        /// The user.
        #[arg(long, allow_hyphen_values = true)]
        user: String,
        /// Print at most this many lines (groups and conversations).
        #[arg(long)]
        limit: Option<usize>,
    },
}

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Create(GroupConversations {
            group: Group { app, user, name },
            conversations,
        }) => {
            let reply = app
                .client()?
                .send(&CreateContactGroupRequest::new(&user, &name, conversations.list()))?;
            let results = reply.groups.iter().flat_map(|group| &group.results);
            let all = results.clone().count();
            let failed = results.filter(|item| !item.result_code.is_success()).count();
            print(app.json, &reply, || {
                let mut lines = Vec::new();
                for group in &reply.groups {
                    lines.push(format!(
                        "created {:?} (GroupId {})",
                        group.group.group_name, group.group.group_id
                    ));
                    for item in &group.results {
                        let result = outcome(item.result_code, &item.result_info);
                        lines.push(format!("  add {}: {result}", conversation(&item.conversation)));
                    }
                }
                lines
            });
            Failure::items(failed, all)
        }
        Command::Rename { app, user, from, to } => {
            let reply = app
                .client()?
                .send(&UpdateContactGroupRequest::rename(&user, &from, &to))?;
            report(app.json, &reply)
        }
        Command::Add(edit) => edit_group(edit, ContactEdit::add),
        Command::Remove(edit) => edit_group(edit, ContactEdit::remove),
        Command::Delete(Group { app, user, name }) => {
            let reply = app.client()?.send(&DelContactGroupRequest::new(&user, &name))?;
            print(app.json, &reply, || {
                reply
                    .groups
                    .iter()
                    .map(|g| format!("deleted {:?} (GroupId {})", g.group_name, g.group_id))
                    .collect()
            });
            Ok(())
        }
        Command::List { app, user, limit } => list(&app, &app.client()?, &user, limit),
    }
}

/// Adds or removes (`op`) the named conversations in a group.
fn edit_group(args: GroupConversations, op: fn(Conversation) -> ContactEdit) -> Result<(), Failure> {
    let GroupConversations {
        group: Group { app, user, name },
        conversations,
    } = args;
    let request = UpdateContactGroupRequest::edit_contacts(&user, &name, conversations.list().into_iter().map(op));
    let reply = app.client()?.send(&request)?;
    report(app.json, &reply)
}

/// Prints an update's outcome; fails if any conversation failed.
fn report(json: bool, reply: &UpdateContactGroupResponse) -> Result<(), Failure> {
    print(json, reply, || {
        let Some(result) = &reply.result else { return Vec::new() };
        let mut lines = vec![if result.old_group_name == result.group_name {
            format!("updated {:?} (GroupId {})", result.group_name, result.group_id)
        } else {
            format!(
                "renamed {:?} to {:?} (GroupId {})",
                result.old_group_name, result.group_name, result.group_id
            )
        }];
        for item in &result.contact_results {
            let op = format!("{:?}", item.op).to_lowercase();
            let result = outcome(item.result_code, &item.result_info);
            lines.push(format!("  {op} {}: {result}", conversation(&item.conversation)));
        }
        lines
    });
    let all = reply.result.as_ref().map_or(0, |result| result.contact_results.len());
    Failure::items(reply.failed_contacts().count(), all)
}

/// The groups (from the first page) and every grouped conversation: lines
/// for people, JSON Lines (the groups' items, then the conversations') under
/// `--json`.
fn list(app: &AppArgs, client: &crate::app::Client, user: &str, limit: Option<usize>) -> Result<(), Failure> {
    let mut items = Items::new(app.json, limit);
    for (index, page) in client.pages(GetContactGroupRequest::new(user, 0))?.enumerate() {
        let page = page?;
        if index == 0 {
            for group in &page.groups {
                items.item(group, |g| format!("group {:?} (GroupId {})", g.group_name, g.group_id));
            }
        }
        for contact in &page.contacts {
            items.item(contact, |c| {
                format!("  {} in {:?}", conversation(&c.conversation), c.contact_group_ids)
            });
        }
        if !items.wants_more() {
            break;
        }
    }
    Ok(())
}
