//! `tim group`: create groups, manage members, send and read messages.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use tim_api::bulk::GroupMemberImport;
use tim_protocol::group::{
    AddGroupMemberRequest, CreateGroupRequest, DeleteGroupMemberRequest, DestroyGroupRequest, ForbidSendMsgRequest,
    GetGroupInfoRequest, GetGroupMemberInfoRequest, GroupMsgGetSimpleRequest, GroupType, ImportedMember, MemberResult,
    NewMember, SendGroupMsgRequest,
};
use tim_protocol::limits::ADD_GROUP_MEMBERS_MAX;
use tim_protocol::ErrorCode;

use crate::app::AppArgs;
use crate::bulk::{read_rows, BulkArgs};
use crate::confirm::confirm;
use crate::failure::Failure;
use crate::inputs::{flat, Items as Inputs};
use crate::msg::Content;
use crate::output::{body_text, line, outcome, print, print_json, time, warn};
use crate::per_user::{print_outcomes, Outcome};

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
    /// The members: IDs, `-` (standard input) or `@FILE`, one per line (put
    /// `--` before them if one starts with `-`).
    #[arg(required = true, value_parser = Inputs::parse)]
    members: Vec<Inputs>,
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
        /// A member to add at once; repeatable (`-` or `@FILE` read one a line).
        #[arg(long = "member", allow_hyphen_values = true, value_parser = Inputs::parse)]
        members: Vec<Inputs>,
        /// A custom group ID instead of a generated one.
        #[arg(long, allow_hyphen_values = true)]
        id: Option<String>,
        /// The most members it may have (default: the service's for its type and edition).
        #[arg(long)]
        max_members: Option<u32>,
    },
    /// Print groups' profiles.
    Info {
        #[command(flatten)]
        app: AppArgs,
        /// The group IDs: IDs, `-` (standard input) or `@FILE`, one per line.
        #[arg(required = true, value_parser = Inputs::parse)]
        groups: Vec<Inputs>,
    },
    /// List a group's members, in the service's order.
    Members {
        #[command(flatten)]
        group: OneGroup,
        /// Print at most this many.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Add members (300 a call).
    Add(Members),
    /// Import members from a file without notices (`import_group_member`,
    /// 300 a call), a bulk run with progress: one member a line, its
    /// UserID, optionally `<TAB>join time` (Unix seconds). A member already
    /// in the group counts as already there.
    ImportMembers {
        #[command(flatten)]
        app: AppArgs,
        /// The group ID.
        #[arg(allow_hyphen_values = true)]
        group: String,
        /// The members (`-`: standard input).
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
        #[command(flatten)]
        bulk: BulkArgs,
    },
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
    /// Read a group's message history, newest first.
    History {
        #[command(flatten)]
        group: OneGroup,
        /// Print at most this many (the newest).
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Mute members for some seconds (0 unmutes).
    Mute {
        #[command(flatten)]
        members: Members,
        /// How long, in seconds; 0 lifts the mute.
        #[arg(long)]
        seconds: u32,
    },
    /// Disband a group (asks first; `--yes` in scripts).
    Destroy {
        #[command(flatten)]
        group: OneGroup,
        /// Disband without asking.
        #[arg(long)]
        yes: bool,
    },
}

/// Entries per page of members and history.
const MEMBERS_PAGE: u32 = 100;
const HISTORY_PAGE: u32 = 20;

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Create {
            app,
            name,
            kind,
            owner,
            members,
            id,
            max_members,
        } => {
            let mut request = CreateGroupRequest::new(GroupType::from(kind.as_str()), name);
            request.owner_account = owner;
            request.group_id = id;
            request.max_member_count = max_members;
            let members = flat(&members);
            if !members.is_empty() {
                request.member_list = Some(members.iter().map(NewMember::new).collect());
            }
            let reply = app.client()?.send(&request)?;
            print(app.json, &reply, || {
                vec![format!("created {}", reply.group_id.as_deref().unwrap_or("?"))]
            });
            Ok(())
        }
        Command::Info { app, groups } => {
            let groups = flat(&groups);
            let reply = app.client()?.send(&GetGroupInfoRequest::new(&groups))?;
            if app.json {
                print_json(&reply);
            }
            // Each group answers on its own: an unknown one (10010) is a
            // failure of that item, named on standard error.
            let (mut failed, mut all) = (0, 0);
            for group in reply.group_info.iter().flatten() {
                all += 1;
                let id = group.group_id.as_deref().unwrap_or("?");
                match group.error_code.filter(|code| !code.is_success()) {
                    Some(code) => {
                        failed += 1;
                        if !app.json {
                            warn(&format!(
                                "{id}: {}",
                                outcome(code, group.error_info.as_deref().unwrap_or(""))
                            ));
                        }
                    }
                    None if !app.json => line(&format!(
                        "{id} {:?} type {} owner {} members {}",
                        group.name.as_deref().unwrap_or(""),
                        group.kind.as_ref().map(|kind| kind.as_str()).unwrap_or("?"),
                        group.owner_account.as_deref().unwrap_or("-"),
                        group.member_num.unwrap_or_default()
                    )),
                    None => {}
                }
            }
            Failure::items(failed, all)
        }
        Command::Members {
            group: OneGroup { app, group },
            limit,
        } => app.client()?.list(
            GetGroupMemberInfoRequest::page(&group, MEMBERS_PAGE, 0),
            app.json,
            limit,
            |page| page.member_list.unwrap_or_default(),
            |member| {
                format!(
                    "{} {}",
                    member.member_account.as_deref().unwrap_or("?"),
                    member.role.as_ref().map(|role| role.as_str()).unwrap_or("")
                )
            },
        ),
        Command::ImportMembers { app, group, file, bulk } => {
            let mut members = Vec::new();
            for (number, row) in read_rows(&file)?.into_iter().enumerate() {
                let mut member = ImportedMember::new(row[0].clone());
                if let Some(joined) = row.get(1).filter(|joined| !joined.is_empty()) {
                    let joined = joined.parse().map_err(|_| {
                        Failure::usage(format!(
                            "{} line {}: the join time {joined:?} is not Unix seconds",
                            file.display(),
                            number + 1
                        ))
                    })?;
                    member.join_time = Some(joined);
                }
                members.push(member);
            }
            let client = app.client()?;
            crate::bulk::run(&client, app.json, GroupMemberImport::new(group, members), &bulk)
        }
        Command::Add(Members { app, group, members }) => {
            let members = flat(&members);
            let client = app.client()?;
            let (mut failed, mut all) = (0, 0);
            for batch in members.chunks(ADD_GROUP_MEMBERS_MAX) {
                let reply = client.send(&AddGroupMemberRequest::new(&group, batch))?;
                let outcomes = reply.member_list.iter().flatten().map(|member| {
                    let ok = match member.result {
                        MemberResult::Added => Some("added"),
                        MemberResult::AlreadyMember => Some("already a member"),
                        MemberResult::AwaitingConfirmation => Some("invited"),
                        _ => None,
                    };
                    Outcome {
                        item: &member.member_account,
                        // The reply gives no code for a member that failed.
                        code: if ok.is_some() {
                            ErrorCode::Success
                        } else {
                            ErrorCode::from(-1)
                        },
                        info: "not added",
                        ok: ok.unwrap_or_default().into(),
                    }
                });
                let (batch_failed, batch_all) = print_outcomes(app.json, &reply, outcomes);
                failed += batch_failed;
                all += batch_all;
            }
            Failure::items(failed, all)
        }
        Command::Remove(Members { app, group, members }) => {
            let members = flat(&members);
            let reply = app.client()?.send(&DeleteGroupMemberRequest::new(&group, &members))?;
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
            let reply = app.client()?.send(&request)?;
            print(app.json, &reply, || {
                vec![format!(
                    "sent to {group} (MsgSeq {})",
                    reply.msg_seq.unwrap_or_default()
                )]
            });
            Ok(())
        }
        Command::History {
            group: OneGroup { app, group },
            limit,
        } => {
            // Pages run from the newest message backwards; within a page the
            // order is made newest first too.
            app.client()?.list(
                GroupMsgGetSimpleRequest::new(&group, HISTORY_PAGE),
                app.json,
                limit,
                |page| {
                    let mut messages = page.rsp_msg_list.unwrap_or_default();
                    messages.sort_by_key(|msg| std::cmp::Reverse(msg.msg_seq));
                    messages
                },
                |msg| {
                    format!(
                        "#{} {} {}: {}",
                        msg.msg_seq.unwrap_or_default(),
                        time(msg.msg_time_stamp.unwrap_or_default().max(0) as u64, app.epoch),
                        msg.from_account.as_deref().unwrap_or("?"),
                        msg.msg_body.as_deref().map(body_text).unwrap_or_default()
                    )
                },
            )
        }
        Command::Mute {
            members: Members { app, group, members },
            seconds,
        } => {
            let members = flat(&members);
            let request = if seconds == 0 {
                ForbidSendMsgRequest::unmute(&group, &members)
            } else {
                ForbidSendMsgRequest::mute(&group, &members, seconds)
            };
            let reply = app.client()?.send(&request)?;
            print(app.json, &reply, Vec::new);
            Ok(())
        }
        Command::Destroy {
            group: OneGroup { app, group },
            yes,
        } => {
            confirm(&format!("disband the group {group} and delete its messages"), yes)?;
            let reply = app.client()?.send(&DestroyGroupRequest::new(&group))?;
            print(app.json, &reply, || vec![format!("destroyed {group}")]);
            Ok(())
        }
    }
}
