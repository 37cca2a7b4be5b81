//! `v4/openim_robot_http_svc/create_robot`: create a chatbot account.

use serde::{Deserialize, Serialize};

use super::robot_id;
use crate::limits::ROBOT_SELF_SIGNATURE_MAX_BYTES;
use crate::validation::{check, ValidationError};

/// The request of `create_robot`
/// (<https://www.tencentcloud.com/document/product/1047/55281>): the
/// chatbot's UserID (`@RBT#...`, at most 32 bytes), with an optional
/// nickname, profile photo and status.
///
/// Idempotent, as documented: "repeatedly calling this API with the same
/// chatbot userid will create only one chatbot account". The reply is the
/// status fields alone ([`EnvelopeOnlyResponse`](crate::EnvelopeOnlyResponse)).
///
/// ```
/// use tim_protocol::robot::CreateRobotRequest;
///
/// let request = CreateRobotRequest::new("@RBT#001").nick("Jarvis").self_signature("hello, world");
/// assert!(request.validate().is_ok());
/// assert_eq!(CreateRobotRequest::new("robot").validate().unwrap_err().field(), "UserID");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateRobotRequest {
    /// `UserID`: the chatbot's UserID, starting with `@RBT#`.
    #[serde(rename = "UserID")]
    pub user_id: String,
    /// `Nick`: its nickname.
    #[serde(rename = "Nick", default, skip_serializing_if = "Option::is_none")]
    pub nick: Option<String>,
    /// `FaceUrl`: the URL of its profile photo.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// `SelfSignature`: its status, at most 500 bytes.
    #[serde(rename = "SelfSignature", default, skip_serializing_if = "Option::is_none")]
    pub self_signature: Option<String>,
}

impl CreateRobotRequest {
    /// Creates the chatbot `user_id`, with no nickname, photo or status.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            user_id: user_id.into(),
            nick: None,
            face_url: None,
            self_signature: None,
        }
    }

    /// With the nickname `nick`.
    pub fn nick(mut self, nick: impl Into<String>) -> Self {
        self.nick = Some(nick.into());
        self
    }

    /// With the profile photo at `url`.
    pub fn face_url(mut self, url: impl Into<String>) -> Self {
        self.face_url = Some(url.into());
        self
    }

    /// With the status `text`.
    pub fn self_signature(mut self, text: impl Into<String>) -> Self {
        self.self_signature = Some(text.into());
        self
    }

    /// Checks: `UserID` 1 to 32 bytes starting with `@RBT#`;
    /// `SelfSignature` at most 500 bytes. The page gives no limit for `Nick`
    /// and `FaceUrl`.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        robot_id("UserID", &self.user_id)?;
        if let Some(text) = &self.self_signature {
            check::max_bytes(|| "SelfSignature".to_owned(), text, ROBOT_SELF_SIGNATURE_MAX_BYTES)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ErrorCode, Rule};

    #[test]
    fn every_rule_names_its_field() {
        assert!(CreateRobotRequest::new(format!("@RBT#{}", "x".repeat(27)))
            .validate()
            .is_ok());
        let long = CreateRobotRequest::new(format!("@RBT#{}", "x".repeat(28)))
            .validate()
            .unwrap_err();
        assert_eq!(long.field(), "UserID");
        assert_eq!(
            long.rule(),
            &Rule::TooLong {
                max_bytes: 32,
                actual: 33
            }
        );
        assert_eq!(long.error_code(), Some(ErrorCode::GroupParameterInvalid));
        let plain = CreateRobotRequest::new("user01").validate().unwrap_err();
        assert!(matches!(plain.rule(), Rule::BadFormat(_)));
        assert_eq!(
            CreateRobotRequest::new("").validate().unwrap_err().rule(),
            &Rule::NotEmpty
        );
        let status = CreateRobotRequest::new("@RBT#1")
            .self_signature("s".repeat(ROBOT_SELF_SIGNATURE_MAX_BYTES + 1))
            .validate()
            .unwrap_err();
        assert_eq!(status.field(), "SelfSignature");
        assert!(CreateRobotRequest::new("@RBT#1")
            .self_signature("s".repeat(ROBOT_SELF_SIGNATURE_MAX_BYTES))
            .validate()
            .is_ok());
    }
}
