//! `group_open_http_svc`, bans of audio-video groups: `ban_group_member`,
//! `unban_group_member`, `get_group_ban_member`.
//!
//! The ban page: "a banned member cannot receive messages nor rejoin the
//! audio-video group during the ban duration". So a ban takes the user off
//! the group's online list (`state::av_members`), robot mark and all, and
//! until it ends (on the emulator's clock) `EmulatorHandle::join_avchatroom`
//! refuses the user with 10007 (the pages document no code of their own for
//! a banned user's join; 10007 is the group service's "no permission").
//! `add_group_member` on an AVChatRoom is refused with 10007 in any case, as
//! its page documents (nobody can invite users to an AVChatRoom).
//!
//! Every call answers 10010 for no such group and 10007 for a group that is
//! not an AVChatRoom (the pages: only AVChatRoom). The edition and the
//! console switch the pages require are not checked.
//!
//! Choices where the service's documentation is silent:
//!
//! - A ban of `Duration` seconds ends at the emulator's clock plus that time
//!   (`BannedUntil`); `Duration` 0 takes the user off the list and bans it
//!   for no time. Banning a banned user again sets the new end. A user need
//!   not be on the list, nor imported, to be banned. `Description` is kept
//!   nowhere (no client is there to be told).
//! - Unbanning a user who is not banned changes nothing; an unbanned user is
//!   not put back on the list (it joins again).
//! - `get_group_ban_member` lists the bans in force in the order first given,
//!   `Limit` a page (100, the most, when absent), from `Offset`; `NextOffset`
//!   is the offset of the next page, 0 on the last.

use tim_protocol::group::{
    BanGroupMemberRequest, BannedMember, GetGroupBanMemberRequest, GetGroupBanMemberResponse, UnbanGroupMemberRequest,
};
use tim_protocol::limits::GROUP_BAN_LIST_LIMIT_MAX;
use tim_protocol::EnvelopeOnlyResponse;

use crate::context::Context;
use crate::failure::Failure;

pub(crate) fn ban(ctx: &Context, request: BanGroupMemberRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let now = ctx.now();
    let groups = ctx.state.groups.lock();
    let group = groups.find_av(&request.group_id)?;
    let key = (group.id.clone(), group.position());
    let until = now + u64::from(request.duration);
    let mut rooms = ctx.state.av_rooms.lock();
    let mut bans = ctx.state.bans.lock();
    let group_bans = bans.entry(key.clone()).or_default();
    for name in &request.members_account {
        if let Some(room) = rooms.get_mut(&key) {
            room.remove(name);
        }
        group_bans.ban(name, until, now);
    }
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn unban(ctx: &Context, request: UnbanGroupMemberRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let groups = ctx.state.groups.lock();
    let group = groups.find_av(&request.group_id)?;
    let mut bans = ctx.state.bans.lock();
    if let Some(group_bans) = bans.get_mut(&(group.id.clone(), group.position())) {
        for name in &request.members_account {
            group_bans.unban(name);
        }
    }
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn list(ctx: &Context, request: GetGroupBanMemberRequest) -> Result<GetGroupBanMemberResponse, Failure> {
    let now = ctx.now();
    let groups = ctx.state.groups.lock();
    let group = groups.find_av(&request.group_id)?;
    let bans = ctx.state.bans.lock();
    let active: Vec<(&str, u64)> = bans
        .get(&(group.id.clone(), group.position()))
        .map(|group_bans| group_bans.active(now).collect())
        .unwrap_or_default();
    let limit = request.limit.unwrap_or(GROUP_BAN_LIST_LIMIT_MAX) as usize;
    let offset = usize::try_from(request.offset).unwrap_or(usize::MAX);
    let page: Vec<BannedMember> = active
        .iter()
        .skip(offset)
        .take(limit)
        .map(|(name, until)| BannedMember::new(*name, *until))
        .collect();
    let end = offset.saturating_add(page.len());
    let next = if end < active.len() { end as u64 } else { 0 };
    let mut reply = GetGroupBanMemberResponse::default();
    reply.banned_account_list = Some(page);
    reply.next_offset = Some(next);
    Ok(reply)
}
