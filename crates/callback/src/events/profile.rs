//! Profile events (`Profile.…`).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::common::EventTime;

/// `Profile.CallbackPortraitSet`: a user's profile was updated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PortraitSet {
    /// `Operator_Account`: who made the change (the user, or the admin).
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `From_Account`: whose profile changed.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
    /// `ProfileItem`: the fields set.
    #[serde(rename = "ProfileItem", default)]
    pub profile_item: Vec<ProfileItem>,
}

/// One profile field: a `Tag` (e.g. `Tag_Profile_IM_Nick`) and its `Value`,
/// a string or a number depending on the tag.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProfileItem {
    /// `Tag`.
    #[serde(rename = "Tag")]
    pub tag: String,
    /// `Value`: a string or an integer, as the tag defines.
    #[serde(rename = "Value")]
    pub value: Value,
}

impl ProfileItem {
    /// A field.
    pub fn new(tag: impl Into<String>, value: impl Into<Value>) -> Self {
        Self {
            tag: tag.into(),
            value: value.into(),
        }
    }
}
