//! `sns`: the relationship chain: friends (`friend_add`, `friend_import`,
//! `friend_update`, `friend_delete`, `friend_delete_all`, `friend_check`,
//! `friend_get`, `friend_get_list`), the blocklist (`black_list_*`) and
//! friend lists (`group_add`, `group_delete`, `group_get`).
//!
//! Kept simple, with these choices where the pages are silent:
//!
//! - **No pending requests**: `AllowType` is not modelled; every add takes
//!   effect at once, as with `ForceAddFlags` 1 (never 30539).
//! - `From_Account` not imported fails the whole call with 30003.
//! - Per-item codes: a `To_Account` not imported 30003; oneself 30001; an
//!   existing friend 30001 `Err_SNS_FriendAdd_Friend_Exist` (the info the
//!   service's own UI kits test for); a user on one's blocklist 30515; a
//!   user who blocked one 30525; deleting, updating or reading a non-friend
//!   31704; putting a non-friend in a friend list 32216; blocking a user
//!   already blocked 30001 (the published sample's
//!   `Err_SNS_BlackListAdd_Already_Exist`), unblocking one who is not
//!   blocked 30001. Failed items are also listed in `Fail_Account`.
//! - `Add_Type_Both` (the default) puts each user on the other's list; an
//!   add that finds only one side present completes the other and succeeds.
//!   `friend_import` is one-way. Blocking a user ends the friendship both
//!   ways.
//! - `friend_get` pages 100 friends at a time, in UserID order; the last
//!   page has `CompleteFlag` 1 and `NextStartIndex` 0.
//! - `group_add` of an existing list keeps it; more than 32 lists is 30011.
//!   `group_delete` of a list that does not exist fails with 30001.

