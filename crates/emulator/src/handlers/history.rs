//! `openim`, the stored history of one-to-one conversations:
//! `admin_getroammsg` reads it, `admin_msgwithdraw` recalls a message,
//! `modify_c2c_msg` rewrites one.
//!
//! Paging follows the page's example exactly: the history is sorted by
//! time, then `MsgSeq`; a reply holds the newest messages of
//! `MinTime..=MaxTime` (both ends included), listed oldest first, and its
//! `LastMsgTime` and `LastMsgKey` are those of the oldest one (the first
//! listed). The next request sends `MaxTime` = `LastMsgTime` and that
//! `LastMsgKey`, and gets the messages before that one. `Complete` is 1 when
//! no older message of the range is left. A page holds at most `MaxCnt`
//! messages and stops before its messages' JSON passes 13 KB (the page's
//! reply limit; a page always holds at least one message). Choices where
//! the page is silent:
//!
//! - An empty range answers `Complete` 1, `MsgCnt` 0, an empty `MsgList` and
//!   no `LastMsgTime` or `LastMsgKey`.
//! - A `LastMsgKey` that names no message of the conversation (it was never
//!   stored) continues before its time and `MsgSeq`; one not of the shape
//!   `seq_random_time` is refused with 90001.
//! - `Operator_Account` must exist (90008) and so must `Peer_Account` (90003,
//!   the page's code for the other side). Messages sent with
//!   `SyncOtherMachine` 2 are left out of the sender's view.
//! - `IsPeerRead` is 1 once the recipient has sent a read receipt for the
//!   message (`c2c_msg_read_receipt`, see `handlers::unread`), 0 before. Recalled messages are
//!   listed with `MsgFlagBits` 8 and their body.
//!
//! Recall (`admin_msgwithdraw`): unknown `From_Account` 90008, unknown
//! `To_Account` 90003, a `MsgKey` not of the shape `seq_random_time` 90054,
//! no message with that key from `From_Account` to `To_Account` 20022, a
//! message already recalled 20023, all as the page lists them. A recalled
//! message keeps counting as unread until read. The page: "no time limit";
//! with `AppSettings::recall_window` set, a message whose time is further
//! back than the window is refused with 20016 (the error-code list's "recall
//! time limit exceeded"), after the 20023 check.
//!
//! How long history is kept (`AppSettings::history_retention`, 7 days by
//! default): `admin_getroammsg` leaves out messages the emulator stored
//! longer ago than that (counted from when it stored them, so an import of
//! old history is kept as long as a message sent now). Recall and
//! modification still find them: the emulator's choice.
//!
//! Modification (`modify_c2c_msg`): unknown `From_Account` 20003, unknown
//! `To_Account` 90012 (the page's codes); a message not found is 20022 (the
//! page lists no code for it; this is the recall page's "message does not
//! exist"). A recalled message can still be modified.
//!
//! One-sided deletion (`delete_c2c_msg_ramble`): unknown `Operator_Account`
//! 90008, unknown `Peer_Account` 90003 (as for reading the history); a
//! `MsgKey` not of the shape `seq_random_time` 90054, before any change.
//! The messages of the conversation with those keys (sent by either side)
//! leave `Operator_Account`'s history and stay in the peer's; a key that
//! names no message, or one deleted already, changes nothing (the page is
//! silent; the call stays idempotent). Unread counts are not changed.

