//! `timpush/all_member_push_trace`: how a push to all (or tagged) users
//! reached one user, device by device.
//!
//! The emulator has no devices: no client connects, and a push is recorded,
//! not delivered (`state::push`, [`RecordedPush`]). What the record knows is
//! whether the user was among the push's recipients and when the push was
//! made, and that is all the reply says:
//!
//! - a recipient gets one `InstanceTrace` item with `PushTime` (the push's
//!   time, `YYYY-MM-DD HH:MM:SS` in Beijing time, the form of the page's
//!   sample and of `get_history`'s times) and `IMCommitStat.IMStat` (the
//!   Chat service's stage, the one stage the emulator went through:
//!   `PushStatus` 1, `ErrorCode` 0, `ErrorInfo` `"success"`, `EventTime`
//!   the same time). Every device-level field (`InstanceId`, `DeviceModel`,
//!   `System`, `SystemVersion`, `EventType`, `PushPlatform`, `Token`,
//!   `CertId`, `SdkVersion`, `PushVersion`, `NotificationStatus`,
//!   `last_active_terminal`) and the offline and online stages are left
//!   out, never made up;
//! - a user the push did not reach (not picked by its condition, its
//!   sender, an account not imported then) gets an empty `InstanceTrace`.
//!
//! The task is any push to all users the emulator recorded, through
//! `timpush/push` or `all_member_push/im_push` (the same feature; the page
//! says "all/tagged users push"). A recalled push is still traced: it was
//! made. Refusals: 90045 on the Standard edition, as every push call;
//! 90049 (no push has this `TaskId`) for an unknown task, and for one made
//! more than 7 days ago (the page: "supports data query within 7 days";
//! the code for that is the emulator's choice, the page gives none).

use tim_protocol::push::{AllMemberPushTraceRequest, AllMemberPushTraceResponse, CommitStat, InstanceTrace, StageStat};
use tim_protocol::{Envelope, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::operations::beijing_text;
use crate::state::push::{require_push, RecordedPush, DAY};

/// How far back a trace can be read: 7 days, as the page says.
const TRACE_WINDOW_SECS: u64 = 7 * DAY;

/// The one trace the record of `push` gives for a recipient.
fn recipient_trace(push: &RecordedPush) -> InstanceTrace {
    let time = beijing_text(push.time);
    let mut stage = StageStat::default();
    stage.push_status = Some(1);
    stage.error_code = Some(0);
    stage.error_info = Some("success".to_owned());
    stage.event_time = Some(time.clone());
    let mut commit = CommitStat::default();
    commit.im_stat = Some(stage);
    let mut trace = InstanceTrace::default();
    trace.push_time = Some(time);
    trace.im_commit_stat = Some(commit);
    trace
}

pub(crate) fn trace(ctx: &Context, request: AllMemberPushTraceRequest) -> Result<AllMemberPushTraceResponse, Failure> {
    require_push(ctx.settings.edition)?;
    let now = ctx.now();
    ctx.state.with_push(|push| {
        let task = push
            .pushes
            .iter()
            .find(|task| task.task_id == request.task_id && now.saturating_sub(task.time) <= TRACE_WINDOW_SECS)
            .ok_or_else(|| {
                Failure::new(
                    ErrorCode::PushTaskNotFound,
                    format!("no push of the last 7 days has the TaskID {:?}", request.task_id),
                )
            })?;
        let mut reply = AllMemberPushTraceResponse::default();
        reply.envelope = Envelope::ok();
        if task.recipients.contains(&request.user_id) {
            reply.instance_trace.push(recipient_trace(task));
        }
        Ok(reply)
    })
}
