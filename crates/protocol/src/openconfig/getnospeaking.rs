//! `v4/openconfigsvr/getnospeaking`: read a user's global mute periods.

use serde::{Deserialize, Serialize};

use crate::limits::MUTE_FOREVER;
use crate::validation::{check, ValidationError};
use crate::{Envelope, ErrorCode};

/// The request of `getnospeaking` (<https://www.tencentcloud.com/document/product/1047/34924>).
/// A read: idempotent.
///
/// ```
/// use tim_protocol::openconfig::{GetnospeakingRequest, GetnospeakingResponse};
///
/// let request = GetnospeakingRequest::new("lumotuwe");
/// assert_eq!(serde_json::to_value(&request).unwrap(), serde_json::json!({"Get_Account": "lumotuwe"}));
/// assert!(request.validate().is_ok());
/// assert_eq!(
///     GetnospeakingRequest::new("").validate().unwrap_err().error_code().map(|c| c.code()),
///     Some(130003)
/// );
///
/// let reply: GetnospeakingResponse = serde_json::from_str(
///     r#"{"ErrorCode":0,"ErrorInfo":"","C2CmsgNospeakingTime":4294967295,"GroupmsgNospeakingTime":7196}"#,
/// )
/// .unwrap();
/// assert!(reply.c2c_muted_forever());
/// assert_eq!(reply.group_msg_nospeaking_time, Some(7196));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetnospeakingRequest {
    /// `Get_Account`: the user whose mute periods are read.
    #[serde(rename = "Get_Account")]
    pub get_account: String,
}

impl GetnospeakingRequest {
    /// Read `user`'s mute periods.
    pub fn new(user: impl Into<String>) -> Self {
        Self {
            get_account: user.into(),
        }
    }

    /// Checks: `Get_Account` 1 to 32 bytes (the UserID rule); breaking it is
    /// 130003, "the Get_Account field is invalid".
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "Get_Account".into(), &self.get_account)
            .map_err(|error| error.with_code(ErrorCode::OpenConfigGetAccountInvalid))
    }
}

/// The reply of `getnospeaking`: the mute periods left, in seconds; 0 is
/// not muted, [`MUTE_FOREVER`] (4294967295) muted for ever.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetnospeakingResponse {
    /// `C2CmsgNospeakingTime`: the mute of one-to-one messages.
    #[serde(rename = "C2CmsgNospeakingTime", default, skip_serializing_if = "Option::is_none")]
    pub c2c_msg_nospeaking_time: Option<u32>,
    /// `GroupmsgNospeakingTime`: the mute of group messages.
    #[serde(rename = "GroupmsgNospeakingTime", default, skip_serializing_if = "Option::is_none")]
    pub group_msg_nospeaking_time: Option<u32>,
    /// The status fields (the page's sample has no `ActionStatus`).
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetnospeakingResponse);

impl GetnospeakingResponse {
    /// Whether the user is muted for ever in one-to-one messages.
    pub fn c2c_muted_forever(&self) -> bool {
        self.c2c_msg_nospeaking_time == Some(MUTE_FOREVER)
    }

    /// Whether the user is muted for ever in group messages.
    pub fn group_muted_forever(&self) -> bool {
        self.group_msg_nospeaking_time == Some(MUTE_FOREVER)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::USER_ID_MAX_BYTES;
    use crate::Rule;

    #[test]
    fn limits_are_inclusive_and_named() {
        assert!(GetnospeakingRequest::new("g".repeat(USER_ID_MAX_BYTES))
            .validate()
            .is_ok());
        for (account, rule) in [
            (
                "g".repeat(USER_ID_MAX_BYTES + 1),
                Rule::TooLong {
                    max_bytes: USER_ID_MAX_BYTES,
                    actual: USER_ID_MAX_BYTES + 1,
                },
            ),
            (String::new(), Rule::NotEmpty),
        ] {
            let error = GetnospeakingRequest::new(account).validate().unwrap_err();
            assert_eq!(error.field(), "Get_Account");
            assert_eq!(error.rule(), &rule);
            assert_eq!(error.error_code(), Some(ErrorCode::OpenConfigGetAccountInvalid));
        }
    }
}
