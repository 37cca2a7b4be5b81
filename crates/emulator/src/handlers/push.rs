//! `all_member_push` and the `timpush` paths that share its model: the app's
//! attribute names, users' attribute values and tags, and pushes to every
//! account or to those a tag or attribute condition picks. One app-wide
//! state holds them all (`state::push`), so `timpush/set_attr_name`,
//! `get_attr_name` and `get_tag` read and write what the `im_` calls do.
//!
//! A push is recorded, not delivered: its recipients (every imported account
//! the condition picks, but the sender, in UserID order) and its `TaskId`
//! are kept for [`EmulatorHandle::pushes`](crate::EmulatorHandle::pushes) to
//! read back; no one-to-one history gets the message (`im_push` messages are
//! not roamed) and no push webhook is sent.
//!
//! The rules the emulator enforces, as the pages give them:
//!
//! - The feature needs an edition above Standard (the newest pages: Pro, Pro
//!   Plus, Enterprise); on Standard every call fails with 90045.
//! - Attribute names are the app's (`im_set_attr_name` sets the numbers it
//!   names and keeps the others); a user's attribute, a removal or a push
//!   condition naming another attribute fails with 90033.
//! - A user holds at most 100 tags: an `im_add_tag` that would pass that
//!   fails whole, with 90032 (the page gives the limit, not its code; this is
//!   the code of the other tag-count rule).
//! - Pushes, counted per path: at most 100 on one UTC day (90047), and more
//!   than a second apart (90024; with the emulator's clock in whole seconds,
//!   a push in the same second as the last one is refused).
//! - `timpush/revoke`: a `TaskId` of no `timpush/push` fails with 90049, a
//!   second recall with 90050, a push older than 24 hours with 90052, a
//!   recall in the same second as the last one with 90051.
//!
//! Where the pages are silent, the emulator's choices: attribute values and
//! tags are kept by UserID whether or not the account is imported (a push
//! reaches imported accounts only), and stay when an account is deleted;
//! `im_get_attr` and `im_get_tag` answer an item for every account asked
//! (empty when it has none); `timpush/get_tag` lists an account that is not
//! imported in `ErrorList` with 70107, as the page's sample does (the Push
//! SDK's RegistrationIDs are not modelled). `AttrTypes` are stored and read
//! back, not enforced. Not modelled: the recall rule of 90053, whose page
//! text contradicts itself. `timpush/all_member_push_trace` reads these
//! records (`handlers::push_traces`).

use std::collections::BTreeMap;

