//! One-to-one message webhooks: `C2C.CallbackBeforeSendMsg` and
//! `C2C.CallbackAfterSendMsg` for `sendmsg`, `C2C.CallbackAfterMsgWithDraw`
//! for `admin_msgwithdraw`.
//!
//! Choices where the pages are silent:
//!
//! - Only `sendmsg` calls the send webhooks: their pages name it (and the
//!   clients) as the trigger; `batchsendmsg` and `importmsg` call none.
//! - A message whose sender or recipient is not an account calls no
//!   webhook: `sendmsg` refuses it first.
//! - A `sendmsg` without `MsgSeq` gets its random number before the
//!   before-event, so both events and the stored message share one `MsgKey`.
//! - `ForbidCallbackControl` is honoured: `ForbidBeforeSendMsgCallback`
//!   skips the before-event, `ForbidAfterSendMsgCallback` the after-event.
//! - `OnlineOnlyFlag` is 1 for `MsgLifeTime` 0, else 0; `UnreadMsgNum` is
//!   the recipient's unread one-to-one messages over all conversations,
//!   after the message.
//! - A silently dropped message (`ErrorCode` 2) is answered with the
//!   `MsgKey` and `MsgTime` it would have had.

use serde_json::json;
use tim_callback::events::{C2cAfterMsgWithDraw, C2cAfterSendMsg, C2cBeforeSendMsg};
use tim_protocol::openim::{AdminMsgwithdrawRequest, SendmsgRequest, SendmsgResponse};
use tim_protocol::{Envelope, ErrorCode};

use super::{event_time, send_hooks_on, typed, Before, Hooks};
use crate::context::Context;
use crate::state::messages::msg_key;

/// 20006: the app's backend refused the one-to-one message through the
/// before-send webhook.
const REFUSED_BY_APP: i64 = 20006;

fn sender(ctx: &Context, request: &SendmsgRequest) -> String {
    request
        .from_account
        .clone()
        .unwrap_or_else(|| ctx.admin_sender().to_owned())
}

/// The recipient's unread one-to-one messages, over all conversations.
fn unread(ctx: &Context, reader: &str) -> i64 {
    let peers = ctx
        .state
        .with_user(reader, |user| user.messages.peers.clone())
        .unwrap_or_default();
    let total: u64 = peers
        .iter()
        .map(|peer| {
            ctx.state
                .conversations
                .with(reader, peer, |conversation| conversation.unread(reader))
                .unwrap_or(0)
        })
        .sum();
    i64::try_from(total).unwrap_or(i64::MAX)
}

/// `sendmsg`: before and after send.
pub(crate) fn sendmsg(ctx: &Context, request: &mut SendmsgRequest) -> Hooks<SendmsgRequest> {
    let from = sender(ctx, request);
    // A globally muted sender is refused before any webhook (the page says
    // so), and so is one the relationship check refuses.
    if !ctx.is_account(&from)
        || !ctx.is_account(&request.to_account)
        || ctx.c2c_muted(&from)
        || ctx.relationship_refusal(&from, &request.to_account).is_some()
    {
        return Hooks::none();
    }
    let seq = *request.msg_seq.get_or_insert_with(rand::random);
    let online_only = i64::from(request.msg_life_time == Some(0));
    let (before_on, after_on) = send_hooks_on(request.forbid_callback_control.as_ref());
    let before = before_on.then(|| {
        let time = ctx.msg_time();
        let mut event: C2cBeforeSendMsg = typed(json!({ "From_Account": from, "To_Account": request.to_account }));
        event.msg_seq = Some(u64::from(seq));
        event.msg_random = Some(u64::from(request.msg_random));
        event.msg_time = u64::try_from(time).ok();
        event.msg_key = Some(msg_key(seq, request.msg_random, time));
        event.online_only_flag = Some(online_only);
        event.msg_body = request.msg_body.clone();
        event.cloud_custom_data = request.cloud_custom_data.clone();
        event.event_time = event_time(ctx);
        Before {
            event: event.into(),
            refused: ErrorCode::from(REFUSED_BY_APP),
            rewrite: |request: &mut SendmsgRequest, body, data| {
                if let Some(body) = body {
                    request.msg_body = body;
                }
                if let Some(data) = data {
                    request.cloud_custom_data = Some(data);
                }
            },
            discarded: |ctx, request| {
                let time = ctx.msg_time();
                let mut reply = SendmsgResponse::default();
                reply.envelope = Envelope::ok();
                reply.msg_time = Some(time);
                reply.msg_key = Some(msg_key(request.msg_seq.unwrap_or_default(), request.msg_random, time));
                reply
            },
        }
    });
    Hooks {
        before,
        after: after_on.then(|| -> super::After<SendmsgRequest> {
            Box::new(
                move |ctx: &Context, request: &SendmsgRequest, reply: &SendmsgResponse| {
                    let mut event: C2cAfterSendMsg =
                        typed(json!({ "From_Account": from, "To_Account": request.to_account }));
                    event.msg_seq = Some(u64::from(seq));
                    event.msg_random = Some(u64::from(request.msg_random));
                    event.msg_time = reply.msg_time.and_then(|time| u64::try_from(time).ok());
                    event.msg_key = reply.msg_key.clone();
                    event.online_only_flag = Some(online_only);
                    event.send_msg_result = Some(0);
                    event.error_info = Some("send msg succeed".into());
                    event.unread_msg_num = Some(unread(ctx, &request.to_account));
                    event.msg_body = request.msg_body.clone();
                    event.cloud_custom_data = request.cloud_custom_data.clone();
                    event.event_time = event_time(ctx);
                    vec![event.into()]
                },
            )
        }),
    }
}

/// `admin_msgwithdraw`: after a recall.
pub(crate) fn msgwithdraw(_: &Context, _: &mut AdminMsgwithdrawRequest) -> Hooks<AdminMsgwithdrawRequest> {
    Hooks::after(|ctx, request: &AdminMsgwithdrawRequest, _| {
        let mut event: C2cAfterMsgWithDraw = typed(json!({
            "From_Account": request.from_account,
            "To_Account": request.to_account,
            "MsgKey": request.msg_key,
        }));
        event.unread_msg_num = Some(unread(ctx, &request.to_account));
        event.event_time = event_time(ctx);
        vec![event.into()]
    })
}
