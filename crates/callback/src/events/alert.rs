//! Operations alarms (`Alert.…`).

use serde::{Deserialize, Serialize};
use tim_protocol::Service;

/// `Alert.RequestOverLimit`: a REST API's request rate passed 80% of its
/// limit ("API Overclocking Alarm Callbacks",
/// <https://www.tencentcloud.com/document/product/1047/60256>). Sent to every
/// app with a callback URL, without a switch of its own. The reply is the
/// common one ([`crate::Reply::allow`]).
///
/// ```
/// use tim_callback::events::RequestOverLimit;
/// use tim_callback::Event;
/// use tim_protocol::Service;
///
/// let body = br#"{"CallbackCommand": "Alert.RequestOverLimit", "ServiceName": "openim", "Command": "batchsendmsg", "Request": 510, "Limit": 200}"#;
/// let Event::RequestOverLimit(alarm) = Event::from_slice(body).unwrap() else { unreachable!() };
/// assert_eq!(alarm.service(), Some(Service::OpenIm));
/// assert_eq!((alarm.request, alarm.limit), (Some(510), Some(200)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RequestOverLimit {
    /// `ServiceName`: the API's service, the path segment after `v4/`
    /// (e.g. `openim`); see [`RequestOverLimit::service`].
    #[serde(rename = "ServiceName")]
    pub service_name: String,
    /// `Command`: the API's command within the service (e.g.
    /// `batchsendmsg`).
    #[serde(rename = "Command")]
    pub command: String,
    /// `Request`: the API's request rate, in requests per second.
    #[serde(rename = "Request", default, skip_serializing_if = "Option::is_none")]
    pub request: Option<u64>,
    /// `Limit`: the API's limit, in requests per second.
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl RequestOverLimit {
    /// The service named by `ServiceName`, if this crate's
    /// [`Service`] knows it (the page calls it an internal name, so it is
    /// kept as a string).
    pub fn service(&self) -> Option<Service> {
        Service::from_segment(&self.service_name)
    }
}
