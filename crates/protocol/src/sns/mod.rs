//! The `sns` service: the relationship chain. Friends, friend lists (the
//! pages call them "groups": `group_add`, `Tag_SNS_IM_Group`; not chat groups)
//! and blocklists (the "Relationship Chain Management" page,
//! <https://intl.cloud.tencent.com/document/product/1047/33521>).

mod friend_add;

pub use friend_add::{
    AddSource, AddType, ForceAddFlags, FriendAddItem, FriendAddRequest, FriendAddResponse, ResultItem,
};

use crate::limits::USER_ID_MAX_BYTES;
use crate::validation::{check, ValidationError};

/// A UserID field: 1 to 32 bytes.
pub(crate) fn check_user_id(field: impl Fn() -> String, id: &str) -> Result<(), ValidationError> {
    check::text(field, id, USER_ID_MAX_BYTES)
}
