//! Group message read receipts: `get_group_msg_receipt` (read and unread
//! counts) and `get_group_msg_receipt_detail` (who has, or has not, read).
//!
//! As documented: work, public and meeting groups have receipts
//! (AVChatRoom and Community: the emulator answers 10007; 10010 without the
//! group), and a message has one only when it was sent with
//! `NeedReadReceipt` 1: any other (or one the group does not keep) answers
//! 10062, per message in `get_group_msg_receipt`, for the call in the
//! detail. `Count` is 1 to 200 (`validate()`).
//!
//! Who has read: the rule of `state::receipts` — a member has read message
//! `N` once it sent a later message in the group; the sender and the app
//! administrator are not counted. The detail lists members in join order;
//! `Cursor` is how many entries came before the page (`""` first), and the
//! last page answers `IsFinish` 1 with `Cursor` `"0"`. A `Cursor` the
//! emulator did not give, or no `MsgSeq`, answers 10004.

use tim_protocol::group::{
    GetGroupMsgReceiptDetailRequest, GetGroupMsgReceiptDetailResponse, GetGroupMsgReceiptRequest,
    GetGroupMsgReceiptResponse, GroupMsgReceipt, GroupType, ReadAccount, UnreadAccount,
};
use tim_protocol::{Envelope, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::group_extras::Store;
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
                let (read, unread) = receipts::split(group, item.msg_seq, from);
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
    let (read, unread) = receipts::split(group, seq, from);
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
