//! `recentcontact`, the recent-conversation list: `get_list` and `delete`.
//!
//! The emulator carries no messages, so the list holds what a test seeds
//! with `EmulatorHandle::add_recent_conversation`. Choices where the
//! service's documentation is silent:
//!
//! - Pinned conversations come first, then the others, each newest first.
//! - A page holds `page_size` conversations (100). `TopStartIndex` and
//!   `StartIndex` are offsets into the pinned and the other conversations;
//!   `TopTimeStamp` and `TimeStamp` are the message times of the last of each
//!   returned (0 when none). `AssistFlags` is accepted and not interpreted.
//! - Each item carries the conversation's marks and groups, as the newest
//!   service pages show.
//! - Deleting a conversation that is not in the list succeeds; `ClearRamble`
//!   has nothing to clear.

use tim_protocol::recentcontact::{DeleteRequest, GetListRequest, GetListResponse, SessionItem};
use tim_protocol::EnvelopeOnlyResponse;

use crate::context::Context;
use crate::failure::Failure;
use crate::state::contacts::ContactData;
use crate::state::recent::Recent;

pub(crate) fn list(ctx: &Context, request: GetListRequest) -> Result<GetListResponse, Failure> {
    let page_size = ctx.settings.limits.page_size;
    ctx.with_imported(&request.from_account, |user| {
        let (pinned, others) = (user.recent.pinned(), user.recent.others());
        let offset = |index: u64, len: usize| usize::try_from(index).unwrap_or(usize::MAX).min(len);
        let top_start = offset(request.top_start_index, pinned.len());
        let start = offset(request.start_index, others.len());
        let top_page = &pinned[top_start..(top_start + page_size).min(pinned.len())];
        let room = page_size - top_page.len();
        let page = &others[start..(start + room).min(others.len())];

        let sessions = top_page
            .iter()
            .chain(page)
            .map(|recent| session(&user.contacts, recent))
            .collect();
        let top_end = top_start + top_page.len();
        let end = start + page.len();
        let mut reply = GetListResponse::new(sessions, top_end == pinned.len() && end == others.len());
        reply.top_start_index = top_end as u64;
        reply.start_index = end as u64;
        reply.top_timestamp = top_page.last().map_or(0, |r| r.msg_time);
        reply.timestamp = page.last().map_or(0, |r| r.msg_time);
        Ok(reply)
    })
}

fn session(contacts: &ContactData, recent: &Recent) -> SessionItem {
    let mut item = SessionItem::new(&recent.conversation, recent.msg_time, recent.pinned);
    if let Some(info) = contacts.info(&recent.conversation) {
        item.standard_mark = info.standard_mark;
        item.custom_mark = info.custom_mark;
        item.contact_group_ids = info.contact_group_ids;
    }
    item
}

pub(crate) fn delete(ctx: &Context, request: DeleteRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    ctx.with_imported(&request.from_account, |user| {
        user.recent.remove(&request.conversation());
        Ok(EnvelopeOnlyResponse::new())
    })
}
