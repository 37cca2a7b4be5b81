//! `group_open_http_svc`, messages: send, notify, read the history, recall,
//! delete, import, unread counts, and `openim/modify_group_msg`.
//!
//! Choices where the service's documentation is silent:
//!
//! - Sequence numbers rise strictly from 1 per group, one per message sent
//!   or imported; a recalled or deleted message keeps its number, which is
//!   never given again. `MsgTime` is the emulator's clock.
//! - A message with a `From_Account` must come from a member (10007; for an
//!   AVChatRoom, whose members are not kept, from an imported user: 10019).
//!   A muted sender is refused with 10017, as is an ordinary member while
//!   the whole group is muted (`ShutUpAllMember`). Without `From_Account`
//!   the app administrator sends it, and its history entry has no sender.
//! - Every member but the sender gets one more unread message, and the
//!   group's conversation goes to the top of every member's recent list at
//!   the message's time (pinned conversations stay pinned). Imported
//!   messages count as read, and reach the recent lists only with
//!   `RecentContactFlag` 1. `NeedReadReceipt` 1 and
//!   `SupportMessageExtension` 1 are kept for the message (see
//!   `receipts` and `group_extensions`). `OnlineOnlyFlag`, `MsgPriority`
//!   filtering and `@` mentions are accepted and not acted on (webhooks
//!   are the router's, see `webhooks::groups`). An AVChatRoom's messages
//!   touch no recent list.
//! - `send_group_system_notification` checks the group and that every
//!   named recipient is a member (10007), and delivers to no one: the
//!   emulator has no online clients, and notices are not kept in the
//!   history.
//! - `group_msg_get_simple` returns the `ReqMsgNumber` newest messages at or
//!   below `ReqMsgSeq`, newest first, skipping recalled ones unless
//!   `WithRecalledMsg` is 1 (then sent with `MsgFlagBits` 8 and an empty
//!   body) and deleted ones always; `IsFinished` is 1 when no such message
//!   is left below the page. An AVChatRoom has no history (10007).
//!   Messages stored longer ago than the app keeps history
//!   (`AppSettings::history_retention`, 7 days by default, counted from when
//!   the emulator stored them, an import's too) are left out.
//! - `group_msg_recall` answers per number: 0 recalled, 10030 for a number
//!   with no message (never sent, deleted, or already recalled), 10031 for
//!   one whose time is further back than `AppSettings::recall_window` (no
//!   window by default).
//! - `delete_group_msg_by_sender` on an AVChatRoom is refused with 10035;
//!   a sender with no messages changes nothing.
//! - `import_group_msg` answers per message: `Result` 0 with its number and
//!   time, or 10004 for a `SendTime` later than the emulator's clock. An
//!   AVChatRoom cannot import (10007).
//! - `set_unread_msg_num` sets a member's count, capped at the number of
//!   messages the group has had; a user outside the group is refused with
//!   10007.
//! - `modify_group_msg` on a number with no message answers 10030, on an
//!   AVChatRoom 10007.
//! - A `TopicId` answers 60017: topics are emulated (`topics`), the
//!   messages in them are not.

use tim_protocol::group::{
    DeleteGroupMsgBySenderRequest, GroupHistoryMsg, GroupMsgGetSimpleRequest, GroupMsgGetSimpleResponse,
    GroupMsgRecallRequest, GroupMsgRecallResponse, ImportGroupMsgRequest, ImportGroupMsgResponse, ImportMsgResult,
    MemberRole, ModifyGroupMsgRequest, MsgPriority, RecallResult, SendGroupMsgRequest, SendGroupMsgResponse,
    SendGroupSystemNotificationRequest, SetUnreadMsgNumRequest,
};
use tim_protocol::EnvelopeOnlyResponse;
use tim_protocol::ErrorCode;

use crate::context::Context;
use crate::failure::Failure;
use crate::state::extensions::Extensions;
use crate::state::group_failures;
use crate::state::groups::{Group, Message};
use crate::state::operations::{Chat, Sent};

/// 10030: no message with this number.
const MESSAGE_NOT_FOUND: i64 = 10030;
/// 10031: the message is older than the recall window (with
/// `AppSettings::recall_window` set; the error-code list's "recall time limit
/// exceeded", 2 minutes by default for clients).
const RECALL_WINDOW_PASSED: i64 = 10031;
/// 10035: AVChatRoom and BChatRoom messages cannot be deleted.
const DELETE_UNSUPPORTED: i64 = 10035;

fn no_history(group: &Group) -> Result<(), Failure> {
    if group.is_av() {
        Err(Failure::new(
            ErrorCode::GroupPermissionDenied,
            "an AVChatRoom keeps no message history",
        ))
    } else {
        Ok(())
    }
}

