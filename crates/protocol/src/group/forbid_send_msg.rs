//! `v4/group_open_http_svc/forbid_send_msg`: mute or unmute up to 500 members.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::{GROUP_ACCOUNTS_PER_REQUEST_MAX, MUTE_FOREVER};
use crate::validation::ValidationError;

/// The request of `forbid_send_msg`. The mute time was called `ShutUpTime`
/// by older pages and `MuteTime` by newer ones: both are read, `MuteTime` is
/// written.
///
/// ```
/// use tim_protocol::group::ForbidSendMsgRequest;
///
/// let old: ForbidSendMsgRequest =
///     serde_json::from_str(r#"{"GroupId": "g", "Members_Account": ["a"], "ShutUpTime": 60}"#).unwrap();
/// assert_eq!(old, ForbidSendMsgRequest::mute("g", ["a"], 60));
/// assert!(ForbidSendMsgRequest::forever("g", ["a"]).validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ForbidSendMsgRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Members_Account`: 1 to 500 UserIDs.
    #[serde(rename = "Members_Account")]
    pub members_account: Vec<String>,
    /// `MuteTime`: seconds; 0 unmutes, 4294967295 mutes for ever.
    #[serde(rename = "MuteTime", alias = "ShutUpTime")]
    pub mute_time: u32,
    /// `TopicId`: mute in one topic of a Community only.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

impl ForbidSendMsgRequest {
    /// Mute `members` for `seconds` (0 unmutes).
    pub fn mute<S: Into<String>>(
        group_id: impl Into<String>,
        members: impl IntoIterator<Item = S>,
        seconds: u32,
    ) -> Self {
        Self {
            group_id: group_id.into(),
            members_account: members.into_iter().map(Into::into).collect(),
            mute_time: seconds,
            topic_id: None,
        }
    }

    /// Mute `members` for ever.
    pub fn forever<S: Into<String>>(group_id: impl Into<String>, members: impl IntoIterator<Item = S>) -> Self {
        Self::mute(group_id, members, MUTE_FOREVER)
    }

    /// Unmute `members`.
    pub fn unmute<S: Into<String>>(group_id: impl Into<String>, members: impl IntoIterator<Item = S>) -> Self {
        Self::mute(group_id, members, 0)
    }

    /// Checks: `GroupId` not empty; 1 to 500 UserIDs of 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        checks::user_ids(
            "Members_Account",
            self.members_account.iter().map(String::as_str),
            1,
            GROUP_ACCOUNTS_PER_REQUEST_MAX,
        )
    }
}
