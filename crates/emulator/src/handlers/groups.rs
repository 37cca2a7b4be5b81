//! `group_open_http_svc`, the groups themselves: create, import, destroy,
//! read and change profiles, list the app's groups and a user's groups.
//!
//! Choices where the service's documentation is silent:
//!
//! - A generated ID is `@TGS#` (`@TGS#_` for a Community), a letter for the
//!   type (`W` work, `P` public, `M` meeting, `A` audio-video, `C`
//!   community) and an eight-digit base-36 counter: `@TGS#P00000001`. A
//!   custom ID in use is refused with 10021; a destroyed group's ID may be
//!   used again.
//! - The owner and every initial member must be imported (10019 names the
//!   first that is not; nothing is created). A member listed twice, or the
//!   owner listed as a member, joins once. Initial members beyond
//!   `MaxMemberCount` are refused with 10014.
//! - Defaults: `MaxMemberNum` 2000 (0, no cap, for an AVChatRoom);
//!   `ApplyJoinOption` `DisableApply` for work groups, `NeedPermission` for
//!   public ones, `FreeAccess` otherwise; `InviteJoinOption`
//!   `NeedPermission` for public groups, `FreeAccess` otherwise.
//! - `get_group_info` answers every requested group: a missing one carries
//!   `ErrorCode` 10010. Without a `GroupBaseInfoFilter` every base field is
//!   sent; the member list follows `MemberInfoFilter` (every field without
//!   one; none for an AVChatRoom, whose members the emulator does not keep);
//!   custom fields only as the `AppDefinedDataFilter_*` lists name them.
//! - `modify_group_base_info` refuses a `MaxMemberNum` below the member
//!   count (10004). A custom field set to an empty value is removed. Every
//!   call counts as a change (`InfoSeq` + 1).
//! - `get_appid_group_list` lists groups in creation order; `Next` is the
//!   position of the next group (0 on the last page), so groups created or
//!   destroyed between pages move no other group across a page boundary.
//!   `TotalCount` counts the groups of the requested type.
//! - `get_joined_group_list` needs an imported user (10019) and sends, as
//!   documented, only `GroupId` unless `GroupBaseInfoFilter` names fields;
//!   `SelfInfo` only with a `SelfInfoFilter`. Audio-video groups never
//!   appear (the emulator keeps no AVChatRoom members).

use tim_protocol::group::{
    CreateGroupRequest, CreateGroupResponse, DestroyGroupRequest, GetAppidGroupListRequest, GetAppidGroupListResponse,
    GetGroupInfoRequest, GetGroupInfoResponse, GetJoinedGroupListRequest, GetJoinedGroupListResponse, GroupIdItem,
    GroupInfo, GroupType, ImportGroupRequest, ImportGroupResponse, JoinOption, MemberRole, ModifyGroupBaseInfoRequest,
    MuteAll, ResponseFilter,
};
use tim_protocol::limits::APPID_GROUP_LIST_LIMIT_MAX;
use tim_protocol::EnvelopeOnlyResponse;
use tim_protocol::ErrorCode;

use crate::context::Context;
use crate::failure::Failure;
use crate::state::groups::{Group, Member, Profile, Registry};
use crate::state::{group_failures, group_fields};

/// The default `MaxMemberNum` of a group with a member list.
const DEFAULT_MAX_MEMBERS: u64 = 2000;

/// The profile a new group starts with.
struct NewProfile {
    kind: GroupType,
    name: String,
    introduction: Option<String>,
    notification: Option<String>,
    face_url: Option<String>,
    max_member_count: Option<u32>,
    apply_join_option: Option<JoinOption>,
    invite_join_option: Option<JoinOption>,
    app_defined_data: Option<Vec<tim_protocol::group::AppDefinedData>>,
    support_topic: Option<u8>,
}

fn profile(new: NewProfile) -> Profile {
    let av = new.kind == GroupType::AvChatRoom;
    let default_max = if av { 0 } else { DEFAULT_MAX_MEMBERS };
    let apply = match new.kind {
        GroupType::Work | GroupType::Private => JoinOption::DisableApply,
        GroupType::Public => JoinOption::NeedPermission,
        _ => JoinOption::FreeAccess,
    };
    let invite = match new.kind {
        GroupType::Public => JoinOption::NeedPermission,
        _ => JoinOption::FreeAccess,
    };
    Profile {
        name: new.name,
        introduction: new.introduction.unwrap_or_default(),
        notification: new.notification.unwrap_or_default(),
        face_url: new.face_url.unwrap_or_default(),
        max_member_num: new
            .max_member_count
            .filter(|&max| max > 0)
            .map_or(default_max, u64::from),
        apply_join_option: new.apply_join_option.unwrap_or(apply),
        invite_join_option: new.invite_join_option.unwrap_or(invite),
        mute_all: false,
        app_defined_data: new.app_defined_data.unwrap_or_default(),
        support_topic: new.support_topic,
    }
}

