//! `group_open_avchatroom_http_svc`: an audio-video group's online members,
//! their marks, its robots and its administrators.
//!
//! Who is online (`state::av_members`): the emulator has no client logins,
//! so an AVChatRoom's online members are the users who joined it through
//! `EmulatorHandle::join_avchatroom` (standing in for a client's join) and
//! have not left or been banned, plus its robots (mark 500), listed whether
//! or not they joined.
//!
//! Every call answers 10010 for no such group and 10007 for a group that is
//! not an AVChatRoom (the pages: only AVChatRoom). The edition and the
//! console switch the pages require are not checked.
//!
//! Choices where the service's documentation is silent:
//!
//! - `get_members` lists in the order users came on the list (join, or
//!   becoming a robot), `JoinTime` that time, `NickName` and `Avatar` from
//!   the account's profile when set. Members marked 600 are left out unless
//!   `Mark` is 600; `Mark` keeps those with that mark. Only the 1,000 latest
//!   are listed, as documented; a page holds 500, and `NextTimestamp` is an
//!   opaque cursor (the position of the next member, 0 on the last page), so
//!   members who join between pages move no one across a page boundary.
//! - `check_members` answers the listed users on the online list, in the
//!   order listed (a name listed twice once), beyond the 1,000 too.
//! - `modify_user_info` changes the marks of users on the online list and
//!   leaves out the others, in the reply too; a group carries at most 10
//!   different marks (500 and 600 aside): a set that would make more is
//!   refused with 10004, before any change. Setting 500 makes a robot;
//!   removing it from a robot that never joined takes it off the list. A
//!   member's marks go when it leaves the list.
//! - `add_robots` needs imported accounts (10019 names the first that is
//!   not) and no ban in force on them (10007: a banned user cannot come back
//!   on the list, robot or not); nothing changes on a refusal. A robot added
//!   again changes nothing.
//!   `del_robots` takes the mark 500 off; a user that is not a robot
//!   changes nothing.
//! - Joining (`EmulatorHandle::join_avchatroom`) needs an imported account
//!   (10019) and no ban in force (10007, see `handlers::bans`); joining
//!   again changes nothing (the first `JoinTime` stays). Leaving
//!   (`EmulatorHandle::leave_avchatroom`) keeps a robot on the list.
//! - `modify_admin` needs imported accounts (10019), need not find them in
//!   the group (as documented), and keeps at most 5 administrators: a set
//!   that would make more is refused with 10004, before any change. Setting
//!   an administrator again, or cancelling a user who is none, changes
//!   nothing. `get_admin_list` lists them in the order set, with `NickName`
//!   and `Avatar` from the profile (`""` when unset, as the page's sample).

use std::collections::BTreeSet;

