//! `group_open_http_svc`'s group counters: `get_group_counter`,
//! `update_group_counter`, `delete_group_counter`.
//!
//! As documented: every group type but Community has counters (the
//! emulator answers 10007 for a Community, 10010 without the group); a
//! group holds at most 20 counters (10063); a counter is a signed 64-bit
//! value; `Mode` is `Set` (the default), `Increase` or `Decrease`, a missing
//! key starting at 0.
//!
//! Choices where the pages are silent: an update is all or nothing (10063
//! or, for a value leaving the 64-bit range, 10004, with nothing changed)
//! and answers the changed counters after the change; a read by keys
//! leaves out the keys without a counter; a delete of a key without one
//! changes nothing. A delete without `GroupCounterKeys` deletes every
//! counter of the group, as the page says. No edition check: the emulator's default edition (Pro,
//! the pages' "Premium") has counters.

use tim_protocol::group::{
    CounterMode, DeleteGroupCounterRequest, GetGroupCounterRequest, GroupCounterResponse, GroupType,
    UpdateGroupCounterRequest,
};
use tim_protocol::{Envelope, EnvelopeOnlyResponse, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::counters::Counters;
use crate::state::groups::Group;

/// Runs `work` on the counters of `group_id` (10010, 10007 for a Community).
fn with_counters<T>(
    ctx: &Context,
    group_id: &str,
    work: impl FnOnce(&mut Counters) -> Result<T, Failure>,
) -> Result<T, Failure> {
    let groups = ctx.state.groups.lock();
    let group: &Group = groups.find(group_id)?;
    if group.kind == GroupType::Community {
        return Err(Failure::new(
            ErrorCode::GroupPermissionDenied,
            format!(
                "group {:?} is a Community: Communities have no group counters",
                group.id
            ),
        ));
    }
    let mut store = ctx.state.group_extras.lock();
    work(&mut store.of(group).counters)
}

fn reply(counters: Vec<tim_protocol::group::GroupCounter>) -> GroupCounterResponse {
    let mut reply = GroupCounterResponse::default();
    reply.envelope = Envelope::ok();
    reply.group_counter = Some(counters);
    reply
}

pub(crate) fn get(ctx: &Context, request: GetGroupCounterRequest) -> Result<GroupCounterResponse, Failure> {
    with_counters(ctx, &request.group_id, |counters| {
        Ok(reply(counters.read(request.group_counter_keys.as_deref())))
    })
}

pub(crate) fn update(ctx: &Context, request: UpdateGroupCounterRequest) -> Result<GroupCounterResponse, Failure> {
    let mode = request.mode.unwrap_or(CounterMode::Set);
    with_counters(ctx, &request.group_id, |counters| {
        Ok(reply(counters.update(&request.group_counter, &mode)?))
    })
}

pub(crate) fn delete(ctx: &Context, request: DeleteGroupCounterRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    with_counters(ctx, &request.group_id, |counters| {
        counters.delete(request.group_counter_keys.as_deref());
        Ok(EnvelopeOnlyResponse::new())
    })
}
