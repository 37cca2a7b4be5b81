//! One group counter: a key and its signed 64-bit value
//! (`get_group_counter`, `update_group_counter`).

use crate::Envelope;
use serde::{Deserialize, Serialize};

/// One `GroupCounter` item.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupCounter {
    /// `Key`: at most 128 bytes.
    #[serde(rename = "Key")]
    pub key: String,
    /// `Value`: a 64-bit signed integer.
    #[serde(rename = "Value")]
    pub value: i64,
}

impl GroupCounter {
    /// A counter.
    pub fn new(key: impl Into<String>, value: i64) -> Self {
        Self { key: key.into(), value }
    }
}

/// The reply of `get_group_counter` and `update_group_counter`: the counters
/// (after the update).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupCounterResponse {
    /// `GroupCounter`: the counters read.
    #[serde(rename = "GroupCounter", default, skip_serializing_if = "Option::is_none")]
    pub group_counter: Option<Vec<GroupCounter>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GroupCounterResponse);
