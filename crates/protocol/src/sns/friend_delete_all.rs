//! `v4/sns/friend_delete_all`: delete all of a user's friends.

use serde::{Deserialize, Serialize};

use super::kinds::{check_delete_type, DeleteType};
use crate::validation::{check, ValidationError};

/// The request of `friend_delete_all` (<https://intl.cloud.tencent.com/document/product/1047/34906>).
///
/// Idempotent: clearing a list twice leaves it as clearing it once, and the
/// reply has no per-friend codes.
///
/// ```
/// use tim_protocol::sns::{DeleteType, FriendDeleteAllRequest};
///
/// let request = FriendDeleteAllRequest::new("id").delete_type(DeleteType::Both);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"From_Account": "id", "DeleteType": "Delete_Type_Both"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendDeleteAllRequest {
    /// `From_Account`: the user whose friends are deleted.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `DeleteType`: one-way (the default) or two-way.
    #[serde(rename = "DeleteType", default, skip_serializing_if = "Option::is_none")]
    pub delete_type: Option<DeleteType>,
}

impl FriendDeleteAllRequest {
    /// Delete all of `user`'s friends, one-way.
    pub fn new(user: impl Into<String>) -> Self {
        Self {
            from_account: user.into(),
            delete_type: None,
        }
    }

    /// Sets `DeleteType`.
    pub fn delete_type(mut self, delete_type: DeleteType) -> Self {
        self.delete_type = Some(delete_type);
        self
    }

    /// Checks: `From_Account` 1 to 32 bytes; a documented `DeleteType`.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        check_delete_type(self.delete_type.as_ref())
    }
}
