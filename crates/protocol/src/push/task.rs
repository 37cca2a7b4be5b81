//! The reply of a push: its task ID.

use serde::{Deserialize, Serialize};

use crate::Envelope;

/// The reply of `im_push` and `timpush/push`: the status fields and the
/// push's `TaskId`, which the `Push.AllMemberPush` webhook, the push trace
/// (`timpush/all_member_push_trace`) and a recall (`timpush/revoke`) name.
///
/// ```
/// use tim_protocol::push::PushTaskResponse;
///
/// let reply: PushTaskResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"TaskId":"53a4ba0c_1f2a_4e8b"}"#,
/// )
/// .unwrap();
/// assert!(reply.envelope.is_success());
/// assert_eq!(reply.task_id.as_deref(), Some("53a4ba0c_1f2a_4e8b"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PushTaskResponse {
    /// `TaskId`: the push task; absent (or empty) when the push failed.
    #[serde(rename = "TaskId", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

impl PushTaskResponse {
    /// A successful reply naming `task_id`.
    pub fn new(task_id: impl Into<String>) -> Self {
        Self {
            task_id: Some(task_id.into()),
            envelope: crate::Envelope::ok(),
        }
    }
}

crate::macros::response!(PushTaskResponse);