use tim_protocol::profile::ProfileTag;
use tim_protocol::sns::{
    AddType, BlackCheckType, BlackListAddRequest, BlackListCheckItem, BlackListCheckRequest, BlackListCheckResponse,
    BlackListDeleteRequest, BlackListGetRequest, BlackListGetResponse, BlackListItem, BlackRelation, CheckType,
    DeleteType, FriendAddRequest, FriendCheckItem, FriendCheckRequest, FriendCheckResponse, FriendDeleteAllRequest,
    FriendDeleteRequest, FriendField, FriendGetListRequest, FriendGetListResponse, FriendGetRequest, FriendGetResponse,
    FriendGroup, FriendImportRequest, FriendInfoItem, FriendRelation, FriendTag, FriendUpdateRequest, GroupAddRequest,
    GroupAddResponse, GroupDeleteRequest, GroupDeleteResponse, GroupGetRequest, GroupGetResponse, ResultItem,
    ResultsResponse, SnsItem, UserDataItem,
};
use tim_protocol::EnvelopeOnlyResponse;
use tim_protocol::{Envelope, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::friends::{Friend, Friends};
use crate::state::User;

/// Friends per `friend_get` page.
const FRIEND_PAGE: usize = 100;
/// Friend lists per user (30011 beyond).
const FRIEND_GROUPS_MAX: usize = 32;

fn result(user: &str, code: ErrorCode, info: &str) -> ResultItem {
    let mut item = ResultItem::new(user, code);
    item.result_info = Some(info.to_owned());
    item
}

/// The failed users of a result list, or `None` when all succeeded.
fn failed(items: &[ResultItem]) -> Option<Vec<String>> {
    let failed: Vec<String> = items
        .iter()
        .filter(|item| !item.is_success())
        .map(|item| item.to_account.clone())
        .collect();
    (!failed.is_empty()).then_some(failed)
}

/// Runs `f` on `From_Account`, which must be imported (30003 otherwise).
fn with_from<T>(ctx: &Context, user: &str, f: impl FnOnce(&mut User) -> T) -> Result<T, Failure> {
    ctx.state.with_account(user, f).ok_or_else(|| {
        Failure::new(
            ErrorCode::SnsAccountNotFound,
            format!("From_Account {user:?} does not exist"),
        )
    })
}

/// Runs `f` on another imported user's chain; `None` if not imported.
fn with_other<T>(ctx: &Context, user: &str, f: impl FnOnce(&mut Friends) -> T) -> Option<T> {
    ctx.state.with_account(user, |state| f(&mut state.friends))
}

/// Why `from` may not befriend `to`, if it may not.
fn refusal(ctx: &Context, from: &str, to: &str) -> Result<(), (ErrorCode, &'static str)> {
    if from == to {
        return Err((ErrorCode::SnsParameterInvalid, "Err_SNS_FriendAdd_Add_Self"));
    }
    let blocks = |a: &str, b: &str| with_other(ctx, a, |friends| friends.blocked.contains_key(b));
    match blocks(to, from) {
        None => Err((ErrorCode::SnsAccountNotFound, "Err_SNS_FriendAdd_Account_Not_Exist")),
        Some(true) => Err((ErrorCode::SnsBlockedByPeer, "Err_SNS_FriendAdd_In_Other_Side_BlackList")),
        Some(false) if blocks(from, to) == Some(true) => {
            Err((ErrorCode::SnsPeerBlocklisted, "Err_SNS_FriendAdd_In_Self_BlackList"))
        }
        Some(false) => Ok(()),
    }
}

pub(crate) fn add(ctx: &Context, request: FriendAddRequest) -> Result<ResultsResponse, Failure> {
    let from = &request.from_account;
    with_from(ctx, from, |_| ())?;
    let both = request.add_type.as_ref().is_none_or(|kind| *kind == AddType::Both);
    let mut items = Vec::new();
    for add in &request.add_friend_item {
        let to = &add.to_account;
        if let Err((code, info)) = refusal(ctx, from, to) {
            items.push(result(to, code, info));
            continue;
        }
        let friend = Friend {
            remark: add.remark.clone(),
            groups: add.group_name.iter().cloned().collect(),
            add_source: add.add_source.clone(),
            add_wording: add.add_wording.clone(),
            add_time: ctx.now(),
            ..Friend::default()
        };
        let mine = with_from(ctx, from, |user| user.friends.has(to))?;
        let theirs = with_other(ctx, to, |friends| friends.has(from)) == Some(true);
        if mine && (theirs || !both) {
            items.push(result(
                to,
                ErrorCode::SnsParameterInvalid,
                "Err_SNS_FriendAdd_Friend_Exist",
            ));
            continue;
        }
        if !mine {
            with_from(ctx, from, |user| user.friends.insert(to, friend))?;
        }
        if both && !theirs {
            let back = Friend {
                add_source: add.add_source.clone(),
                add_time: ctx.now(),
                ..Friend::default()
            };
            with_other(ctx, to, |friends| friends.insert(from, back));
        }
        items.push(result(to, ErrorCode::Success, ""));
    }
    Ok(ResultsResponse::new(items))
}

pub(crate) fn import(ctx: &Context, request: FriendImportRequest) -> Result<ResultsResponse, Failure> {
    let from = &request.from_account;
    with_from(ctx, from, |_| ())?;
    let mut items = Vec::new();
    for add in &request.add_friend_item {
        let to = &add.to_account;
        if let Err((code, info)) = refusal(ctx, from, to) {
            items.push(result(to, code, info));
            continue;
        }
        let friend = Friend {
            remark: add.remark.clone(),
            groups: add.group_name.clone().unwrap_or_default(),
            add_source: Some(add.add_source.clone()),
            add_wording: add.add_wording.clone(),
            add_time: add.add_time.unwrap_or_else(|| ctx.now()),
            custom: custom_fields(add.custom_item.iter().flatten()),
        };
        let added = with_from(ctx, from, |user| {
            let fresh = !user.friends.has(to);
            if fresh {
                user.friends.insert(to, friend);
            }
            fresh
        })?;
        items.push(if added {
            result(to, ErrorCode::Success, "")
        } else {
            result(to, ErrorCode::SnsParameterInvalid, "Err_SNS_FriendImport_Friend_Exist")
        });
    }
    Ok(ResultsResponse::new(items))
}

fn custom_fields<'a>(
    items: impl Iterator<Item = &'a SnsItem>,
) -> std::collections::BTreeMap<String, tim_protocol::sns::SnsValue> {
    items
        .filter_map(|item| match item {
            SnsItem::Custom { key, value } => Some((key.clone(), value.clone())),
            _ => None,
        })
        .collect()
}

