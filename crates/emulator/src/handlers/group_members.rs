//! `group_open_http_svc`, members: add, import, remove, change, read,
//! roles, the owner, and mutes.
//!
//! Choices where the service's documentation is silent:
//!
//! - The emulator keeps no member list for an AVChatRoom (users join it
//!   from their apps): adding or importing members, removing them, changing
//!   roles or the owner there are refused with 10007, and reading its
//!   members answers 60017 (not emulated). Muting works on any user there.
//! - `add_group_member` and `import_group_member` answer per member:
//!   `Result` 1 added, 2 already a member (also for a name listed twice), 0
//!   not imported. More new members than the group has room for
//!   (`MaxMemberNum`) refuse the whole call with 10014, before any change.
//! - Removing the owner, changing the owner's role, or acting on a user
//!   outside the group (changing its profile, muting it, making it owner)
//!   is refused with 10007, before any change; removing users who are not
//!   members succeeds and changes nothing.
//! - A mute of `MuteTime` seconds ends at the emulator's clock + that time;
//!   `MuteTime` 4294967295 mutes forever (`ShutUpUntil` 4294967295); 0 lifts
//!   it. Mutes that have ended are not listed. A member who leaves loses its
//!   mute. Work (Private) groups cannot mute members, as the page's table
//!   says: `forbid_send_msg` on one is 10007.
//! - `get_group_member_info` lists members in join order. With `Next` (the
//!   cursor form; send `""` first) the reply's `Next` is the position of the
//!   next member, `""` on the last page; otherwise `Offset` and `Limit`
//!   (every member when `Limit` is absent) page the members the role
//!   filter keeps, and `MemberNum` is the group's member count.
//! - `change_group_owner` makes the old owner an ordinary member; naming
//!   the current owner changes nothing.
//! - A `TopicId` answers 60017: topics are not emulated.
//! - `get_specified_group_member_info` reads the listed users' profiles as
//!   `get_group_member_info` does (same filters), in the order listed;
//!   users who are not members, or whose role the role filter leaves out,
//!   are not listed (a name listed twice once). An AVChatRoom is refused
//!   with 10007 (the page: not supported). `MemberNum` is the group's
//!   member count.

use tim_protocol::group::{
    AddGroupMemberRequest, ChangeGroupOwnerRequest, DeleteGroupMemberRequest, ForbidSendMsgRequest,
    GetGroupMemberInfoRequest, GetGroupMemberInfoResponse, GetGroupMutedAccountRequest, GetGroupMutedAccountResponse,
    GetRoleInGroupRequest, GetRoleInGroupResponse, GetSpecifiedGroupMemberInfoRequest, GroupType,
    ImportGroupMemberRequest, MemberListResponse, MemberOutcome, MemberResult, MemberRole,
    ModifyGroupMemberInfoRequest, MutedMember, UserRole,
};
use tim_protocol::limits::MUTE_FOREVER;
use tim_protocol::EnvelopeOnlyResponse;
use tim_protocol::ErrorCode;

use crate::context::Context;
use crate::failure::Failure;
use crate::state::groups::{Group, Member};
use crate::state::{group_failures, group_fields};

fn av_refused(group: &Group) -> Result<(), Failure> {
    if group.is_av() {
        Err(Failure::new(
            ErrorCode::GroupPermissionDenied,
            "an AVChatRoom has no member list to change",
        ))
    } else {
        Ok(())
    }
}

/// The end of a mute of `seconds` from `now`; 0 for none.
fn mute_end(now: u64, seconds: u32) -> u64 {
    match seconds {
        0 => 0,
        MUTE_FOREVER => u64::from(MUTE_FOREVER),
        seconds => now + u64::from(seconds),
    }
}

/// The per-member outcomes of adding `names`, and the new members (in the
/// order given), before anything changes; 10014 if they do not fit.
fn plan<'a>(
    ctx: &Context,
    group: &Group,
    names: impl Iterator<Item = &'a str>,
) -> Result<(Vec<MemberOutcome>, Vec<usize>), Failure> {
    let (mut outcomes, mut new) = (Vec::new(), Vec::new());
    for (index, name) in names.enumerate() {
        let listed = outcomes
            .iter()
            .any(|outcome: &MemberOutcome| outcome.member_account == name);
        let result = if group.is_member(name) || listed {
            MemberResult::AlreadyMember
        } else if !ctx.state.is_imported(name) {
            MemberResult::Failed
        } else {
            new.push(index);
            MemberResult::Added
        };
        outcomes.push(MemberOutcome::new(name, result));
    }
    let max = group.profile.max_member_num;
    if max > 0 && (group.member_count() + new.len()) as u64 > max {
        return Err(Failure::new(
            ErrorCode::GroupFull,
            format!("{} new members do not fit in MaxMemberNum {max}", new.len()),
        ));
    }
    Ok((outcomes, new))
}