use tim_protocol::message::MsgKey;
use tim_protocol::openim::{
    AdminGetroammsgRequest, AdminGetroammsgResponse, AdminMsgwithdrawRequest, DeleteC2cMsgRambleRequest,
    ModifyC2cMsgRequest, RoamMsg,
};
use tim_protocol::EnvelopeOnlyResponse;
use tim_protocol::{Envelope, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::messages::{Conversation, Message};

/// The most a page's messages may weigh, as JSON: the page's 13 KB.
pub(crate) const PAGE_MAX_BYTES: usize = 13 * 1024;

/// 20003: the sender or the recipient does not exist.
const SENDER_OR_RECIPIENT_UNKNOWN: i64 = 20003;
/// 20022: the message to recall does not exist.
const MESSAGE_NOT_FOUND: i64 = 20022;
/// 20023: the message has been recalled already.
const ALREADY_RECALLED: i64 = 20023;
/// 20016: past the recall window (with `AppSettings::recall_window` set).
const RECALL_WINDOW_PASSED: i64 = 20016;
/// 90054: the `MsgKey` is not valid.
const MSG_KEY_INVALID: i64 = 90054;

fn roam(message: &Message) -> RoamMsg {
    let mut roam = RoamMsg::default();
    roam.from_account = Some(message.from.clone());
    roam.to_account = Some(message.to.clone());
    roam.msg_seq = Some(u64::from(message.seq));
    roam.msg_random = Some(u64::from(message.random));
    roam.msg_time_stamp = Some(message.time);
    roam.msg_flag_bits = Some(if message.recalled { 8 } else { 0 });
    roam.is_peer_read = Some(i64::from(message.peer_read));
    roam.msg_key = Some(message.key());
    roam.msg_body = message.body.clone();
    roam.cloud_custom_data = message.cloud_custom_data.clone();
    roam
}

pub(crate) fn get(ctx: &Context, request: AdminGetroammsgRequest) -> Result<AdminGetroammsgResponse, Failure> {
    let operator = &request.operator_account;
    ctx.require_account(ErrorCode::OpenimFromAccountInvalid, "Operator_Account", operator)?;
    ctx.require_account(ErrorCode::OpenimToAccountInvalid, "Peer_Account", &request.peer_account)?;
    let cursor_key = match &request.last_msg_key {
        Some(key) => Some(key.parts().map(|(seq, _, time)| (key, seq, time)).ok_or_else(|| {
            Failure::new(
                ErrorCode::OpenimJsonInvalid,
                format!("LastMsgKey {key:?} is not of the shape seq_random_time"),
            )
        })?),
        None => None,
    };
    let max_cnt = usize::try_from(request.max_cnt).unwrap_or(usize::MAX);
    let now = ctx.now();
    let (page, complete) = ctx
        .state
        .conversations
        .with(operator, &request.peer_account, |conversation| {
            let before = cursor_key.map(|(key, seq, time)| {
                conversation.find(key).next().map_or_else(
                    || {
                        let seq = u32::try_from(seq).unwrap_or(u32::MAX);
                        Conversation::cursor(i64::try_from(time).unwrap_or(i64::MAX), seq)
                    },
                    |(position, _)| position,
                )
            });
            let mut visible = conversation
                .newest_first(request.min_time, request.max_time, before)
                .filter(|(position, message)| conversation.shows(*position, message, operator))
                .filter(|(_, message)| ctx.settings.app.kept(message.stored_at, now))
                .map(|(_, message)| message)
                .peekable();
            let (mut page, mut bytes) = (Vec::new(), 0);
            while let Some(message) = visible.peek() {
                let roam = roam(message);
                let size = serde_json::to_vec(&roam).map_or(0, |json| json.len());
                if page.len() == max_cnt || (!page.is_empty() && bytes + size > PAGE_MAX_BYTES) {
                    break;
                }
                bytes += size;
                page.push(roam);
                visible.next();
            }
            let complete = visible.peek().is_none();
            page.reverse();
            (page, complete)
        })
        .unwrap_or_default();
    let complete = complete || page.is_empty();
    let mut reply = AdminGetroammsgResponse::default();
    reply.envelope = Envelope::ok();
    reply.complete = Some(i64::from(complete));
    reply.msg_cnt = Some(page.len() as u64);
    if let Some(oldest) = page.first() {
        reply.last_msg_time = oldest.msg_time_stamp;
        reply.last_msg_key = oldest.msg_key.clone();
    }
    reply.msg_list = Some(page);
    Ok(reply)
}

/// Runs `change` on the message `key` from `from` to `to`; `Err` with 20022
/// when there is none.
fn with_message<T>(
    ctx: &Context,
    from: &str,
    to: &str,
    key: &MsgKey,
    change: impl FnOnce(&mut Message) -> Result<T, Failure>,
) -> Result<T, Failure> {
    let not_found = || {
        Failure::new(
            ErrorCode::from(MESSAGE_NOT_FOUND),
            format!("no message {key} from {from:?} to {to:?}"),
        )
    };
    ctx.state
        .conversations
        .with(from, to, |conversation| {
            let message = conversation.sent_mut(from, to, key).ok_or_else(not_found)?;
            change(message)
        })
        .unwrap_or_else(|| Err(not_found()))
}

pub(crate) fn recall(ctx: &Context, request: AdminMsgwithdrawRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    ctx.require_account(
        ErrorCode::OpenimFromAccountInvalid,
        "From_Account",
        &request.from_account,
    )?;
    ctx.require_account(ErrorCode::OpenimToAccountInvalid, "To_Account", &request.to_account)?;
    if request.msg_key.parts().is_none() {
        return Err(Failure::new(
            ErrorCode::from(MSG_KEY_INVALID),
            format!(
                "MsgKey {:?} is not of the shape seq_random_time",
                request.msg_key.as_str()
            ),
        ));
    }
    with_message(
        ctx,
        &request.from_account,
        &request.to_account,
        &request.msg_key,
        |message| {
            if message.recalled {
                return Err(Failure::new(
                    ErrorCode::from(ALREADY_RECALLED),
                    "the message has been recalled already",
                ));
            }
            let sent = u64::try_from(message.time).unwrap_or(0);
            if !ctx.settings.app.recallable(sent, ctx.now()) {
                return Err(Failure::new(
                    ErrorCode::from(RECALL_WINDOW_PASSED),
                    "the message is older than the app's recall window",
                ));
            }
            message.recalled = true;
            Ok(())
        },
    )?;
    let reply = EnvelopeOnlyResponse::new();
    Ok(reply)
}

pub(crate) fn modify(ctx: &Context, request: ModifyC2cMsgRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    ctx.require_account(SENDER_OR_RECIPIENT_UNKNOWN, "From_Account", &request.from_account)?;
    ctx.require_account(ErrorCode::OpenimToAccountNotFound, "To_Account", &request.to_account)?;
    with_message(
        ctx,
        &request.from_account,
        &request.to_account,
        &request.msg_key,
        |message| {
            // validate() made sure there is something to change.
            if let Some(body) = &request.msg_body {
                message.body = body.clone();
            }
            if let Some(data) = &request.cloud_custom_data {
                message.cloud_custom_data = Some(data.clone());
            }
            Ok(())
        },
    )?;
    let reply = EnvelopeOnlyResponse::new();
    Ok(reply)
}

pub(crate) fn delete_one_side(
    ctx: &Context,
    request: DeleteC2cMsgRambleRequest,
) -> Result<EnvelopeOnlyResponse, Failure> {
    let operator = &request.operator_account;
    ctx.require_account(ErrorCode::OpenimFromAccountInvalid, "Operator_Account", operator)?;
    ctx.require_account(ErrorCode::OpenimToAccountInvalid, "Peer_Account", &request.peer_account)?;
    if let Some(key) = request.msg_key_list.iter().find(|key| key.parts().is_none()) {
        return Err(Failure::new(
            ErrorCode::from(MSG_KEY_INVALID),
            format!("MsgKey {:?} is not of the shape seq_random_time", key.as_str()),
        ));
    }
    ctx.state
        .conversations
        .with(operator, &request.peer_account, |conversation| {
            for key in &request.msg_key_list {
                conversation.delete_for(operator, key);
            }
        });
    Ok(EnvelopeOnlyResponse::new())
}
