//! `v4/official_account_open_http_svc/get_official_account_info`: read the
//! profiles of up to 50 official accounts.

use serde::{Deserialize, Serialize};

use super::account_info::{OfficialAccountId, OfficialAccountInfo, ResponseFilter};
use super::checks;
use crate::limits::OFFICIAL_ACCOUNT_INFO_IDS_MAX;
use crate::validation::{check, Rule, ValidationError};
use crate::Envelope;

/// The request of `get_official_account_info`
/// (<https://www.tencentcloud.com/document/product/1047/60758>). A read:
/// idempotent.
///
/// ```
/// use tim_protocol::official_account::{GetOfficialAccountInfoRequest, OfficialAccountField, ResponseFilter};
///
/// let request = GetOfficialAccountInfoRequest::new(["@TOA#_a", "@TOA#_b"])
///     .filter(ResponseFilter::account_fields([OfficialAccountField::Name]));
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({
///         "OfficialAccountIdList": [{"Official_Account": "@TOA#_a"}, {"Official_Account": "@TOA#_b"}],
///         "ResponseFilter": {"OfficialAccountBaseInfoFilter": ["Name"]}
///     })
/// );
/// let error = GetOfficialAccountInfoRequest::new((0..51).map(|n| format!("@TOA#_{n}"))).validate().unwrap_err();
/// assert_eq!(error.field(), "OfficialAccountIdList");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetOfficialAccountInfoRequest {
    /// `OfficialAccountIdList`: 1 to 50 accounts.
    #[serde(rename = "OfficialAccountIdList")]
    pub official_account_id_list: Vec<OfficialAccountId>,
    /// `ResponseFilter`: the fields to return (all when left out).
    #[serde(rename = "ResponseFilter", default, skip_serializing_if = "Option::is_none")]
    pub response_filter: Option<ResponseFilter>,
}

impl GetOfficialAccountInfoRequest {
    /// Read every field of `ids`.
    pub fn new<I, S>(ids: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            official_account_id_list: ids.into_iter().map(OfficialAccountId::new).collect(),
            response_filter: None,
        }
    }

    /// The same request returning only the fields of `filter`.
    pub fn filter(mut self, filter: ResponseFilter) -> Self {
        self.response_filter = Some(filter);
        self
    }

    /// Checks: 1 to 50 accounts, none empty; no `SelfInfoFilter` (this
    /// read has no subscriber; this crate's reading of the page, whose
    /// filter lists the account's fields only). All are 6017.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::count(
            "OfficialAccountIdList",
            self.official_account_id_list.len(),
            1,
            OFFICIAL_ACCOUNT_INFO_IDS_MAX,
            None,
        )?;
        for (index, item) in self.official_account_id_list.iter().enumerate() {
            checks::official_account(
                &format!("OfficialAccountIdList[{index}].Official_Account"),
                &item.official_account,
            )?;
        }
        if self
            .response_filter
            .as_ref()
            .is_some_and(|f| f.self_info_filter.is_some())
        {
            return Err(ValidationError::new(
                "ResponseFilter.SelfInfoFilter",
                Rule::MustBeAbsent("in get_official_account_info, which reads no subscriber"),
            ));
        }
        Ok(())
    }
}

/// The reply of `get_official_account_info`: one item per account asked
/// for, each with its own `ErrorCode` (130004 for an unknown account).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetOfficialAccountInfoResponse {
    /// `OfficialAccountInfoList`: the accounts.
    #[serde(rename = "OfficialAccountInfoList", default, skip_serializing_if = "Option::is_none")]
    pub official_account_info_list: Option<Vec<OfficialAccountInfo>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetOfficialAccountInfoResponse);

impl GetOfficialAccountInfoResponse {
    /// A successful reply with `items`.
    pub fn new(items: Vec<OfficialAccountInfo>) -> Self {
        Self {
            official_account_info_list: Some(items),
            envelope: Envelope::default(),
        }
    }

    /// The item of `official_account`, if the reply has it.
    pub fn account(&self, official_account: &str) -> Option<&OfficialAccountInfo> {
        self.official_account_info_list
            .iter()
            .flatten()
            .find(|item| item.official_account.as_deref() == Some(official_account))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::official_account::SubscriberSelfField;
    use crate::ErrorCode;

    #[test]
    fn limits_are_inclusive_and_named() {
        let fifty = GetOfficialAccountInfoRequest::new((0..50).map(|n| format!("@TOA#_{n}")));
        assert!(fifty.validate().is_ok());
        let cases = [
            (
                GetOfficialAccountInfoRequest::new(Vec::<String>::new()),
                "OfficialAccountIdList",
            ),
            (
                GetOfficialAccountInfoRequest::new(["@TOA#_a", ""]),
                "OfficialAccountIdList[1].Official_Account",
            ),
            (
                fifty.filter(ResponseFilter::default().with_self_fields([SubscriberSelfField::SubscribeTime])),
                "ResponseFilter.SelfInfoFilter",
            ),
        ];
        for (request, field) in cases {
            let error = request.validate().unwrap_err();
            assert_eq!(error.field(), field);
            assert_eq!(error.error_code(), Some(ErrorCode::OfficialAccountParameterInvalid));
        }
    }
}
