//! `v4/group_open_http_svc/delete_group_counter`: delete some of a group's counters.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::{GROUP_COUNTERS_MAX, GROUP_COUNTER_KEY_MAX_BYTES};
use crate::validation::ValidationError;

/// The request of `delete_group_counter`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeleteGroupCounterRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `GroupCounterKeys`: the keys of the counters to delete.
    #[serde(rename = "GroupCounterKeys")]
    pub group_counter_keys: Vec<String>,
}

impl DeleteGroupCounterRequest {
    /// Delete the counters `keys` of `group_id`.
    pub fn new<S: Into<String>>(group_id: impl Into<String>, keys: impl IntoIterator<Item = S>) -> Self {
        Self {
            group_id: group_id.into(),
            group_counter_keys: keys.into_iter().map(Into::into).collect(),
        }
    }

    /// Checks: `GroupId` not empty; 1 to 20 keys of 1 to 128 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        crate::validation::check::count(
            "GroupCounterKeys",
            self.group_counter_keys.len(),
            1,
            GROUP_COUNTERS_MAX,
            None,
        )?;
        checks::counter_keys(
            "GroupCounterKeys",
            self.group_counter_keys.iter().map(String::as_str),
            GROUP_COUNTERS_MAX,
            GROUP_COUNTER_KEY_MAX_BYTES,
        )
    }
}
