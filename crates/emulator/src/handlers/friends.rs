//! `sns`: friends (`friend_add`, `friend_import`, `friend_update`,
//! `friend_delete`, `friend_delete_all`, `friend_check`, `friend_get`,
//! `friend_get_list`). The blocklist is in `blocklist`, friend lists in
//! `friend_lists`, what they share in `sns_common`.
//!
//! Kept simple, with these choices where the pages are silent:
//!
//! - **No pending requests**: `AllowType` is not modelled; every add takes
//!   effect at once, as with `ForceAddFlags` 1 (never 30539).
//! - Per-item codes: oneself 30001; an existing friend 30001
//!   `Err_SNS_FriendAdd_Friend_Exist` (the info the service's own UI kits
//!   test for); a user on one's blocklist 30515; a user who blocked one
//!   30525; deleting, updating or reading a non-friend 31704.
//! - `Add_Type_Both` (the default) puts each user on the other's list; an
//!   add that finds only one side present completes the other and succeeds.
//!   `friend_import` is one-way.
//! - `friend_get` pages 100 friends at a time, in UserID order; the last
//!   page has `CompleteFlag` 1 and `NextStartIndex` 0.

use tim_protocol::profile::ProfileTag;
use tim_protocol::sns::{
    AddType, CheckType, DeleteType, FriendAddRequest, FriendCheckItem, FriendCheckRequest, FriendCheckResponse,
    FriendDeleteAllRequest, FriendDeleteRequest, FriendField, FriendGetListRequest, FriendGetListResponse,
    FriendGetRequest, FriendGetResponse, FriendImportRequest, FriendInfoItem, FriendRelation, FriendTag,
    FriendUpdateRequest, ResultItem, ResultsResponse, SnsItem, UserDataItem,
};
use tim_protocol::EnvelopeOnlyResponse;
use tim_protocol::{Envelope, ErrorCode};

use super::sns_common::{relations, result, with_from, with_other, RelationNames};
use crate::context::Context;
use crate::failure::Failure;
use crate::state::friends::{Friend, Friends};

/// Friends per `friend_get` page.
const FRIEND_PAGE: usize = 100;

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
    let reply = EnvelopeOnlyResponse::new();
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
        assert_eq!(ResultItem::failed_accounts(&failed_items), Some(vec!["b".to_owned()]));
    }
}
