//! `group_open_http_svc`, a Community's permission groups: create, modify,
//! read and destroy them, their permissions in topics, and their members.
//!
//! Choices where the pages (trtc 61232-61242, whose stored text stops
//! before their error tables) are silent:
//!
//! - A group that does not exist answers 10010; one that is not a
//!   Community 10007 (the pages: only Community supports these calls).
//! - A permission group ID the Community does not have answers 10010 for
//!   the whole call (`modify_permission_group`, the topic and member calls),
//!   or a per-group `ErrorCode` 10010 where the reply lists groups
//!   (`destroy_permission_group`, `get_permission_group` by IDs).
//! - `create_permission_group` without `PermissionGroupId` makes one
//!   (`@PMG#_@PMG#c` and a counter) and answers it; a custom ID already used
//!   in the Community answers 10021 (as for group IDs). No cap on the
//!   number of permission groups is known, so none is kept.
//! - `get_permission_group` lists in creation order; `Next` is the position
//!   of the next permission group (`""` first and on the last page), and
//!   `Limit` is 20 when absent. By IDs it lists them in the order asked,
//!   one failed entry per unknown ID. `MemberCount` counts the members who
//!   are still in the Community.
//! - Topics themselves are not emulated, so a topic permission may name any
//!   topic ID of the Community's form (`{GroupId}@TOPIC#_...`); another
//!   answers a per-topic 10004. `add_topic_permission_group` on a topic the
//!   permission group has permissions in already, and
//!   `set_topic_permission_group` on one it has none in, answer a per-topic
//!   10004; `delete_topic_permission_group` on one it has none in succeeds.
//!   `get_topic_permission_group` lists every topic (in ID order) or those
//!   asked, a topic without permissions with a per-topic 10004.
//! - `add_permission_group_member` answers per member: `Result` 0 added,
//!   10013 already in the permission group (also a name listed twice),
//!   10007 not a member of the Community. `delete_permission_group_member`
//!   succeeds for users not in it (as the page says).
//! - `get_permission_group_member_list` lists the members (still in the
//!   Community) in the order added, each with the fields of
//!   `get_group_member_info`; `Next` is the position of the next member
//!   (`""` first and on the last page); without `Limit` every member.

