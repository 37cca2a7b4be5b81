//! `v4/ConfigSvc/GetIPList`: the IP addresses and ranges of the service.

use serde::{Deserialize, Serialize};

use crate::validation::ValidationError;
use crate::Envelope;

/// The request of `GetIPList`
/// (<https://www.tencentcloud.com/document/product/1047/36742>): an empty
/// body (`{}`), for the addresses and ranges the SDKs connect to and
/// webhooks come from (to allowlist them). A read: idempotent.
///
/// The page's `nettype` (which list: 0 all, 1 to 6 by client and region) is
/// a query parameter of the URL, which this crate's requests do not carry:
/// calls made with it ask for the default list.
///
/// ```
/// use tim_protocol::operations::{GetIpListRequest, GetIpListResponse};
///
/// assert_eq!(serde_json::to_string(&GetIpListRequest::new()).unwrap(), "{}");
/// let reply: GetIpListResponse =
///     serde_json::from_str(r#"{"ActionStatus":"OK","ErrorCode":0,"IPList":["127.0.0.2","183.192.202.0/25"]}"#).unwrap();
/// assert_eq!(reply.ips(), ["127.0.0.2", "183.192.202.0/25"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetIpListRequest {}

impl GetIpListRequest {
    /// The request (`{}`).
    pub fn new() -> Self {
        Self {}
    }

    /// Checks nothing: the body has no fields.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        Ok(())
    }
}

/// The reply of `GetIPList`: addresses (`127.0.0.2`) and ranges
/// (`183.192.202.0/25`), as text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetIpListResponse {
    /// `IPList`: the addresses and ranges.
    #[serde(rename = "IPList", default, skip_serializing_if = "Option::is_none")]
    pub ip_list: Option<Vec<String>>,
    /// The status fields (the page's sample has no `ErrorInfo`).
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetIpListResponse);

impl GetIpListResponse {
    /// A successful reply listing `ips`.
    pub fn new(ips: impl IntoIterator<Item = String>) -> Self {
        Self {
            ip_list: Some(ips.into_iter().collect()),
            envelope: Envelope::ok(),
        }
    }

    /// The addresses and ranges (none when the reply has no `IPList`).
    pub fn ips(&self) -> &[String] {
        self.ip_list.as_deref().unwrap_or_default()
    }
}
