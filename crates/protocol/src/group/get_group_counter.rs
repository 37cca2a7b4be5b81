//! `v4/group_open_http_svc/get_group_counter`: read a group's counters.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::{GROUP_COUNTERS_MAX, GROUP_COUNTER_KEY_MAX_BYTES};
use crate::validation::ValidationError;

/// The request of `get_group_counter`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetGroupCounterRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `GroupCounterKeys`: the keys to read; absent reads every counter.
    #[serde(rename = "GroupCounterKeys", default, skip_serializing_if = "Option::is_none")]
    pub group_counter_keys: Option<Vec<String>>,
}

impl GetGroupCounterRequest {
    /// Every counter of `group_id`.
    pub fn new(group_id: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            group_counter_keys: None,
        }
    }

    /// Only the counters with these keys.
    pub fn keys<S: Into<String>>(mut self, keys: impl IntoIterator<Item = S>) -> Self {
        self.group_counter_keys = Some(keys.into_iter().map(Into::into).collect());
        self
    }

    /// Checks: `GroupId` not empty; at most 20 keys of 1 to 128 bytes (a
    /// group has at most 20 counters).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        if let Some(keys) = &self.group_counter_keys {
            checks::counter_keys(
                "GroupCounterKeys",
                keys.iter().map(String::as_str),
                GROUP_COUNTERS_MAX,
                GROUP_COUNTER_KEY_MAX_BYTES,
            )?;
        }
        Ok(())
    }
}
