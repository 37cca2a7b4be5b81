//! One key-value pair of a message's extension, and the rules and paging
//! the one-to-one (`get_key_values`, `set_key_values`) and group
//! (`group_get_key_values`, `group_set_key_values`) calls share.

use crate::Envelope;
use serde::{Deserialize, Serialize};

use crate::limits::{MSG_EXT_KEY_MAX_BYTES, MSG_EXT_PAIRS_PER_REQUEST_MAX, MSG_EXT_VALUE_MAX_BYTES};
use crate::macros::int_enum;
use crate::validation::{check, Rule, ValidationError};
use crate::ErrorCode;

int_enum! {
    /// `OperateType` of `set_key_values` and `group_set_key_values`.
    pub enum ExtOperateType {
        /// 1: set the given pairs.
        Set = 1,
        /// 2: delete the given keys.
        Delete = 2,
        /// 3: clear every pair.
        Clear = 3,
    }
}

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

/// One entry of the reply's `ExtensionList`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ExtensionResult {
    /// `ErrorCode`: 0, or e.g. 23001 on a `Seq` conflict.
    #[serde(rename = "ErrorCode", default)]
    pub error_code: ErrorCode,
    /// `Extension`: the pair as stored (its new `Seq`), or the current one on a conflict.
    #[serde(rename = "Extension", default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<MsgExtension>,
}

impl ExtensionResult {
    /// The result `error_code` for one pair, with the pair as stored.
    pub fn new(error_code: ErrorCode, extension: Option<MsgExtension>) -> Self {
        Self { error_code, extension }
    }
}

/// The `OperateType` and `ExtensionList` of a set request: for 1 (set) and
/// 2 (delete), 1 to 20 pairs, each within [`MsgExtension::check`]'s limits;
/// for 3 (clear) nothing more (a list sent with it is left to the service).
pub(crate) fn check_operation(
    operate_type: &ExtOperateType,
    pairs: Option<&[MsgExtension]>,
) -> Result<(), ValidationError> {
    match operate_type {
        ExtOperateType::Set | ExtOperateType::Delete => {
            let Some(pairs) = pairs else {
                return Err(ValidationError::new("ExtensionList", Rule::Required));
            };
            check::count("ExtensionList", pairs.len(), 1, MSG_EXT_PAIRS_PER_REQUEST_MAX, None)?;
            for (index, pair) in pairs.iter().enumerate() {
                pair.check(&format!("ExtensionList[{index}]"))?;
            }
            Ok(())
        }
        ExtOperateType::Clear => Ok(()),
        ExtOperateType::Unknown(value) => Err(ValidationError::new(
            "OperateType",
            Rule::UnsupportedValue {
                value: *value,
                expected: "1 (set), 2 (delete) or 3 (clear)",
            },
        )),
    }
}

/// The `StartSeq` of the page after a get reply: the last pair's `Seq` plus
/// one while `CompleteFlag` is 0 (the pages say to continue "based on
/// `StartSeq`" without the exact value; this crate's choice, since
/// `StartSeq` is inclusive). `None` when the reply is complete, or
/// incomplete with no pairs to continue from.
pub(crate) fn next_start_seq(complete_flag: Option<u32>, pairs: Option<&[MsgExtension]>) -> Option<u64> {
    if complete_flag != Some(0) {
        return None;
    }
    pairs?.iter().filter_map(|pair| pair.seq).max()?.checked_add(1)
}

/// The reply of `get_key_values` and `group_get_key_values`: one page of a
/// message's extension pairs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct KeyValuesResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `CompleteFlag`: 1 when every pair was returned.
    #[serde(rename = "CompleteFlag", default, skip_serializing_if = "Option::is_none")]
    pub complete_flag: Option<u32>,
    /// `LatestSeq`: the highest `Seq` of the message's pairs.
    #[serde(rename = "LatestSeq", default, skip_serializing_if = "Option::is_none")]
    pub latest_seq: Option<u64>,
    /// `ClearSeq`: pairs with a `Seq` up to this were cleared.
    #[serde(rename = "ClearSeq", default, skip_serializing_if = "Option::is_none")]
    pub clear_seq: Option<u64>,
    /// `ExtensionList`: the pairs, sorted by `Seq`.
    #[serde(rename = "ExtensionList", default, skip_serializing_if = "Option::is_none")]
    pub extension_list: Option<Vec<MsgExtension>>,
}

impl KeyValuesResponse {
    /// A successful, complete reply with `pairs`.
    pub fn new(pairs: Vec<MsgExtension>, latest_seq: u64, clear_seq: u64) -> Self {
        Self {
            envelope: Envelope::ok(),
            complete_flag: Some(1),
            latest_seq: Some(latest_seq),
            clear_seq: Some(clear_seq),
            extension_list: Some(pairs),
        }
    }
}

crate::macros::response!(KeyValuesResponse);

/// The reply of `set_key_values` and `group_set_key_values`: the result of
/// each pair.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ExtensionResultsResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `ExtensionList`: the result of each pair.
    #[serde(rename = "ExtensionList", default, skip_serializing_if = "Option::is_none")]
    pub extension_list: Option<Vec<ExtensionResult>>,
}

impl ExtensionResultsResponse {
    /// A successful reply with the result of each pair.
    pub fn new(results: Vec<ExtensionResult>) -> Self {
        Self {
            envelope: Envelope::ok(),
            extension_list: Some(results),
        }
    }
}

crate::macros::response!(ExtensionResultsResponse);
