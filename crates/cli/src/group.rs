//! `tim group`: create groups, manage members, send and read messages.

use clap::{Args, Subcommand};
use tim_protocol::group::{
    AddGroupMemberRequest, CreateGroupRequest, DeleteGroupMemberRequest, DestroyGroupRequest, ForbidSendMsgRequest,
    GetGroupInfoRequest, GetGroupMemberInfoRequest, GroupMsgGetSimpleRequest, GroupType, NewMember,
    SendGroupMsgRequest,
};

use crate::app::AppArgs;
use crate::msg::Content;
use crate::output::{body_text, outcome, print};

/// The app and one group.
#[derive(Debug, Args)]
pub(crate) struct OneGroup {
    #[command(flatten)]
    app: AppArgs,
    /// The group ID.
    #[arg(allow_hyphen_values = true)]
    group: String,
}

/// The app, one group and some members.
#[derive(Debug, Args)]
pub(crate) struct Members {
    #[command(flatten)]
    app: AppArgs,
    /// The group ID.
    #[arg(allow_hyphen_values = true)]
    group: String,
    /// The members (put `--` before them if one starts with `-`).
    #[arg(required = true)]
    members: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Create a group.
    Create {
        #[command(flatten)]
        app: AppArgs,
        /// The group's name.
        #[arg(long, allow_hyphen_values = true)]
        name: String,
        /// Public, Private (Work), ChatRoom (Meeting), AVChatRoom, Community, ...
        #[arg(long = "type", default_value = "Public")]
        kind: String,
        /// The owner, added as a member.
        #[arg(long, allow_hyphen_values = true)]
        owner: Option<String>,
        /// A member to add at once; repeatable.
        #[arg(long = "member", allow_hyphen_values = true)]
        members: Vec<String>,
        /// A custom group ID instead of a generated one.
        #[arg(long, allow_hyphen_values = true)]
        id: Option<String>,
    },
    /// Print groups' profiles.
    Info {
        #[command(flatten)]
        app: AppArgs,
        /// The group IDs.
        #[arg(required = true)]
        groups: Vec<String>,
    },
    /// List a group's members (every page).
    Members(OneGroup),
    /// Add members.
    Add(Members),
    /// Remove members.
    Remove(Members),
    /// Send a message to a group.
    Send {
        #[command(flatten)]
        app: AppArgs,
        /// The group ID.
        #[arg(allow_hyphen_values = true)]
        group: String,
        /// The sending member (default: the app admin, as a system sender).
        #[arg(long, allow_hyphen_values = true)]
        from: Option<String>,
        #[command(flatten)]
        content: Content,
    },
    /// Read a group's message history, newest first (every page).
    History(OneGroup),
    /// Mute members for some seconds (0 unmutes).
    Mute {
        #[command(flatten)]
        members: Members,
        /// How long, in seconds; 0 lifts the mute.
        #[arg(long)]
        seconds: u32,
    },
    /// Disband a group.
    Destroy(OneGroup),
}

/// Entries per page of members and history.
const MEMBERS_PAGE: u32 = 100;
const HISTORY_PAGE: u32 = 20;

