//! Follow events (`Follow.…`): one user follows or unfollows others.

use serde::{Deserialize, Serialize};

use super::common::EventTime;

/// `Follow.CallbackAfterFollowAdd`: a user followed others
/// (<https://trtc.io/document/70355>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterFollowAdd {
    /// `From_Account`: who followed.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `FollowList`: the users now followed.
    #[serde(rename = "FollowList", default)]
    pub follow_list: Vec<FollowItem>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// One `FollowList` item of [`AfterFollowAdd`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FollowItem {
    /// `To_Account`: the user followed.
    #[serde(rename = "To_Account")]
    pub to_account: String,
}

impl FollowItem {
    /// An item for the followed user `to`.
    pub fn new(to: impl Into<String>) -> Self {
        Self { to_account: to.into() }
    }
}

/// `Follow.CallbackAfterFollowDelete`: a user unfollowed others
/// (<https://trtc.io/document/70356>).
///
/// Unlike [`AfterFollowAdd`], the page gives the unfollowed users as a plain
/// list of IDs under `To_Account`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterFollowDelete {
    /// `From_Account`: who unfollowed.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: the users no longer followed.
    #[serde(rename = "To_Account", default)]
    pub to_account: Vec<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}