pub(crate) fn add(ctx: &Context, request: AddGroupMemberRequest) -> Result<MemberListResponse, Failure> {
    let now = ctx.now();
    let mut groups = ctx.state.groups.lock();
    let group = groups.find(&request.group_id)?;
    av_refused(group)?;
    let names = request.member_list.iter().map(|member| member.member_account.as_str());
    let (outcomes, new) = plan(ctx, group, names)?;
    for index in new {
        let name = &request.member_list[index].member_account;
        groups.join(&request.group_id, name, Member::new(MemberRole::Member, now));
    }
    let mut reply = MemberListResponse::default();
    reply.member_list = Some(outcomes);
    Ok(reply)
}

pub(crate) fn import(ctx: &Context, request: ImportGroupMemberRequest) -> Result<MemberListResponse, Failure> {
    let now = ctx.now();
    let mut groups = ctx.state.groups.lock();
    let group = groups.find(&request.group_id)?;
    av_refused(group)?;
    let names = request.member_list.iter().map(|member| member.member_account.as_str());
    let (outcomes, new) = plan(ctx, group, names)?;
    for index in new {
        let imported = &request.member_list[index];
        let role = imported.role.clone().unwrap_or(MemberRole::Member);
        let mut member = Member::new(role, imported.join_time.unwrap_or(now));
        member.unread = imported.unread_msg_num.map_or(0, u64::from);
        groups.join(&request.group_id, &imported.member_account, member);
    }
    let mut reply = MemberListResponse::default();
    reply.member_list = Some(outcomes);
    Ok(reply)
}

