//! `v4/timpush/revoke`: recall a push.

use serde::{Deserialize, Serialize};

use crate::message::OfflinePushInfo;
use crate::validation::{Rule, ValidationError};

/// The request of `timpush/revoke` (<https://www.tencentcloud.com/document/product/1047/60571>;
/// 269/105123 on the Chinese site): stops delivering the push `TaskId` to
/// the accounts not reached yet, recalls its unread and roaming messages,
/// and overwrites a notification already shown with `OfflinePushInfo`
/// (when given and `PushFlag` is not 1). The reply is the status fields
/// alone.
///
/// Rules the service enforces: only a task of `push` (90049 otherwise),
/// once (90050), within 24 hours of the push
/// ([`REVOKE_WINDOW_SECS`](super::REVOKE_WINDOW_SECS); 90052), at most one
/// recall a second (90051; the table's rate), and with `OfflinePushInfo`
/// for a push whose messages were not stored (90053).
///
/// Not idempotent: a second recall of the same task answers 90050.
///
/// ```
/// use tim_protocol::message::OfflinePushInfo;
/// use tim_protocol::push::TimpushRevokeRequest;
///
/// let request = TimpushRevokeRequest::new("660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e")
///     .offline_push(OfflinePushInfo::new().title("recall title").desc("The other party has recalled a message."));
/// assert!(request.validate().is_ok());
/// assert!(TimpushRevokeRequest::new("").validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TimpushRevokeRequest {
    /// `TaskId`: the push's task, from its reply.
    #[serde(rename = "TaskId")]
    pub task_id: String,
    /// `OfflinePushInfo`: the notification replacing the one shown.
    #[serde(rename = "OfflinePushInfo", default, skip_serializing_if = "Option::is_none")]
    pub offline_push_info: Option<OfflinePushInfo>,
}

impl TimpushRevokeRequest {
    /// Recalls the push `task_id`.
    pub fn new(task_id: impl Into<String>) -> Self {
        Self {
            task_id: task_id.into(),
            offline_push_info: None,
        }
    }

    /// Replacing the notification shown with `info`.
    pub fn offline_push(mut self, info: OfflinePushInfo) -> Self {
        self.offline_push_info = Some(info);
        self
    }

    /// Checks: `TaskId` not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if self.task_id.is_empty() {
            return Err(ValidationError::new("TaskId", Rule::NotEmpty));
        }
        Ok(())
    }
}
