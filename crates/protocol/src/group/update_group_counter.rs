//! `v4/group_open_http_svc/update_group_counter`: set, increase or decrease
//! a group's counters.

use serde::{Deserialize, Serialize};

use super::checks;
use super::group_counter::GroupCounter;
use super::types::CounterMode;
use crate::limits::{GROUP_COUNTERS_MAX, GROUP_COUNTER_KEY_MAX_BYTES};
use crate::validation::{check, ValidationError};
use crate::ErrorCode;

/// The request of `update_group_counter`.
///
/// ```
/// use tim_protocol::group::{CounterMode, GroupCounter, UpdateGroupCounterRequest};
///
/// let request = UpdateGroupCounterRequest::new("@TGS#aC5SZEAEF", [GroupCounter::new("like", 1)])
///     .mode(CounterMode::Increase);
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateGroupCounterRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `GroupCounter`: the counters to change.
    #[serde(rename = "GroupCounter")]
    pub group_counter: Vec<GroupCounter>,
    /// `Mode`: `Set` when absent.
    #[serde(rename = "Mode", default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<CounterMode>,
}

impl UpdateGroupCounterRequest {
    /// Set `counters` of `group_id`.
    pub fn new(group_id: impl Into<String>, counters: impl IntoIterator<Item = GroupCounter>) -> Self {
        Self {
            group_id: group_id.into(),
            group_counter: counters.into_iter().collect(),
            mode: None,
        }
    }

    /// How the values change the counters.
    pub fn mode(mut self, mode: CounterMode) -> Self {
        self.mode = Some(mode);
        self
    }

    /// Checks: `GroupId` not empty; 1 to 20 counters (more is 10063), keys
    /// of 1 to 128 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        check::count(
            "GroupCounter",
            self.group_counter.len(),
            1,
            GROUP_COUNTERS_MAX,
            Some(ErrorCode::GroupCounterLimit),
        )?;
        for (index, counter) in self.group_counter.iter().enumerate() {
            check::text(
                || format!("GroupCounter[{index}].Key"),
                &counter.key,
                GROUP_COUNTER_KEY_MAX_BYTES,
            )?;
        }
        Ok(())
    }
}
