//! `v4/sns/friend_delete`: delete some of a user's friends.

use serde::{Deserialize, Serialize};

use super::check_from_to;
use super::kinds::{check_delete_type, DeleteType};
use crate::validation::ValidationError;

/// The request of `friend_delete` (<https://intl.cloud.tencent.com/document/product/1047/34905>).
///
/// Not idempotent: deleting a friend already deleted answers the per-item
/// failure 31704, so a call whose reply was lost is not repeated by default.
///
/// ```
/// use tim_protocol::sns::{DeleteType, FriendDeleteRequest};
///
/// let request = FriendDeleteRequest::new("id", ["id1", "id2"]).delete_type(DeleteType::Both);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"From_Account": "id", "To_Account": ["id1", "id2"], "DeleteType": "Delete_Type_Both"})
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendDeleteRequest {
    /// `From_Account`: the user whose friends are deleted.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: 1 to 1000 friends.
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    /// `DeleteType`: one-way (the default) or two-way.
    #[serde(rename = "DeleteType", default, skip_serializing_if = "Option::is_none")]
    pub delete_type: Option<DeleteType>,
}

impl FriendDeleteRequest {
    /// Delete `friends` from `user`'s list (one-way).
    pub fn new<I, S>(user: impl Into<String>, friends: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            from_account: user.into(),
            to_account: friends.into_iter().map(Into::into).collect(),
            delete_type: None,
        }
    }

    /// Sets `DeleteType`.
    pub fn delete_type(mut self, delete_type: DeleteType) -> Self {
        self.delete_type = Some(delete_type);
        self
    }

    /// Checks: the accounts 1 to 32 bytes; 1 to 1000 friends; a documented
    /// `DeleteType`.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_from_to(&self.from_account, &self.to_account)?;
        check_delete_type(self.delete_type.as_ref())
    }
}
