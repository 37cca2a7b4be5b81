//! `openconfigsvr`, the global mute: `setnospeaking` mutes a user for
//! one-to-one messages, group messages or both (for a time, or for ever),
//! `getnospeaking` reads it. A muted user's sends are refused (20012 for
//! one-to-one messages, 10017 for group messages, as the page documents) and
//! fire no before-send webhook.
//!
//! Where the pages are silent, the emulator's choices: the account must be
//! imported (70107 otherwise); a time leaves the other kind of mute as it
//! was; `getnospeaking` answers what is left of each mute in seconds (0 when
//! none, 4294967295 for ever). `getappinfo` is `handlers::app_info`.

use tim_protocol::openconfig::{GetnospeakingRequest, GetnospeakingResponse, SetnospeakingRequest};
use tim_protocol::{Envelope, EnvelopeOnlyResponse, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::global_mute::{remaining, until};

fn unknown(user: &str) -> Failure {
    Failure::new(ErrorCode::AccountNotFound, format!("account {user:?} does not exist"))
}

pub(crate) fn set(ctx: &Context, request: SetnospeakingRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let now = ctx.now();
    ctx.state
        .with_account(&request.set_account, |user| {
            let mute = &mut user.global_mute;
            if let Some(seconds) = request.c2c_msg_nospeaking_time {
                mute.c2c_until = until(now, seconds);
            }
            if let Some(seconds) = request.group_msg_nospeaking_time {
                mute.group_until = until(now, seconds);
            }
        })
        .ok_or_else(|| unknown(&request.set_account))?;
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn get(ctx: &Context, request: GetnospeakingRequest) -> Result<GetnospeakingResponse, Failure> {
    let now = ctx.now();
    let mute = ctx
        .state
        .with_account(&request.get_account, |user| user.global_mute)
        .ok_or_else(|| unknown(&request.get_account))?;
    let mut reply = GetnospeakingResponse::default();
    reply.envelope = Envelope::ok();
    reply.c2c_msg_nospeaking_time = Some(remaining(mute.c2c_until, now));
    reply.group_msg_nospeaking_time = Some(remaining(mute.group_until, now));
    Ok(reply)
}
