//! Group message read receipts: `get_group_msg_receipt` (read and unread
//! counts), `get_group_msg_receipt_detail` (who has, or has not, read) and
//! `group_msg_receipt` (an administrator reports that a member read some
//! messages).
//!
//! As documented: work, public and meeting groups have receipts
//! (AVChatRoom and Community: the emulator answers 10007; 10010 without the
//! group), and a message has one only when it was sent with
//! `NeedReadReceipt` 1: any other (or one the group does not keep) answers
//! 10062, per message in `get_group_msg_receipt`, for the call in the
//! detail. `Count` is 1 to 200 (`validate()`).
//!
//! Who has read: the rule of `state::receipts` — a member has read message
//! `N` once it sent a later message in the group, or once `group_msg_receipt`
//! reported it as a reader of `N`; the sender and the app administrator are
//! not counted. The detail lists members in join order;
//! `Cursor` is how many entries came before the page (`""` first), and the
//! last page answers `IsFinish` 1 with `Cursor` `"0"`. A `Cursor` the
//! emulator did not give, or no `MsgSeq`, answers 10004.
//!
//! `group_msg_receipt` (its page is not among the stored ones; the facts are
//! another SDK's, see `tim_protocol::group::GroupMsgReceiptRequest`) refuses
//! as its neighbours do: 10010 without the group, 10007 for an AVChatRoom or
//! a Community, 10007 for a `From_Account` that is not a member (the group
//! calls' code for a non-member), 10062 for a message without a receipt
//! (sent without `NeedReadReceipt` 1, or not kept). Choices where no source
//! speaks: the call is all or nothing (one message without a receipt
//! refuses it whole, nothing recorded); reporting a read twice changes
//! nothing; the sender reporting its own message is accepted and changes no
//! count (the sender is never counted).

use tim_protocol::group::{
    GetGroupMsgReceiptDetailRequest, GetGroupMsgReceiptDetailResponse, GetGroupMsgReceiptRequest,
    GetGroupMsgReceiptResponse, GroupMsgReceipt, GroupMsgReceiptRequest, GroupType, ReadAccount, UnreadAccount,
};
use tim_protocol::{Envelope, EnvelopeOnlyResponse, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::group_extras::Store;
use crate::state::group_failures;
use crate::state::groups::Group;
use crate::state::receipts;

/// 10007 for a group type without read receipts.
fn require_receipts(group: &Group) -> Result<(), Failure> {
    if group.is_av() || group.kind == GroupType::Community {
        Err(Failure::new(
            ErrorCode::GroupPermissionDenied,
            format!("group {:?} is an AVChatRoom or a Community: no read receipts", group.id),
        ))
    } else {
        Ok(())
    }
}

/// The sender of message `seq` if it has a receipt (`None` inside for the
/// administrator); 10062 otherwise.
fn with_receipt<'g>(store: &Store, group: &'g Group, seq: u64) -> Result<Option<&'g str>, i64> {
    let asked = store.get(group).is_some_and(|extras| extras.receipts.contains(&seq));
    match receipts::sender(group, seq) {
        Some(from) if asked => Ok(from),
        _ => Err(ErrorCode::GroupReceiptNotFound.code()),
    }
}

pub(crate) fn counts(ctx: &Context, request: GetGroupMsgReceiptRequest) -> Result<GetGroupMsgReceiptResponse, Failure> {
    let groups = ctx.state.groups.lock();
    let group = groups.find(&request.group_id)?;
    require_receipts(group)?;
    let store = ctx.state.group_extras.lock();
    let list = request
        .msg_seq_list
        .iter()
        .map(|item| match with_receipt(&store, group, item.msg_seq) {
            Ok(from) => {
                let reported = store
                    .get(group)
                    .and_then(|extras| extras.read_reports.get(&item.msg_seq));
                let (read, unread) = receipts::split(group, item.msg_seq, from, reported);
                GroupMsgReceipt::new(item.msg_seq, read.len() as u64, unread.len() as u64)
            }
            Err(code) => GroupMsgReceipt::failed(item.msg_seq, code),
        })
        .collect();
    let mut reply = GetGroupMsgReceiptResponse::default();
    reply.envelope = Envelope::ok();
    reply.group_msg_receipt_list = Some(list);
    Ok(reply)
}

pub(crate) fn detail(
    ctx: &Context,
    request: GetGroupMsgReceiptDetailRequest,
) -> Result<GetGroupMsgReceiptDetailResponse, Failure> {
    let seq = request
        .msg_seq
        .ok_or_else(|| Failure::new(ErrorCode::GroupParameterInvalid, "MsgSeq is required"))?;
    let start: usize = match request.cursor.as_str() {
        "" => 0,
        text => text.parse().map_err(|_| {
            Failure::new(
                ErrorCode::GroupParameterInvalid,
                format!("Cursor {text:?} is not a cursor the emulator gave"),
            )
        })?,
    };
    let groups = ctx.state.groups.lock();
    let group = groups.find(&request.group_id)?;
    require_receipts(group)?;
    let store = ctx.state.group_extras.lock();
    let from = with_receipt(&store, group, seq).map_err(|_| {
        Failure::new(
            ErrorCode::GroupReceiptNotFound,
            format!("message {seq} of group {:?} has no read receipt", group.id),
        )
    })?;
    let reported = store.get(group).and_then(|extras| extras.read_reports.get(&seq));
    let (read, unread) = receipts::split(group, seq, from, reported);
    let list = if request.filter == 0 { read } else { unread };
    let end = start.saturating_add(request.count as usize).min(list.len());
    let page = list.get(start.min(end)..end).unwrap_or_default().to_vec();
    let finished = end >= list.len();
    let mut reply = GetGroupMsgReceiptDetailResponse::default();
    reply.envelope = Envelope::ok();
    reply.msg_seq = Some(seq);
    reply.is_finish = Some(u8::from(finished));
    reply.cursor = Some(if finished { "0".into() } else { end.to_string() });
    if request.filter == 0 {
        reply.read_list = Some(page.into_iter().map(ReadAccount::new).collect());
    } else {
        reply.unread_list = Some(page.into_iter().map(UnreadAccount::new).collect());
    }
    Ok(reply)
}

pub(crate) fn report(ctx: &Context, request: GroupMsgReceiptRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let groups = ctx.state.groups.lock();
    let group = groups.find(&request.group_id)?;
    require_receipts(group)?;
    if !group.is_member(&request.from_account) {
        return Err(group_failures::not_member(&group.id, &request.from_account));
    }
    let mut store = ctx.state.group_extras.lock();
    for item in &request.msg_seq_list {
        with_receipt(&store, group, item.msg_seq).map_err(|_| {
            Failure::new(
                ErrorCode::GroupReceiptNotFound,
                format!("message {} of group {:?} has no read receipt", item.msg_seq, group.id),
            )
        })?;
    }
    let reports = &mut store.of(group).read_reports;
    for item in &request.msg_seq_list {
        reports
            .entry(item.msg_seq)
            .or_default()
            .insert(request.from_account.clone());
    }
    Ok(EnvelopeOnlyResponse::new())
}
