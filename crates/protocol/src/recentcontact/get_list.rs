//! `v4/recentcontact/get_list`: page through a user's recent conversations.

use serde::{Deserialize, Serialize};

use crate::conversation::ConversationType;
use crate::validation::{check, ValidationError};
use crate::{Envelope, Paged};

/// The `AssistFlags` the current documentation says to always send.
pub const ASSIST_FLAGS_ALL: u32 = 63;

/// The request of `get_list`. Both cursors start at 0; send back the reply's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetListRequest {
    /// `From_Account`: the user whose list is read.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `TimeStamp`: ordinary-conversation cursor, time part.
    #[serde(rename = "TimeStamp")]
    pub timestamp: u64,
    /// `StartIndex`: ordinary-conversation cursor, index part.
    #[serde(rename = "StartIndex")]
    pub start_index: u64,
    /// `TopTimeStamp`: pinned-conversation cursor, time part.
    #[serde(rename = "TopTimeStamp")]
    pub top_timestamp: u64,
    /// `TopStartIndex`: pinned-conversation cursor, index part.
    #[serde(rename = "TopStartIndex")]
    pub top_start_index: u64,
    /// `AssistFlags`: feature bits; [`ASSIST_FLAGS_ALL`] by default.
    #[serde(rename = "AssistFlags")]
    pub assist_flags: u32,
}

impl GetListRequest {
    /// The first page of `from_account`'s list.
    pub fn first_page(from_account: impl Into<String>) -> Self {
        Self {
            from_account: from_account.into(),
            timestamp: 0,
            start_index: 0,
            top_timestamp: 0,
            top_start_index: 0,
            assist_flags: ASSIST_FLAGS_ALL,
        }
    }

    /// The page after `reply`.
    pub fn next_page(&self, reply: &GetListResponse) -> Self {
        Self {
            timestamp: reply.timestamp,
            start_index: reply.start_index,
            top_timestamp: reply.top_timestamp,
            top_start_index: reply.top_start_index,
            ..self.clone()
        }
    }

    /// Checks: `From_Account` 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)
    }
}

/// Pages by the reply's two cursors until `CompleteFlag` is 1.
impl Paged for GetListRequest {
    fn next_request(&self, reply: &GetListResponse) -> Option<Self> {
        let next = self.next_page(reply);
        (reply.complete_flag != 1 && next != *self).then_some(next)
    }
}

/// The reply of `get_list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetListResponse {
    /// `SessionItem`: the conversations.
    #[serde(rename = "SessionItem", default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<SessionItem>,
    /// `CompleteFlag`: 1 when everything was returned.
    #[serde(rename = "CompleteFlag", default)]
    pub complete_flag: u32,
    /// `TimeStamp`: next ordinary cursor, time part.
    #[serde(rename = "TimeStamp", default)]
    pub timestamp: u64,
    /// `StartIndex`: next ordinary cursor, index part.
    #[serde(rename = "StartIndex", default)]
    pub start_index: u64,
    /// `TopTimeStamp`: next pinned cursor, time part.
    #[serde(rename = "TopTimeStamp", default)]
    pub top_timestamp: u64,
    /// `TopStartIndex`: next pinned cursor, index part.
    #[serde(rename = "TopStartIndex", default)]
    pub top_start_index: u64,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetListResponse);

impl GetListResponse {
    /// A successful reply; set the cursors with the fields.
    pub fn new(sessions: Vec<SessionItem>, complete: bool) -> Self {
        Self {
            sessions,
            complete_flag: u32::from(complete),
            timestamp: 0,
            start_index: 0,
            top_timestamp: 0,
            top_start_index: 0,
            envelope: Envelope::ok(),
        }
    }

    /// Whether every conversation has been returned.
    pub fn is_complete(&self) -> bool {
        self.complete_flag == 1
    }
}

/// One `SessionItem`. Note the group key is `GroupId` here, not `ToGroupId`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SessionItem {
    /// `Type`: 1 one-to-one, 2 group.
    #[serde(rename = "Type")]
    pub kind: ConversationType,
    /// `To_Account`: the peer, for one-to-one conversations.
    #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
    pub to_account: Option<String>,
    /// `GroupId`: the group, for group conversations.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `MsgTime`: latest activity (Unix seconds).
    #[serde(rename = "MsgTime", default)]
    pub msg_time: u64,
    /// `TopFlag`: 1 pinned.
    #[serde(rename = "TopFlag", default)]
    pub top_flag: u32,
    /// `StandardMark`.
    #[serde(rename = "StandardMark", default, skip_serializing_if = "Option::is_none")]
    pub standard_mark: Option<String>,
    /// `CustomMark`.
    #[serde(rename = "CustomMark", default, skip_serializing_if = "Option::is_none")]
    pub custom_mark: Option<String>,
    /// `ContactGroupId`.
    #[serde(rename = "ContactGroupId", default, skip_serializing_if = "Vec::is_empty")]
    pub contact_group_ids: Vec<u64>,
}

impl SessionItem {
    /// An item for `conversation` (a one-to-one or group conversation; any
    /// other shape is kept with its type and no ID).
    pub fn new(conversation: &crate::Conversation, msg_time: u64, pinned: bool) -> Self {
        let (to_account, group_id) = match conversation {
            crate::Conversation::C2c(user) => (Some(user.clone()), None),
            crate::Conversation::Group(group) => (None, Some(group.clone())),
            _ => (None, None),
        };
        Self {
            kind: conversation.kind(),
            to_account,
            group_id,
            msg_time,
            top_flag: u32::from(pinned),
            standard_mark: None,
            custom_mark: None,
            contact_group_ids: Vec::new(),
        }
    }

    /// The conversation, keyed as elsewhere (`ToGroupId`).
    pub fn conversation(&self) -> crate::Conversation {
        crate::Conversation::from(crate::RawConversation::new(
            self.kind,
            self.to_account.clone(),
            self.group_id.clone(),
        ))
    }
}
