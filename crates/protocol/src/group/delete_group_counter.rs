//! `v4/group_open_http_svc/delete_group_counter`: delete some, or all, of a
//! group's counters.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::{GROUP_COUNTERS_MAX, GROUP_COUNTER_KEY_MAX_BYTES};
use crate::validation::ValidationError;

/// The request of `delete_group_counter`. The page: "If no value is passed
/// in, all group counter keys will be deleted", so `GroupCounterKeys` is
/// optional: [`Self::all`] leaves it out.
///
/// ```
/// use tim_protocol::group::DeleteGroupCounterRequest;
///
/// let some = DeleteGroupCounterRequest::new("@TGS#aC5SZEAEF", ["like", "unlike"]);
/// assert_eq!(
///     serde_json::to_value(&some).unwrap(),
///     serde_json::json!({"GroupId": "@TGS#aC5SZEAEF", "GroupCounterKeys": ["like", "unlike"]})
/// );
/// let all = DeleteGroupCounterRequest::all("@TGS#aC5SZEAEF");
/// assert_eq!(serde_json::to_value(&all).unwrap(), serde_json::json!({"GroupId": "@TGS#aC5SZEAEF"}));
/// assert!(all.validate().is_ok());
/// let none: [&str; 0] = [];
/// assert_eq!(DeleteGroupCounterRequest::new("g", none).validate().unwrap_err().field(), "GroupCounterKeys");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeleteGroupCounterRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `GroupCounterKeys`: the keys of the counters to delete; absent
    /// deletes every counter of the group.
    #[serde(rename = "GroupCounterKeys", default, skip_serializing_if = "Option::is_none")]
    pub group_counter_keys: Option<Vec<String>>,
}

impl DeleteGroupCounterRequest {
    /// Delete the counters `keys` of `group_id`.
    pub fn new<S: Into<String>>(group_id: impl Into<String>, keys: impl IntoIterator<Item = S>) -> Self {
        Self {
            group_id: group_id.into(),
            group_counter_keys: Some(keys.into_iter().map(Into::into).collect()),
        }
    }

    /// Delete every counter of `group_id` (`GroupCounterKeys` left out).
    pub fn all(group_id: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            group_counter_keys: None,
        }
    }

    /// Checks: `GroupId` not empty; absent keys (every counter), or 1 to 20
    /// keys of 1 to 128 bytes. A present but empty list is refused: the
    /// page's "no value" is the field left out, and an empty list is more
    /// likely a caller's mistake than a wish to delete everything (the
    /// choice where the page is silent).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        let Some(keys) = &self.group_counter_keys else {
            return Ok(());
        };
        crate::validation::check::count("GroupCounterKeys", keys.len(), 1, GROUP_COUNTERS_MAX, None)?;
        checks::counter_keys(
            "GroupCounterKeys",
            keys.iter().map(String::as_str),
            GROUP_COUNTERS_MAX,
            GROUP_COUNTER_KEY_MAX_BYTES,
        )
    }
}
