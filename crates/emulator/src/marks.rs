//! Conversation marks and the search by conversation: `mark_contact` and
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

use tim_protocol::recentcontact::{
    GroupItem, MarkContactRequest, MarkContactResponse, MarkItem, MarkOp, MarkResult, SearchContactGroupRequest,
    SearchContactGroupResponse,
};
use tim_protocol::ErrorCode;

use crate::app::App;
use crate::contact_groups::{contact_data, edition_unsupported};
use crate::failure::Failure;
use crate::state::ContactData;

pub(crate) fn mark(app: &App, request: MarkContactRequest) -> Result<MarkContactResponse, Failure> {
    let now = app.now();
    let mut state = app.state();
    let user = contact_data(&mut state, &request.from_account)?;
    let results = request
        .items
        .iter()
        .map(|item| match apply(app, user, item, now) {
            Ok(()) => MarkResult::new(item, ErrorCode::Success, ""),
            Err(failure) => MarkResult::new(item, failure.code, failure.info),
        })
        .collect();
    Ok(MarkContactResponse::new(results))
}

fn apply(app: &App, user: &mut ContactData, item: &MarkItem, now: u64) -> Result<(), Failure> {
    let standard = matches!(item.op, MarkOp::Standard | MarkOp::Both);
    let custom = matches!(item.op, MarkOp::Custom | MarkOp::Both);
    if standard && !app.settings.edition.has_contact_groups() {
        return Err(edition_unsupported());
    }
    if custom && item.custom_mark.is_none() {
        return Err(Failure::new(
            ErrorCode::ContactParameterInvalid,
            "CustomMark is required for OptType 2 and 3",
        ));
    }
    let meta = user.touch(&item.conversation, now);
    if standard {
        // validate() has checked every bit number is 1 to 64.
        let mask = |bits: &[u32]| bits.iter().fold(0u64, |mask, bit| mask | 1 << (bit - 1));
        meta.standard &= !mask(&item.clear_mark);
        meta.standard |= mask(&item.set_mark);
    }
    if custom {
        meta.custom = item.custom_mark.clone().filter(|mark| !mark.is_empty());
    }
    Ok(())
}

pub(crate) fn search(app: &App, request: SearchContactGroupRequest) -> Result<SearchContactGroupResponse, Failure> {
    let mut state = app.state();
    let user = contact_data(&mut state, &request.from_account)?;
    let contacts = request
        .conversations
        .iter()
        .filter_map(|conversation| user.info(conversation))
        .collect();
    let groups = user
        .groups
        .iter()
        .map(|group| GroupItem::new(&group.name, group.id))
        .collect();
    Ok(SearchContactGroupResponse::new(contacts, groups))
}
