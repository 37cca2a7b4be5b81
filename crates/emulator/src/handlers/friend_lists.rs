//! `sns`: friend lists (`group_add`, `group_delete`, `group_get`), the
//! named lists (`Tag_SNS_IM_Group`) a user sorts friends into.
//!
//! Where the pages are silent: `group_add` of an existing list keeps it;
//! more than 32 lists is 30011; putting a non-friend in a friend list is
//! 32216 for that user. `group_delete` of a list that does not exist fails
//! with 30001.

use tim_protocol::sns::{
    FriendGroup, GroupAddRequest, GroupAddResponse, GroupDeleteRequest, GroupDeleteResponse, GroupGetRequest,
    GroupGetResponse, ResultItem,
};
use tim_protocol::{Envelope, ErrorCode};

use super::sns_common::{result, with_from};
use crate::context::Context;
use crate::failure::Failure;

/// Friend lists per user (30011 beyond).
const FRIEND_GROUPS_MAX: usize = 32;

pub(crate) fn add(ctx: &Context, request: GroupAddRequest) -> Result<GroupAddResponse, Failure> {
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
    reply.fail_account = ResultItem::failed_accounts(&items);
    reply.result_item = request.to_account.is_some().then_some(items);
    reply.current_sequence = Some(sequence);
    Ok(reply)
}

pub(crate) fn delete(ctx: &Context, request: GroupDeleteRequest) -> Result<GroupDeleteResponse, Failure> {
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

pub(crate) fn get(ctx: &Context, request: GroupGetRequest) -> Result<GroupGetResponse, Failure> {
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
