//! `v4/openim_msg_ext_http_svc/group_set_key_values`: set, delete or clear
//! a group message's extension.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::openim::{check_operation, ExtOperateType, MsgExtension};
use crate::validation::ValidationError;

/// The request of `group_set_key_values` (<https://www.tencentcloud.com/document/product/1047/52170>).
/// The message must support extensions (23002); at most 200 settings per
/// minute per message (23003).
///
/// Not idempotent: each successful set moves the pairs' `Seq` on.
///
/// ```
/// use tim_protocol::group::GroupSetKeyValuesRequest;
/// use tim_protocol::openim::MsgExtension;
///
/// let request = GroupSetKeyValuesRequest::set("@TGS#1YMVAB3IZ", 158, [MsgExtension::new("key1", "value1", 0)]);
/// assert!(request.validate().is_ok());
/// assert!(GroupSetKeyValuesRequest::clear("@TGS#1YMVAB3IZ", 158).validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupSetKeyValuesRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `MsgSeq`: the group message.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// `OperateType`.
    #[serde(rename = "OperateType")]
    pub operate_type: ExtOperateType,
    /// `ExtensionList`: 1 to 20 pairs; required to set or delete.
    #[serde(rename = "ExtensionList", default, skip_serializing_if = "Option::is_none")]
    pub extension_list: Option<Vec<MsgExtension>>,
}

impl GroupSetKeyValuesRequest {
    fn with(group_id: impl Into<String>, msg_seq: u64, operate_type: ExtOperateType) -> Self {
        Self {
            group_id: group_id.into(),
            msg_seq,
            operate_type,
            extension_list: None,
        }
    }

    /// Set `pairs` on message `msg_seq` of `group_id`.
    pub fn set(group_id: impl Into<String>, msg_seq: u64, pairs: impl IntoIterator<Item = MsgExtension>) -> Self {
        let mut request = Self::with(group_id, msg_seq, ExtOperateType::Set);
        request.extension_list = Some(pairs.into_iter().collect());
        request
    }

    /// Delete the keys of `pairs` from the message.
    pub fn delete(group_id: impl Into<String>, msg_seq: u64, pairs: impl IntoIterator<Item = MsgExtension>) -> Self {
        let mut request = Self::with(group_id, msg_seq, ExtOperateType::Delete);
        request.extension_list = Some(pairs.into_iter().collect());
        request
    }

    /// Clear every pair of the message.
    pub fn clear(group_id: impl Into<String>, msg_seq: u64) -> Self {
        Self::with(group_id, msg_seq, ExtOperateType::Clear)
    }

    /// Checks: `GroupId` not empty; `OperateType` 1, 2 or 3; for 1 and 2,
    /// 1 to 20 pairs with keys of 1 to 100 bytes and values of at most 1000
    /// bytes. (A list sent with 3 is left to the service.)
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        check_operation(&self.operate_type, self.extension_list.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Rule;

    #[test]
    fn checks_the_pairs() {
        let pairs = (0..21).map(|i| MsgExtension::new(format!("k{i}"), "v", 0));
        let error = GroupSetKeyValuesRequest::set("g", 1, pairs).validate().unwrap_err();
        assert_eq!(error.field(), "ExtensionList");
        assert_eq!(error.error_code().map(|c| c.code()), Some(10004));
        let long = GroupSetKeyValuesRequest::delete("g", 1, [MsgExtension::new("k".repeat(101), "", 1)]);
        assert_eq!(long.validate().unwrap_err().field(), "ExtensionList[0].Key");
        let mut missing = GroupSetKeyValuesRequest::clear("g", 1);
        assert!(missing.validate().is_ok());
        missing.operate_type = ExtOperateType::Set;
        assert_eq!(missing.validate().unwrap_err().rule(), &Rule::Required);
        missing.operate_type = ExtOperateType::from(4);
        assert_eq!(missing.validate().unwrap_err().field(), "OperateType");
    }
}
