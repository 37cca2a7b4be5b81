//! Group webhooks: before and after a group message is sent, after a
//! recall, and the group's life and membership (created, members joined or
//! removed, destroyed, profile changed, owner changed).
//!
//! Choices where the pages are silent:
//!
//! - `Operator_Account` is the app administrator (the first in name order,
//!   as for messages sent without `From_Account`): every call the emulator
//!   serves is the administrator's. A group message sent without
//!   `From_Account` carries the administrator as `From_Account` too.
//! - Events follow the calls that change what they describe:
//!   `create_group` (not `import_group`) → `Group.CallbackAfterCreateGroup`
//!   with every member the group starts with, owner included;
//!   `add_group_member` (not `import_group_member`) →
//!   `Group.CallbackAfterNewMemberJoin` (`JoinType` `Invited`) with the
//!   users actually added, none if no one was;
//!   `delete_group_member` → `Group.CallbackAfterMemberExit` (`ExitType`
//!   `Kicked`) with the users who were members; `destroy_group` →
//!   `Group.CallbackAfterGroupDestroyed` with the group as it was;
//!   `modify_group_base_info` → `Group.CallbackAfterGroupInfoChanged` with
//!   the name, introduction, notice and photo given (none when the call
//!   changes none of those four); `change_group_owner` →
//!   `Group.CallbackAfterChangeGroupOwner` when the owner changes;
//!   `group_msg_recall` → `Group.CallbackAfterRecallMsg` with the numbers
//!   recalled, none if none was.
//! - `send_group_msg` calls the send webhooks only for a group that exists;
//!   `ForbidCallbackControl` is honoured as for one-to-one messages. A
//!   silently dropped message (`ErrorCode` 2) is answered with the time and
//!   the number the message would have had; the number is not used up.
//! - An AVChatRoom keeps no member list, so its member lists are empty.

use serde_json::json;
use tim_callback::events::{
    AfterChangeGroupOwner, AfterCreateGroup, AfterGroupDestroyed, AfterMemberExit, AfterNewMemberJoin, ExitType,
    GroupAfterRecallMsg, GroupAfterSendMsg, GroupBeforeSendMsg, GroupInfoChanged, JoinType,
};
use tim_protocol::group::{
    AddGroupMemberRequest, ChangeGroupOwnerRequest, CreateGroupRequest, DeleteGroupMemberRequest, DestroyGroupRequest,
    GroupMsgRecallRequest, GroupType, MemberAccount, MemberResult, ModifyGroupBaseInfoRequest, MsgSeqItem,
    SendGroupMsgRequest, SendGroupMsgResponse,
};
use tim_protocol::ErrorCode;

use super::{event_time, send_hooks_on, typed, After, Before, Hooks};
use crate::context::Context;
use crate::state::groups::Group;

/// The group's type and its members' names, if it exists.
fn snapshot<T>(ctx: &Context, id: &str, read: impl FnOnce(&Group) -> T) -> Option<T> {
    ctx.state.groups.lock().get(id).map(read)
}

fn members(group: &Group) -> Vec<MemberAccount> {
    group.members().map(|(_, name, _)| MemberAccount::new(name)).collect()
}

fn admin(ctx: &Context) -> String {
    ctx.admin_sender().to_owned()
}

