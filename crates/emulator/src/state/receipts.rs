//! Who has read a group message, for `get_group_msg_receipt` and
//! `get_group_msg_receipt_detail`.
//!
//! No client ever connects to the emulator, so no client ever reports a
//! read. Two signs of reading reach it: a member speaking after the message,
//! and an administrator reporting the read (`group_msg_receipt`). **A member
//! has read message `N` once it sent a later message (sequence number above
//! `N`) in the group, or once `group_msg_receipt` reported it as a reader of
//! `N`.** The message's sender counts as neither a reader nor a non-reader,
//! nor does the app administrator; the members counted are the group's
//! members now, in join order (a report for a member who left counts again
//! if it comes back: reads are not forgotten).

use std::collections::{BTreeSet, HashSet};

use super::groups::Group;

/// The sender of message `seq` (`None` for the administrator), if the group
/// keeps that message (recalled ones too; deleted ones are gone).
pub(crate) fn sender(group: &Group, seq: u64) -> Option<Option<&str>> {
    let (page, _) = group.history(Some(seq), 1, true);
    page.into_iter()
        .find(|(found, _)| *found == seq)
        .map(|(_, message)| message.from.as_deref())
}

/// The members who have read message `seq` (sent by `from`) and those who
/// have not, each in join order; `reported` are the members
/// `group_msg_receipt` reported as readers of it.
pub(crate) fn split(
    group: &Group,
    seq: u64,
    from: Option<&str>,
    reported: Option<&BTreeSet<String>>,
) -> (Vec<String>, Vec<String>) {
    let (later, _) = group.history(None, usize::MAX, true);
    let spoke_after: HashSet<&str> = later
        .iter()
        .filter(|(found, _)| *found > seq)
        .filter_map(|(_, message)| message.from.as_deref())
        .collect();
    let (mut read, mut unread) = (Vec::new(), Vec::new());
    for (_, name, _) in group.members() {
        if Some(name) == from {
            continue;
        }
        if spoke_after.contains(name) || reported.is_some_and(|readers| readers.contains(name)) {
            read.push(name.to_owned());
        } else {
            unread.push(name.to_owned());
        }
    }
    (read, unread)
}
