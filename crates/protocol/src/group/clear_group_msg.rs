//! `v4/group_open_http_svc/clear_group_msg`: clear a group's message history
//! (all of it, or up to a sequence number).

use serde::{Deserialize, Serialize};

use super::checks;
use crate::validation::ValidationError;

/// The request of `clear_group_msg` (<https://trtc.io/document/65970>;
/// Chinese page 269/95617).
///
/// The service marks the messages deleted, so that the SDKs no longer pull
/// them; an app admin still reads them with `group_msg_get_simple`. Every
/// group type but Community supports it.
///
/// Not idempotent (this crate's choice): without `MsgSeq` the whole history
/// is cleared, so a repeat after a lost reply would also clear the messages
/// sent in between; a call whose outcome is unknown is not repeated by
/// default. (Up to a `MsgSeq`, a repeat clears the same messages.)
///
/// ```
/// use tim_protocol::group::ClearGroupMsgRequest;
///
/// let request = ClearGroupMsgRequest::new("@TGS#15ERQPAER").up_to(7803321);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"GroupId": "@TGS#15ERQPAER", "MsgSeq": 7803321})
/// );
/// assert!(request.validate().is_ok());
/// assert!(ClearGroupMsgRequest::new("").validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClearGroupMsgRequest {
    /// `GroupId`: the group whose history is cleared.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `MsgSeq`: the messages up to and including this sequence number are
    /// cleared; every message when absent.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
}

impl ClearGroupMsgRequest {
    /// Clear the whole history of `group_id`.
    pub fn new(group_id: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            msg_seq: None,
        }
    }

    /// Clear only the messages up to and including `msg_seq`.
    #[must_use]
    pub fn up_to(mut self, msg_seq: u64) -> Self {
        self.msg_seq = Some(msg_seq);
        self
    }

    /// Checks: `GroupId` not empty. The page gives no other limit.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Rule;

    #[test]
    fn the_group_is_required_and_the_seq_optional() {
        let error = ClearGroupMsgRequest::new("").check().unwrap_err();
        assert_eq!((error.field(), error.rule()), ("GroupId", &Rule::NotEmpty));
        let request: ClearGroupMsgRequest = serde_json::from_str(r#"{"GroupId":"g"}"#).unwrap();
        assert_eq!(request, ClearGroupMsgRequest::new("g"));
        assert!(request.check().is_ok());
    }
}