use tim_protocol::group::AddRobotsRequest;
use tim_protocol::group::{
    AdminCommand, AvChatRoomAdmin, CheckMembersRequest, CheckMembersResponse, DelRobotsRequest, GetAdminListRequest,
    GetAdminListResponse, GetMembersRequest, GetMembersResponse, MarkCommand, MemberMarks, ModifyAdminRequest,
    ModifyUserInfoRequest, ModifyUserInfoResponse, OnlineMember,
};
use tim_protocol::limits::{AVCHATROOM_ADMINS_MAX, GROUP_MARKS_MAX};
use tim_protocol::{EnvelopeOnlyResponse, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::av_members::{HIDDEN_MARK, ROBOT_MARK};
use crate::state::group_failures;
use crate::state::groups::Group;

/// Members a `get_members` page holds.
const PAGE: usize = 500;
/// The latest members `get_members` lists.
const LISTED_MAX: usize = 1000;

/// The group's key in the stores beside the registry.
fn key(group: &Group) -> (String, u64) {
    (group.id.clone(), group.position())
}

/// The nickname and avatar URL of `user`'s profile, if imported.
fn profile(ctx: &Context, user: &str) -> (Option<String>, Option<String>) {
    ctx.state
        .with_account(user, |user| {
            let account = user.account.as_ref().expect("with_account: imported");
            (account.nick.clone(), account.face_url.clone())
        })
        .unwrap_or_default()
}

pub(crate) fn get_members(ctx: &Context, request: GetMembersRequest) -> Result<GetMembersResponse, Failure> {
    let groups = ctx.state.groups.lock();
    let group = groups.find_av(&request.group_id)?;
    let rooms = ctx.state.av_rooms.lock();
    let Some(room) = rooms.get(&key(group)) else {
        return Ok(GetMembersResponse::new(Vec::new(), 0));
    };
    let kept: Vec<_> = room
        .entries()
        .filter(|(_, _, entry)| match request.mark {
            Some(mark) => entry.marks.contains(&mark),
            None => !entry.marks.contains(&HIDDEN_MARK),
        })
        .collect();
    let latest = &kept[kept.len().saturating_sub(LISTED_MAX)..];
    let mut rest = latest
        .iter()
        .skip_while(|(position, _, _)| request.timestamp != 0 && *position < request.timestamp);
    let page: Vec<_> = rest.by_ref().take(PAGE).collect();
    let next = rest.next().map_or(0, |(position, _, _)| *position);
    let members = page
        .into_iter()
        .map(|(_, name, entry)| {
            let mut member = OnlineMember::new(*name, entry.join_time);
            (member.nick_name, member.avatar) = profile(ctx, name);
            member
        })
        .collect();
    Ok(GetMembersResponse::new(members, next))
}

pub(crate) fn check_members(ctx: &Context, request: CheckMembersRequest) -> Result<CheckMembersResponse, Failure> {
    let groups = ctx.state.groups.lock();
    let group = groups.find_av(&request.group_id)?;
    let rooms = ctx.state.av_rooms.lock();
    let room = rooms.get(&key(group));
    let mut found: Vec<&str> = Vec::new();
    for name in &request.member_account {
        let listed = room.is_some_and(|room| room.entry(name).is_some());
        if listed && !found.contains(&name.as_str()) {
            found.push(name);
        }
    }
    Ok(CheckMembersResponse::new(found))
}

pub(crate) fn modify_user_info(
    ctx: &Context,
    request: ModifyUserInfoRequest,
) -> Result<ModifyUserInfoResponse, Failure> {
    let now = ctx.now();
    let groups = ctx.state.groups.lock();
    let group = groups.find_av(&request.group_id)?;
    let mut rooms = ctx.state.av_rooms.lock();
    let room = rooms.entry(key(group)).or_default();
    let online: Vec<&MemberMarks> = request
        .member_list
        .iter()
        .filter(|member| room.entry(&member.member_account).is_some())
        .collect();
    if request.command_type == MarkCommand::Set {
        let mut marks: BTreeSet<u32> = room.custom_marks();
        marks.extend(
            online
                .iter()
                .flat_map(|member| member.marks.iter().copied())
                .filter(|&mark| mark != ROBOT_MARK && mark != HIDDEN_MARK),
        );
        if marks.len() > GROUP_MARKS_MAX {
            return Err(Failure::new(
                ErrorCode::GroupParameterInvalid,
                format!(
                    "a group carries at most {GROUP_MARKS_MAX} different marks; this would make {}",
                    marks.len()
                ),
            ));
        }
    }
    let changed: Vec<MemberMarks> = online.into_iter().cloned().collect();
    for member in &changed {
        match request.command_type {
            MarkCommand::Set => room.add_marks(&member.member_account, &member.marks, now),
            _ => room.remove_marks(&member.member_account, &member.marks),
        }
    }
    Ok(ModifyUserInfoResponse::new(request.command_type, changed))
}

pub(crate) fn add_robots(ctx: &Context, request: AddRobotsRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let now = ctx.now();
    let groups = ctx.state.groups.lock();
    let group = groups.find_av(&request.group_id)?;
    for robot in &request.member_account {
        group_failures::require_imported(&ctx.state, robot)?;
    }
    let mut rooms = ctx.state.av_rooms.lock();
    let bans = ctx.state.bans.lock();
    if let Some(group_bans) = bans.get(&key(group)) {
        if let Some(banned) = request
            .member_account
            .iter()
            .find(|robot| group_bans.banned_until(robot, now).is_some())
        {
            return Err(Failure::new(
                ErrorCode::GroupPermissionDenied,
                format!("{banned:?} is banned from group {:?}", group.id),
            ));
        }
    }
    let room = rooms.entry(key(group)).or_default();
    for robot in &request.member_account {
        room.add_marks(robot, &[ROBOT_MARK], now);
    }
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn del_robots(ctx: &Context, request: DelRobotsRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let groups = ctx.state.groups.lock();
    let group = groups.find_av(&request.group_id)?;
    let mut rooms = ctx.state.av_rooms.lock();
    if let Some(room) = rooms.get_mut(&key(group)) {
        for robot in &request.member_account {
            room.remove_marks(robot, &[ROBOT_MARK]);
        }
    }
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn modify_admin(ctx: &Context, request: ModifyAdminRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let groups = ctx.state.groups.lock();
    let group = groups.find_av(&request.group_id)?;
    let mut rooms = ctx.state.av_rooms.lock();
    let room = rooms.entry(key(group)).or_default();
    if request.command_type == AdminCommand::Set {
        for user in &request.admin_account {
            group_failures::require_imported(&ctx.state, user)?;
        }
        let mut admins: Vec<&str> = room.admins().iter().map(String::as_str).collect();
        for user in &request.admin_account {
            if !admins.contains(&user.as_str()) {
                admins.push(user);
            }
        }
        if admins.len() > AVCHATROOM_ADMINS_MAX {
            return Err(Failure::new(
                ErrorCode::GroupParameterInvalid,
                format!(
                    "an AVChatRoom has at most {AVCHATROOM_ADMINS_MAX} administrators; this would make {}",
                    admins.len()
                ),
            ));
        }
        for user in &request.admin_account {
            room.add_admin(user);
        }
    } else {
        for user in &request.admin_account {
            room.remove_admin(user);
        }
    }
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn get_admin_list(ctx: &Context, request: GetAdminListRequest) -> Result<GetAdminListResponse, Failure> {
    let groups = ctx.state.groups.lock();
    let group = groups.find_av(&request.group_id)?;
    let rooms = ctx.state.av_rooms.lock();
    let admins = rooms
        .get(&key(group))
        .map(|room| room.admins().to_vec())
        .unwrap_or_default();
    let list = admins
        .iter()
        .map(|name| {
            let (nick, avatar) = profile(ctx, name);
            let mut admin = AvChatRoomAdmin::new(name);
            admin.nick_name = Some(nick.unwrap_or_default());
            admin.avatar = Some(avatar.unwrap_or_default());
            admin
        })
        .collect();
    let mut reply = GetAdminListResponse::default();
    reply.admin_list = Some(list);
    Ok(reply)
}

/// `user` joins the AVChatRoom `group_id` as a client would (the handle's
/// `join_avchatroom`): 10010, 10007 for another type of group or while the
/// user is banned, 10019 for a user not imported. Whether it was not on the
/// list as a joined member before.
pub(crate) fn join(ctx: &Context, group_id: &str, user: &str) -> Result<bool, Failure> {
    let now = ctx.now();
    let groups = ctx.state.groups.lock();
    let group = groups.find_av(group_id)?;
    group_failures::require_imported(&ctx.state, user)?;
    let mut rooms = ctx.state.av_rooms.lock();
    let bans = ctx.state.bans.lock();
    if let Some(until) = bans
        .get(&key(group))
        .and_then(|group_bans| group_bans.banned_until(user, now))
    {
        return Err(Failure::new(
            ErrorCode::GroupPermissionDenied,
            format!("{user:?} is banned from group {group_id:?} until {until}"),
        ));
    }
    Ok(rooms.entry(key(group)).or_default().join(user, now))
}

/// `user` leaves the AVChatRoom `group_id` (the handle's
/// `leave_avchatroom`): 10010, 10007 for another type of group. Whether it
/// had joined.
pub(crate) fn leave(ctx: &Context, group_id: &str, user: &str) -> Result<bool, Failure> {
    let groups = ctx.state.groups.lock();
    let group = groups.find_av(group_id)?;
    let mut rooms = ctx.state.av_rooms.lock();
    Ok(rooms.get_mut(&key(group)).is_some_and(|room| room.leave(user)))
}
