//! The envelope every response carries: `ActionStatus`, `ErrorCode`,
//! `ErrorInfo` and, on some APIs, `ErrorDisplay`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::ErrorCode;

/// The `ActionStatus` field: `OK` or `FAIL`, any other string kept as sent.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum ActionStatus {
    /// `"OK"`: the request was processed.
    #[default]
    Ok,
    /// `"FAIL"`: the request failed; `ErrorCode` says why.
    Fail,
    /// Any other value, kept as sent.
    Other(String),
}

impl ActionStatus {
    /// The wire string.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ok => "OK",
            Self::Fail => "FAIL",
            Self::Other(other) => other,
        }
    }
}

impl From<&str> for ActionStatus {
    fn from(value: &str) -> Self {
        match value {
            "OK" => Self::Ok,
            "FAIL" => Self::Fail,
            other => Self::Other(other.to_owned()),
        }
    }
}

impl Serialize for ActionStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ActionStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}

/// The status fields at the top level of every response.
///
/// Any of them may be absent (the service's own examples leave some out:
/// the `openconfigsvr` replies carry `ErrorCode` and `ErrorInfo` alone): a
/// missing `ActionStatus` or `ErrorInfo` or `ErrorDisplay` is `None`, a
/// missing `ErrorCode` reads as 0, so the envelope serializes back to what
/// was received. [`is_success`](Self::is_success) reads a missing
/// `ActionStatus` as `OK`.
///
/// Its [`Default`] says `OK` with code 0 and no `ErrorInfo` (what it was
/// before `ActionStatus` could be absent), so a reply built from `Default`
/// still says `OK`; a parsed reply without `ActionStatus` keeps it absent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Envelope {
    /// `ActionStatus`: `None` when the reply leaves it out.
    #[serde(rename = "ActionStatus", default, skip_serializing_if = "Option::is_none")]
    pub action_status: Option<ActionStatus>,
    /// `ErrorCode`: 0 on success.
    #[serde(rename = "ErrorCode", default)]
    pub error_code: ErrorCode,
    /// `ErrorInfo`: the reason for a failure, for developers.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
    /// `ErrorDisplay`: text meant for end users, sent by some APIs only.
    #[serde(rename = "ErrorDisplay", default, skip_serializing_if = "Option::is_none")]
    pub error_display: Option<String>,
}

impl Default for Envelope {
    fn default() -> Self {
        Self {
            action_status: Some(ActionStatus::Ok),
            error_code: ErrorCode::Success,
            error_info: None,
            error_display: None,
        }
    }
}

impl Envelope {
    /// The envelope of a successful reply: `OK`, code 0, empty `ErrorInfo`.
    pub fn ok() -> Self {
        Self {
            action_status: Some(ActionStatus::Ok),
            error_code: ErrorCode::Success,
            error_info: Some(String::new()),
            error_display: None,
        }
    }

    /// The envelope of a failed reply with the given code and reason.
    pub fn fail(code: ErrorCode, info: impl Into<String>) -> Self {
        Self {
            action_status: Some(ActionStatus::Fail),
            error_code: code,
            error_info: Some(info.into()),
            error_display: None,
        }
    }

    /// Whether the call succeeded: `ActionStatus` is `OK` (or absent) and
    /// `ErrorCode` is 0. A reply that says `OK` with a non-zero code is
    /// treated as a failure.
    pub fn is_success(&self) -> bool {
        matches!(self.action_status, None | Some(ActionStatus::Ok)) && self.error_code.is_success()
    }
}

/// Implemented by every response type: gives access to its [`Envelope`].
pub trait Response: serde::de::DeserializeOwned + Serialize {
    /// The response's status fields.
    fn envelope(&self) -> &Envelope;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_absent_action_status_stays_absent_and_reads_as_ok() {
        let text = r#"{"ErrorCode":0,"ErrorInfo":""}"#;
        let envelope: Envelope = serde_json::from_str(text).unwrap();
        assert_eq!(envelope.action_status, None);
        assert!(envelope.is_success());
        assert_eq!(serde_json::to_string(&envelope).unwrap(), text);
        let failed: Envelope = serde_json::from_str(r#"{"ErrorCode":130005,"ErrorInfo":"x"}"#).unwrap();
        assert!(!failed.is_success());
    }

    #[test]
    fn the_default_says_ok() {
        assert_eq!(Envelope::default().action_status, Some(ActionStatus::Ok));
        assert!(Envelope::default().is_success());
    }
}
