//! `openim_msg_ext_http_svc`, group message extensions:
//! `group_set_key_values` and `group_get_key_values`.
//!
//! The rules of `Seq`, deletes, clears, the 300-pair cap and the read's
//! pages are those of one-to-one messages (`state::extensions`, shared with
//! `handlers::extensions`). As documented: extensions need the Ultimate
//! edition (the emulator's `Edition::Enterprise`; any other answers 10008);
//! work, public and meeting groups have them (AVChatRoom and Community: the
//! emulator answers 10007; 10010 without the group); the message must have
//! been sent with `SupportMessageExtension` 1 (23002).
//!
//! Choice where the pages are silent: a `MsgSeq` the group keeps no message
//! for (never sent, or deleted) answers 10030, the group service's code for
//! it (`group_msg_recall`, `modify_group_msg`).

use tim_protocol::group::{GroupGetKeyValuesRequest, GroupSetKeyValuesRequest, GroupType};
use tim_protocol::openim::{ExtensionResultsResponse, KeyValuesResponse};
use tim_protocol::{Envelope, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::extensions::Extensions;
use crate::state::receipts;

/// 10030: no message with this number.
const MESSAGE_NOT_FOUND: i64 = 10030;

/// Runs `operation` on the extensions of message `seq` of `group_id`,
/// after the edition's, the group's and the message's checks.
fn with_extensions<T>(
    ctx: &Context,
    group_id: &str,
    seq: u64,
    operation: impl FnOnce(&mut Extensions) -> Result<T, Failure>,
) -> Result<T, Failure> {
    ctx.require_message_extensions()?;
    let groups = ctx.state.groups.lock();
    let group = groups.find(group_id)?;
    if group.is_av() || group.kind == GroupType::Community {
        return Err(Failure::new(
            ErrorCode::GroupPermissionDenied,
            format!(
                "group {:?} is an AVChatRoom or a Community: no message extensions",
                group.id
            ),
        ));
    }
    if receipts::sender(group, seq).is_none() {
        return Err(Failure::new(
            ErrorCode::from(MESSAGE_NOT_FOUND),
            format!("group {:?} has no message {seq}", group.id),
        ));
    }
    let mut store = ctx.state.group_extras.lock();
    match store.of(group).extensions.get_mut(&seq) {
        Some(extensions) => operation(extensions),
        None => Err(Failure::new(
            ErrorCode::MsgExtUnsupported,
            "the message was not sent with SupportMessageExtension 1",
        )),
    }
}

pub(crate) fn set(ctx: &Context, request: GroupSetKeyValuesRequest) -> Result<ExtensionResultsResponse, Failure> {
    let pairs = request.extension_list.unwrap_or_default();
    let results = with_extensions(ctx, &request.group_id, request.msg_seq, |extensions| {
        extensions.apply(&request.operate_type, &pairs)
    })?;
    let mut reply = ExtensionResultsResponse::default();
    reply.envelope = Envelope::ok();
    reply.extension_list = results;
    Ok(reply)
}

pub(crate) fn get(ctx: &Context, request: GroupGetKeyValuesRequest) -> Result<KeyValuesResponse, Failure> {
    let start = request.start_seq.unwrap_or(0);
    with_extensions(ctx, &request.group_id, request.msg_seq, |extensions| {
        Ok(extensions.read(start))
    })
}