pub(crate) fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Create {
            app,
            name,
            kind,
            owner,
            members,
            id,
        } => {
            let mut request = CreateGroupRequest::new(GroupType::from(kind.as_str()), name);
            request.owner_account = owner;
            request.group_id = id;
            if !members.is_empty() {
                request.member_list = Some(members.iter().map(NewMember::new).collect());
            }
            let reply = app.client()?.send(&request).map_err(|e| e.to_string())?;
            print(app.json, &reply, || {
                vec![format!("created {}", reply.group_id.as_deref().unwrap_or("?"))]
            });
            Ok(())
        }
        Command::Info { app, groups } => {
            let reply = app
                .client()?
                .send(&GetGroupInfoRequest::new(&groups))
                .map_err(|e| e.to_string())?;
            print(app.json, &reply, || {
                reply
                    .group_info
                    .iter()
                    .flatten()
                    .map(|group| match group.error_code.filter(|code| !code.is_success()) {
                        Some(code) => format!(
                            "{}: {}",
                            group.group_id.as_deref().unwrap_or("?"),
                            outcome(code, group.error_info.as_deref().unwrap_or(""))
                        ),
                        None => format!(
                            "{} {:?} type {} owner {} members {}",
                            group.group_id.as_deref().unwrap_or("?"),
                            group.name.as_deref().unwrap_or(""),
                            group.kind.as_ref().map(|kind| kind.as_str()).unwrap_or("?"),
                            group.owner_account.as_deref().unwrap_or("-"),
                            group.member_num.unwrap_or_default()
                        ),
                    })
                    .collect()
            });
            Ok(())
        }
        Command::Members(OneGroup { app, group }) => {
            let client = app.client()?;
            for page in client.pages(GetGroupMemberInfoRequest::page(&group, MEMBERS_PAGE, 0)) {
                let page = page.map_err(|e| e.to_string())?;
                print(app.json, &page, || {
                    page.member_list
                        .iter()
                        .flatten()
                        .map(|member| {
                            format!(
                                "{} {}",
                                member.member_account.as_deref().unwrap_or("?"),
                                member.role.as_ref().map(|role| role.as_str()).unwrap_or("")
                            )
                        })
                        .collect()
                });
            }
            Ok(())
        }
        Command::Add(Members { app, group, members }) => {
            let reply = app
                .client()?
                .send(&AddGroupMemberRequest::new(&group, &members))
                .map_err(|e| e.to_string())?;
            print(app.json, &reply, || {
                reply
                    .member_list
                    .iter()
                    .flatten()
                    .map(|member| format!("{} {:?}", member.member_account, member.result))
                    .collect()
            });
            Ok(())
        }
        Command::Remove(Members { app, group, members }) => {
            let reply = app
                .client()?
                .send(&DeleteGroupMemberRequest::new(&group, &members))
                .map_err(|e| e.to_string())?;
            print(app.json, &reply, Vec::new);
            Ok(())
        }
        Command::Send {
            app,
            group,
            from,
            content,
        } => {
            let mut request = SendGroupMsgRequest::new(&group, content.body(), rand::random());
            if let Some(from) = from {
                request = request.from(from);
            }
            let reply = app.client()?.send(&request).map_err(|e| e.to_string())?;
            print(app.json, &reply, || {
                vec![format!(
                    "sent to {group} (MsgSeq {})",
                    reply.msg_seq.unwrap_or_default()
                )]
            });
            Ok(())
        }
        Command::History(OneGroup { app, group }) => {
            let client = app.client()?;
            for page in client.pages(GroupMsgGetSimpleRequest::new(&group, HISTORY_PAGE)) {
                let page = page.map_err(|e| e.to_string())?;
                print(app.json, &page, || {
                    page.rsp_msg_list
                        .iter()
                        .flatten()
                        .map(|msg| {
                            format!(
                                "#{} {} {}: {}",
                                msg.msg_seq.unwrap_or_default(),
                                msg.msg_time_stamp.unwrap_or_default(),
                                msg.from_account.as_deref().unwrap_or("?"),
                                msg.msg_body.as_deref().map(body_text).unwrap_or_default()
                            )
                        })
                        .collect()
                });
            }
            Ok(())
        }
        Command::Mute {
            members: Members { app, group, members },
            seconds,
        } => {
            let request = if seconds == 0 {
                ForbidSendMsgRequest::unmute(&group, &members)
            } else {
                ForbidSendMsgRequest::mute(&group, &members, seconds)
            };
            let reply = app.client()?.send(&request).map_err(|e| e.to_string())?;
            print(app.json, &reply, Vec::new);
            Ok(())
        }
        Command::Destroy(OneGroup { app, group }) => {
            let reply = app
                .client()?
                .send(&DestroyGroupRequest::new(&group))
                .map_err(|e| e.to_string())?;
            print(app.json, &reply, || vec![format!("destroyed {group}")]);
            Ok(())
        }
    }
}
