//! `v4/openim_msg_ext_http_svc/group_get_key_values`: read a group
//! message's extension (key-value pairs).

use serde::{Deserialize, Serialize};

use super::checks;
use crate::openim::{next_start_seq, KeyValuesResponse};
use crate::validation::ValidationError;
use crate::Paged;

/// The request of `group_get_key_values` (<https://www.tencentcloud.com/document/product/1047/52169>).
/// Needs the Ultimate edition (10008 otherwise).
///
/// ```
/// use tim_protocol::group::GroupGetKeyValuesRequest;
///
/// let request = GroupGetKeyValuesRequest::new("@TGS#1YMVAB3IZ", 158).start_seq(2);
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupGetKeyValuesRequest {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `MsgSeq`: the group message.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// `StartSeq`: read the pairs whose `Seq` is at least this.
    #[serde(rename = "StartSeq", default, skip_serializing_if = "Option::is_none")]
    pub start_seq: Option<u64>,
}

impl GroupGetKeyValuesRequest {
    /// Read every pair of message `msg_seq` of `group_id`.
    pub fn new(group_id: impl Into<String>, msg_seq: u64) -> Self {
        Self {
            group_id: group_id.into(),
            msg_seq,
            start_seq: None,
        }
    }

    /// Only the pairs with `Seq` at least `start_seq`.
    pub fn start_seq(mut self, start_seq: u64) -> Self {
        self.start_seq = Some(start_seq);
        self
    }

    /// Checks: `GroupId` not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)
    }
}

/// A reply holds at most 200 pairs, sorted by `Seq`; while `CompleteFlag`
/// is 0 the next request asks from the last pair's `Seq` plus one (as for
/// one-to-one messages: the page says "based on `StartSeq`", and `StartSeq`
/// is inclusive). An incomplete reply with no pairs ends the paging.
impl Paged for GroupGetKeyValuesRequest {
    fn next_request(&self, reply: &KeyValuesResponse) -> Option<Self> {
        let next = self
            .clone()
            .start_seq(next_start_seq(reply.complete_flag, reply.extension_list.as_deref())?);
        (next != *self).then_some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_from_the_last_seq_until_complete() {
        let request = GroupGetKeyValuesRequest::new("@TGS#1YMVAB3IZ", 158);
        let mut reply: KeyValuesResponse = serde_json::from_str(include_str!(
            "../../samples/openim_msg_ext_http_svc/group_get_key_values/response.json"
        ))
        .unwrap();
        assert_eq!(request.next_request(&reply), None, "CompleteFlag 1");
        reply.complete_flag = Some(0);
        assert_eq!(request.next_request(&reply).unwrap().start_seq, Some(3));
        reply.extension_list = Some(vec![]);
        assert_eq!(request.next_request(&reply), None);
        assert_eq!(
            GroupGetKeyValuesRequest::new("", 1).validate().unwrap_err().field(),
            "GroupId"
        );
    }
}
