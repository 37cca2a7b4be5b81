//! `v4/sns/friend_get_list`: read the friend data and profiles of given friends.

use serde::{Deserialize, Serialize};

use super::fields::{FriendField, FriendTag};
use crate::validation::{check, ValidationError};
use crate::{Envelope, ErrorCode};

/// The request of `friend_get_list` (<https://intl.cloud.tencent.com/document/product/1047/34910>).
/// A read: idempotent. One call, not paged: the page names the friends.
///
/// The page recommends at most 100 friends per call
/// ([`FRIEND_GET_LIST_RECOMMENDED_MAX`](crate::limits::FRIEND_GET_LIST_RECOMMENDED_MAX))
/// so the reply is not too large; a recommendation, so `validate()` does not
/// refuse more.
///
/// ```
/// use tim_protocol::profile::ProfileTag;
/// use tim_protocol::sns::{FriendGetListRequest, SnsTag};
///
/// let request = FriendGetListRequest::new("UserID_1", ["UserID_2"], [ProfileTag::Nick.into(), SnsTag::Remark.into()]);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap()["TagList"],
///     serde_json::json!(["Tag_Profile_IM_Nick", "Tag_SNS_IM_Remark"])
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendGetListRequest {
    /// `From_Account`: the user whose friends are read.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: the friends, at least one.
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    /// `TagList`: the profile and friend fields to read, at least one.
    #[serde(rename = "TagList")]
    pub tag_list: Vec<FriendTag>,
}

impl FriendGetListRequest {
    /// Read `tags` of `friends` of `user`.
    pub fn new<I, S, T>(user: impl Into<String>, friends: I, tags: T) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
        T: IntoIterator<Item = FriendTag>,
    {
        Self {
            from_account: user.into(),
            to_account: friends.into_iter().map(Into::into).collect(),
            tag_list: tags.into_iter().collect(),
        }
    }

    /// Checks: the accounts 1 to 32 bytes; at least one friend; at least one
    /// tag; custom tags with keys of 1 to 8 letters.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        check::user_ids("To_Account", &self.to_account, 1, usize::MAX)?;
        check::count("TagList", self.tag_list.len(), 1, usize::MAX, None)?;
        for (index, tag) in self.tag_list.iter().enumerate() {
            tag.check(&format!("TagList[{index}]"))?;
        }
        Ok(())
    }
}

/// The reply of `friend_get_list`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendGetListResponse {
    /// `InfoItem`: one entry per friend asked for.
    #[serde(rename = "InfoItem", default, skip_serializing_if = "Option::is_none")]
    pub info_item: Option<Vec<FriendInfoItem>>,
    /// `Fail_Account`: the friends that failed; present only when one did.
    #[serde(rename = "Fail_Account", default, skip_serializing_if = "Option::is_none")]
    pub fail_account: Option<Vec<String>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(FriendGetListResponse);

impl FriendGetListResponse {
    /// The entry of `friend`, if the reply has one.
    pub fn friend(&self, friend: &str) -> Option<&FriendInfoItem> {
        self.info_item.as_deref()?.iter().find(|item| item.to_account == friend)
    }
}

/// One friend of `InfoItem`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendInfoItem {
    /// `To_Account`.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `SnsProfileItem`: the friend and profile fields read; absent when this
    /// friend failed.
    #[serde(rename = "SnsProfileItem", default, skip_serializing_if = "Option::is_none")]
    pub sns_profile_item: Option<Vec<FriendField>>,
    /// `ResultCode`: 0 for this friend's success.
    #[serde(rename = "ResultCode", default)]
    pub result_code: ErrorCode,
    /// `ResultInfo`.
    #[serde(rename = "ResultInfo", default, skip_serializing_if = "Option::is_none")]
    pub result_info: Option<String>,
}

impl FriendInfoItem {
    /// The fields read of the friend `to_account`.
    pub fn new(to_account: impl Into<String>, fields: Vec<FriendField>) -> Self {
        Self {
            to_account: to_account.into(),
            sns_profile_item: Some(fields),
            result_code: ErrorCode::Success,
            result_info: Some(String::new()),
        }
    }

    /// `to_account` could not be read: `code` and `info` say why.
    pub fn failed(to_account: impl Into<String>, code: ErrorCode, info: impl Into<String>) -> Self {
        Self {
            to_account: to_account.into(),
            sns_profile_item: None,
            result_code: code,
            result_info: Some(info.into()),
        }
    }
}