/// Puts the group on its members' recent lists at `time`.
fn touch_members(ctx: &Context, group: &Group, time: u64) {
    if group.is_av() {
        return;
    }
    for (_, name, _) in group.members() {
        ctx.state.with_user(name, |user| user.recent.put_group(&group.id, time));
    }
}

/// The number the history shows for a priority.
fn priority(priority: Option<&MsgPriority>) -> Option<u32> {
    priority.map(|priority| match priority {
        MsgPriority::High => 1,
        MsgPriority::Low => 3,
        MsgPriority::Lowest => 4,
        _ => 2,
    })
}

pub(crate) fn send(ctx: &Context, request: SendGroupMsgRequest) -> Result<SendGroupMsgResponse, Failure> {
    group_failures::no_topics(request.topic_id.as_ref())?;
    let now = ctx.now();
    let mut registry = ctx.state.groups.lock();
    let group = registry.find_mut(&request.group_id)?;
    if let Some(sender) = &request.from_account {
        match group.member(sender) {
            None if group.is_av() => group_failures::require_imported(&ctx.state, sender)?,
            None => return Err(group_failures::not_member(&group.id, sender)),
            Some(member) if group.profile.mute_all && member.role == MemberRole::Member => {
                return Err(Failure::new(
                    ErrorCode::GroupMemberMuted,
                    format!("group {:?} is muted for its members", group.id),
                ));
            }
            Some(_) => {}
        }
        if ctx.group_muted(sender) {
            return Err(Failure::new(
                ErrorCode::GroupMemberMuted,
                format!("{sender:?} is muted for group messages (setnospeaking)"),
            ));
        }
        if let Some(until) = group.muted_until(sender, now) {
            return Err(Failure::new(
                ErrorCode::GroupMemberMuted,
                format!("{sender:?} is muted in group {:?} until {until}", group.id),
            ));
        }
    }
    let receipt = request.need_read_receipt == Some(1);
    let extensions = request.support_message_extension == Some(1);
    let message = Message {
        from: request.from_account,
        random: request.random,
        time: now,
        body: request.msg_body,
        cloud_custom_data: request.cloud_custom_data,
        priority: priority(request.msg_priority.as_ref()),
        recalled: false,
        stored_at: now,
    };
    // getappinfo counts it and get_history archives it.
    ctx.state.operations.lock().record(Sent {
        time: now,
        chat: Chat::Group {
            group: group.id.clone(),
            from: message.from.clone(),
        },
        seq: group.next_seq(),
        random: message.random,
        body: message.body.clone(),
        cloud_custom_data: message.cloud_custom_data.clone(),
    });
    let seq = group.post(message, true);
    if receipt || extensions {
        let mut store = ctx.state.group_extras.lock();
        let extras = store.of(group);
        if receipt {
            extras.receipts.insert(seq);
        }
        if extensions {
            extras.extensions.insert(seq, Extensions::default());
        }
    }
    touch_members(ctx, group, now);
    let mut reply = SendGroupMsgResponse::default();
    reply.msg_time = Some(i64::try_from(now).unwrap_or(i64::MAX));
    reply.msg_seq = Some(seq);
    Ok(reply)
}