pub(crate) fn delete(ctx: &Context, request: DeleteGroupMemberRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let mut groups = ctx.state.groups.lock();
    let group = groups.find(&request.group_id)?;
    av_refused(group)?;
    if let Some(owner) = group
        .owner
        .as_ref()
        .filter(|owner| request.member_to_del_account.contains(owner))
    {
        return Err(Failure::new(
            ErrorCode::GroupPermissionDenied,
            format!("{owner:?} owns the group and cannot be removed"),
        ));
    }
    for name in &request.member_to_del_account {
        groups.leave(&request.group_id, name);
    }
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn modify(ctx: &Context, request: ModifyGroupMemberInfoRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let now = ctx.now();
    let mut groups = ctx.state.groups.lock();
    let group = groups.find_mut(&request.group_id)?;
    let name = &request.member_account;
    if group.is_av() {
        // No member list: only a mute can be set on an AVChatRoom's user.
        let other = request.role.is_some()
            || request.msg_flag.is_some()
            || request.name_card.is_some()
            || request.app_member_defined_data.is_some();
        if other {
            av_refused(group)?;
        }
    } else {
        let Some(member) = group.member(name) else {
            return Err(group_failures::not_member(&group.id, name));
        };
        if request.role.is_some() && member.role == MemberRole::Owner {
            return Err(Failure::new(
                ErrorCode::GroupPermissionDenied,
                "the owner's role changes only with change_group_owner",
            ));
        }
    }
    if let Some(seconds) = request.mute_time {
        group.mute(name, mute_end(now, seconds));
    }
    if let Some(member) = group.member_mut(name) {
        if let Some(role) = request.role {
            member.role = role;
        }
        if let Some(flag) = request.msg_flag {
            member.msg_flag = flag;
        }
        if let Some(card) = request.name_card {
            member.name_card = card;
        }
        if let Some(changes) = request.app_member_defined_data {
            group_fields::merge_defined(&mut member.app_member_defined_data, changes);
        }
    }
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn info(ctx: &Context, request: GetGroupMemberInfoRequest) -> Result<GetGroupMemberInfoResponse, Failure> {
    let now = ctx.now();
    let groups = ctx.state.groups.lock();
    let group = groups.find(&request.group_id)?;
    if group.is_av() {
        return Err(Failure::new(
            ErrorCode::CallDisabled,
            "the members of an AVChatRoom are not emulated by tim-emulator",
        ));
    }
    let roles = request.member_role_filter.as_deref();
    let kept = group
        .members()
        .filter(|(_, _, member)| roles.is_none_or(|roles| roles.contains(&member.role)));
    let limit = request
        .limit
        .filter(|&limit| limit > 0)
        .map_or(usize::MAX, |limit| limit as usize);
    let (page, next): (Vec<_>, _) = match &request.next {
        Some(cursor) => {
            let start = if cursor.is_empty() {
                0
            } else {
                cursor.parse::<u64>().map_err(|_| {
                    Failure::new(
                        ErrorCode::GroupParameterInvalid,
                        format!("Next {cursor:?} is not a cursor this group gave"),
                    )
                })?
            };
            let mut rest = kept.skip_while(|(position, _, _)| *position < start);
            let page = rest.by_ref().take(limit).collect();
            let next = rest
                .next()
                .map_or_else(String::new, |(position, _, _)| position.to_string());
            (page, Some(next))
        }
        None => {
            let offset = request.offset.unwrap_or(0) as usize;
            (kept.skip(offset).take(limit).collect(), None)
        }
    };
    let fields = request.member_info_filter.as_deref();
    let defined = request.app_defined_data_filter_group_member.as_deref();
    let mut reply = GetGroupMemberInfoResponse::default();
    reply.member_num = Some(group.member_count() as u64);
    reply.member_list = Some(
        page.into_iter()
            .map(|(_, name, member)| group.member_info(name, member, fields, defined, now))
            .collect(),
    );
    reply.next = next;
    Ok(reply)
}

pub(crate) fn specified(
    ctx: &Context,
    request: GetSpecifiedGroupMemberInfoRequest,
) -> Result<GetGroupMemberInfoResponse, Failure> {
    let now = ctx.now();
    let groups = ctx.state.groups.lock();
    let group = groups.find(&request.group_id)?;
    if group.is_av() {
        return Err(Failure::new(
            ErrorCode::GroupPermissionDenied,
            "get_specified_group_member_info does not support an AVChatRoom",
        ));
    }
    let roles = request.member_role_filter.as_deref();
    let fields = request.member_info_filter.as_deref();
    let defined = request.app_defined_data_filter_group_member.as_deref();
    let mut listed: Vec<&str> = Vec::new();
    let mut members = Vec::new();
    for name in &request.member_list_account {
        if listed.contains(&name.as_str()) {
            continue;
        }
        listed.push(name);
        let Some(member) = group.member(name) else {
            continue;
        };
        if roles.is_none_or(|roles| roles.contains(&member.role)) {
            members.push(group.member_info(name, member, fields, defined, now));
        }
    }
    let mut reply = GetGroupMemberInfoResponse::default();
    reply.member_num = Some(group.member_count() as u64);
    reply.member_list = Some(members);
    Ok(reply)
}

pub(crate) fn roles(ctx: &Context, request: GetRoleInGroupRequest) -> Result<GetRoleInGroupResponse, Failure> {
    let groups = ctx.state.groups.lock();
    let group = groups.find(&request.group_id)?;
    let roles = request
        .user_account
        .iter()
        .map(|name| {
            let role = group
                .member(name)
                .map_or(MemberRole::NotMember, |member| member.role.clone());
            UserRole::new(name.clone(), role)
        })
        .collect();
    let mut reply = GetRoleInGroupResponse::default();
    reply.user_id_list = Some(roles);
    Ok(reply)
}

pub(crate) fn change_owner(ctx: &Context, request: ChangeGroupOwnerRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let mut groups = ctx.state.groups.lock();
    group_failures::require_imported(&ctx.state, &request.new_owner_account)?;
    let group = groups.find_mut(&request.group_id)?;
    av_refused(group)?;
    let new_owner = &request.new_owner_account;
    if !group.is_member(new_owner) {
        return Err(group_failures::not_member(&group.id, new_owner));
    }
    if group.owner.as_ref() == Some(new_owner) {
        return Ok(EnvelopeOnlyResponse::new());
    }
    if let Some(old) = group.owner.take() {
        if let Some(member) = group.member_mut(&old) {
            member.role = MemberRole::Member;
        }
    }
    if let Some(member) = group.member_mut(new_owner) {
        member.role = MemberRole::Owner;
    }
    group.owner = Some(new_owner.clone());
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn forbid(ctx: &Context, request: ForbidSendMsgRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    group_failures::no_topics(request.topic_id.as_ref())?;
    let now = ctx.now();
    let mut groups = ctx.state.groups.lock();
    let group = groups.find_mut(&request.group_id)?;
    // The page's table: "Private: No. Same as work groups (Work)"; "work
    // groups do not support muting members". 10007, the group pages' code
    // for a type that does not allow the call.
    if matches!(group.kind, GroupType::Work | GroupType::Private) {
        return Err(Failure::new(
            ErrorCode::GroupPermissionDenied,
            format!("group {:?} is a work group, whose members cannot be muted", group.id),
        ));
    }
    if !group.is_av() {
        if let Some(stranger) = request.members_account.iter().find(|name| !group.is_member(name)) {
            return Err(group_failures::not_member(&group.id, stranger));
        }
    }
    let until = mute_end(now, request.mute_time);
    for name in &request.members_account {
        group.mute(name, until);
    }
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn muted(
    ctx: &Context,
    request: GetGroupMutedAccountRequest,
) -> Result<GetGroupMutedAccountResponse, Failure> {
    group_failures::no_topics(request.topic_id.as_ref())?;
    let now = ctx.now();
    let groups = ctx.state.groups.lock();
    let group = groups.find(&request.group_id)?;
    let list = group
        .muted(now)
        .into_iter()
        .map(|(name, until)| MutedMember::new(name, until))
        .collect();
    let mut reply = GetGroupMutedAccountResponse::default();
    reply.group_id = Some(group.id.clone());
    reply.muted_account_list = Some(list);
    Ok(reply)
}
