//! `v4/openim_msg_ext_http_svc/get_key_values`: read a one-to-one message's extension.

use serde::{Deserialize, Serialize};

use super::check_msg_address;
use super::msg_extension::{next_start_seq, KeyValuesResponse};
use crate::message::MsgKey;
use crate::validation::ValidationError;
use crate::Paged;

/// The request of `get_key_values` (<https://intl.cloud.tencent.com/document/product/1047/51194>).
/// A read: idempotent. Needs the Premium edition with message extensions
/// switched on (10008 otherwise).
///
/// ```
/// use tim_protocol::openim::GetKeyValuesRequest;
///
/// let request = GetKeyValuesRequest::new("116400", "44739199_12_1665388280").from("62768");
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetKeyValuesRequest {
    /// `From_Account`: the message's sender (optional).
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// `To_Account`: the message's recipient.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `MsgKey`: the message.
    #[serde(rename = "MsgKey")]
    pub msg_key: MsgKey,
    /// `StartSeq`: read the pairs whose `Seq` is at least this.
    #[serde(rename = "StartSeq", default, skip_serializing_if = "Option::is_none")]
    pub start_seq: Option<u64>,
}

impl GetKeyValuesRequest {
    /// Read every pair of the message `key` sent to `to`.
    pub fn new(to: impl Into<String>, key: impl Into<MsgKey>) -> Self {
        Self {
            from_account: None,
            to_account: to.into(),
            msg_key: key.into(),
            start_seq: None,
        }
    }

    /// With the sender.
    pub fn from(mut self, from: impl Into<String>) -> Self {
        self.from_account = Some(from.into());
        self
    }

    /// Only the pairs with `Seq` at least `start_seq`.
    pub fn start_seq(mut self, start_seq: u64) -> Self {
        self.start_seq = Some(start_seq);
        self
    }

    /// Checks: the accounts 1 to 32 bytes; `MsgKey` not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_msg_address(self.from_account.as_deref(), &self.to_account, &self.msg_key)
    }
}

/// A reply holds at most 200 pairs, sorted by `Seq`; while `CompleteFlag`
/// is 0 the next request asks from the last pair's `Seq` plus one (the page
/// says to continue "based on `StartSeq`" without the exact value; this
/// crate's choice, since `StartSeq` is inclusive). An incomplete reply with
/// no pairs ends the paging.
impl Paged for GetKeyValuesRequest {
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
        let request = GetKeyValuesRequest::new("116400", "44739199_12_1665388280");
        let mut reply: KeyValuesResponse = serde_json::from_str(include_str!(
            "../../samples/openim_msg_ext_http_svc/get_key_values/response.json"
        ))
        .unwrap();
        assert_eq!(request.next_request(&reply), None, "CompleteFlag 1");
        reply.complete_flag = Some(0);
        assert_eq!(request.next_request(&reply).unwrap().start_seq, Some(3));
        reply.extension_list = Some(vec![]);
        assert_eq!(request.next_request(&reply), None, "no pairs: nothing to continue from");
    }

    #[test]
    fn set_key_values_checks_its_limits() {
        use crate::openim::{MsgExtension, SetKeyValuesRequest};
        use crate::Rule;
        let pairs = (0..21).map(|i| MsgExtension::new(format!("k{i}"), "v", 0));
        let error = SetKeyValuesRequest::set("a", "1_2_3", pairs).validate().unwrap_err();
        assert_eq!(error.field(), "ExtensionList");
        assert_eq!(error.error_code().map(|c| c.code()), Some(10004));
        let long = SetKeyValuesRequest::set("a", "1_2_3", [MsgExtension::new("k".repeat(101), "v", 0)]);
        assert_eq!(long.validate().unwrap_err().field(), "ExtensionList[0].Key");
        let value = SetKeyValuesRequest::set("a", "1_2_3", [MsgExtension::new("k", "é".repeat(501), 0)]);
        assert!(matches!(
            value.validate().unwrap_err().rule(),
            Rule::TooLong { max_bytes: 1000, .. }
        ));
        let mut missing = SetKeyValuesRequest::clear("a", "1_2_3");
        assert!(missing.validate().is_ok());
        missing.operate_type = crate::openim::ExtOperateType::Delete;
        assert_eq!(missing.validate().unwrap_err().rule(), &Rule::Required);
    }
}
