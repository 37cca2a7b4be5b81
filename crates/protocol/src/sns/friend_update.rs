//! `v4/sns/friend_update`: change the remark, lists and custom fields of friends.

use serde::{Deserialize, Serialize};

use super::fields::{SnsItem, SnsTag};
use crate::validation::{check, Rule, ValidationError};

/// The request of `friend_update` (<https://intl.cloud.tencent.com/document/product/1047/34904>).
///
/// Idempotent: it sets values, so repeating it leaves the same data. Update
/// a user's friends in one call: concurrent writes for one user fail with 30008.
///
/// ```
/// use tim_protocol::sns::{FriendUpdateItem, FriendUpdateRequest, SnsItem};
///
/// let request = FriendUpdateRequest::new(
///     "id",
///     [FriendUpdateItem::new("id1", [SnsItem::Remark("remark1".into()), SnsItem::Group(vec!["group1".into()])])],
/// );
/// assert!(request.validate().is_ok());
/// let add_time = FriendUpdateRequest::new("id", [FriendUpdateItem::new("id1", [SnsItem::AddTime(1)])]);
/// assert_eq!(add_time.validate().unwrap_err().field(), "UpdateItem[0].SnsItem[0].Tag");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendUpdateRequest {
    /// `From_Account`: the user whose friend data changes.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `UpdateItem`: the friends to change, at least one. The page gives no
    /// maximum per call, so none is checked.
    #[serde(rename = "UpdateItem")]
    pub update_item: Vec<FriendUpdateItem>,
}

impl FriendUpdateRequest {
    /// Change `items` of `user`'s friends.
    pub fn new(user: impl Into<String>, items: impl IntoIterator<Item = FriendUpdateItem>) -> Self {
        Self {
            from_account: user.into(),
            update_item: items.into_iter().collect(),
        }
    }

    /// Checks: the accounts 1 to 32 bytes; at least one friend, each with at
    /// least one field; only `Tag_SNS_IM_Remark`, `Tag_SNS_IM_Group` and custom
    /// fields (the page: "users are only allowed to update the remarks,
    /// group, and custom fields"), each within its limits.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        check::count("UpdateItem", self.update_item.len(), 1, usize::MAX, None)?;
        for (index, item) in self.update_item.iter().enumerate() {
            let field = format!("UpdateItem[{index}]");
            check::user_id(|| format!("{field}.To_Account"), &item.to_account)?;
            check::count(&format!("{field}.SnsItem"), item.sns_item.len(), 1, usize::MAX, None)?;
            for (position, sns) in item.sns_item.iter().enumerate() {
                let path = format!("{field}.SnsItem[{position}]");
                let updatable = matches!(sns, SnsItem::Remark(_) | SnsItem::Group(_) | SnsItem::Custom { .. });
                if !updatable {
                    let why = match sns.tag() {
                        SnsTag::Remark | SnsTag::Group | SnsTag::Custom(_) => {
                            "a value of the tag's type (a string, a list of strings, a string or integer)"
                        }
                        _ => "Tag_SNS_IM_Remark, Tag_SNS_IM_Group or a custom Tag_SNS_Custom_ field",
                    };
                    return Err(ValidationError::new(format!("{path}.Tag"), Rule::BadFormat(why)));
                }
                sns.check(&path)?;
            }
        }
        Ok(())
    }
}

/// One friend of `UpdateItem`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendUpdateItem {
    /// `To_Account`: the friend.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `SnsItem`: the fields to set.
    #[serde(rename = "SnsItem")]
    pub sns_item: Vec<SnsItem>,
}

impl FriendUpdateItem {
    /// Set `items` on `friend`.
    pub fn new(friend: impl Into<String>, items: impl IntoIterator<Item = SnsItem>) -> Self {
        Self {
            to_account: friend.into(),
            sns_item: items.into_iter().collect(),
        }
    }
}
