//! `v4/official_account_open_http_svc/get_subscriber_info`: read an
//! official account's subscribers, page by page.

use serde::{Deserialize, Serialize};

use super::checks;
use crate::group::MsgFlag;
use crate::limits::OFFICIAL_ACCOUNT_SUBSCRIBER_PAGE_MAX;
use crate::validation::{Rule, ValidationError};
use crate::{Envelope, Paged};

/// The request of `get_subscriber_info`
/// (<https://www.tencentcloud.com/document/product/1047/60759>). A read:
/// idempotent; paged by `Next` ([`Paged`]).
///
/// ```
/// use tim_protocol::official_account::{GetSubscriberInfoRequest, GetSubscriberInfoResponse};
/// use tim_protocol::Paged;
///
/// let first = GetSubscriberInfoRequest::new("@TOA#_news").limit(50);
/// assert_eq!(
///     serde_json::to_value(&first).unwrap(),
///     serde_json::json!({"Official_Account": "@TOA#_news", "Limit": 50, "Next": ""})
/// );
/// let page: GetSubscriberInfoResponse = serde_json::from_str(r#"{"Next":"TGSOTk=","SubscriberList":[]}"#).unwrap();
/// assert_eq!(first.next_request(&page).unwrap().next, "TGSOTk=");
/// let last: GetSubscriberInfoResponse = serde_json::from_str(r#"{"Next":""}"#).unwrap();
/// assert_eq!(first.next_request(&last), None);
/// assert_eq!(first.limit(201).validate().unwrap_err().field(), "Limit");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetSubscriberInfoRequest {
    /// `Official_Account`: the account.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// `Limit`: at most 200 subscribers a page; left out, all of them.
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// `Next`: empty for the first page, then the previous reply's `Next`.
    #[serde(rename = "Next")]
    pub next: String,
}

impl GetSubscriberInfoRequest {
    /// The first page of `official_account`'s subscribers, with no `Limit`.
    pub fn new(official_account: impl Into<String>) -> Self {
        Self {
            official_account: official_account.into(),
            limit: None,
            next: String::new(),
        }
    }

    /// The same request with pages of `limit` subscribers.
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// The same request from `next` (a reply's `Next`).
    pub fn from_next(mut self, next: impl Into<String>) -> Self {
        self.next = next.into();
        self
    }

    /// Checks: `Official_Account` not empty; `Limit`, if given, 1 to 200
    /// (the page: "not to exceed 200"; 0 refused as a page of nothing, this
    /// crate's choice). All are 6017.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::official_account("Official_Account", &self.official_account)?;
        if let Some(limit) = self.limit {
            if limit == 0 || limit > OFFICIAL_ACCOUNT_SUBSCRIBER_PAGE_MAX {
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

/// The next page starts at the reply's `Next`; paging ends when it is
/// absent, empty or the cursor this page started from.
impl Paged for GetSubscriberInfoRequest {
    fn next_request(&self, reply: &GetSubscriberInfoResponse) -> Option<Self> {
        let next = crate::paging::moved_on(Some(&self.next), reply.next.as_deref())?;
        Some(self.clone().from_next(next))
    }
}

/// The reply of `get_subscriber_info`: one page of subscribers.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetSubscriberInfoResponse {
    /// `Next`: the cursor of the next page; empty on the last.
    #[serde(rename = "Next", default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// `SubscriberNum`: how many users subscribe in all.
    #[serde(rename = "SubscriberNum", default, skip_serializing_if = "Option::is_none")]
    pub subscriber_num: Option<u32>,
    /// `SubscriberList`: this page's subscribers.
    #[serde(rename = "SubscriberList", default, skip_serializing_if = "Option::is_none")]
    pub subscriber_list: Option<Vec<SubscriberInfo>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetSubscriberInfoResponse);

/// One subscriber of `SubscriberList` (the data-format page, 1047/60813).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SubscriberInfo {
    /// `Subscriber_Account`: the user.
    #[serde(rename = "Subscriber_Account")]
    pub subscriber_account: String,
    /// `SubscribeTime`: when the user subscribed.
    #[serde(rename = "SubscribeTime", default, skip_serializing_if = "Option::is_none")]
    pub subscribe_time: Option<u64>,
    /// `CustomString`: the subscription's custom field.
    #[serde(rename = "CustomString", default, skip_serializing_if = "Option::is_none")]
    pub custom_string: Option<String>,
    /// `MsgFlag`: how the user receives the account's messages (the group
    /// members' values).
    #[serde(rename = "MsgFlag", default, skip_serializing_if = "Option::is_none")]
    pub msg_flag: Option<MsgFlag>,
    /// `LastSendMsgTime`: when the user last sent the account a message (0
    /// for never).
    #[serde(rename = "LastSendMsgTime", default, skip_serializing_if = "Option::is_none")]
    pub last_send_msg_time: Option<u64>,
}

impl SubscriberInfo {
    /// `user`, subscribed since `subscribe_time`.
    pub fn new(user: impl Into<String>, subscribe_time: u64) -> Self {
        Self {
            subscriber_account: user.into(),
            subscribe_time: Some(subscribe_time),
            custom_string: None,
            msg_flag: None,
            last_send_msg_time: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn limits_are_inclusive_and_named() {
        let request = GetSubscriberInfoRequest::new("@TOA#_a");
        assert!(request.clone().limit(1).validate().is_ok());
        assert!(request.clone().limit(200).validate().is_ok());
        for (request, field) in [
            (request.clone().limit(0), "Limit"),
            (request.clone().limit(201), "Limit"),
            (GetSubscriberInfoRequest::new(""), "Official_Account"),
        ] {
            let error = request.validate().unwrap_err();
            assert_eq!(error.field(), field);
            assert_eq!(error.error_code(), Some(ErrorCode::OfficialAccountParameterInvalid));
        }
    }

    #[test]
    fn paging_stops_on_a_cursor_that_does_not_move() {
        let request = GetSubscriberInfoRequest::new("@TOA#_a").from_next("c1");
        let stuck: GetSubscriberInfoResponse = serde_json::from_str(r#"{"Next":"c1"}"#).unwrap();
        assert_eq!(request.next_request(&stuck), None);
        let absent = GetSubscriberInfoResponse::default();
        assert_eq!(request.next_request(&absent), None);
    }
}