pub(crate) fn notify(
    ctx: &Context,
    request: SendGroupSystemNotificationRequest,
) -> Result<EnvelopeOnlyResponse, Failure> {
    group_failures::no_topics(request.topic_id.as_ref())?;
    let registry = ctx.state.groups.lock();
    let group = registry.find(&request.group_id)?;
    if !group.is_av() {
        if let Some(stranger) = request
            .to_members_account
            .iter()
            .flatten()
            .find(|name| !group.is_member(name))
        {
            return Err(group_failures::not_member(&group.id, stranger));
        }
    }
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn history(ctx: &Context, request: GroupMsgGetSimpleRequest) -> Result<GroupMsgGetSimpleResponse, Failure> {
    group_failures::no_topics(request.topic_id.as_ref())?;
    let registry = ctx.state.groups.lock();
    let group = registry.find(&request.group_id)?;
    no_history(group)?;
    let with_recalled = request.with_recalled_msg == Some(1);
    let now = ctx.now();
    let (page, finished) = group.history_kept(
        request.req_msg_seq,
        request.req_msg_number as usize,
        with_recalled,
        |message| ctx.settings.app.kept(message.stored_at, now),
    );
    let messages = page
        .into_iter()
        .map(|(seq, message)| {
            let mut item = GroupHistoryMsg::default();
            item.from_account = message.from.clone();
            item.is_place_msg = Some(0);
            item.msg_body = Some(if message.recalled {
                Vec::new()
            } else {
                message.body.clone()
            });
            item.msg_priority = message.priority;
            item.msg_random = Some(u64::from(message.random));
            item.msg_seq = Some(seq);
            item.msg_time_stamp = Some(i64::try_from(message.time).unwrap_or(i64::MAX));
            item.msg_flag_bits = Some(if message.recalled { 8 } else { 0 });
            item.cloud_custom_data = message.cloud_custom_data.clone();
            item
        })
        .collect();
    let mut reply = GroupMsgGetSimpleResponse::default();
    reply.group_id = Some(group.id.clone());
    reply.is_finished = Some(u32::from(finished));
    reply.rsp_msg_list = Some(messages);
    Ok(reply)
}

pub(crate) fn recall(ctx: &Context, request: GroupMsgRecallRequest) -> Result<GroupMsgRecallResponse, Failure> {
    group_failures::no_topics(request.topic_id.as_ref())?;
    let now = ctx.now();
    let mut registry = ctx.state.groups.lock();
    let group = registry.find_mut(&request.group_id)?;
    let results = request
        .msg_seq_list
        .iter()
        .map(|item| {
            let code = match group.message_mut(item.msg_seq).filter(|message| !message.recalled) {
                Some(message) if !ctx.settings.app.recallable(message.time, now) => RECALL_WINDOW_PASSED,
                Some(message) => {
                    message.recalled = true;
                    0
                }
                None => MESSAGE_NOT_FOUND,
            };
            RecallResult::new(item.msg_seq, ErrorCode::from(code))
        })
        .collect();
    let mut reply = GroupMsgRecallResponse::default();
    reply.recall_ret_list = Some(results);
    Ok(reply)
}

pub(crate) fn delete_by_sender(
    ctx: &Context,
    request: DeleteGroupMsgBySenderRequest,
) -> Result<EnvelopeOnlyResponse, Failure> {
    let mut registry = ctx.state.groups.lock();
    let group = registry.find_mut(&request.group_id)?;
    if group.is_av() {
        return Err(Failure::new(
            ErrorCode::from(DELETE_UNSUPPORTED),
            "AVChatRoom messages cannot be deleted",
        ));
    }
    group.delete_from(&request.sender_account);
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn import(ctx: &Context, request: ImportGroupMsgRequest) -> Result<ImportGroupMsgResponse, Failure> {
    group_failures::no_topics(request.topic_id.as_ref())?;
    let now = ctx.now();
    let mut registry = ctx.state.groups.lock();
    let group = registry.find_mut(&request.group_id)?;
    no_history(group)?;
    let mut results = Vec::with_capacity(request.msg_list.len());
    let mut latest = None;
    for imported in request.msg_list {
        // validate() refused negative times.
        let time = u64::try_from(imported.send_time).unwrap_or(0);
        let result = if time > now {
            ImportMsgResult::failed(ErrorCode::GroupParameterInvalid)
        } else {
            let seq = group.post(
                Message {
                    from: Some(imported.from_account),
                    random: imported.random.unwrap_or(0),
                    time,
                    body: imported.msg_body,
                    cloud_custom_data: imported.cloud_custom_data,
                    priority: None,
                    recalled: false,
                    stored_at: now,
                },
                false,
            );
            latest = latest.max(Some(time));
            ImportMsgResult::imported(seq, i64::try_from(time).unwrap_or(i64::MAX))
        };
        results.push(result);
    }
    if let (Some(1), Some(time)) = (request.recent_contact_flag, latest) {
        touch_members(ctx, group, time);
    }
    let mut reply = ImportGroupMsgResponse::default();
    reply.import_msg_result = Some(results);
    Ok(reply)
}

pub(crate) fn set_unread(ctx: &Context, request: SetUnreadMsgNumRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let mut registry = ctx.state.groups.lock();
    let group = registry.find_mut(&request.group_id)?;
    no_history(group)?;
    let cap = group.last_seq();
    let Some(member) = group.member_mut(&request.member_account) else {
        return Err(group_failures::not_member(&group.id, &request.member_account));
    };
    member.unread = u64::from(request.unread_msg_num).min(cap);
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn modify(ctx: &Context, request: ModifyGroupMsgRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    group_failures::no_topics(request.topic_id.as_ref())?;
    let mut registry = ctx.state.groups.lock();
    let group = registry.find_mut(&request.group_id)?;
    no_history(group)?;
    let Some(message) = group.message_mut(request.msg_seq).filter(|message| !message.recalled) else {
        return Err(Failure::new(
            ErrorCode::from(MESSAGE_NOT_FOUND),
            format!("group {:?} has no message {}", request.group_id, request.msg_seq),
        ));
    };
    if let Some(body) = request.msg_body {
        message.body = body;
    }
    if let Some(data) = request.cloud_custom_data {
        message.cloud_custom_data = Some(data);
    }
    Ok(EnvelopeOnlyResponse::new())
}
