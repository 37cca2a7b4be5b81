//! One group counter: a key and its signed 64-bit value
//! (`get_group_counter`, `update_group_counter`).

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
