//! Requests whose replies come in pages, and how to ask for the next one.

use crate::Api;

/// A request whose reply may be one page of several: the API's cursor
/// (`StartIndex`, `TimeStamp`, `Next`, `LastMsgKey`, ...) is carried from a
/// reply into the next request here, once, for every client and pager.
///
/// ```
/// use tim_protocol::Paged;
/// use tim_protocol::recentcontact::{GetContactGroupRequest, GetContactGroupResponse};
///
/// let first = GetContactGroupRequest::new("user_0001", 0);
/// let page = GetContactGroupResponse::new(vec![], vec![], false, 100);
/// assert_eq!(first.next_request(&page), Some(GetContactGroupRequest::new("user_0001", 100)));
/// let last = GetContactGroupResponse::new(vec![], vec![], true, 0);
/// assert_eq!(first.next_request(&last), None);
/// ```
pub trait Paged: Api + Clone {
    /// The request for the page after `reply`, or `None` when `reply` is the
    /// last page. A reply whose cursor does not move on also ends the paging,
    /// so a service that repeats itself cannot keep a pager going forever.
    fn next_request(&self, reply: &Self::Response) -> Option<Self>;
}

/// The text cursor a reply gives for the next page (`Next`, `NextCursor`),
/// if there is one to follow: present, not empty, and not the cursor this
/// page started from (a service that repeats itself ends the paging).
pub(crate) fn moved_on<'r>(current: Option<&str>, reply: Option<&'r str>) -> Option<&'r str> {
    reply.filter(|next| !next.is_empty() && Some(*next) != current)
}
