//! `v4/group_open_http_svc/delete_group_attr`: delete some of a group's
//! custom attributes by key.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::{GROUP_ATTRS_MAX, GROUP_ATTR_KEY_MAX_BYTES};
use crate::validation::{check, ValidationError};

/// One `GroupAttr` item of `delete_group_attr`: the key only (lower-case
/// `key`, as the page writes it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupAttrKey {
    /// `key`.
    #[serde(rename = "key")]
    pub key: String,
}

impl GroupAttrKey {
    /// The entry for `key`.
    pub fn new(key: impl Into<String>) -> Self {
        Self { key: key.into() }
    }
}

/// The request of `delete_group_attr`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeleteGroupAttrRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `GroupAttr`: the keys to delete.
    #[serde(rename = "GroupAttr")]
    pub group_attr: Vec<GroupAttrKey>,
}

impl DeleteGroupAttrRequest {
    /// Delete the attributes `keys` of `group_id`.
    pub fn new<S: Into<String>>(group_id: impl Into<String>, keys: impl IntoIterator<Item = S>) -> Self {
        Self {
            group_id: group_id.into(),
            group_attr: keys.into_iter().map(|key| GroupAttrKey { key: key.into() }).collect(),
        }
    }

    /// Checks: `GroupId` not empty; 1 to 16 keys (a group has at most 16
    /// attributes) of 1 to 32 bytes (10045 when longer).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        check::count("GroupAttr", self.group_attr.len(), 1, GROUP_ATTRS_MAX, None)?;
        for (index, attr) in self.group_attr.iter().enumerate() {
            check::text(
                || format!("GroupAttr[{index}].key"),
                &attr.key,
                GROUP_ATTR_KEY_MAX_BYTES,
            )?;
        }
        Ok(())
    }
}
