//! `follow`: following users, and reading who follows whom. The relations
//! live with both users (`state::follows`), so the lists and counts of one
//! user are read from that user alone.
//!
//! The follow pages reuse the sns codes. Where they are silent, the
//! emulator's choices:
//!
//! - A `From_Account` that is not imported fails the whole call with 30003;
//!   a `To_Account` that is not imported, or the user themselves, fails its
//!   item with 30003 or 30001 (listed in `Fail_Account` too).
//! - Following a user already followed, or unfollowing one not followed,
//!   succeeds for that item (the relation is then as asked) and keeps the
//!   original time.
//! - `follow_get` lists a page in the order the relations began (then by
//!   UserID); `StartCursor` is the position of the page's first entry as a
//!   decimal string (empty for the first page), and `NextCursor` is empty on
//!   the last page. Mutual follows are listed from when they became mutual.
//! - `follow_check` answers `FollowType` 0 to 3 as `FollowRelation` reads
//!   them; an unknown user's item fails with 30003.

use tim_protocol::follow::{
    FollowAddRequest, FollowCheckItem, FollowCheckRequest, FollowCheckResponse, FollowDeleteRequest,
    FollowGetInfoRequest, FollowGetInfoResponse, FollowGetItem, FollowGetRequest, FollowGetResponse, FollowInfoItem,
    FollowListType, FollowRelation,
};
use tim_protocol::sns::{ResultItem, ResultsResponse};
use tim_protocol::{Envelope, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::handlers::sns_common::{result, with_from};
use crate::state::follows::Follows;

/// The item of a `To_Account` that cannot be followed: not imported, or
/// the user themselves; `None` when it can.
fn refusal(ctx: &Context, from: &str, to: &str) -> Option<ResultItem> {
    if to == from {
        Some(result(to, ErrorCode::SnsParameterInvalid, "cannot follow oneself"))
    } else if !ctx.state.is_imported(to) {
        Some(result(to, ErrorCode::SnsAccountNotFound, "To_Account does not exist"))
    } else {
        None
    }
}

/// Runs `f` on `user`'s follow relations, if the user is imported.
fn with_follows<T>(ctx: &Context, user: &str, f: impl FnOnce(&mut Follows) -> T) -> Option<T> {
    ctx.state.with_account(user, |state| f(&mut state.follows))
}

pub(crate) fn add(ctx: &Context, request: FollowAddRequest) -> Result<ResultsResponse, Failure> {
    let from = &request.from_account;
    with_from(ctx, from, |_| ())?;
    let now = ctx.now();
    let mut items = Vec::new();
    for item in &request.follow_item {
        let to = &item.to_account;
        if let Some(refused) = refusal(ctx, from, to) {
            items.push(refused);
            continue;
        }
        // One user's lock at a time: the follower's side, then the followed one's.
        with_follows(ctx, from, |follows| {
            follows.following.entry(to.clone()).or_insert(now);
        });
        with_follows(ctx, to, |follows| {
            follows.followers.entry(from.clone()).or_insert(now);
        });
        items.push(result(to, ErrorCode::Success, ""));
    }
    Ok(ResultsResponse::new(items))
}

pub(crate) fn delete(ctx: &Context, request: FollowDeleteRequest) -> Result<ResultsResponse, Failure> {
    let from = &request.from_account;
    with_from(ctx, from, |_| ())?;
    let mut items = Vec::new();
    for to in &request.to_account {
        if let Some(refused) = refusal(ctx, from, to) {
            items.push(refused);
            continue;
        }
        with_follows(ctx, from, |follows| follows.following.remove(to));
        with_follows(ctx, to, |follows| follows.followers.remove(from));
        items.push(result(to, ErrorCode::Success, ""));
    }
    Ok(ResultsResponse::new(items))
}

pub(crate) fn get(ctx: &Context, request: FollowGetRequest) -> Result<FollowGetResponse, Failure> {
    let list = with_from(ctx, &request.from_account, |user| match request.follow_type {
        FollowListType::Followers => user.follows.followers.clone(),
        FollowListType::Following => user.follows.following.clone(),
        _ => user.follows.mutual(),
    })?;
    let start: usize = if request.start_cursor.is_empty() {
        0
    } else {
        request.start_cursor.parse().map_err(|_| {
            Failure::new(
                ErrorCode::SnsParameterInvalid,
                format!("StartCursor {:?} is not a cursor of this list", request.start_cursor),
            )
        })?
    };
    let mut ordered: Vec<(String, u64)> = list.into_iter().collect();
    ordered.sort_by(|(a, at), (b, bt)| at.cmp(bt).then_with(|| a.cmp(b)));
    let want = usize::try_from(request.want_num).unwrap_or(usize::MAX);
    let end = start.saturating_add(want).min(ordered.len());
    let page = ordered.get(start..end).unwrap_or_default();
    let mut reply = FollowGetResponse::default();
    reply.envelope = Envelope::ok();
    reply.follow_item = Some(
        page.iter()
            .map(|(user, since)| FollowGetItem::new(user, *since))
            .collect(),
    );
    reply.next_cursor = Some(if end < ordered.len() {
        end.to_string()
    } else {
        String::new()
    });
    Ok(reply)
}

/// How `follows`' owner (A) and `other` (B) follow each other.
fn relation(follows: &Follows, other: &str) -> FollowRelation {
    match (
        follows.following.contains_key(other),
        follows.followers.contains_key(other),
    ) {
        (false, false) => FollowRelation::Neither,
        (false, true) => FollowRelation::FollowedBy,
        (true, false) => FollowRelation::Following,
        (true, true) => FollowRelation::Mutual,
    }
}

pub(crate) fn check(ctx: &Context, request: FollowCheckRequest) -> Result<FollowCheckResponse, Failure> {
    let follows = with_from(ctx, &request.from_account, |user| user.follows.clone())?;
    let items = request
        .to_account
        .iter()
        .map(|to| {
            let mut item = FollowCheckItem::new(to, relation(&follows, to));
            if !ctx.state.is_imported(to) {
                item.result_code = ErrorCode::SnsAccountNotFound;
                item.result_info = Some("To_Account does not exist".into());
                item.follow_type = None;
            }
            item
        })
        .collect();
    let mut reply = FollowCheckResponse::default();
    reply.envelope = Envelope::ok();
    reply.result_item = Some(items);
    Ok(reply)
}

pub(crate) fn get_info(ctx: &Context, request: FollowGetInfoRequest) -> Result<FollowGetInfoResponse, Failure> {
    with_from(ctx, &request.from_account, |_| ())?;
    let items = request
        .to_account
        .iter()
        .map(|user| {
            let counts = with_follows(ctx, user, |follows| {
                let count = |n: usize| u64::try_from(n).unwrap_or(u64::MAX);
                (
                    count(follows.followers.len()),
                    count(follows.following.len()),
                    count(follows.mutual().len()),
                )
            });
            match counts {
                Some((followers, following, mutual)) => FollowInfoItem::new(user, followers, following, mutual),
                None => {
                    let mut item = FollowInfoItem::new(user, 0, 0, 0);
                    item.result_code = ErrorCode::SnsAccountNotFound;
                    item.result_info = Some("To_Account does not exist".into());
                    item.follower_count = None;
                    item.following_count = None;
                    item.mutual_following_count = None;
                    item
                }
            }
        })
        .collect();
    let mut reply = FollowGetInfoResponse::default();
    reply.envelope = Envelope::ok();
    reply.follow_info = Some(items);
    Ok(reply)
}
