//! `v4/im_open_login_svc/account_import`: register one UserID.

use serde::{Deserialize, Serialize};

use crate::limits::PROFILE_FIELD_MAX_BYTES;
use crate::validation::{check, ValidationError};
use crate::ErrorCode;

/// The request of `account_import`. Importing an ID twice is harmless.
///
/// The older spelling `Identifier` is read as `UserID`:
///
/// ```
/// use tim_protocol::account::AccountImportRequest;
///
/// let old: AccountImportRequest = serde_json::from_str(r#"{"Identifier": "user_0001"}"#).unwrap();
/// assert_eq!(old, AccountImportRequest::new("user_0001"));
/// assert_eq!(serde_json::to_string(&old).unwrap(), r#"{"UserID":"user_0001"}"#);
/// ```
///
/// ```
/// use tim_protocol::account::AccountImportRequest;
///
/// let request = AccountImportRequest::new("user_0001").nick("Alice");
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"UserID": "user_0001", "Nick": "Alice"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AccountImportRequest {
    /// `UserID`: 1 to 32 bytes. Older versions of the page called it
    /// `Identifier`, and clients in the wild still send that: both are read,
    /// `UserID` is written.
    #[serde(rename = "UserID", alias = "Identifier")]
    pub user_id: String,
    /// `Nick`: nickname, at most 500 bytes.
    #[serde(rename = "Nick", default, skip_serializing_if = "Option::is_none")]
    pub nick: Option<String>,
    /// `FaceUrl`: avatar URL, at most 500 bytes.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
}

impl AccountImportRequest {
    /// Import `user_id` with no profile fields.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            user_id: user_id.into(),
            nick: None,
            face_url: None,
        }
    }

    /// With a nickname.
    pub fn nick(mut self, nick: impl Into<String>) -> Self {
        self.nick = Some(nick.into());
        self
    }

    /// With an avatar URL.
    pub fn face_url(mut self, face_url: impl Into<String>) -> Self {
        self.face_url = Some(face_url.into());
        self
    }

    /// Checks: `UserID` 1 to 32 bytes (70402); `Nick` and `FaceUrl` at most 500
    /// bytes (40601).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "UserID".into(), &self.user_id)?;
        for (field, value) in [("Nick", &self.nick), ("FaceUrl", &self.face_url)] {
            check::max_bytes(
                || field.into(),
                value.as_deref().unwrap_or_default(),
                PROFILE_FIELD_MAX_BYTES,
            )
            .map_err(|error| error.with_code(ErrorCode::ProfileFieldTooLong))?;
        }
        Ok(())
    }
}
