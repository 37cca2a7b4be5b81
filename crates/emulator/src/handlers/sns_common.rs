//! What the relationship-chain handlers (`friends`, `blocklist`,
//! `friend_lists`) share, importing none of them: the `From_Account` check,
//! per-user result items, and the relation checks of `friend_check` and
//! `black_list_check`.
//!
//! Where the pages are silent, for every `sns` endpoint: a `From_Account`
//! that is not imported fails the whole call with 30003; a `To_Account`
//! that is not imported fails its item with 30003; failed items are also
//! listed in `Fail_Account`.

use tim_protocol::sns::ResultItem;
use tim_protocol::ErrorCode;

use crate::context::Context;
use crate::failure::Failure;
use crate::state::friends::Friends;
use crate::state::User;

/// A result item for `user`, with `info` as its `ResultInfo`.
pub(crate) fn result(user: &str, code: ErrorCode, info: &str) -> ResultItem {
    let mut item = ResultItem::new(user, code);
    item.result_info = Some(info.to_owned());
    item
}

/// Runs `f` on `From_Account`, which must be imported (30003 otherwise).
pub(crate) fn with_from<T>(ctx: &Context, user: &str, f: impl FnOnce(&mut User) -> T) -> Result<T, Failure> {
    ctx.state.with_account(user, f).ok_or_else(|| {
        Failure::new(
            ErrorCode::SnsAccountNotFound,
            format!("From_Account {user:?} does not exist"),
        )
    })
}

/// Runs `f` on another imported user's chain; `None` if not imported.
pub(crate) fn with_other<T>(ctx: &Context, user: &str, f: impl FnOnce(&mut Friends) -> T) -> Option<T> {
    ctx.state.with_account(user, |state| f(&mut state.friends))
}

/// The four relation strings of a check reply, in the order both ways, A
/// with B, B with A, none.
pub(crate) struct RelationNames<R> {
    pub(crate) names: [R; 4],
    /// `ResultInfo` for a target that does not exist.
    pub(crate) not_found: &'static str,
}

/// Each of `targets` checked against `from`: whether `holds` for `from`'s
/// side and, when `both`, for the target's, as the reply item with its
/// relation named by `names`. A target that does not exist is answered
/// 30003 with the last name (no relation) and also listed as failed.
pub(crate) fn relations<T, R: Clone>(
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