use tim_protocol::message::{MsgBody, OfflinePushInfo};
use tim_protocol::push::{
    AccountError, AttrNames, AttrNamesResponse, AttrTypes, Attrs, ImAddTagRequest, ImGetAttrNameRequest,
    ImGetAttrRequest, ImGetAttrResponse, ImGetTagRequest, ImPushRequest, ImRemoveAllTagsRequest, ImRemoveAttrRequest,
    ImRemoveTagRequest, ImSetAttrNameRequest, ImSetAttrRequest, PushCondition, PushTaskResponse,
    TimpushGetAttrNameRequest, TimpushGetTagRequest, TimpushPushRequest, TimpushRevokeRequest,
    TimpushSetAttrNameRequest, UserAttrsItem, UserTagsItem, UserTagsResponse, PUSHES_PER_DAY_DEFAULT,
    REVOKE_WINDOW_SECS, TAGS_PER_USER_MAX,
};
use tim_protocol::{Api, EnvelopeOnlyResponse, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::push::{Push, RecordedPush};

/// Fails with 90045 on the Standard edition, which has no push to all users.
fn require_push(ctx: &Context) -> Result<(), Failure> {
    crate::state::push::require_push(ctx.settings.edition)
}

/// 90033 for an attribute name the app does not have.
fn unknown_attr(push: &Push, name: &str) -> Result<(), Failure> {
    if push.is_attr_name(name) {
        return Ok(());
    }
    Err(Failure::new(
        ErrorCode::PushAttrInvalid,
        format!("{name:?} is not one of the app's attribute names (im_set_attr_name)"),
    ))
}

/// Sets the numbers `names` gives, keeping the others.
fn set_names(ctx: &Context, names: &AttrNames, types: Option<&AttrTypes>) -> Result<EnvelopeOnlyResponse, Failure> {
    require_push(ctx)?;
    ctx.state.with_push(|push| {
        push.attr_names.extend(names.0.clone());
        if let Some(types) = types {
            push.attr_types.extend(types.0.clone());
        }
    });
    Ok(EnvelopeOnlyResponse::new())
}

fn names_reply(ctx: &Context, with_types: bool) -> Result<AttrNamesResponse, Failure> {
    require_push(ctx)?;
    Ok(ctx.state.with_push(|push| {
        let mut reply = AttrNamesResponse::new(AttrNames(push.attr_names.clone()));
        if with_types {
            reply.attr_types = Some(AttrTypes(push.attr_types.clone()));
        }
        reply
    }))
}

pub(crate) fn set_attr_name(ctx: &Context, request: ImSetAttrNameRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    set_names(ctx, &request.attr_names, None)
}

pub(crate) fn get_attr_name(ctx: &Context, _: ImGetAttrNameRequest) -> Result<AttrNamesResponse, Failure> {
    names_reply(ctx, false)
}

pub(crate) fn timpush_set_attr_name(
    ctx: &Context,
    request: TimpushSetAttrNameRequest,
) -> Result<EnvelopeOnlyResponse, Failure> {
    set_names(ctx, &request.attr_names, request.attr_types.as_ref())
}

pub(crate) fn timpush_get_attr_name(ctx: &Context, _: TimpushGetAttrNameRequest) -> Result<AttrNamesResponse, Failure> {
    names_reply(ctx, true)
}

pub(crate) fn get_attr(ctx: &Context, request: ImGetAttrRequest) -> Result<ImGetAttrResponse, Failure> {
    require_push(ctx)?;
    let items = ctx.state.with_push(|push| {
        request
            .to_account
            .iter()
            .map(|user| {
                let attrs = push.attrs.get(user).cloned().unwrap_or_default();
                UserAttrsItem::new(user, Attrs(attrs))
            })
            .collect()
    });
    Ok(ImGetAttrResponse::new(items))
}

pub(crate) fn set_attr(ctx: &Context, request: ImSetAttrRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    require_push(ctx)?;
    ctx.state.with_push(|push| {
        for item in &request.user_attrs {
            for name in item.attrs.0.keys() {
                unknown_attr(push, name)?;
            }
        }
        for item in &request.user_attrs {
            let attrs = push.attrs.entry(item.to_account.clone()).or_default();
            attrs.extend(item.attrs.0.clone());
        }
        Ok(EnvelopeOnlyResponse::new())
    })
}

pub(crate) fn remove_attr(ctx: &Context, request: ImRemoveAttrRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    require_push(ctx)?;
    ctx.state.with_push(|push| {
        for item in &request.user_attrs {
            for name in &item.attrs {
                unknown_attr(push, name)?;
            }
        }
        for item in &request.user_attrs {
            if let Some(attrs) = push.attrs.get_mut(&item.to_account) {
                for name in &item.attrs {
                    attrs.remove(name);
                }
                if attrs.is_empty() {
                    push.attrs.remove(&item.to_account);
                }
            }
        }
        Ok(EnvelopeOnlyResponse::new())
    })
}

/// `user`'s tags as an item (empty when it has none).
fn tags_item(push: &Push, user: &str) -> UserTagsItem {
    UserTagsItem::new(user, push.tags.get(user).into_iter().flatten().cloned())
}

pub(crate) fn get_tag(ctx: &Context, request: ImGetTagRequest) -> Result<UserTagsResponse, Failure> {
    require_push(ctx)?;
    let items = ctx
        .state
        .with_push(|push| request.to_account.iter().map(|user| tags_item(push, user)).collect());
    Ok(UserTagsResponse::new(items))
}

pub(crate) fn timpush_get_tag(ctx: &Context, request: TimpushGetTagRequest) -> Result<UserTagsResponse, Failure> {
    require_push(ctx)?;
    let (known, unknown): (Vec<&String>, Vec<&String>) =
        request.to_account.iter().partition(|user| ctx.state.is_imported(user));
    let mut reply = ctx
        .state
        .with_push(|push| UserTagsResponse::new(known.iter().map(|user| tags_item(push, user)).collect()));
    if !unknown.is_empty() {
        let errors = unknown
            .into_iter()
            .map(|user| AccountError::new(user, ErrorCode::AccountNotFound))
            .collect();
        reply.error_list = Some(errors);
    }
    Ok(reply)
}

pub(crate) fn add_tag(ctx: &Context, request: ImAddTagRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    require_push(ctx)?;
    ctx.state.with_push(|push| {
        // Count each user's tags after every item for it, before changing any.
        let mut after: BTreeMap<&str, usize> = BTreeMap::new();
        let mut added: BTreeMap<&str, std::collections::BTreeSet<&str>> = BTreeMap::new();
        for item in &request.user_tags {
            let new = added.entry(&item.to_account).or_default();
            let have = push.tags.get(&item.to_account);
            for tag in &item.tags {
                if !have.is_some_and(|have| have.contains(tag)) {
                    new.insert(tag);
                }
            }
            let total = have.map_or(0, |have| have.len()) + new.len();
            after.insert(&item.to_account, total);
        }
        if let Some((user, total)) = after.into_iter().find(|(_, total)| *total > TAGS_PER_USER_MAX) {
            return Err(Failure::new(
                ErrorCode::PushTooManyTags,
                format!("{user:?} would have {total} tags; a user holds at most {TAGS_PER_USER_MAX}"),
            ));
        }
        for item in &request.user_tags {
            push.tags
                .entry(item.to_account.clone())
                .or_default()
                .extend(item.tags.iter().cloned());
        }
        Ok(EnvelopeOnlyResponse::new())
    })
}

pub(crate) fn remove_tag(ctx: &Context, request: ImRemoveTagRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    require_push(ctx)?;
    ctx.state.with_push(|push| {
        for item in &request.user_tags {
            if let Some(tags) = push.tags.get_mut(&item.to_account) {
                for tag in &item.tags {
                    tags.remove(tag);
                }
                if tags.is_empty() {
                    push.tags.remove(&item.to_account);
                }
            }
        }
    });
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn remove_all_tags(ctx: &Context, request: ImRemoveAllTagsRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    require_push(ctx)?;
    ctx.state.with_push(|push| {
        for user in &request.to_account {
            push.tags.remove(user);
        }
    });
    Ok(EnvelopeOnlyResponse::new())
}

/// What a push asks for, whichever path it came by.
struct Pushed {
    path: &'static str,
    from: Option<String>,
    condition: Option<PushCondition>,
    msg_body: Option<MsgBody>,
    offline_push_info: Option<OfflinePushInfo>,
}

/// Records a push after the service's checks: the condition's attributes
/// (90033), the day's count (90047), the interval (90024).
fn record(ctx: &Context, pushed: Pushed) -> Result<PushTaskResponse, Failure> {
    require_push(ctx)?;
    let now = ctx.now();
    let from = pushed.from.unwrap_or_else(|| ctx.admin_sender().to_owned());
    // Listed before the push state is locked: no user is locked under it.
    let accounts: Vec<String> = ctx
        .state
        .imported_accounts()
        .into_iter()
        .filter(|user| *user != from)
        .collect();
    ctx.state.with_push(|push| {
        if let Some(condition) = &pushed.condition {
            for attrs in [&condition.attrs_and, &condition.attrs_or].into_iter().flatten() {
                for name in attrs.0.keys() {
                    unknown_attr(push, name)?;
                }
            }
        }
        let (last, today) = push.usage(pushed.path, now);
        if today >= PUSHES_PER_DAY_DEFAULT as usize {
            return Err(Failure::new(
                ErrorCode::PushDailyLimitReached,
                format!("{today} pushes today; the app may push {PUSHES_PER_DAY_DEFAULT} times a day"),
            ));
        }
        if last.is_some_and(|last| now <= last) {
            return Err(Failure::new(
                ErrorCode::PushTooFrequent,
                "the last push was less than a second ago",
            ));
        }
        let recipients = push.recipients(&accounts, pushed.condition.as_ref());
        let task_id = format!("{now:08x}_{:08x}_{:x}", ctx.settings.sdkappid, push.pushes.len() + 1);
        push.pushes.push(RecordedPush {
            task_id: task_id.clone(),
            path: pushed.path,
            from_account: from,
            condition: pushed.condition,
            recipients,
            msg_body: pushed.msg_body,
            offline_push_info: pushed.offline_push_info,
            time: now,
            revoked: false,
        });
        Ok(PushTaskResponse::new(task_id))
    })
}

pub(crate) fn im_push(ctx: &Context, request: ImPushRequest) -> Result<PushTaskResponse, Failure> {
    record(
        ctx,
        Pushed {
            path: ImPushRequest::PATH,
            from: request.from_account,
            condition: request.condition,
            msg_body: Some(request.msg_body),
            offline_push_info: request.offline_push_info,
        },
    )
}

pub(crate) fn timpush_push(ctx: &Context, request: TimpushPushRequest) -> Result<PushTaskResponse, Failure> {
    record(
        ctx,
        Pushed {
            path: TimpushPushRequest::PATH,
            from: request.from_account,
            condition: request.condition,
            msg_body: request.msg_body,
            offline_push_info: request.offline_push_info,
        },
    )
}

pub(crate) fn timpush_revoke(ctx: &Context, request: TimpushRevokeRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    require_push(ctx)?;
    let now = ctx.now();
    ctx.state.with_push(|push| {
        if push.last_revoke.is_some_and(|last| now <= last) {
            return Err(Failure::new(
                ErrorCode::PushRevokeTooFrequent,
                "at most one recall a second",
            ));
        }
        let task = push
            .pushes
            .iter_mut()
            .find(|task| task.task_id == request.task_id && task.path == TimpushPushRequest::PATH)
            .ok_or_else(|| {
                Failure::new(
                    ErrorCode::PushTaskNotFound,
                    format!("no timpush/push has the TaskId {:?}", request.task_id),
                )
            })?;
        if task.revoked {
            return Err(Failure::new(
                ErrorCode::PushAlreadyRevoked,
                "the push was already recalled",
            ));
        }
        if now.saturating_sub(task.time) > REVOKE_WINDOW_SECS {
            return Err(Failure::new(
                ErrorCode::PushRevokeExpired,
                "a push can be recalled within 24 hours of it",
            ));
        }
        task.revoked = true;
        push.last_revoke = Some(now);
        Ok(EnvelopeOnlyResponse::new())
    })
}
