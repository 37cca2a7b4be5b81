//! Login sessions: `query_online_status` (`openim`) and `kick`
//! (`im_open_login_svc`).
//!
//! No client ever connects to the emulator, so nobody is ever logged in:
//! every imported user (and every administrator) is `Offline`, written in
//! the field table's `Status` field (the English page's samples spell it
//! `State`; `UserOnlineStatus::status` reads either). With `IsNeedDetail` an
//! offline user has no `Detail`, as in the page's sample; nobody has a
//! custom status. A user that does not exist is an `ErrorList` entry with
//! 70107; when none of the users exists the call fails with 70107 (the page:
//! the code is non-zero only when every user failed).
//!
//! `kick` ends sessions that do not exist: it succeeds for any imported
//! user (and administrator) and answers 70107 for a user that does not
//! exist, as its page lists.

use tim_protocol::account::KickRequest;
use tim_protocol::openim::{
    OnlineStatus, QueryOnlineStatusError, QueryOnlineStatusRequest, QueryOnlineStatusResponse, UserOnlineStatus,
};
use tim_protocol::EnvelopeOnlyResponse;
use tim_protocol::{Envelope, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;

pub(crate) fn query(ctx: &Context, request: QueryOnlineStatusRequest) -> Result<QueryOnlineStatusResponse, Failure> {
    let (mut known, mut errors) = (Vec::new(), Vec::new());
    for user in &request.to_account {
        if ctx.is_account(user) {
            known.push(UserOnlineStatus::new(user, OnlineStatus::Offline));
        } else {
            errors.push(QueryOnlineStatusError::new(user, ErrorCode::AccountNotFound));
        }
    }
    if known.is_empty() {
        return Err(Failure::new(
            ErrorCode::AccountNotFound,
            "none of the users in To_Account exists",
        ));
    }
    let mut reply = QueryOnlineStatusResponse::default();
    reply.envelope = Envelope::ok();
    reply.query_result = Some(known);
    if !errors.is_empty() {
        reply.error_list = Some(errors);
    }
    Ok(reply)
}

pub(crate) fn kick(ctx: &Context, request: KickRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    if !ctx.is_account(&request.user_id) {
        return Err(Failure::new(
            ErrorCode::AccountNotFound,
            format!("UserID {:?} does not exist", request.user_id),
        ));
    }
    let reply = EnvelopeOnlyResponse::new();
    Ok(reply)
}