/// The ID the new group gets: the custom one if free (10021 if not), else a
/// generated one.
fn claim_id(groups: &mut Registry, custom: Option<String>, kind: &GroupType) -> Result<String, Failure> {
    match custom {
        Some(id) if groups.contains(&id) => Err(Failure::new(
            ErrorCode::GroupIdInUse,
            format!("group ID {id:?} is already used"),
        )),
        Some(id) => Ok(id),
        None => Ok(groups.generate_id(kind)),
    }
}

pub(crate) fn create(ctx: &Context, request: CreateGroupRequest) -> Result<CreateGroupResponse, Failure> {
    let now = ctx.now();
    let mut groups = ctx.state.groups.lock();
    if let Some(owner) = &request.owner_account {
        group_failures::require_imported(&ctx.state, owner)?;
    }
    let mut members: Vec<(String, MemberRole)> = Vec::new();
    for member in request.member_list.unwrap_or_default() {
        group_failures::require_imported(&ctx.state, &member.member_account)?;
        let listed = members.iter().any(|(name, _)| *name == member.member_account);
        if !listed && request.owner_account.as_ref() != Some(&member.member_account) {
            // Only Admin may be given; anything else is an ordinary member.
            let role = match member.role {
                Some(MemberRole::Admin) => MemberRole::Admin,
                _ => MemberRole::Member,
            };
            members.push((member.member_account, role));
        }
    }
    let profile = profile(NewProfile {
        kind: request.kind.clone(),
        name: request.name,
        introduction: request.introduction,
        notification: request.notification,
        face_url: request.face_url,
        max_member_count: request.max_member_count,
        apply_join_option: request.apply_join_option,
        invite_join_option: request.invite_join_option,
        app_defined_data: request.app_defined_data,
        support_topic: request.support_topic,
    });
    let initial = members.len() as u64 + u64::from(request.owner_account.is_some());
    if profile.max_member_num > 0 && initial > profile.max_member_num {
        return Err(Failure::new(
            ErrorCode::GroupFull,
            format!(
                "{initial} initial members exceed MaxMemberCount {}",
                profile.max_member_num
            ),
        ));
    }
    let id = claim_id(&mut groups, request.group_id, &request.kind)?;
    let av = request.kind == GroupType::AvChatRoom;
    groups.insert(Group::new(
        id.clone(),
        request.kind,
        profile,
        request.owner_account.clone(),
        now,
    ));
    // An AVChatRoom keeps no member list, not even its owner.
    if !av {
        if let Some(owner) = &request.owner_account {
            groups.join(&id, owner, Member::new(MemberRole::Owner, now));
        }
        for (name, role) in members {
            groups.join(&id, &name, Member::new(role, now));
        }
    }
    Ok(CreateGroupResponse::new(id))
}

pub(crate) fn import(ctx: &Context, request: ImportGroupRequest) -> Result<ImportGroupResponse, Failure> {
    let now = ctx.now();
    let mut groups = ctx.state.groups.lock();
    if let Some(owner) = &request.owner_account {
        group_failures::require_imported(&ctx.state, owner)?;
    }
    let id = claim_id(&mut groups, request.group_id, &request.kind)?;
    let mut group = Group::new(
        id.clone(),
        request.kind.clone(),
        profile(NewProfile {
            kind: request.kind,
            name: request.name,
            introduction: request.introduction,
            notification: request.notification,
            face_url: request.face_url,
            max_member_count: request.max_member_count,
            apply_join_option: request.apply_join_option,
            invite_join_option: None,
            app_defined_data: request.app_defined_data,
            support_topic: request.support_topic,
        }),
        request.owner_account.clone(),
        now,
    );
    let created = request.create_time.unwrap_or(now);
    group.create_time = created;
    group.last_info_time = created;
    groups.insert(group);
    if let Some(owner) = &request.owner_account {
        groups.join(&id, owner, Member::new(MemberRole::Owner, created));
    }
    let mut reply = ImportGroupResponse::default();
    reply.group_id = Some(id);
    Ok(reply)
}

