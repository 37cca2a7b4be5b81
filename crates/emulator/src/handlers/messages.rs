//! `openim`, sending and importing one-to-one messages: `sendmsg`,
//! `batchsendmsg`, `importmsg`.
//!
//! A stored message keeps its `MsgSeq`, `MsgRandom`, time, sender,
//! recipient, body and `CloudCustomData`; its `MsgKey` is
//! `{MsgSeq}_{MsgRandom}_{MsgTimeStamp}`, the documented shape. A sent
//! message's time is the emulator's clock; a missing `MsgSeq` is drawn at
//! random, as the service does. Where the documentation is silent, the
//! emulator's choices:
//!
//! - **Who must exist.** Sender and recipient must be imported accounts; an
//!   app administrator counts as one without an import. `sendmsg`: an
//!   unknown `To_Account` is 90012, an unknown `From_Account` 20003 (its
//!   page's "sender or recipient does not exist"). `batchsendmsg`: an
//!   unknown `From_Account` is 90008; an unknown recipient is an `ErrorList`
//!   entry with 70107, and the call fails with 90012 only when no recipient
//!   exists. `importmsg`: 90008 and 90012. Without `From_Account` the
//!   sender is the administrator (the first in name order, see
//!   `Context::admin_sender`).
//! - **The relationship check** is off, as the `sendmsg` page says ("does
//!   not check whether the sender and the recipients are friends or
//!   blocklisted"). With `AppSettings::check_friends_on_c2c` (the console
//!   switch) a sender on the recipient's blocklist is refused with 20007,
//!   strangers with 20009, one-way friends with 20010 / 20011 (`sendmsg`: the call;
//!   `batchsendmsg`: an `ErrorList` entry per refused recipient), before any
//!   webhook; see `Context::relationship_refusal`.
//! - **`batchsendmsg` with some recipients unknown** answers `OK` with the
//!   `ErrorList` (the field table lists only `OK` and `FAIL`; the page's
//!   sample `SomeError` is not a documented status).
//! - **Duplicates.** An import whose `MsgSeq`, `MsgRandom` and
//!   `MsgTimeStamp` match a message of the conversation (either direction)
//!   is dropped, as documented, and answered `OK`. A send whose key matches a
//!   message of the conversation (same `MsgSeq` and `MsgRandom` in the same
//!   second) is deduplicated the same way: it is answered with that message's
//!   key and time and stored once.
//! - **`SyncOtherMachine`** 1 or absent keeps the message in the sender's
//!   history and conversation list; 2 leaves both of the sender's untouched
//!   (`admin_getroammsg` as the sender does not show it).
//! - **`MsgLifeTime` 0** delivers to online users only. No client ever
//!   connects to the emulator, so such a message reaches nobody: it is
//!   answered as sent (with its `MsgKey` and `MsgTime`) and stored nowhere,
//!   neither in the history, the unread counts nor the conversation lists.
//!   Any other lifetime is accepted and not enforced (nothing expires).
//! - **Unread.** A sent message counts as unread for its recipient unless
//!   `SendMsgControl` has `NoUnread`; an import counts as unread with
//!   `SyncFromOldSystem` 5 (or the older 1), as read with 2.
//! - **The conversation list** (`get_list`): every stored message puts the
//!   conversation on the recipient's list and, unless `SyncOtherMachine` is
//!   2, on the sender's, with `MsgTime` the message's time (an older
//!   import does not move a conversation back); a pinned conversation stays
//!   pinned. `SendMsgControl` `NoLastMsg` leaves both lists as they are.
//!   The list's documented fields are the time and the pin: the emulator
//!   adds nothing else.
//! - `OfflinePushInfo`, `IsNeedReadReceipt` and `WithMuteNotifications` are
//!   accepted; the emulator pushes nothing and has no do-not-disturb
//!   settings. Webhooks (and `ForbidCallbackControl`) are the router's
//!   business, before and after this handler: see `webhooks::c2c`.

