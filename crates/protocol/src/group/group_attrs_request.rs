//! The request shape of `set_group_attr` and `modify_group_attr`: a group
//! and some of its custom attributes.

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use super::checks;
use super::types::GroupAttr;
use crate::limits::{
    GROUP_ATTRS_MAX, GROUP_ATTRS_TOTAL_MAX_BYTES, GROUP_ATTR_KEY_MAX_BYTES, GROUP_ATTR_VALUE_MAX_BYTES,
};
use crate::validation::{check, Rule, ValidationError};

/// A group's ID and 1 to 16 custom attributes. `Call` makes each call its
/// own type with its own path: [`SetGroupAttrRequest`](super::SetGroupAttrRequest)
/// (replace them all) and [`ModifyGroupAttrRequest`](super::ModifyGroupAttrRequest)
/// (add or change these).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupAttrsRequest<Call> {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `GroupAttr`: 1 to 16 attributes.
    #[serde(rename = "GroupAttr")]
    pub group_attr: Vec<GroupAttr>,
    #[serde(skip)]
    call: PhantomData<Call>,
}

impl<Call> GroupAttrsRequest<Call> {
    /// The request for `attrs` of `group_id`.
    pub fn new(group_id: impl Into<String>, attrs: impl IntoIterator<Item = GroupAttr>) -> Self {
        Self {
            group_id: group_id.into(),
            group_attr: attrs.into_iter().collect(),
            call: PhantomData,
        }
    }

    /// Checks: `GroupId` not empty; 1 to 16 attributes, keys 1 to 32 bytes,
    /// values at most 4000 bytes, all keys and values together at most 16000 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        check_attrs(&self.group_attr)
    }
}

/// The attribute rules: 1 to 16, keys 1 to 32 bytes, values at most 4000
/// bytes, all together at most 16000 bytes.
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
