//! One key-value pair of a one-to-one message's extension, shared by
//! `get_key_values` and `set_key_values`.

use serde::{Deserialize, Serialize};

use crate::limits::{MSG_EXT_KEY_MAX_BYTES, MSG_EXT_VALUE_MAX_BYTES};
use crate::validation::{check, Rule, ValidationError};

/// One entry of `ExtensionList`: `{"Key", "Value", "Seq"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MsgExtension {
    /// `Key`: 1 to 100 bytes.
    #[serde(rename = "Key")]
    pub key: String,
    /// `Value`: at most 1000 bytes.
    #[serde(rename = "Value")]
    pub value: String,
    /// `Seq`: the pair's version. 0 when a member sets a key the first
    /// time, then the latest `Seq` read; an admin may omit it.
    #[serde(rename = "Seq", default, skip_serializing_if = "Option::is_none")]
    pub seq: Option<u64>,
}

impl MsgExtension {
    /// A pair with its `Seq`.
    pub fn new(key: impl Into<String>, value: impl Into<String>, seq: u64) -> Self {
        Self {
            key: key.into(),
            value: value.into(),
            seq: Some(seq),
        }
    }

    /// Checks: `Key` 1 to 100 bytes, `Value` at most 1000 bytes. `field` is
    /// the entry's JSON path.
    pub(crate) fn check(&self, field: &str) -> Result<(), ValidationError> {
        check::text(|| format!("{field}.Key"), &self.key, MSG_EXT_KEY_MAX_BYTES)?;
        if self.value.len() > MSG_EXT_VALUE_MAX_BYTES {
            return Err(ValidationError::new(
                format!("{field}.Value"),
                Rule::TooLong {
                    max_bytes: MSG_EXT_VALUE_MAX_BYTES,
                    actual: self.value.len(),
                },
            ));
        }
        Ok(())
    }
}