fn not_friend(user: &str) -> ResultItem {
    result(user, ErrorCode::SnsNotFriend, "Err_SNS_Not_Friend")
}

pub(crate) fn update(ctx: &Context, request: FriendUpdateRequest) -> Result<ResultsResponse, Failure> {
    let items = with_from(ctx, &request.from_account, |user| {
        let chain = &mut user.friends;
        let mut items = Vec::new();
        for update in &request.update_item {
            let to = &update.to_account;
            let Some(mut friend) = chain.friends.get(to).cloned() else {
                items.push(not_friend(to));
                continue;
            };
            for field in &update.sns_item {
                match field {
                    SnsItem::Remark(remark) => friend.remark = Some(remark.clone()),
                    SnsItem::Group(groups) => friend.groups = groups.clone(),
                    SnsItem::Custom { key, value } => {
                        friend.custom.insert(key.clone(), value.clone());
                    }
                    // validate() lets only the three above through.
                    _ => {}
                }
            }
            chain.insert(to, friend);
            items.push(result(to, ErrorCode::Success, ""));
        }
        items
    })?;
    Ok(ResultsResponse::new(items))
}

pub(crate) fn delete(ctx: &Context, request: FriendDeleteRequest) -> Result<ResultsResponse, Failure> {
    let from = &request.from_account;
    let both = request
        .delete_type
        .as_ref()
        .is_none_or(|kind| *kind == DeleteType::Both);
    let mut items = Vec::new();
    for to in &request.to_account {
        let removed = with_from(ctx, from, |user| user.friends.remove(to))?;
        let theirs = both && with_other(ctx, to, |friends| friends.remove(from)) == Some(true);
        items.push(if removed || theirs {
            result(to, ErrorCode::Success, "")
        } else {
            not_friend(to)
        });
    }
    Ok(ResultsResponse::new(items))
}

pub(crate) fn delete_all(ctx: &Context, request: FriendDeleteAllRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let from = &request.from_account;
    let both = request.delete_type.as_ref() == Some(&DeleteType::Both);
    let gone: Vec<String> = with_from(ctx, from, |user| {
        let gone = user.friends.friends.keys().cloned().collect();
        user.friends.friends.clear();
        user.friends.sequence += 1;
        gone
    })?;
    if both {
        for friend in &gone {
            with_other(ctx, friend, |friends| friends.remove(from));
        }
    }
    let mut reply = EnvelopeOnlyResponse::default();
    reply.envelope = Envelope::ok();
    Ok(reply)
}

pub(crate) fn check(ctx: &Context, request: FriendCheckRequest) -> Result<FriendCheckResponse, Failure> {
    let both = request.check_type == CheckType::Both;
    let (items, fail) = relations(
        ctx,
        &request.from_account,
        &request.to_account,
        both,
        Friends::has,
        RelationNames {
            names: [
                FriendRelation::BothWay,
                FriendRelation::AWithB,
                FriendRelation::BWithA,
                FriendRelation::NoRelation,
            ],
            not_found: "Err_SNS_FriendCheck_Account_Not_Exist",
        },
        |to, relation, code, info| FriendCheckItem::new(to, relation, code, info),
    )?;
    let mut reply = FriendCheckResponse::default();
    reply.envelope = Envelope::ok();
    reply.info_item = Some(items);
    reply.fail_account = (!fail.is_empty()).then_some(fail);
    Ok(reply)
}

/// The four relation strings of a check reply, in the order both ways, A
/// with B, B with A, none.
struct RelationNames<R> {
    names: [R; 4],
    /// `ResultInfo` for a target that does not exist.
    not_found: &'static str,
}