/// `send_group_msg`: before and after send.
pub(crate) fn send_msg(ctx: &Context, request: &mut SendGroupMsgRequest) -> Hooks<SendGroupMsgRequest> {
    // A globally muted sender is refused before any webhook (the page says so).
    if request
        .from_account
        .as_deref()
        .is_some_and(|from| ctx.group_muted(from))
    {
        return Hooks::none();
    }
    let Some(kind) = snapshot(ctx, &request.group_id, |group| group.kind.clone()) else {
        return Hooks::none();
    };
    let from = request.from_account.clone().unwrap_or_else(|| admin(ctx));
    let online_only = request.online_only_flag.map(i64::from);
    let (before_on, after_on) = send_hooks_on(request.forbid_callback_control.as_ref());
    let before = before_on.then(|| {
        let mut event: GroupBeforeSendMsg = typed(json!({ "GroupId": request.group_id, "From_Account": from }));
        event.group_type = Some(kind.clone());
        event.operator_account = Some(admin(ctx));
        event.random = Some(u64::from(request.random));
        event.online_only_flag = online_only;
        event.msg_body = request.msg_body.clone();
        event.cloud_custom_data = request.cloud_custom_data.clone();
        event.topic_id = request.topic_id.clone();
        event.event_time = event_time(ctx);
        Before {
            event: event.into(),
            refused: ErrorCode::GroupCallbackRejected,
            rewrite: |request: &mut SendGroupMsgRequest, body, data| {
                if let Some(body) = body {
                    request.msg_body = body;
                }
                if let Some(data) = data {
                    request.cloud_custom_data = Some(data);
                }
            },
            discarded: |ctx, request| {
                let mut reply = SendGroupMsgResponse::default();
                reply.msg_time = Some(ctx.msg_time());
                reply.msg_seq = snapshot(ctx, &request.group_id, Group::next_seq);
                reply
            },
        }
    });
    Hooks {
        before,
        after: after_on.then(|| -> After<SendGroupMsgRequest> {
            Box::new(
                move |ctx: &Context, request: &SendGroupMsgRequest, reply: &SendGroupMsgResponse| {
                    let mut event: GroupAfterSendMsg =
                        typed(json!({ "GroupId": request.group_id, "From_Account": from }));
                    event.group_type = Some(kind);
                    event.operator_account = Some(admin(ctx));
                    event.random = Some(u64::from(request.random));
                    event.msg_seq = reply.msg_seq;
                    event.msg_time = reply.msg_time.and_then(|time| u64::try_from(time).ok());
                    event.online_only_flag = online_only;
                    event.msg_body = request.msg_body.clone();
                    event.cloud_custom_data = request.cloud_custom_data.clone();
                    event.topic_id = request.topic_id.clone();
                    event.event_time = event_time(ctx);
                    vec![event.into()]
                },
            )
        }),
    }
}

/// `group_msg_recall`: after the recall.
pub(crate) fn recall(ctx: &Context, request: &mut GroupMsgRecallRequest) -> Hooks<GroupMsgRecallRequest> {
    let Some(kind) = snapshot(ctx, &request.group_id, |group| group.kind.clone()) else {
        return Hooks::none();
    };
    Hooks::after(move |ctx, request: &GroupMsgRecallRequest, reply| {
        let recalled: Vec<MsgSeqItem> = reply
            .recall_ret_list
            .iter()
            .flatten()
            .filter(|result| result.ret_code == ErrorCode::Success)
            .map(|result| typed(json!({ "MsgSeq": result.msg_seq })))
            .collect();
        if recalled.is_empty() {
            return Vec::new();
        }
        let mut event: GroupAfterRecallMsg = typed(json!({ "GroupId": request.group_id }));
        event.operator_account = Some(admin(ctx));
        event.group_type = Some(kind);
        event.msg_seq_list = recalled;
        event.topic_id = request.topic_id.clone();
        event.event_time = event_time(ctx);
        vec![event.into()]
    })
}

/// `create_group`: after the group is created.
pub(crate) fn create(_: &Context, _: &mut CreateGroupRequest) -> Hooks<CreateGroupRequest> {
    Hooks::after(|ctx, request: &CreateGroupRequest, reply| {
        let Some(id) = &reply.group_id else {
            return Vec::new();
        };
        let Some(member_list) = snapshot(ctx, id, members) else {
            return Vec::new();
        };
        let mut event: AfterCreateGroup = typed(json!({ "GroupId": id }));
        event.operator_account = Some(admin(ctx));
        event.owner_account = request.owner_account.clone();
        event.group_type = Some(request.kind.clone());
        event.name = Some(request.name.clone());
        event.member_list = Some(member_list);
        event.user_defined_data_list = request.app_defined_data.clone();
        event.event_time = event_time(ctx);
        vec![event.into()]
    })
}

/// `add_group_member`: after members join.
pub(crate) fn add_members(ctx: &Context, request: &mut AddGroupMemberRequest) -> Hooks<AddGroupMemberRequest> {
    let Some(kind) = snapshot(ctx, &request.group_id, |group| group.kind.clone()) else {
        return Hooks::none();
    };
    Hooks::after(move |ctx, request: &AddGroupMemberRequest, reply| {
        let added: Vec<MemberAccount> = reply
            .member_list
            .iter()
            .flatten()
            .filter(|outcome| outcome.result == MemberResult::Added)
            .map(|outcome| MemberAccount::new(&outcome.member_account))
            .collect();
        if added.is_empty() {
            return Vec::new();
        }
        let mut event: AfterNewMemberJoin = typed(json!({ "GroupId": request.group_id }));
        event.group_type = Some(kind);
        event.join_type = Some(JoinType::Invited);
        event.operator_account = Some(admin(ctx));
        event.new_member_list = added;
        event.event_time = event_time(ctx);
        vec![event.into()]
    })
}

