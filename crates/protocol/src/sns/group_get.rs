//! `v4/sns/group_get`: read a user's friend lists.

use serde::{Deserialize, Serialize};

use super::fields::check_group_name;
use super::kinds::{check_known, NeedFriend};
use crate::validation::{check, ValidationError};
use crate::Envelope;

/// The request of `group_get` (<https://intl.cloud.tencent.com/document/product/1047/40123>).
/// A read: idempotent.
///
/// The page says `NeedFriend` counts only when `GroupName` is absent, yet its
/// complete sample sends both: both are allowed, the service decides.
///
/// ```
/// use tim_protocol::sns::GroupGetRequest;
///
/// let request = GroupGetRequest::new("id").with_friends();
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"From_Account": "id", "NeedFriend": "Need_Friend_Type_Yes"})
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupGetRequest {
    /// `From_Account`: the user whose lists are read.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `NeedFriend`: `Need_Friend_Type_Yes` to list each list's friends.
    #[serde(rename = "NeedFriend", default, skip_serializing_if = "Option::is_none")]
    pub need_friend: Option<NeedFriend>,
    /// `GroupName`: the lists to read; absent for all.
    #[serde(rename = "GroupName", default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<Vec<String>>,
}

impl GroupGetRequest {
    /// Read all of `user`'s lists, without their friends.
    pub fn new(user: impl Into<String>) -> Self {
        Self {
            from_account: user.into(),
            need_friend: None,
            group_name: None,
        }
    }

    /// Also list each list's friends.
    pub fn with_friends(mut self) -> Self {
        self.need_friend = Some(NeedFriend::Yes);
        self
    }

    /// Read only the lists `names`.
    pub fn only<I, S>(mut self, names: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.group_name = Some(names.into_iter().map(Into::into).collect());
        self
    }

    /// Checks: `From_Account` 1 to 32 bytes; names 1 to 30 bytes; a
    /// documented `NeedFriend`.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        if let Some(need) = &self.need_friend {
            check_known("NeedFriend", need.is_known(), "Need_Friend_Type_Yes")?;
        }
        for (index, name) in self.group_name.iter().flatten().enumerate() {
            check_group_name(|| format!("GroupName[{index}]"), name)?;
        }
        Ok(())
    }
}

/// The reply of `group_get`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupGetResponse {
    /// `ResultItem`: one entry per list.
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Option::is_none")]
    pub result_item: Option<Vec<FriendGroup>>,
    /// `CurrentSequence`: the lists' sequence.
    #[serde(rename = "CurrentSequence", default, skip_serializing_if = "Option::is_none")]
    pub current_sequence: Option<u64>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GroupGetResponse);

/// One friend list of `group_get`'s `ResultItem`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendGroup {
    /// `GroupName`.
    #[serde(rename = "GroupName")]
    pub group_name: String,
    /// `FriendNumber`: how many friends are in the list.
    #[serde(rename = "FriendNumber", default, skip_serializing_if = "Option::is_none")]
    pub friend_number: Option<u64>,
    /// `To_Account`: the friends, when `NeedFriend` asked for them.
    #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
    pub to_account: Option<Vec<String>>,
}

impl FriendGroup {
    /// The friend list `group_name` with `friend_number` friends, and their
    /// IDs when they were asked for.
    pub fn new(group_name: impl Into<String>, friend_number: u64, to_account: Option<Vec<String>>) -> Self {
        Self {
            group_name: group_name.into(),
            friend_number: Some(friend_number),
            to_account,
        }
    }
}