/// Each of `targets` checked against `from`: whether `holds` for `from`'s
/// side and, when `both`, for the target's, as the reply item with its
/// relation named by `names`. A target that does not exist is answered
/// 30003 with the last name (no relation) and also listed as failed.
fn relations<T, R: Clone>(
    ctx: &Context,
    from: &str,
    targets: &[String],
    both: bool,
    holds: fn(&Friends, &str) -> bool,
    names: RelationNames<R>,
    make: fn(String, R, ErrorCode, &str) -> T,
) -> Result<(Vec<T>, Vec<String>), Failure> {
    let [both_way, a_with_b, b_with_a, none] = &names.names;
    let mut items = Vec::new();
    let mut fail = Vec::new();
    for to in targets {
        let mine = with_from(ctx, from, |user| holds(&user.friends, to))?;
        let found = with_other(ctx, to, |friends| holds(friends, from)).map(|theirs| (mine, theirs && both));
        let (relation, code, info) = match found {
            None => (none, ErrorCode::SnsAccountNotFound, names.not_found),
            Some((true, true)) => (both_way, ErrorCode::Success, ""),
            Some((true, false)) => (a_with_b, ErrorCode::Success, ""),
            Some((false, true)) => (b_with_a, ErrorCode::Success, ""),
            Some((false, false)) => (none, ErrorCode::Success, ""),
        };
        if found.is_none() {
            fail.push(to.clone());
        }
        items.push(make(to.clone(), relation.clone(), code, info));
    }
    Ok((items, fail))
}

/// A friend's fields as `friend_get` and `friend_get_list` give them: the
/// standard ones that are set, then the custom ones.
fn sns_items(friend: &Friend) -> Vec<SnsItem> {
    let mut items = Vec::new();
    if let Some(source) = &friend.add_source {
        items.push(SnsItem::AddSource(source.clone()));
    }
    if let Some(remark) = &friend.remark {
        items.push(SnsItem::Remark(remark.clone()));
    }
    if !friend.groups.is_empty() {
        items.push(SnsItem::Group(friend.groups.clone()));
    }
    if let Some(wording) = &friend.add_wording {
        items.push(SnsItem::AddWording(wording.clone()));
    }
    items.push(SnsItem::AddTime(friend.add_time));
    for (key, value) in &friend.custom {
        items.push(SnsItem::Custom {
            key: key.clone(),
            value: value.clone(),
        });
    }
    items
}

pub(crate) fn get(ctx: &Context, request: FriendGetRequest) -> Result<FriendGetResponse, Failure> {
    let start = usize::try_from(request.start_index).unwrap_or(usize::MAX);
    with_from(ctx, &request.from_account, |user| {
        let chain = &user.friends;
        let total = chain.friends.len();
        let page: Vec<_> = chain
            .friends
            .iter()
            .skip(start)
            .take(FRIEND_PAGE)
            .map(|(id, friend)| UserDataItem::new(id, sns_items(friend)))
            .collect();
        let next = start.saturating_add(page.len());
        let complete = next >= total;
        let mut reply = FriendGetResponse::default();
        reply.envelope = Envelope::ok();
        reply.user_data_item = Some(page);
        reply.standard_sequence = Some(chain.sequence);
        reply.custom_sequence = Some(chain.sequence);
        reply.friend_num = Some(total as u64);
        reply.complete_flag = Some(i64::from(complete));
        reply.next_start_index = Some(if complete { 0 } else { next as u64 });
        reply
    })
}

pub(crate) fn get_list(ctx: &Context, request: FriendGetListRequest) -> Result<FriendGetListResponse, Failure> {
    let from = &request.from_account;
    let mut items = Vec::new();
    let mut fail = Vec::new();
    for to in &request.to_account {
        let Some(friend) = with_from(ctx, from, |user| user.friends.friends.get(to).cloned())? else {
            items.push(FriendInfoItem::failed(
                to,
                ErrorCode::SnsNotFriend,
                "Err_SNS_Not_Friend",
            ));
            fail.push(to.clone());
            continue;
        };
        let sns = sns_items(&friend);
        let profile = ctx
            .state
            .with_user(to, |user| user.account.clone())
            .flatten()
            .unwrap_or_default();
        let fields: Vec<FriendField> = request
            .tag_list
            .iter()
            .filter_map(|tag| match tag {
                FriendTag::Sns(tag) => sns
                    .iter()
                    .find(|item| item.tag() == *tag)
                    .cloned()
                    .map(FriendField::Sns),
                FriendTag::Profile(ProfileTag::Nick) => Some(FriendField::Profile(
                    tim_protocol::profile::ProfileItem::Nick(profile.nick.clone().unwrap_or_default()),
                )),
                FriendTag::Profile(ProfileTag::Image) => Some(FriendField::Profile(
                    tim_protocol::profile::ProfileItem::Image(profile.face_url.clone().unwrap_or_default()),
                )),
                FriendTag::Profile(tag) => profile.profile.get(tag).map(FriendField::Profile),
                _ => None,
            })
            .collect();
        items.push(FriendInfoItem::new(to, fields));
    }
    let mut reply = FriendGetListResponse::default();
    reply.envelope = Envelope::ok();
    reply.info_item = Some(items);
    reply.fail_account = (!fail.is_empty()).then_some(fail);
    Ok(reply)
}

