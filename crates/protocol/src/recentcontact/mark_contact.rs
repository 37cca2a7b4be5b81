//! `v4/recentcontact/mark_contact`: set or clear standard marks and set the
//! custom mark of up to 100 conversations of a user.

use serde::{Deserialize, Serialize};

use crate::limits::{CONTACTS_PER_REQUEST_MAX, CUSTOM_MARK_MAX_BYTES, STANDARD_MARK_BITS};
use crate::macros::int_enum;
use crate::validation::{check, Rule, ValidationError};
use crate::{Conversation, Envelope, ErrorCode};

int_enum! {
    /// `OptType`: which marks an item changes.
    pub enum MarkOp {
        /// 1: the standard marks only.
        Standard = 1,
        /// 2: the custom mark only.
        Custom = 2,
        /// 3: both.
        Both = 3,
    }
}

/// The request of `mark_contact`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MarkContactRequest {
    /// `From_Account`: the owner of the marks.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `MarkItem`: 1 to 100 items.
    #[serde(rename = "MarkItem")]
    pub items: Vec<MarkItem>,
}

/// One `MarkItem`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MarkItem {
    /// `OptType`.
    #[serde(rename = "OptType")]
    pub op: MarkOp,
    /// `ContactItem`: the conversation.
    #[serde(rename = "ContactItem")]
    pub conversation: Conversation,
    /// `ClearMark`: standard-mark bits (1 to 64) to switch off.
    #[serde(rename = "ClearMark", default, skip_serializing_if = "Vec::is_empty")]
    pub clear_mark: Vec<u32>,
    /// `SetMark`: standard-mark bits (1 to 64) to switch on.
    #[serde(rename = "SetMark", default, skip_serializing_if = "Vec::is_empty")]
    pub set_mark: Vec<u32>,
    /// `CustomMark`: the new custom mark, at most 256 bytes.
    #[serde(rename = "CustomMark", default, skip_serializing_if = "Option::is_none")]
    pub custom_mark: Option<String>,
}

impl MarkItem {
    /// An item changing nothing yet; set the marks with the fields.
    pub fn new(op: MarkOp, conversation: Conversation) -> Self {
        Self {
            op,
            conversation,
            clear_mark: Vec::new(),
            set_mark: Vec::new(),
            custom_mark: None,
        }
    }
}

impl MarkContactRequest {
    /// A request with the given items.
    pub fn new(from_account: impl Into<String>, items: impl IntoIterator<Item = MarkItem>) -> Self {
        Self {
            from_account: from_account.into(),
            items: items.into_iter().collect(),
        }
    }

    /// Checks: `From_Account` 1 to 32 bytes; 1 to 100 items (51006); each with
    /// a known `OptType`, a well-formed conversation, bits 1 to 64, and a custom
    /// mark of at most 256 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        check::count(
            "MarkItem",
            self.items.len(),
            1,
            CONTACTS_PER_REQUEST_MAX,
            Some(ErrorCode::ContactCountInvalid),
        )?;
        for (index, item) in self.items.iter().enumerate() {
            let at = |field: &str| format!("MarkItem[{index}].{field}");
            if !item.op.is_known() {
                return Err(ValidationError::new(
                    at("OptType"),
                    Rule::UnsupportedValue {
                        value: item.op.value(),
                        expected: "1, 2 or 3",
                    },
                ));
            }
            item.conversation.validate_at(|| at("ContactItem"))?;
            for (field, bits) in [("ClearMark", &item.clear_mark), ("SetMark", &item.set_mark)] {
                if let Some((bit_index, &bit)) = bits
                    .iter()
                    .enumerate()
                    .find(|(_, &bit)| bit == 0 || bit > STANDARD_MARK_BITS)
                {
                    return Err(ValidationError::new(
                        at(&format!("{field}[{bit_index}]")),
                        Rule::UnsupportedValue {
                            value: i64::from(bit),
                            expected: "a bit number from 1 to 64",
                        },
                    ));
                }
            }
            if let Some(mark) = &item.custom_mark {
                check::max_bytes(|| at("CustomMark"), mark, CUSTOM_MARK_MAX_BYTES)?;
            }
        }
        Ok(())
    }
}

/// The reply of `mark_contact`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MarkContactResponse {
    /// `ResultItem`: one entry per `MarkItem`.
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<MarkResult>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(MarkContactResponse);

impl MarkContactResponse {
    /// A successful reply.
    pub fn new(results: Vec<MarkResult>) -> Self {
        Self {
            results,
            envelope: Envelope::ok(),
        }
    }
}

/// One `ResultItem` of `mark_contact`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MarkResult {
    /// `OptType`: echo.
    #[serde(rename = "OptType")]
    pub op: MarkOp,
    /// `ContactItem`: echo.
    #[serde(rename = "ContactItem")]
    pub conversation: Conversation,
    /// `ResultCode`: 0 on success.
    #[serde(rename = "ResultCode", default)]
    pub result_code: ErrorCode,
    /// `ResultInfo`: the reason for a failure.
    #[serde(rename = "ResultInfo", default)]
    pub result_info: String,
}

impl MarkResult {
    /// The outcome of `item`.
    pub fn new(item: &MarkItem, result_code: ErrorCode, result_info: impl Into<String>) -> Self {
        Self {
            op: item.op,
            conversation: item.conversation.clone(),
            result_code,
            result_info: result_info.into(),
        }
    }
}
