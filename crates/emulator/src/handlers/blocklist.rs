//! `sns`: the blocklist (`black_list_add`, `black_list_delete`,
//! `black_list_get`, `black_list_check`).
//!
//! Where the pages are silent: blocking oneself 30001; blocking a user
//! already blocked 30001 (the published sample's
//! `Err_SNS_BlackListAdd_Already_Exist`), unblocking one who is not blocked
//! 30001. Blocking a user ends the friendship both ways. `black_list_get`
//! pages in UserID order.

use tim_protocol::sns::{
    BlackCheckType, BlackListAddRequest, BlackListCheckItem, BlackListCheckRequest, BlackListCheckResponse,
    BlackListDeleteRequest, BlackListGetRequest, BlackListGetResponse, BlackListItem, BlackRelation, ResultItem,
    ResultsResponse,
};
use tim_protocol::{Envelope, ErrorCode};

use super::sns_common::{relations, result, with_from, with_other, RelationNames};
use crate::context::Context;
use crate::failure::Failure;
use crate::state::friends::Friends;

pub(crate) fn add(ctx: &Context, request: BlackListAddRequest) -> Result<ResultsResponse, Failure> {
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

pub(crate) fn delete(ctx: &Context, request: BlackListDeleteRequest) -> Result<ResultsResponse, Failure> {
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

pub(crate) fn get(ctx: &Context, request: BlackListGetRequest) -> Result<BlackListGetResponse, Failure> {
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

pub(crate) fn check(ctx: &Context, request: BlackListCheckRequest) -> Result<BlackListCheckResponse, Failure> {
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