use tim_protocol::message::{MsgBody, MsgKey, SendMsgControl, SyncOtherMachine};
use tim_protocol::openim::{
    BatchSendError, BatchsendmsgRequest, BatchsendmsgResponse, ImportmsgRequest, SendmsgRequest, SendmsgResponse,
    SyncFromOldSystem,
};
use tim_protocol::EnvelopeOnlyResponse;
use tim_protocol::{Conversation, Envelope, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::messages::{msg_key, Extensions, Message};
use crate::state::operations::{Chat, Sent};

/// 20003: the sender or the recipient does not exist (`sendmsg`).
const SENDER_OR_RECIPIENT_UNKNOWN: i64 = 20003;

/// A message on its way to one recipient.
struct Outgoing<'a> {
    from: &'a str,
    seq: u32,
    random: u32,
    time: i64,
    body: &'a MsgBody,
    cloud_custom_data: Option<&'a String>,
    unread: bool,
    hidden_from_sender: bool,
    /// `NoLastMsg` not set.
    update_lists: bool,
    /// `MsgLifeTime` is not 0.
    store: bool,
    extensions: bool,
}

/// The message a `sendmsg` request sends from `from`, at the emulator's time.
fn outgoing<'a>(ctx: &Context, from: &'a str, request: &'a SendmsgRequest) -> Outgoing<'a> {
    let has = |wanted: SendMsgControl| {
        request
            .send_msg_control
            .as_ref()
            .is_some_and(|list| list.contains(&wanted))
    };
    Outgoing {
        from,
        seq: request.msg_seq.unwrap_or_else(rand::random),
        random: request.msg_random,
        time: ctx.msg_time(),
        body: &request.msg_body,
        cloud_custom_data: request.cloud_custom_data.as_ref(),
        unread: !has(SendMsgControl::NoUnread),
        hidden_from_sender: request.sync_other_machine == Some(SyncOtherMachine::NoSync),
        update_lists: !has(SendMsgControl::NoLastMsg),
        store: request.msg_life_time != Some(0),
        extensions: request.support_message_extension == Some(1),
    }
}

/// A `batchsendmsg` request as its recipients and the `sendmsg` it makes to
/// each: the message fields of the two calls are the same.
fn split_batch(request: BatchsendmsgRequest) -> (Vec<String>, SendmsgRequest) {
    let mut one = SendmsgRequest::new(String::new(), request.msg_body, request.msg_random);
    one.from_account = request.from_account;
    one.sync_other_machine = request.sync_other_machine;
    one.msg_life_time = request.msg_life_time;
    one.msg_seq = request.msg_seq;
    one.send_msg_control = request.send_msg_control;
    one.cloud_custom_data = request.cloud_custom_data;
    one.support_message_extension = request.support_message_extension;
    one.offline_push_info = request.offline_push_info;
    (request.to_account, one)
}

/// Stores `message` for `to` and puts the conversation on the lists; the
/// key and time of the stored message, or of the one it duplicates.
fn deliver(ctx: &Context, to: &str, message: &Outgoing<'_>) -> (MsgKey, i64) {
    let key = msg_key(message.seq, message.random, message.time);
    if !message.store {
        return (key, message.time);
    }
    // Lock order: the conversation, then each user in turn.
    ctx.state
        .conversations
        .with_or_insert(message.from, to, |conversation| {
            if let Some((_, existing)) = conversation.find(&key).next() {
                return (key, existing.time);
            }
            // getappinfo counts it and get_history archives it.
            ctx.state.operations.lock().record(Sent {
                time: u64::try_from(message.time).unwrap_or(0),
                chat: Chat::C2c {
                    from: message.from.to_owned(),
                    to: to.to_owned(),
                },
                seq: u64::from(message.seq),
                random: message.random,
                body: message.body.clone(),
                cloud_custom_data: message.cloud_custom_data.cloned(),
            });
            conversation.insert(Message {
                from: message.from.to_owned(),
                to: to.to_owned(),
                seq: message.seq,
                random: message.random,
                time: message.time,
                body: message.body.clone(),
                cloud_custom_data: message.cloud_custom_data.cloned(),
                recalled: false,
                unread: message.unread,
                peer_read: false,
                hidden_from_sender: message.hidden_from_sender,
                extensions: message.extensions.then(Extensions::default),
                stored_at: ctx.now(),
            });
            let msg_time = u64::try_from(message.time).unwrap_or(0);
            let mut sides = vec![(to, message.from)];
            if !message.hidden_from_sender && message.from != to {
                sides.push((message.from, to));
            }
            for (user, peer) in sides {
                ctx.state.with_user(user, |user| {
                    if user.account.is_none() {
                        return;
                    }
                    user.messages.peers.insert(peer.to_owned());
                    if message.update_lists {
                        user.recent.touch(&Conversation::c2c(peer), msg_time);
                    }
                });
            }
            (key, message.time)
        })
}