pub(crate) fn black_add(ctx: &Context, request: BlackListAddRequest) -> Result<ResultsResponse, Failure> {
    let from = &request.from_account;
    with_from(ctx, from, |_| ())?;
    let mut items = Vec::new();
    for to in &request.to_account {
        if to == from {
            items.push(result(
                to,
                ErrorCode::SnsParameterInvalid,
                "Err_SNS_BlackListAdd_Add_Self",
            ));
            continue;
        }
        if with_other(ctx, to, |friends| friends.remove(from)).is_none() {
            items.push(result(
                to,
                ErrorCode::SnsAccountNotFound,
                "Err_SNS_BlackListAdd_Account_Not_Exist",
            ));
            continue;
        }
        let now = ctx.now();
        let added = with_from(ctx, from, |user| {
            user.friends.remove(to);
            let fresh = !user.friends.blocked.contains_key(to);
            if fresh {
                user.friends.blocked.insert(to.clone(), now);
                user.friends.sequence += 1;
            }
            fresh
        })?;
        items.push(if added {
            result(to, ErrorCode::Success, "")
        } else {
            result(to, ErrorCode::SnsParameterInvalid, "Err_SNS_BlackListAdd_Already_Exist")
        });
    }
    Ok(ResultsResponse::new(items))
}

pub(crate) fn black_delete(ctx: &Context, request: BlackListDeleteRequest) -> Result<ResultsResponse, Failure> {
    let items: Vec<ResultItem> = with_from(ctx, &request.from_account, |user| {
        request
            .to_account
            .iter()
            .map(|to| {
                if user.friends.blocked.remove(to).is_some() {
                    user.friends.sequence += 1;
                    result(to, ErrorCode::Success, "")
                } else {
                    result(to, ErrorCode::SnsParameterInvalid, "Err_SNS_BlackListDelete_Not_Exist")
                }
            })
            .collect()
    })?;
    Ok(ResultsResponse::new(items))
}

pub(crate) fn black_get(ctx: &Context, request: BlackListGetRequest) -> Result<BlackListGetResponse, Failure> {
    let start = usize::try_from(request.start_index).unwrap_or(usize::MAX);
    let per_page = usize::try_from(request.max_limited).unwrap_or(usize::MAX);
    with_from(ctx, &request.from_account, |user| {
        let chain = &user.friends;
        let page: Vec<_> = chain
            .blocked
            .iter()
            .skip(start)
            .take(per_page)
            .map(|(id, time)| BlackListItem::new(id, *time))
            .collect();
        let next = start.saturating_add(page.len());
        let mut reply = BlackListGetResponse::default();
        reply.envelope = Envelope::ok();
        reply.black_list_item = Some(page);
        // 0 once the last blocked user is read: the pager stops there.
        reply.start_index = Some(if next >= chain.blocked.len() { 0 } else { next as u64 });
        reply.current_sequence = Some(chain.sequence);
        reply
    })
}

pub(crate) fn black_check(ctx: &Context, request: BlackListCheckRequest) -> Result<BlackListCheckResponse, Failure> {
    let both = request.check_type == BlackCheckType::Both;
    let blocked = |friends: &Friends, user: &str| friends.blocked.contains_key(user);
    let (items, fail) = relations(
        ctx,
        &request.from_account,
        &request.to_account,
        both,
        blocked,
        RelationNames {
            names: [
                BlackRelation::BothWay,
                BlackRelation::AWithB,
                BlackRelation::BWithA,
                BlackRelation::No,
            ],
            not_found: "Err_SNS_BlackListCheck_Account_Not_Exist",
        },
        |to, relation, code, info| BlackListCheckItem::new(to, relation, code, info),
    )?;
    let mut reply = BlackListCheckResponse::default();
    reply.envelope = Envelope::ok();
    reply.black_list_check_item = Some(items);
    reply.fail_account = (!fail.is_empty()).then_some(fail);
    Ok(reply)
}

