//! `recentcontact`, conversation marks and the search by conversation: `mark_contact` and
//! `search_contact_group`.
//!
//! Choices where the service's documentation is silent:
//!
//! - In one item, `ClearMark` is applied before `SetMark`, so a bit named in
//!   both ends up set.
//! - `OptType` 2 or 3 without `CustomMark` fails for that item with 50002; an
//!   empty `CustomMark` clears the custom mark.
//! - Under an edition without conversation groups, items that touch standard
//!   marks (`OptType` 1 or 3) fail with 51013 each; custom marks still work,
//!   as the documentation says.
//! - `search_contact_group` returns only the asked conversations that have
//!   group or mark data, in the order asked, and all of the user's groups.
//! - A conversation whose marks are all cleared, and that is in no group,
//!   is forgotten (see `state::contacts`).

use tim_protocol::recentcontact::{
    MarkContactRequest, MarkContactResponse, MarkItem, MarkOp, MarkResult, SearchContactGroupRequest,
    SearchContactGroupResponse,
};
use tim_protocol::ErrorCode;

use crate::context::Context;
use crate::failure::Failure;
use crate::state::contacts::ContactData;

pub(crate) fn mark(ctx: &Context, request: MarkContactRequest) -> Result<MarkContactResponse, Failure> {
    let now = ctx.now();
    ctx.with_imported(&request.from_account, |user| {
        let results = request
            .items
            .iter()
            .map(|item| match apply(ctx, &mut user.contacts, item, now) {
                Ok(()) => MarkResult::new(item, ErrorCode::Success, ""),
                Err(failure) => MarkResult::new(item, failure.code, failure.info),
            })
            .collect();
        Ok(MarkContactResponse::new(results))
    })
}

fn apply(ctx: &Context, data: &mut ContactData, item: &MarkItem, now: u64) -> Result<(), Failure> {
    let standard = matches!(item.op, MarkOp::Standard | MarkOp::Both);
    let custom = matches!(item.op, MarkOp::Custom | MarkOp::Both);
    if standard {
        ctx.require_contact_groups()?;
    }
    if custom && item.custom_mark.is_none() {
        return Err(Failure::new(
            ErrorCode::ContactParameterInvalid,
            "CustomMark is required for OptType 2 and 3",
        ));
    }
    data.mark(&item.conversation, now, |marks| {
        if standard {
            // validate() has checked every bit number is 1 to 64.
            let mask = |bits: &[u32]| bits.iter().fold(0u64, |mask, bit| mask | 1 << (bit - 1));
            marks.standard &= !mask(&item.clear_mark);
            marks.standard |= mask(&item.set_mark);
        }
        if custom {
            marks.custom = item.custom_mark.clone().filter(|mark| !mark.is_empty());
        }
    });
    Ok(())
}

pub(crate) fn search(ctx: &Context, request: SearchContactGroupRequest) -> Result<SearchContactGroupResponse, Failure> {
    ctx.with_imported(&request.from_account, |user| {
        let contacts = request
            .conversations
            .iter()
            .filter_map(|conversation| user.contacts.info(conversation))
            .collect();
        let groups = user.contacts.groups().iter().map(|group| group.item()).collect();
        Ok(SearchContactGroupResponse::new(contacts, groups))
    })
}