/// 20012: the sender is globally muted for one-to-one messages
/// (`setnospeaking`, see `handlers::global_mute`).
fn refuse_if_muted(ctx: &Context, from: &str) -> Result<(), Failure> {
    if ctx.c2c_muted(from) {
        return Err(Failure::new(
            ErrorCode::from(GLOBALLY_MUTED),
            format!("{from:?} is muted for one-to-one messages"),
        ));
    }
    Ok(())
}

/// 20012: the sender is muted (the global mute's code for one-to-one messages).
const GLOBALLY_MUTED: i64 = 20012;

pub(crate) fn send(ctx: &Context, request: SendmsgRequest) -> Result<SendmsgResponse, Failure> {
    let from = request.from_account.as_deref().unwrap_or(ctx.admin_sender());
    ctx.require_account(SENDER_OR_RECIPIENT_UNKNOWN, "From_Account", from)?;
    ctx.require_account(ErrorCode::OpenimToAccountNotFound, "To_Account", &request.to_account)?;
    refuse_if_muted(ctx, from)?;
    if let Some((code, reason)) = ctx.relationship_refusal(from, &request.to_account) {
        return Err(Failure::new(ErrorCode::from(code), reason));
    }
    let message = outgoing(ctx, from, &request);
    let (key, time) = deliver(ctx, &request.to_account, &message);
    let mut reply = SendmsgResponse::default();
    reply.envelope = Envelope::ok();
    reply.msg_time = Some(time);
    reply.msg_key = Some(key);
    Ok(reply)
}

pub(crate) fn send_batch(ctx: &Context, request: BatchsendmsgRequest) -> Result<BatchsendmsgResponse, Failure> {
    let (recipients, request) = split_batch(request);
    let from = request.from_account.as_deref().unwrap_or(ctx.admin_sender());
    ctx.require_account(ErrorCode::OpenimFromAccountInvalid, "From_Account", from)?;
    refuse_if_muted(ctx, from)?;
    let (known, unknown_ones): (Vec<&String>, Vec<&String>) = recipients.iter().partition(|to| ctx.is_account(to));
    if known.is_empty() {
        return Err(Failure::new(
            ErrorCode::OpenimToAccountNotFound,
            "invalid To_Account: no recipient exists",
        ));
    }
    let message = outgoing(ctx, from, &request);
    // One message, one key: the key of the first recipient's copy (a
    // duplicate there answers with the original's key, as `sendmsg` does).
    let mut key = None;
    let mut errors: Vec<BatchSendError> = unknown_ones
        .into_iter()
        .map(|to| BatchSendError::new(to, ErrorCode::AccountNotFound))
        .collect();
    for to in known {
        // The relationship check refuses per recipient, in the ErrorList.
        if let Some((code, _)) = ctx.relationship_refusal(from, to) {
            errors.push(BatchSendError::new(to, ErrorCode::from(code)));
            continue;
        }
        let (delivered, _) = deliver(ctx, to, &message);
        key.get_or_insert(delivered);
    }
    let mut reply = BatchsendmsgResponse::default();
    reply.envelope = Envelope::ok();
    reply.msg_key = key;
    if !errors.is_empty() {
        reply.error_list = Some(errors);
    }
    Ok(reply)
}

pub(crate) fn import(ctx: &Context, request: ImportmsgRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    ctx.require_account(
        ErrorCode::OpenimFromAccountInvalid,
        "From_Account",
        &request.from_account,
    )?;
    ctx.require_account(ErrorCode::OpenimToAccountNotFound, "To_Account", &request.to_account)?;
    let message = Outgoing {
        from: &request.from_account,
        seq: request.msg_seq.unwrap_or_else(rand::random),
        random: request.msg_random,
        time: request.msg_time_stamp,
        body: &request.msg_body,
        cloud_custom_data: request.cloud_custom_data.as_ref(),
        // validate() lets through 1, 2 and 5 only.
        unread: request.sync_from_old_system != SyncFromOldSystem::History,
        hidden_from_sender: false,
        update_lists: true,
        store: true,
        extensions: false,
    };
    deliver(ctx, &request.to_account, &message);
    let reply = EnvelopeOnlyResponse::new();
    Ok(reply)
}