use tim_protocol::group::{
    AddPermissionGroupMemberRequest, AddTopicPermissionGroupRequest, CreatePermissionGroupRequest,
    CreatePermissionGroupResponse, DeletePermissionGroupMemberRequest, DeleteTopicPermissionGroupRequest,
    DestroyPermissionGroupRequest, GetPermissionGroupMemberListRequest, GetPermissionGroupMemberListResponse,
    GetPermissionGroupRequest, GetPermissionGroupResponse, GetTopicPermissionGroupRequest, GroupType,
    ModifyPermissionGroupRequest, PermissionGroupInfo, PermissionGroupMemberResult, PermissionGroupMembersResponse,
    PermissionGroupResult, PermissionGroupResultsResponse, SetTopicPermissionGroupRequest, TopicPermission,
    TopicPermissionResponse, TopicPermissionResult,
};
use tim_protocol::limits::{PERMISSION_GROUP_PAGE_LIMIT_MAX, TOPIC_ID_INFIX};
use tim_protocol::{EnvelopeOnlyResponse, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::groups::Group;
use crate::state::permission_groups::{Community, PermissionGroup};

/// The Community `group`, or 10007 for any other group type.
fn require_community(group: &Group) -> Result<(), Failure> {
    if group.kind == GroupType::Community {
        Ok(())
    } else {
        Err(Failure::new(
            ErrorCode::GroupPermissionDenied,
            format!(
                "group {:?} is not a Community: only a Community has permission groups",
                group.id
            ),
        ))
    }
}

fn unknown(id: &str) -> Failure {
    Failure::new(
        ErrorCode::GroupNotFound,
        format!("permission group {id:?} does not exist"),
    )
}

/// Runs `work` on the permission groups of the Community `group_id`, with
/// the group registry locked (10010 without such a group, 10007 if it is
/// not a Community).
fn with_community<T>(
    ctx: &Context,
    group_id: &str,
    work: impl FnOnce(&Group, &mut Community) -> Result<T, Failure>,
) -> Result<T, Failure> {
    let groups = ctx.state.groups.lock();
    let group = groups.find(group_id)?;
    require_community(group)?;
    let mut store = ctx.state.permission_groups.lock();
    let community = store.entry((group.id.clone(), group.position())).or_default();
    work(group, community)
}

/// Like [`with_community`], on one permission group (10010 if unknown).
fn with_permission_group<T>(
    ctx: &Context,
    group_id: &str,
    id: &str,
    work: impl FnOnce(&Group, &mut PermissionGroup) -> Result<T, Failure>,
) -> Result<T, Failure> {
    with_community(ctx, group_id, |group, community| {
        let permission_group = community.get_mut(id).ok_or_else(|| unknown(id))?;
        work(group, permission_group)
    })
}

/// A `Next` cursor as given: `""` is the start.
fn cursor(next: Option<&String>) -> Result<u64, Failure> {
    match next.map(String::as_str) {
        None | Some("") => Ok(0),
        Some(text) => text.parse().map_err(|_| {
            Failure::new(
                ErrorCode::GroupParameterInvalid,
                format!("Next {text:?} is not a cursor this Community gave"),
            )
        }),
    }
}

fn info(group: &Group, id: &str, permission_group: &PermissionGroup) -> PermissionGroupInfo {
    let mut info = PermissionGroupInfo::new(id);
    info.permission_group_name = Some(permission_group.name.clone());
    info.custom_string = Some(permission_group.custom_string.clone());
    info.permission = Some(permission_group.permission);
    info.member_count = Some(
        permission_group
            .members_from(0)
            .filter(|(_, name)| group.is_member(name))
            .count() as u64,
    );
    info
}

pub(crate) fn create(
    ctx: &Context,
    request: CreatePermissionGroupRequest,
) -> Result<CreatePermissionGroupResponse, Failure> {
    with_community(ctx, &request.group_id, |_, community| {
        let id = match request.permission_group_id {
            Some(id) if community.contains(&id) => {
                return Err(Failure::new(
                    ErrorCode::GroupIdInUse,
                    format!("permission group {id:?} exists already"),
                ))
            }
            Some(id) => id,
            None => community.generate_id(),
        };
        let permission_group = PermissionGroup::new(
            request.permission_group_name,
            request.permission.unwrap_or(0),
            request.custom_string.unwrap_or_default(),
        );
        community.insert(id.clone(), permission_group);
        Ok(CreatePermissionGroupResponse::new(id))
    })
}

pub(crate) fn destroy(
    ctx: &Context,
    request: DestroyPermissionGroupRequest,
) -> Result<PermissionGroupResultsResponse, Failure> {
    with_community(ctx, &request.group_id, |_, community| {
        let results = request
            .permission_group_id_list
            .iter()
            .map(|id| match community.remove(id) {
                Some(_) => PermissionGroupResult::ok(id),
                None => PermissionGroupResult::failed(
                    id,
                    ErrorCode::GroupNotFound,
                    format!("permission group {id:?} does not exist"),
                ),
            });
        Ok(PermissionGroupResultsResponse::new(results.collect::<Vec<_>>()))
    })
}

pub(crate) fn modify(ctx: &Context, request: ModifyPermissionGroupRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    with_permission_group(
        ctx,
        &request.group_id,
        &request.permission_group_id,
        |_, permission_group| {
            if let Some(name) = request.permission_group_name {
                permission_group.name = name;
            }
            if let Some(bits) = request.permission {
                permission_group.permission = bits;
            }
            if let Some(custom) = request.custom_string {
                permission_group.custom_string = custom;
            }
            Ok(EnvelopeOnlyResponse::new())
        },
    )
}

pub(crate) fn get(ctx: &Context, request: GetPermissionGroupRequest) -> Result<GetPermissionGroupResponse, Failure> {
    with_community(ctx, &request.group_id, |group, community| {
        let ids = request.permission_group_id_list.as_deref().unwrap_or_default();
        if !ids.is_empty() {
            let infos = ids.iter().map(|id| match community.get(id) {
                Some(permission_group) => info(group, id, permission_group),
                None => {
                    let mut missing = PermissionGroupInfo::new(id);
                    missing.error_code = ErrorCode::GroupNotFound;
                    missing.error_info = Some(format!("permission group {id:?} does not exist"));
                    missing
                }
            });
            return Ok(GetPermissionGroupResponse::new(infos.collect::<Vec<_>>(), None));
        }
        let start = cursor(request.next.as_ref())?;
        let limit = request.limit.unwrap_or(PERMISSION_GROUP_PAGE_LIMIT_MAX) as usize;
        let (page, next) = community.page(start, limit);
        let infos: Vec<_> = page
            .into_iter()
            .map(|(id, permission_group)| info(group, id, permission_group))
            .collect();
        let next = next.map_or_else(String::new, |position| position.to_string());
        Ok(GetPermissionGroupResponse::new(infos, Some(next)))
    })
}

/// Per-topic 10004 with `info`.
fn topic_failure(topic_id: &str, info: String) -> TopicPermissionResult {
    let mut result = TopicPermissionResult::ok(topic_id);
    result.error_code = ErrorCode::GroupParameterInvalid;
    result.error_info = Some(info);
    result
}

/// Whether `topic_id` has the form of a topic of `group_id`.
fn of_community(group_id: &str, topic_id: &str) -> bool {
    topic_id
        .strip_prefix(group_id)
        .is_some_and(|rest| rest.starts_with(TOPIC_ID_INFIX) && rest.len() > TOPIC_ID_INFIX.len())
}

/// Applies `entries` to the permission group's topics: `adding` wants
/// topics without permissions yet, setting topics with them.
fn put_topics(
    ctx: &Context,
    group_id: &str,
    id: &str,
    entries: Vec<TopicPermission>,
    adding: bool,
) -> Result<TopicPermissionResponse, Failure> {
    with_permission_group(ctx, group_id, id, |_, permission_group| {
        let results: Vec<_> = entries
            .into_iter()
            .map(|entry| {
                let topic = entry.topic_id;
                if !of_community(group_id, &topic) {
                    return topic_failure(&topic, format!("{topic:?} is not a topic of {group_id:?}"));
                }
                match (adding, permission_group.topics.contains_key(&topic)) {
                    (true, true) => topic_failure(
                        &topic,
                        "the permission group has permissions in this topic already".into(),
                    ),
                    (false, false) => {
                        topic_failure(&topic, "the permission group has no permissions in this topic".into())
                    }
                    _ => {
                        permission_group.topics.insert(topic.clone(), entry.permission);
                        TopicPermissionResult::ok(topic)
                    }
                }
            })
            .collect();
        Ok(TopicPermissionResponse::new(results))
    })
}

pub(crate) fn add_topics(
    ctx: &Context,
    request: AddTopicPermissionGroupRequest,
) -> Result<TopicPermissionResponse, Failure> {
    put_topics(
        ctx,
        &request.group_id,
        &request.permission_group_id,
        request.topic_permission_list,
        true,
    )
}

pub(crate) fn set_topics(
    ctx: &Context,
    request: SetTopicPermissionGroupRequest,
) -> Result<TopicPermissionResponse, Failure> {
    put_topics(
        ctx,
        &request.group_id,
        &request.permission_group_id,
        request.topic_permission_list,
        false,
    )
}

pub(crate) fn delete_topics(
    ctx: &Context,
    request: DeleteTopicPermissionGroupRequest,
) -> Result<TopicPermissionResponse, Failure> {
    let group_id = request.group_id.clone();
    with_permission_group(
        ctx,
        &request.group_id,
        &request.permission_group_id,
        |_, permission_group| {
            let results: Vec<_> = request
                .topic_id_list
                .into_iter()
                .map(|topic| {
                    if !of_community(&group_id, &topic) {
                        return topic_failure(&topic, format!("{topic:?} is not a topic of {group_id:?}"));
                    }
                    permission_group.topics.remove(&topic);
                    TopicPermissionResult::ok(topic)
                })
                .collect();
            Ok(TopicPermissionResponse::new(results))
        },
    )
}

pub(crate) fn get_topics(
    ctx: &Context,
    request: GetTopicPermissionGroupRequest,
) -> Result<TopicPermissionResponse, Failure> {
    with_permission_group(
        ctx,
        &request.group_id,
        &request.permission_group_id,
        |_, permission_group| {
            let results: Vec<_> = match request.topic_id_list {
                Some(topics) if !topics.is_empty() => topics
                    .into_iter()
                    .map(|topic| match permission_group.topics.get(&topic) {
                        Some(bits) => TopicPermissionResult::ok(topic).with_permission(*bits),
                        None => topic_failure(&topic, "the permission group has no permissions in this topic".into()),
                    })
                    .collect(),
                _ => permission_group
                    .topics
                    .iter()
                    .map(|(topic, bits)| TopicPermissionResult::ok(topic).with_permission(*bits))
                    .collect(),
            };
            Ok(TopicPermissionResponse::new(results))
        },
    )
}

pub(crate) fn add_members(
    ctx: &Context,
    request: AddPermissionGroupMemberRequest,
) -> Result<PermissionGroupMembersResponse, Failure> {
    with_permission_group(
        ctx,
        &request.group_id,
        &request.permission_group_id,
        |group, permission_group| {
            let results: Vec<_> = request
                .member_list
                .iter()
                .map(|member| {
                    let name = member.member_account.as_str();
                    let code = if !group.is_member(name) {
                        ErrorCode::GroupPermissionDenied
                    } else if permission_group.add_member(name) {
                        ErrorCode::Success
                    } else {
                        ErrorCode::GroupAlreadyMember
                    };
                    PermissionGroupMemberResult::new(name, code)
                })
                .collect();
            Ok(PermissionGroupMembersResponse::new(results))
        },
    )
}

pub(crate) fn delete_members(
    ctx: &Context,
    request: DeletePermissionGroupMemberRequest,
) -> Result<EnvelopeOnlyResponse, Failure> {
    with_permission_group(
        ctx,
        &request.group_id,
        &request.permission_group_id,
        |_, permission_group| {
            for member in &request.member_list {
                permission_group.remove_member(&member.member_account);
            }
            Ok(EnvelopeOnlyResponse::new())
        },
    )
}

pub(crate) fn members(
    ctx: &Context,
    request: GetPermissionGroupMemberListRequest,
) -> Result<GetPermissionGroupMemberListResponse, Failure> {
    let now = ctx.now();
    with_permission_group(
        ctx,
        &request.group_id,
        &request.permission_group_id,
        |group, permission_group| {
            let start = cursor(request.next.as_ref())?;
            let limit = request.limit.map_or(usize::MAX, |limit| limit as usize);
            let mut rest = permission_group
                .members_from(start)
                .filter_map(|(position, name)| group.member(name).map(|member| (position, name, member)));
            let page: Vec<_> = rest
                .by_ref()
                .take(limit)
                .map(|(_, name, member)| group.member_info(name, member, None, None, now))
                .collect();
            let next = rest
                .next()
                .map_or_else(String::new, |(position, _, _)| position.to_string());
            Ok(GetPermissionGroupMemberListResponse::new(page, next))
        },
    )
}
