//! `v4/im_cos_msg/forbid_illegal_object` and
//! `v4/im_cos_msg/allow_banned_object`: ban, or lift the ban on, one chat
//! file. Both requests are one shape, `{"RawURL": …}`; both replies are the
//! status fields alone ([`crate::EnvelopeOnlyResponse`]).

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use crate::validation::{Rule, ValidationError};

/// A request naming one chat file by its URL (`RawURL`, as the `URL` field
/// of the rich-media message carries it). `Call` makes each call its own
/// type with its own path: [`ForbidIllegalObjectRequest`] and
/// [`AllowBannedObjectRequest`].
///
/// ```
/// use tim_protocol::cos_msg::{AllowBannedObjectRequest, ForbidIllegalObjectRequest};
///
/// let url = "https://cos.ap-shanghai.myqcloud.com/005f-shanghai-360-shared-01-1256635546/76aa-1400152839/2f3b-2273451635034382/699eb4ee5ffa9aeb70627958766f2927-142072.jpg";
/// let ban = ForbidIllegalObjectRequest::new(url);
/// assert!(ban.validate().is_ok());
/// assert_eq!(serde_json::to_value(&ban).unwrap(), serde_json::json!({"RawURL": url}));
/// assert_eq!(AllowBannedObjectRequest::new("").validate().unwrap_err().field(), "RawURL");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RawUrlRequest<Call> {
    /// `RawURL`: the file's URL, from the rich-media message's `URL`.
    #[serde(rename = "RawURL")]
    pub raw_url: String,
    #[serde(skip)]
    call: PhantomData<Call>,
}

impl<Call> RawUrlRequest<Call> {
    /// The request for the file at `raw_url`.
    pub fn new(raw_url: impl Into<String>) -> Self {
        Self {
            raw_url: raw_url.into(),
            call: PhantomData,
        }
    }

    /// Checks: `RawURL` present and not empty (the generated SDK marks it
    /// required). No source gives a form or a length; the service judges
    /// whether the URL is one of its files.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if self.raw_url.is_empty() {
            return Err(ValidationError::new("RawURL", Rule::NotEmpty));
        }
        Ok(())
    }
}

/// The request of `forbid_illegal_object`: ban the file `RawURL` (the SDKs
/// can no longer download it; [`super::GetCosSigRequest`] still can).
/// Idempotent: banning sets a final state.
pub type ForbidIllegalObjectRequest = RawUrlRequest<ForbidIllegalObject>;

/// Marks a [`RawUrlRequest`] as the request of `forbid_illegal_object`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForbidIllegalObject {}

/// The request of `allow_banned_object`: lift the ban on the file `RawURL`.
/// Idempotent: unbanning sets a final state.
pub type AllowBannedObjectRequest = RawUrlRequest<AllowBannedObject>;

/// Marks a [`RawUrlRequest`] as the request of `allow_banned_object`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AllowBannedObject {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn raw_url_is_required() {
        let error = ForbidIllegalObjectRequest::new("").validate().unwrap_err();
        assert_eq!(error.field(), "RawURL");
        assert_eq!(error.rule(), &Rule::NotEmpty);
        assert_eq!(error.error_code(), Some(ErrorCode::InvalidJson));
        assert!(serde_json::from_str::<AllowBannedObjectRequest>("{}").is_err());
        let parsed: AllowBannedObjectRequest = serde_json::from_str(r#"{"RawURL":"https://x/y.png"}"#).unwrap();
        assert_eq!(parsed.raw_url, "https://x/y.png");
        assert!(parsed.validate().is_ok());
    }
}
