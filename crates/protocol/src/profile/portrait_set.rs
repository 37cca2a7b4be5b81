//! `v4/profile/portrait_set`: write a user's profile fields.

use serde::{Deserialize, Serialize};

use super::tag::ProfileItem;
use crate::validation::{check, ValidationError};

/// The request of `portrait_set` (<https://intl.cloud.tencent.com/document/product/1047/34916>).
///
/// Idempotent: it sets values; repeating it leaves the same profile (the
/// profile-change webhook may fire again).
///
/// ```
/// use tim_protocol::profile::PortraitSetRequest;
///
/// let request = PortraitSetRequest::nick("id", "MyNickName");
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"From_Account": "id", "ProfileItem": [{"Tag": "Tag_Profile_IM_Nick", "Value": "MyNickName"}]})
/// );
/// assert!(request.validate().is_ok());
/// assert!(PortraitSetRequest::nick("id", "x".repeat(501)).validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PortraitSetRequest {
    /// `From_Account`: the user whose profile is written.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `ProfileItem`: the fields to write.
    #[serde(rename = "ProfileItem")]
    pub profile_item: Vec<ProfileItem>,
}

impl PortraitSetRequest {
    /// Write `items` to `user`'s profile.
    pub fn new(user: impl Into<String>, items: impl IntoIterator<Item = ProfileItem>) -> Self {
        Self {
            from_account: user.into(),
            profile_item: items.into_iter().collect(),
        }
    }

    /// Set `user`'s nickname.
    pub fn nick(user: impl Into<String>, nick: impl Into<String>) -> Self {
        Self::new(user, [ProfileItem::Nick(nick.into())])
    }

    /// Checks: `From_Account` 1 to 32 bytes; at least one item; each
    /// value within its limit (strings 500 bytes, 40601; the location 16
    /// bytes; custom keys 1 to 8 letters). The pages give no maximum number
    /// of items per call, so none is checked.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        check::count("ProfileItem", self.profile_item.len(), 1, usize::MAX, None)?;
        for (index, item) in self.profile_item.iter().enumerate() {
            item.check(&format!("ProfileItem[{index}]"))?;
        }
        Ok(())
    }
}