pub(crate) fn destroy(ctx: &Context, request: DestroyGroupRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let mut groups = ctx.state.groups.lock();
    groups
        .remove(&request.group_id)
        .ok_or_else(|| group_failures::not_found(&request.group_id))?;
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn info(ctx: &Context, request: GetGroupInfoRequest) -> Result<GetGroupInfoResponse, Failure> {
    let now = ctx.now();
    let groups = ctx.state.groups.lock();
    let filter = request.response_filter.unwrap_or_default();
    let appid = ctx.settings.sdkappid;
    let infos = request
        .group_id_list
        .iter()
        .map(|id| match groups.get(id) {
            None => {
                let mut info = GroupInfo::new(id);
                let failure = group_failures::not_found(id);
                info.error_code = Some(failure.code);
                info.error_info = Some(failure.info);
                info
            }
            Some(group) => read(group, appid, &filter, now),
        })
        .collect();
    Ok(GetGroupInfoResponse::new(infos))
}

/// One group as `get_group_info` shows it, with its member list.
fn read(group: &Group, appid: u64, filter: &ResponseFilter, now: u64) -> GroupInfo {
    let mut info = group.info(
        appid,
        filter.group_base_info.as_deref(),
        filter.app_defined_data_group.as_deref(),
    );
    info.error_code = Some(ErrorCode::Success);
    info.error_info = Some(String::new());
    if !group.is_av() {
        let fields = filter.member_info.as_deref();
        let defined = filter.app_defined_data_group_member.as_deref();
        info.member_list = Some(
            group
                .members()
                .map(|(_, name, member)| group.member_info(name, member, fields, defined, now))
                .collect(),
        );
    }
    info
}

pub(crate) fn modify(ctx: &Context, request: ModifyGroupBaseInfoRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let now = ctx.now();
    let mut groups = ctx.state.groups.lock();
    let group = groups.find_mut(&request.group_id)?;
    if let Some(max) = request.max_member_num {
        if max > 0 && u64::from(max) < group.member_count() as u64 {
            return Err(Failure::new(
                ErrorCode::GroupParameterInvalid,
                format!("MaxMemberNum {max} is below the {} members", group.member_count()),
            ));
        }
    }
    let profile = &mut group.profile;
    if let Some(name) = request.name {
        profile.name = name;
    }
    if let Some(text) = request.introduction {
        profile.introduction = text;
    }
    if let Some(text) = request.notification {
        profile.notification = text;
    }
    if let Some(url) = request.face_url {
        profile.face_url = url;
    }
    if let Some(max) = request.max_member_num.filter(|&max| max > 0) {
        profile.max_member_num = u64::from(max);
    }
    if let Some(option) = request.apply_join_option {
        profile.apply_join_option = option;
    }
    if let Some(option) = request.invite_join_option {
        profile.invite_join_option = option;
    }
    if let Some(mute) = request.mute_all_member {
        profile.mute_all = mute == MuteAll::On;
    }
    if let Some(changes) = request.app_defined_data {
        group_fields::merge_defined(&mut profile.app_defined_data, changes);
    }
    group.changed(now);
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn app_list(ctx: &Context, request: GetAppidGroupListRequest) -> Result<GetAppidGroupListResponse, Failure> {
    let groups = ctx.state.groups.lock();
    let limit = request.limit.unwrap_or(APPID_GROUP_LIST_LIMIT_MAX) as usize;
    let kind = request.group_type;
    let keep = |group: &Group| kind.as_ref().is_none_or(|kind| group.kind == *kind);
    let (page, next) = groups.page(request.next.unwrap_or(0), limit, keep);
    let items = page.iter().map(|group| GroupIdItem::new(group.id.clone())).collect();
    let mut reply = GetAppidGroupListResponse::default();
    reply.total_count = Some(groups.count(keep) as u64);
    reply.group_id_list = Some(items);
    reply.next = Some(next.unwrap_or(0));
    Ok(reply)
}

pub(crate) fn joined(ctx: &Context, request: GetJoinedGroupListRequest) -> Result<GetJoinedGroupListResponse, Failure> {
    let now = ctx.now();
    let groups = ctx.state.groups.lock();
    group_failures::require_imported(&ctx.state, &request.member_account)?;
    let kind = request.group_type;
    let matching: Vec<&Group> = groups
        .joined(&request.member_account)
        .filter(|group| kind.as_ref().is_none_or(|kind| group.kind == *kind))
        .collect();
    let filter = request.response_filter.unwrap_or_default();
    // Documented: only GroupId unless the base fields are asked for.
    let base = filter.group_base_info.as_deref().unwrap_or_default();
    let offset = request.offset.unwrap_or(0) as usize;
    let limit = request.limit.map_or(usize::MAX, |limit| limit as usize);
    let infos = matching
        .iter()
        .skip(offset)
        .take(limit)
        .map(|group| {
            let mut info = group.info(
                ctx.settings.sdkappid,
                Some(base),
                filter.app_defined_data_group.as_deref(),
            );
            if let (Some(fields), Some(member)) = (&filter.self_info, group.member(&request.member_account)) {
                let mut own = group.member_info(&request.member_account, member, Some(fields), None, now);
                own.member_account = None;
                info.self_info = Some(own);
            }
            info
        })
        .collect();
    let mut reply = GetJoinedGroupListResponse::default();
    reply.total_count = Some(matching.len() as u64);
    reply.group_id_list = Some(infos);
    Ok(reply)
}
