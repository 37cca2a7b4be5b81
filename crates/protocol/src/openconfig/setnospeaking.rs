//! `v4/openconfigsvr/setnospeaking`: mute or unmute a user in every
//! one-to-one or every group conversation.

use serde::{Deserialize, Serialize};

use crate::limits::MUTE_FOREVER;
use crate::validation::{check, Rule, ValidationError};
use crate::ErrorCode;

/// The request of `setnospeaking` (<https://www.tencentcloud.com/document/product/1047/34923>):
/// the mute periods of `Set_Account`, in seconds (0 unmutes,
/// [`MUTE_FOREVER`] mutes for ever), for one-to-one messages, group
/// messages, or both. A muted user's one-to-one messages fail with 20012,
/// group messages with 10017, and their before-send webhooks do not fire.
/// The reply is the status fields alone (`EnvelopeOnlyResponse`).
///
/// Idempotent: it sets the periods to given values (a repeat restarts a
/// timed mute from the repeat, as `forbid_send_msg` does).
///
/// ```
/// use tim_protocol::openconfig::SetnospeakingRequest;
///
/// let request = SetnospeakingRequest::new("lumotuwe").c2c_forever().group(7200);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"Set_Account": "lumotuwe", "C2CmsgNospeakingTime": 4294967295u32, "GroupmsgNospeakingTime": 7200})
/// );
/// assert!(request.validate().is_ok());
/// assert!(SetnospeakingRequest::unmute("lumotuwe").validate().is_ok());
///
/// let neither = SetnospeakingRequest::new("lumotuwe").validate().unwrap_err();
/// assert_eq!(neither.error_code().map(|c| c.code()), Some(130008));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SetnospeakingRequest {
    /// `Set_Account`: the user to mute or unmute.
    #[serde(rename = "Set_Account")]
    pub set_account: String,
    /// `C2CmsgNospeakingTime`: the mute of one-to-one messages, in seconds.
    #[serde(rename = "C2CmsgNospeakingTime", default, skip_serializing_if = "Option::is_none")]
    pub c2c_msg_nospeaking_time: Option<u32>,
    /// `GroupmsgNospeakingTime`: the mute of group messages, in seconds.
    #[serde(rename = "GroupmsgNospeakingTime", default, skip_serializing_if = "Option::is_none")]
    pub group_msg_nospeaking_time: Option<u32>,
}

impl SetnospeakingRequest {
    /// A request for `user` that sets nothing yet: add [`c2c`](Self::c2c),
    /// [`group`](Self::group) or both (one is required).
    pub fn new(user: impl Into<String>) -> Self {
        Self {
            set_account: user.into(),
            c2c_msg_nospeaking_time: None,
            group_msg_nospeaking_time: None,
        }
    }

    /// Mutes `user` for ever, in one-to-one and group messages.
    pub fn mute_forever(user: impl Into<String>) -> Self {
        Self::new(user).c2c_forever().group_forever()
    }

    /// Unmutes `user`, in one-to-one and group messages.
    pub fn unmute(user: impl Into<String>) -> Self {
        Self::new(user).c2c(0).group(0)
    }

    /// Sets the one-to-one mute to `seconds` (0 unmutes).
    pub fn c2c(mut self, seconds: u32) -> Self {
        self.c2c_msg_nospeaking_time = Some(seconds);
        self
    }

    /// Mutes one-to-one messages for ever.
    pub fn c2c_forever(self) -> Self {
        self.c2c(MUTE_FOREVER)
    }

    /// Sets the group mute to `seconds` (0 unmutes).
    pub fn group(mut self, seconds: u32) -> Self {
        self.group_msg_nospeaking_time = Some(seconds);
        self
    }

    /// Mutes group messages for ever.
    pub fn group_forever(self) -> Self {
        self.group(MUTE_FOREVER)
    }

    /// Checks: `Set_Account` 1 to 32 bytes (the UserID rule; 130005, "the
    /// Set_Account field is invalid"); at least one of `C2CmsgNospeakingTime`
    /// and `GroupmsgNospeakingTime` (130008). The periods' most,
    /// 4294967295, is their type's.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "Set_Account".into(), &self.set_account)
            .map_err(|error| error.with_code(ErrorCode::OpenConfigSetAccountInvalid))?;
        if self.c2c_msg_nospeaking_time.is_none() && self.group_msg_nospeaking_time.is_none() {
            return Err(ValidationError::new("C2CmsgNospeakingTime", Rule::Required)
                .with_code(ErrorCode::OpenConfigMuteTimeMissing));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::USER_ID_MAX_BYTES;

    #[test]
    fn limits_are_inclusive_and_named() {
        assert!(SetnospeakingRequest::new("s".repeat(USER_ID_MAX_BYTES))
            .group(1)
            .validate()
            .is_ok());
        assert!(SetnospeakingRequest::new("s").c2c(MUTE_FOREVER).validate().is_ok());
        let long = SetnospeakingRequest::new("s".repeat(USER_ID_MAX_BYTES + 1)).c2c(1);
        let empty = SetnospeakingRequest::new("").c2c(1);
        for request in [long, empty] {
            let error = request.validate().unwrap_err();
            assert_eq!(error.field(), "Set_Account");
            assert_eq!(error.error_code(), Some(ErrorCode::OpenConfigSetAccountInvalid));
        }
        let neither = SetnospeakingRequest::new("s").validate().unwrap_err();
        assert_eq!(neither.field(), "C2CmsgNospeakingTime");
        assert_eq!(neither.rule(), &Rule::Required);
        assert_eq!(neither.error_code(), Some(ErrorCode::OpenConfigMuteTimeMissing));
    }

    #[test]
    fn the_conveniences_set_both_periods() {
        let muted = SetnospeakingRequest::mute_forever("s");
        assert_eq!(muted.c2c_msg_nospeaking_time, Some(u32::MAX));
        assert_eq!(muted.group_msg_nospeaking_time, Some(u32::MAX));
        let unmuted = SetnospeakingRequest::unmute("s");
        assert_eq!(unmuted.c2c_msg_nospeaking_time, Some(0));
        assert_eq!(unmuted.group_msg_nospeaking_time, Some(0));
    }
}
