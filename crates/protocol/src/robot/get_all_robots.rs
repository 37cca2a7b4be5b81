//! `v4/openim_robot_http_svc/get_all_robots`: list the app's chatbots.

use serde::{Deserialize, Serialize};

use crate::validation::ValidationError;
use crate::Envelope;

/// The request of `get_all_robots`
/// (<https://www.tencentcloud.com/document/product/1047/55280>): an empty
/// body (`{}`). A read: idempotent.
///
/// ```
/// use tim_protocol::robot::{GetAllRobotsRequest, GetAllRobotsResponse};
///
/// assert_eq!(serde_json::to_string(&GetAllRobotsRequest::new()).unwrap(), "{}");
/// let reply: GetAllRobotsResponse = serde_json::from_str(
///     r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"Robot_Account":["@RBT#001","@RBT#002"]}"#,
/// )
/// .unwrap();
/// assert_eq!(reply.robots(), ["@RBT#001", "@RBT#002"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetAllRobotsRequest {}

impl GetAllRobotsRequest {
    /// The request (`{}`).
    pub fn new() -> Self {
        Self {}
    }

    /// Checks nothing: the body has no fields.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        Ok(())
    }
}

/// The reply of `get_all_robots`: the chatbots' UserIDs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetAllRobotsResponse {
    /// `Robot_Account`: the UserIDs of the app's chatbots.
    #[serde(rename = "Robot_Account", default, skip_serializing_if = "Option::is_none")]
    pub robot_account: Option<Vec<String>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetAllRobotsResponse);

impl GetAllRobotsResponse {
    /// A successful reply listing `robots`.
    pub fn new(robots: impl IntoIterator<Item = String>) -> Self {
        Self {
            robot_account: Some(robots.into_iter().collect()),
            envelope: Envelope::ok(),
        }
    }

    /// The chatbots' UserIDs (none when the reply has no `Robot_Account`).
    pub fn robots(&self) -> &[String] {
        self.robot_account.as_deref().unwrap_or_default()
    }
}
