//! `v4/openim_robot_http_svc/delete_robot`: make a chatbot account invalid.

use serde::{Deserialize, Serialize};

use super::robot_id;
use crate::validation::ValidationError;

/// The request of `delete_robot`
/// (<https://www.tencentcloud.com/document/product/1047/55282>): the
/// chatbot `Robot_Account` to delete. The page: "this API can set a bot
/// account to invalid; the UserID of the bot account will not be deleted".
///
/// Idempotent: a deleted chatbot stays deleted. The reply is the status
/// fields alone ([`EnvelopeOnlyResponse`](crate::EnvelopeOnlyResponse)).
///
/// ```
/// use tim_protocol::robot::DeleteRobotRequest;
///
/// assert!(DeleteRobotRequest::new("@RBT#001").validate().is_ok());
/// assert_eq!(DeleteRobotRequest::new("user").validate().unwrap_err().field(), "Robot_Account");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeleteRobotRequest {
    /// `Robot_Account`: the chatbot's UserID, starting with `@RBT#`.
    #[serde(rename = "Robot_Account")]
    pub robot_account: String,
}

impl DeleteRobotRequest {
    /// Deletes the chatbot `robot_account`.
    pub fn new(robot_account: impl Into<String>) -> Self {
        Self {
            robot_account: robot_account.into(),
        }
    }

    /// Checks: `Robot_Account` 1 to 32 bytes starting with `@RBT#`.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        robot_id("Robot_Account", &self.robot_account)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Rule;

    #[test]
    fn the_account_must_be_a_chatbots() {
        assert!(DeleteRobotRequest::new("@RBT#a").validate().is_ok());
        for bad in ["", "a", "@RBT"] {
            let error = DeleteRobotRequest::new(bad).validate().unwrap_err();
            assert_eq!(error.field(), "Robot_Account");
        }
        let long = DeleteRobotRequest::new(format!("@RBT#{}", "1".repeat(28)));
        assert!(matches!(long.validate().unwrap_err().rule(), Rule::TooLong { .. }));
    }
}
