//! `v4/im_open_login_svc/kick`: end a user's login sessions.

use serde::{Deserialize, Serialize};

use crate::validation::{check, ValidationError};

/// The request of `kick` (<https://trtc.io/document/34957>): invalidates the
/// user's login state, so the user must log in again.
///
/// Idempotent: kicking a user who is already logged out changes nothing.
///
/// ```
/// use tim_protocol::account::KickRequest;
///
/// let request = KickRequest::new("test");
/// assert_eq!(serde_json::to_value(&request).unwrap(), serde_json::json!({"UserID": "test"}));
/// let old: KickRequest = serde_json::from_str(r#"{"Identifier": "test"}"#).unwrap();
/// assert_eq!(old, request);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct KickRequest {
    /// `UserID` (older pages: `Identifier`; both are read, `UserID` written).
    #[serde(rename = "UserID", alias = "Identifier")]
    pub user_id: String,
}

impl KickRequest {
    /// Kick `user_id`.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            user_id: user_id.into(),
        }
    }

    /// Checks: `UserID` 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "UserID".into(), &self.user_id)
    }
}
