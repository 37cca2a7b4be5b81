//! Online member counts: `group_open_http_svc/get_online_member_num` (an
//! audio-video group's) and `million_group_open_http_svc/get_online_member_num`
//! (a Community's).
//!
//! No client ever connects to the emulator, so nobody is ever online (as
//! `query_online_status` answers `Offline` for everyone): both calls answer
//! `OnlineMemberNum` 0 for a group of the type they serve. As documented,
//! the first serves only AVChatRoom and the second only Community; the
//! emulator answers 10007 for another type, 10010 without the group.

use tim_protocol::group::{
    GetCommunityOnlineMemberNumRequest, GetOnlineMemberNumRequest, GetOnlineMemberNumResponse, GroupType,
};
use tim_protocol::{Envelope, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;

/// 0 online members of `group_id`, if it is a `kind` group.
fn count(ctx: &Context, group_id: &str, kind: GroupType) -> Result<GetOnlineMemberNumResponse, Failure> {
    let groups = ctx.state.groups.lock();
    let group = groups.find(group_id)?;
    if group.kind != kind {
        return Err(Failure::new(
            ErrorCode::GroupPermissionDenied,
            format!(
                "group {:?} is not of type {kind}: this call counts only those",
                group.id,
                kind = kind.as_str()
            ),
        ));
    }
    let mut reply = GetOnlineMemberNumResponse::default();
    reply.envelope = Envelope::ok();
    reply.online_member_num = Some(0);
    Ok(reply)
}

pub(crate) fn av_group(
    ctx: &Context,
    request: GetOnlineMemberNumRequest,
) -> Result<GetOnlineMemberNumResponse, Failure> {
    count(ctx, &request.group_id, GroupType::AvChatRoom)
}

pub(crate) fn community(
    ctx: &Context,
    request: GetCommunityOnlineMemberNumRequest,
) -> Result<GetOnlineMemberNumResponse, Failure> {
    count(ctx, &request.group_id, GroupType::Community)
}
