//! `v4/profile/portrait_get`: read profile fields of up to 100 users.

use serde::{Deserialize, Serialize};

use super::tag::{check_custom_key, ProfileItem, ProfileTag};
use crate::limits::PORTRAIT_GET_ACCOUNTS_MAX;
use crate::validation::{check, Rule, ValidationError};
use crate::{Envelope, ErrorCode};

/// The request of `portrait_get` (<https://intl.cloud.tencent.com/document/product/1047/34917>).
/// A read: idempotent.
///
/// ```
/// use tim_protocol::profile::{PortraitGetRequest, ProfileTag};
///
/// let request = PortraitGetRequest::nick_and_face(["id1", "id2"]);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"To_Account": ["id1", "id2"], "TagList": ["Tag_Profile_IM_Nick", "Tag_Profile_IM_Image"]})
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PortraitGetRequest {
    /// `To_Account`: 1 to 100 users.
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    /// `TagList`: the fields to read, at least one.
    #[serde(rename = "TagList")]
    pub tag_list: Vec<ProfileTag>,
}

impl PortraitGetRequest {
    /// Read `tags` of `users`.
    pub fn new<I, S, T>(users: I, tags: T) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
        T: IntoIterator<Item = ProfileTag>,
    {
        Self {
            to_account: users.into_iter().map(Into::into).collect(),
            tag_list: tags.into_iter().collect(),
        }
    }

    /// Read the nickname and avatar URL (`Tag_Profile_IM_Nick`, `Tag_Profile_IM_Image`) of `users`.
    pub fn nick_and_face<I, S>(users: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self::new(users, [ProfileTag::Nick, ProfileTag::Image])
    }

    /// Checks: 1 to 100 users (the page's per-call maximum; 40002 when
    /// none), each 1 to 32 bytes; at least one tag, custom keys of 1 to 8
    /// letters. The pages give no maximum number of tags, so none is checked.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_ids("To_Account", &self.to_account, 1, PORTRAIT_GET_ACCOUNTS_MAX).map_err(|error| {
            match error.rule() {
                Rule::TooFew { .. } => error.with_code(ErrorCode::ProfileToAccountMissing),
                _ => error,
            }
        })?;
        check::count("TagList", self.tag_list.len(), 1, usize::MAX, None)?;
        for (index, tag) in self.tag_list.iter().enumerate() {
            if let ProfileTag::Custom(key) = tag {
                check_custom_key(&format!("TagList[{index}]"), key)?;
            }
        }
        Ok(())
    }
}

/// The reply of `portrait_get`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PortraitGetResponse {
    /// `UserProfileItem`: one entry per user asked for.
    #[serde(rename = "UserProfileItem", default, skip_serializing_if = "Option::is_none")]
    pub user_profile_item: Option<Vec<UserProfileItem>>,
    /// `Fail_Account`: users that failed; present only when one did.
    #[serde(rename = "Fail_Account", default, skip_serializing_if = "Option::is_none")]
    pub fail_account: Option<Vec<String>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(PortraitGetResponse);

impl PortraitGetResponse {
    /// The profile of `user`, if the reply has it.
    pub fn user(&self, user: &str) -> Option<&UserProfileItem> {
        self.user_profile_item
            .as_deref()?
            .iter()
            .find(|item| item.to_account == user)
    }
}

/// One user of `UserProfileItem`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserProfileItem {
    /// `To_Account`.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `ProfileItem`: absent when this user failed.
    #[serde(rename = "ProfileItem", default, skip_serializing_if = "Option::is_none")]
    pub profile_item: Option<Vec<ProfileItem>>,
    /// `ResultCode`: 0 for this user's success.
    #[serde(rename = "ResultCode", default)]
    pub result_code: ErrorCode,
    /// `ResultInfo`.
    #[serde(rename = "ResultInfo", default, skip_serializing_if = "Option::is_none")]
    pub result_info: Option<String>,
}

impl UserProfileItem {
    /// `to_account`'s profile fields, read successfully.
    pub fn new(to_account: impl Into<String>, items: Vec<ProfileItem>) -> Self {
        Self {
            to_account: to_account.into(),
            profile_item: Some(items),
            result_code: ErrorCode::Success,
            result_info: Some(String::new()),
        }
    }

    /// `to_account` could not be read, for the reason `code` (`info` says why).
    pub fn failed(to_account: impl Into<String>, code: ErrorCode, info: impl Into<String>) -> Self {
        Self {
            to_account: to_account.into(),
            profile_item: None,
            result_code: code,
            result_info: Some(info.into()),
        }
    }

    /// The user's nickname, if it was read.
    pub fn nick(&self) -> Option<&str> {
        self.items().find_map(|item| match item {
            ProfileItem::Nick(nick) => Some(nick.as_str()),
            _ => None,
        })
    }

    /// The user's avatar URL (`Tag_Profile_IM_Image`), if it was read.
    pub fn face_url(&self) -> Option<&str> {
        self.items().find_map(|item| match item {
            ProfileItem::Image(url) => Some(url.as_str()),
            _ => None,
        })
    }

    fn items(&self) -> impl Iterator<Item = &ProfileItem> {
        self.profile_item.iter().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_user_is_40002_and_too_many_or_bad_users_the_parameter_error() {
        let none = PortraitGetRequest::nick_and_face(Vec::<String>::new());
        assert_eq!(
            none.validate().unwrap_err().error_code(),
            Some(ErrorCode::ProfileToAccountMissing)
        );
        let many = PortraitGetRequest::nick_and_face((0..101).map(|n| n.to_string()));
        assert_eq!(
            many.validate().unwrap_err().error_code(),
            Some(ErrorCode::ProfileParameterInvalid)
        );
        let long = PortraitGetRequest::nick_and_face(["a".repeat(33)]);
        assert_eq!(long.validate().unwrap_err().field(), "To_Account[0]");
    }
}