/// `delete_group_member`: after members are removed.
pub(crate) fn delete_members(ctx: &Context, request: &mut DeleteGroupMemberRequest) -> Hooks<DeleteGroupMemberRequest> {
    let Some((kind, leaving)) = snapshot(ctx, &request.group_id, |group| {
        let leaving: Vec<MemberAccount> = request
            .member_to_del_account
            .iter()
            .filter(|name| group.is_member(name))
            .map(MemberAccount::new)
            .collect();
        (group.kind.clone(), leaving)
    }) else {
        return Hooks::none();
    };
    if leaving.is_empty() {
        return Hooks::none();
    }
    Hooks::after(move |ctx, request: &DeleteGroupMemberRequest, _| {
        let mut event: AfterMemberExit = typed(json!({ "GroupId": request.group_id }));
        event.group_type = Some(kind);
        event.exit_type = Some(ExitType::Kicked);
        event.operator_account = Some(admin(ctx));
        event.exit_member_list = leaving;
        event.event_time = event_time(ctx);
        vec![event.into()]
    })
}

/// `destroy_group`: after the group is disbanded, as it was.
pub(crate) fn destroy(ctx: &Context, request: &mut DestroyGroupRequest) -> Hooks<DestroyGroupRequest> {
    let Some((kind, owner, name, member_list)) = snapshot(ctx, &request.group_id, |group| {
        (
            group.kind.clone(),
            group.owner.clone(),
            group.profile.name.clone(),
            members(group),
        )
    }) else {
        return Hooks::none();
    };
    Hooks::after(move |ctx, request: &DestroyGroupRequest, _| {
        let mut event: AfterGroupDestroyed = typed(json!({ "GroupId": request.group_id }));
        // Communities send no member list.
        let community = kind == GroupType::Community;
        event.group_type = Some(kind);
        event.owner_account = owner;
        event.name = Some(name);
        event.member_list = (!community).then_some(member_list);
        event.event_time = event_time(ctx);
        vec![event.into()]
    })
}

/// `modify_group_base_info`: after the name, introduction, notice or photo
/// changes.
pub(crate) fn modify_info(
    ctx: &Context,
    request: &mut ModifyGroupBaseInfoRequest,
) -> Hooks<ModifyGroupBaseInfoRequest> {
    let shown = request.name.is_some()
        || request.introduction.is_some()
        || request.notification.is_some()
        || request.face_url.is_some();
    let kind = snapshot(ctx, &request.group_id, |group| group.kind.clone());
    let Some(kind) = kind.filter(|_| shown) else {
        return Hooks::none();
    };
    Hooks::after(move |ctx, request: &ModifyGroupBaseInfoRequest, _| {
        let mut event: GroupInfoChanged = typed(json!({ "GroupId": request.group_id }));
        event.group_type = Some(kind);
        event.operator_account = Some(admin(ctx));
        event.name = request.name.clone();
        event.introduction = request.introduction.clone();
        event.notification = request.notification.clone();
        event.face_url = request.face_url.clone();
        event.event_time = event_time(ctx);
        vec![event.into()]
    })
}

/// `change_group_owner`: after the owner changes.
pub(crate) fn change_owner(ctx: &Context, request: &mut ChangeGroupOwnerRequest) -> Hooks<ChangeGroupOwnerRequest> {
    let Some((kind, old)) = snapshot(ctx, &request.group_id, |group| {
        (group.kind.clone(), group.owner.clone())
    }) else {
        return Hooks::none();
    };
    if old.as_ref() == Some(&request.new_owner_account) {
        return Hooks::none();
    }
    Hooks::after(move |ctx, request: &ChangeGroupOwnerRequest, _| {
        let mut event: AfterChangeGroupOwner = typed(json!({ "GroupId": request.group_id }));
        event.group_type = Some(kind);
        event.operator_account = Some(admin(ctx));
        event.new_owner_account = Some(request.new_owner_account.clone());
        event.old_owner_account = old;
        event.event_time = event_time(ctx);
        vec![event.into()]
    })
}