pub(crate) fn group_add(ctx: &Context, request: GroupAddRequest) -> Result<GroupAddResponse, Failure> {
    let (items, sequence) = with_from(ctx, &request.from_account, |user| {
        let chain = &mut user.friends;
        let new = request
            .group_name
            .iter()
            .filter(|name| !chain.groups.contains(name))
            .count();
        if chain.groups.len() + new > FRIEND_GROUPS_MAX {
            return Err(Failure::new(
                ErrorCode::SnsFriendGroupLimitReached,
                format!("at most {FRIEND_GROUPS_MAX} friend lists"),
            ));
        }
        for name in &request.group_name {
            chain.add_group(name);
        }
        let mut items = Vec::new();
        for to in request.to_account.iter().flatten() {
            let Some(friend) = chain.friends.get_mut(to) else {
                items.push(result(
                    to,
                    ErrorCode::SnsGroupAddNotFriend,
                    "Err_SNS_GroupAdd_ToTinyId_Not_Friend",
                ));
                continue;
            };
            for name in &request.group_name {
                if !friend.groups.contains(name) {
                    friend.groups.push(name.clone());
                }
            }
            items.push(result(to, ErrorCode::Success, ""));
        }
        chain.sequence += 1;
        Ok((items, chain.sequence))
    })??;
    let mut reply = GroupAddResponse::default();
    reply.envelope = Envelope::ok();
    reply.fail_account = failed(&items);
    reply.result_item = request.to_account.is_some().then_some(items);
    reply.current_sequence = Some(sequence);
    Ok(reply)
}

pub(crate) fn group_delete(ctx: &Context, request: GroupDeleteRequest) -> Result<GroupDeleteResponse, Failure> {
    let sequence = with_from(ctx, &request.from_account, |user| {
        let chain = &mut user.friends;
        if let Some(name) = request.group_name.iter().find(|name| !chain.groups.contains(name)) {
            return Err(Failure::new(
                ErrorCode::SnsParameterInvalid,
                format!("GroupName: no friend list {name:?}"),
            ));
        }
        for name in &request.group_name {
            chain.delete_group(name);
        }
        Ok(chain.sequence)
    })??;
    let mut reply = GroupDeleteResponse::default();
    reply.envelope = Envelope::ok();
    reply.current_sequence = Some(sequence);
    Ok(reply)
}

pub(crate) fn group_get(ctx: &Context, request: GroupGetRequest) -> Result<GroupGetResponse, Failure> {
    with_from(ctx, &request.from_account, |user| {
        let chain = &user.friends;
        let groups = chain
            .groups
            .iter()
            .filter(|name| request.group_name.as_ref().is_none_or(|only| only.contains(name)))
            .map(|name| {
                let members: Vec<&String> = chain
                    .friends
                    .iter()
                    .filter(|(_, friend)| friend.groups.contains(name))
                    .map(|(id, _)| id)
                    .collect();
                let listed = request
                    .need_friend
                    .is_some()
                    .then(|| members.iter().map(|id| id.to_string()).collect());
                FriendGroup::new(name, members.len() as u64, listed)
            })
            .collect();
        let mut reply = GroupGetResponse::default();
        reply.envelope = Envelope::ok();
        reply.result_item = Some(groups);
        reply.current_sequence = Some(chain.sequence);
        reply
    })
}

#[cfg(test)]
mod tests {
    use tim_protocol::sns::SnsTag;

    use super::*;

    #[test]
    fn items_are_built_in_their_wire_shape() {
        let friend = Friend {
            remark: Some("r".into()),
            groups: vec!["g".into()],
            add_time: 7,
            ..Friend::default()
        };
        let fields = sns_items(&friend);
        assert_eq!(
            fields.iter().map(SnsItem::tag).collect::<Vec<_>>(),
            [SnsTag::Remark, SnsTag::Group, SnsTag::AddTime]
        );
        let failed_items = [result("a", ErrorCode::Success, ""), not_friend("b")];
        assert_eq!(failed(&failed_items), Some(vec!["b".to_owned()]));
    }
}
