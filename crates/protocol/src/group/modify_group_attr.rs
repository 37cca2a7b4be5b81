//! `v4/group_open_http_svc/modify_group_attr`: add or change custom attributes of a group (others are kept).

use serde::{Deserialize, Serialize};

use super::checks;
use super::types::GroupAttr;
use crate::limits::{
    GROUP_ATTRS_MAX, GROUP_ATTRS_TOTAL_MAX_BYTES, GROUP_ATTR_KEY_MAX_BYTES, GROUP_ATTR_VALUE_MAX_BYTES,
};
use crate::validation::{check, Rule, ValidationError};

/// The request of `modify_group_attr`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ModifyGroupAttrRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `GroupAttr`: 1 to 16 attributes.
    #[serde(rename = "GroupAttr")]
    pub group_attr: Vec<GroupAttr>,
}

impl ModifyGroupAttrRequest {
    /// The request for `attrs` of `group_id`.
    pub fn new(group_id: impl Into<String>, attrs: impl IntoIterator<Item = GroupAttr>) -> Self {
        Self {
            group_id: group_id.into(),
            group_attr: attrs.into_iter().collect(),
        }
    }

    /// Checks: `GroupId` not empty; 1 to 16 attributes, keys 1 to 32 bytes,
    /// values at most 4000 bytes, all keys and values together at most 16000 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        check_attrs(&self.group_attr)
    }
}

pub(crate) fn check_attrs(attrs: &[GroupAttr]) -> Result<(), ValidationError> {
    check::count("GroupAttr", attrs.len(), 1, GROUP_ATTRS_MAX, None)?;
    let mut total = 0;
    for (index, attr) in attrs.iter().enumerate() {
        check::text(
            || format!("GroupAttr[{index}].key"),
            &attr.key,
            GROUP_ATTR_KEY_MAX_BYTES,
        )?;
        checks::optional_text(
            &format!("GroupAttr[{index}].value"),
            Some(&attr.value),
            GROUP_ATTR_VALUE_MAX_BYTES,
        )?;
        total += attr.key.len() + attr.value.len();
    }
    if total > GROUP_ATTRS_TOTAL_MAX_BYTES {
        return Err(ValidationError::new(
            "GroupAttr",
            Rule::TooLong {
                max_bytes: GROUP_ATTRS_TOTAL_MAX_BYTES,
                actual: total,
            },
        ));
    }
    Ok(())
}
