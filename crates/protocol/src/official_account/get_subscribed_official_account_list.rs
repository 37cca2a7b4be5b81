//! `v4/official_account_open_http_svc/get_subscribed_official_account_list`:
//! read the official accounts a user subscribes to, page by page.

use serde::{Deserialize, Serialize};

use super::account_info::{OfficialAccountInfo, ResponseFilter};
use crate::limits::OFFICIAL_ACCOUNT_SUBSCRIBED_PAGE_MAX;
use crate::validation::{check, Rule, ValidationError};
use crate::{Envelope, Paged};

/// The request of `get_subscribed_official_account_list`
/// (<https://www.tencentcloud.com/document/product/1047/60763>). A read:
/// idempotent; paged by `Offset` ([`Paged`]).
///
/// ```
/// use tim_protocol::official_account::{
///     GetSubscribedOfficialAccountListRequest, GetSubscribedOfficialAccountListResponse,
/// };
/// use tim_protocol::Paged;
///
/// let first = GetSubscribedOfficialAccountListRequest::new("107867").limit(2);
/// assert_eq!(
///     serde_json::to_value(&first).unwrap(),
///     serde_json::json!({"Subscriber_Account": "107867", "Limit": 2, "Offset": 0})
/// );
/// let page: GetSubscribedOfficialAccountListResponse =
///     serde_json::from_str(r#"{"OfficialAccountInfoList":[{},{}],"CompleteFlag":0,"Next":2}"#).unwrap();
/// assert_eq!(first.next_request(&page).unwrap().offset, Some(2));
/// let last: GetSubscribedOfficialAccountListResponse = serde_json::from_str(r#"{"CompleteFlag":1}"#).unwrap();
/// assert_eq!(first.next_request(&last), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetSubscribedOfficialAccountListRequest {
    /// `Subscriber_Account`: the user.
    #[serde(rename = "Subscriber_Account")]
    pub subscriber_account: String,
    /// `Limit`: accounts a page, at most 200 (200 when left out).
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// `Offset`: the position of the page's first account.
    #[serde(rename = "Offset", default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u32>,
    /// `ResponseFilter`: the account's and the subscription's fields to
    /// return (all when left out).
    #[serde(rename = "ResponseFilter", default, skip_serializing_if = "Option::is_none")]
    pub response_filter: Option<ResponseFilter>,
}

impl GetSubscribedOfficialAccountListRequest {
    /// The first page of `user`'s subscriptions (`Offset` 0, the service's
    /// default page size).
    pub fn new(user: impl Into<String>) -> Self {
        Self {
            subscriber_account: user.into(),
            limit: None,
            offset: Some(0),
            response_filter: None,
        }
    }

    /// The same request with pages of `limit` accounts.
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// The same request from position `offset`.
    pub fn from_offset(mut self, offset: u32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// The same request returning only the fields of `filter`.
    pub fn filter(mut self, filter: ResponseFilter) -> Self {
        self.response_filter = Some(filter);
        self
    }

    /// Checks: `Subscriber_Account` 1 to 32 bytes; `Limit`, if given, 1 to
    /// 200 (0 refused as a page of nothing, this crate's choice). All are
    /// 6017.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "Subscriber_Account".into(), &self.subscriber_account)?;
        if let Some(limit) = self.limit {
            if limit == 0 || limit > OFFICIAL_ACCOUNT_SUBSCRIBED_PAGE_MAX {
                return Err(ValidationError::new(
                    "Limit",
                    Rule::UnsupportedValue {
                        value: i64::from(limit),
                        expected: "1 to 200",
                    },
                ));
            }
        }
        Ok(())
    }
}

/// The next page starts at the reply's `Next`, or else after this page's
/// accounts; paging ends when `CompleteFlag` is 1, the page is empty, or
/// the offset would not move on.
impl Paged for GetSubscribedOfficialAccountListRequest {
    fn next_request(&self, reply: &GetSubscribedOfficialAccountListResponse) -> Option<Self> {
        if reply.complete_flag == Some(1) {
            return None;
        }
        let offset = self.offset.unwrap_or(0);
        let count = reply.official_account_info_list.as_deref().map_or(0, <[_]>::len);
        if count == 0 {
            return None;
        }
        let next = reply
            .next
            .unwrap_or_else(|| offset.saturating_add(u32::try_from(count).unwrap_or(u32::MAX)));
        (next > offset).then(|| self.clone().from_offset(next))
    }
}

/// The reply of `get_subscribed_official_account_list`: one page of the
/// user's accounts, each with its `SelfInfo`.
///
/// The stored pages stop before this reply's sample; the names are as
/// other SDKs read them: `OfficialAccountInfoList`, `TotalCount`,
/// `CompleteFlag` (1 on the last page) and `Next` (the next `Offset`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetSubscribedOfficialAccountListResponse {
    /// `OfficialAccountInfoList`: this page's accounts.
    #[serde(rename = "OfficialAccountInfoList", default, skip_serializing_if = "Option::is_none")]
    pub official_account_info_list: Option<Vec<OfficialAccountInfo>>,
    /// `TotalCount`: how many accounts the user subscribes to.
    #[serde(rename = "TotalCount", default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<u32>,
    /// `CompleteFlag`: 1 when this is the last page.
    #[serde(rename = "CompleteFlag", default, skip_serializing_if = "Option::is_none")]
    pub complete_flag: Option<u32>,
    /// `Next`: the `Offset` of the next page.
    #[serde(rename = "Next", default, skip_serializing_if = "Option::is_none")]
    pub next: Option<u32>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetSubscribedOfficialAccountListResponse);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn limits_are_inclusive_and_named() {
        let request = GetSubscribedOfficialAccountListRequest::new("u");
        assert!(request.clone().limit(200).validate().is_ok());
        for (request, field) in [
            (request.clone().limit(0), "Limit"),
            (request.clone().limit(201), "Limit"),
            (GetSubscribedOfficialAccountListRequest::new(""), "Subscriber_Account"),
        ] {
            let error = request.validate().unwrap_err();
            assert_eq!(error.field(), field);
            assert_eq!(error.error_code(), Some(ErrorCode::OfficialAccountParameterInvalid));
        }
    }

    #[test]
    fn paging_without_next_moves_past_the_page_and_stops_when_stuck() {
        let request = GetSubscribedOfficialAccountListRequest::new("u").from_offset(4);
        let page: GetSubscribedOfficialAccountListResponse =
            serde_json::from_str(r#"{"OfficialAccountInfoList":[{},{}]}"#).unwrap();
        assert_eq!(request.next_request(&page).unwrap().offset, Some(6));
        let stuck: GetSubscribedOfficialAccountListResponse =
            serde_json::from_str(r#"{"OfficialAccountInfoList":[{}],"Next":4}"#).unwrap();
        assert_eq!(request.next_request(&stuck), None);
        assert_eq!(
            request.next_request(&GetSubscribedOfficialAccountListResponse::default()),
            None
        );
    }
}
