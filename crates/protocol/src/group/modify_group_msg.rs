//! `v4/openim/modify_group_msg`: overwrite the body or custom data of a
//! group message in the history. It lives under `openim` on the wire but is a
//! group call, so it is modelled here beside the other group message calls.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::message::{check_body, MsgBody};
use crate::validation::{Rule, ValidationError};

/// The request of `modify_group_msg` (<https://trtc.io/document/47948>). Not
/// for audio-video groups. Idempotent: it overwrites with the values given.
///
/// ```
/// use tim_protocol::group::ModifyGroupMsgRequest;
///
/// let request = ModifyGroupMsgRequest::new("@TGS#1HYEP2SHC", 23).cloud_custom_data("data");
/// assert!(request.validate().is_ok());
/// assert!(ModifyGroupMsgRequest::new("@TGS#1HYEP2SHC", 23).validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ModifyGroupMsgRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `MsgSeq`: the message to change.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// `MsgBody`: the new body.
    #[serde(rename = "MsgBody", default, skip_serializing_if = "Option::is_none")]
    pub msg_body: Option<MsgBody>,
    /// `CloudCustomData`: the new custom data.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
    /// `TopicId`: the topic of a Community the message is in.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

impl ModifyGroupMsgRequest {
    /// A change of message `msg_seq` of `group_id`; set the body, the custom
    /// data or both.
    pub fn new(group_id: impl Into<String>, msg_seq: u64) -> Self {
        Self {
            group_id: group_id.into(),
            msg_seq,
            msg_body: None,
            cloud_custom_data: None,
            topic_id: None,
        }
    }

    /// Replaces the body.
    pub fn msg_body(mut self, body: MsgBody) -> Self {
        self.msg_body = Some(body);
        self
    }

    /// Replaces the custom data.
    pub fn cloud_custom_data(mut self, data: impl Into<String>) -> Self {
        self.cloud_custom_data = Some(data.into());
        self
    }

    /// Checks: `GroupId` not empty; at least one of `MsgBody` and
    /// `CloudCustomData` (a request with neither changes nothing: refusing it
    /// is this crate's choice); the body ([`check_body`]).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        match (&self.msg_body, &self.cloud_custom_data) {
            (None, None) => Err(ValidationError::new("MsgBody", Rule::NotEmpty)),
            (Some(body), _) => check_body("MsgBody", body),
            (None, Some(_)) => Ok(()),
        }
    }
}
