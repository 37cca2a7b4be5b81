//! Group messages in bulk: `clear_group_msg` (a group's history, all of it
//! or up to a `MsgSeq`) and `send_broadcast_msg` (one message to every
//! audio-video group of the app).
//!
//! As documented: `clear_group_msg` serves every group type but Community
//! (the emulator answers 10007 for one; 10010 without the group); it marks
//! the messages at or below `MsgSeq` (all when absent) as cleared for the
//! members' clients and deletes nothing: the administrator's
//! `group_msg_get_simple` still lists them, as the page says. The emulator
//! has no clients, so the mark (kept, never lowered, capped at the last
//! message) changes no REST answer.
//!
//! `send_broadcast_msg` stores the message in every AVChatRoom the app has,
//! each with that group's next sequence number, from `From_Account` (which
//! must be imported: 10019) or from the administrator. Its `MsgSeq` counts
//! the app's broadcasts from 1. With no AVChatRoom it stores nothing and
//! succeeds. The 1-call-a-second limit is the client's, not enforced here.

use tim_protocol::group::{ClearGroupMsgRequest, GroupType, SendBroadcastMsgRequest, SendBroadcastMsgResponse};
use tim_protocol::{Envelope, EnvelopeOnlyResponse, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::group_failures;
use crate::state::groups::Message;

pub(crate) fn clear(ctx: &Context, request: ClearGroupMsgRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let groups = ctx.state.groups.lock();
    let group = groups.find(&request.group_id)?;
    if group.kind == GroupType::Community {
        return Err(Failure::new(
            ErrorCode::GroupPermissionDenied,
            format!(
                "group {:?} is a Community: clear_group_msg does not serve Communities",
                group.id
            ),
        ));
    }
    let mark = request.msg_seq.unwrap_or(u64::MAX).min(group.last_seq());
    let mut store = ctx.state.group_extras.lock();
    let extras = store.of(group);
    extras.cleared_up_to = extras.cleared_up_to.max(mark);
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn broadcast(ctx: &Context, request: SendBroadcastMsgRequest) -> Result<SendBroadcastMsgResponse, Failure> {
    if let Some(from) = &request.from_account {
        group_failures::require_imported(&ctx.state, from)?;
    }
    let now = ctx.now();
    let mut groups = ctx.state.groups.lock();
    let (av_groups, _) = groups.page(0, usize::MAX, |group| group.is_av());
    let ids: Vec<String> = av_groups.into_iter().map(|group| group.id.clone()).collect();
    for id in ids {
        let group = groups.find_mut(&id)?;
        group.post(
            Message {
                from: request.from_account.clone(),
                random: request.random,
                time: now,
                body: request.msg_body.clone(),
                cloud_custom_data: request.cloud_custom_data.clone(),
                priority: None,
                recalled: false,
                stored_at: now,
            },
            true,
        );
    }
    let mut store = ctx.state.group_extras.lock();
    store.broadcasts += 1;
    let mut reply = SendBroadcastMsgResponse::default();
    reply.envelope = Envelope::ok();
    reply.msg_seq = Some(store.broadcasts);
    Ok(reply)
}
