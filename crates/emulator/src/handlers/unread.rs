//! `openim`, unread one-to-one messages: `admin_set_msg_read` marks a
//! conversation read, `get_c2c_unread_msg_num` counts, `c2c_msg_read_receipt`
//! sends read receipts.
//!
//! Each message counts as unread for its recipient from the moment it is
//! stored (see `handlers::messages` for which do) until marked read. Choices
//! where the pages are silent:
//!
//! - `MsgReadTime` marks read the messages to `Report_Account` from
//!   `Peer_Account` sent at or before that second ("before the timestamp"
//!   on the page; the default, now, must cover a message sent this second).
//!   Messages stored later stay unread whatever their time.
//! - Codes: an unknown `Report_Account` is 90008, an unknown `Peer_Account`
//!   90003 (the page lists those for the two sides). For the counts, an
//!   unknown `To_Account` is 90003, an unknown peer an `ErrorList` entry with
//!   70107, and a known peer with no messages counts 0.
//! - Without `Peer_Account` the reply has only `AllC2CUnreadMsgNum`, the sum
//!   over every conversation of the user; with it, only the list.
//! - Read receipts: `Operator_Account` (the reader) must exist (90008) and
//!   so must `Peer_Account` (90003). Each `MsgKey` must name a message from
//!   the peer to the reader (the request's own rules make both accounts
//!   match); if one does not, the call is refused with 20022 and no receipt
//!   is recorded. A receipt sets the message's `IsPeerRead` in the history
//!   (what the sender's clients see) and marks it read for the reader.

use tim_protocol::openim::{
    AdminSetMsgReadRequest, C2cMsgReadReceiptRequest, C2cUnreadError, C2cUnreadMsgNum, GetC2cUnreadMsgNumRequest,
    GetC2cUnreadMsgNumResponse,
};
use tim_protocol::EnvelopeOnlyResponse;
use tim_protocol::{Envelope, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;

pub(crate) fn set_read(ctx: &Context, request: AdminSetMsgReadRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let reader = &request.report_account;
    ctx.require_account(ErrorCode::OpenimFromAccountInvalid, "Report_Account", reader)?;
    ctx.require_account(ErrorCode::OpenimToAccountInvalid, "Peer_Account", &request.peer_account)?;
    let time = request.msg_read_time.unwrap_or_else(|| ctx.msg_time());
    ctx.state
        .conversations
        .with(reader, &request.peer_account, |conversation| {
            conversation.mark_read(reader, time)
        });
    let reply = EnvelopeOnlyResponse::new();
    Ok(reply)
}

/// 20022: no such message (the code `admin_msgwithdraw` answers too).
const MESSAGE_NOT_FOUND: i64 = 20022;

pub(crate) fn read_receipt(ctx: &Context, request: C2cMsgReadReceiptRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let (reader, peer) = (&request.operator_account, &request.peer_account);
    ctx.require_account(ErrorCode::OpenimFromAccountInvalid, "Operator_Account", reader)?;
    ctx.require_account(ErrorCode::OpenimToAccountInvalid, "Peer_Account", peer)?;
    let missing = |key: &tim_protocol::message::MsgKey| {
        Failure::new(
            ErrorCode::from(MESSAGE_NOT_FOUND),
            format!("no message {key} from {peer:?} to {reader:?}"),
        )
    };
    ctx.state
        .conversations
        .with(reader, peer, |conversation| {
            // All keys are checked before any receipt is recorded.
            if let Some(absent) = request.c2c_msg_info.iter().find(|item| {
                conversation
                    .find(&item.msg_key)
                    .all(|(_, message)| message.from != *peer)
            }) {
                return Err(missing(&absent.msg_key));
            }
            for item in &request.c2c_msg_info {
                conversation.mark_receipt(peer, reader, &item.msg_key);
            }
            Ok(())
        })
        .unwrap_or_else(|| match request.c2c_msg_info.first() {
            Some(item) => Err(missing(&item.msg_key)),
            None => Ok(()),
        })?;
    Ok(EnvelopeOnlyResponse::new())
}

/// How many messages from `peer` to `reader` are unread.
fn count(ctx: &Context, reader: &str, peer: &str) -> u64 {
    ctx.state
        .conversations
        .with(reader, peer, |conversation| conversation.unread(reader))
        .unwrap_or(0)
}

pub(crate) fn counts(ctx: &Context, request: GetC2cUnreadMsgNumRequest) -> Result<GetC2cUnreadMsgNumResponse, Failure> {
    let reader = &request.to_account;
    ctx.require_account(ErrorCode::OpenimToAccountInvalid, "To_Account", reader)?;
    let mut reply = GetC2cUnreadMsgNumResponse::default();
    reply.envelope = Envelope::ok();
    match &request.peer_account {
        None => {
            // The user's lock is released before any conversation's is taken.
            let peers = ctx
                .state
                .with_user(reader, |user| user.messages.peers.clone())
                .unwrap_or_default();
            reply.all_c2c_unread_msg_num = Some(peers.iter().map(|peer| count(ctx, reader, peer)).sum());
        }
        Some(peers) => {
            let (mut counts, mut errors) = (Vec::new(), Vec::new());
            for peer in peers {
                if ctx.is_account(peer) {
                    counts.push(C2cUnreadMsgNum::new(peer, count(ctx, reader, peer)));
                } else {
                    errors.push(C2cUnreadError::new(peer, ErrorCode::AccountNotFound));
                }
            }
            reply.c2c_unread_msg_num_list = Some(counts);
            if !errors.is_empty() {
                reply.error_list = Some(errors);
            }
        }
    }
    Ok(reply)
}
