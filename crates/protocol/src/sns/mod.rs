//! The `sns` service: the relationship chain. Friends, friend lists (the
//! pages call them "groups": `group_add`, `Tag_SNS_IM_Group`; not chat groups)
//! and blocklists (the "Relationship Chain Management" page,
//! <https://intl.cloud.tencent.com/document/product/1047/33521>).
//!
//! Calls on many users answer `OK` overall with a code per user
//! ([`ResultItem`], `InfoItem`, ...): check each. Write a user's changes in
//! one call; concurrent writes for one user fail with 30008
//! ([`ErrorCode::SNS_WRITE_CONFLICT`](crate::ErrorCode::SNS_WRITE_CONFLICT)).

mod black_list_add;
mod black_list_check;
mod black_list_delete;
mod black_list_get;
mod fields;
mod friend_add;
mod friend_check;
mod friend_delete;
mod friend_delete_all;
mod friend_get;
mod friend_get_list;
mod friend_import;
mod friend_update;
mod group_add;
mod group_delete;
mod group_get;
mod kinds;
mod result;

pub use black_list_add::{BlackListAddRequest, BlackListAddResponse};
pub use black_list_check::{BlackListCheckItem, BlackListCheckRequest, BlackListCheckResponse};
pub use black_list_delete::{BlackListDeleteRequest, BlackListDeleteResponse};
pub use black_list_get::{BlackListGetRequest, BlackListGetResponse, BlackListItem};
pub use fields::{AddSource, FriendField, FriendTag, SnsItem, SnsTag, SnsValue, SNS_CUSTOM_TAG_PREFIX};
pub use friend_add::{AddType, ForceAddFlags, FriendAddItem, FriendAddRequest, FriendAddResponse};
pub use friend_check::{FriendCheckItem, FriendCheckRequest, FriendCheckResponse};
pub use friend_delete::{FriendDeleteRequest, FriendDeleteResponse};
pub use friend_delete_all::{FriendDeleteAllRequest, FriendDeleteAllResponse};
pub use friend_get::{FriendGetRequest, FriendGetResponse, UserDataItem};
pub use friend_get_list::{FriendGetListRequest, FriendGetListResponse, FriendInfoItem};
pub use friend_import::{FriendImportItem, FriendImportRequest, FriendImportResponse};
pub use friend_update::{FriendUpdateItem, FriendUpdateRequest, FriendUpdateResponse};
pub use group_add::{GroupAddRequest, GroupAddResponse};
pub use group_delete::{GroupDeleteRequest, GroupDeleteResponse};
pub use group_get::{FriendGroup, GroupGetRequest, GroupGetResponse};
pub use kinds::{BlackCheckType, BlackRelation, CheckType, DeleteType, FriendRelation, NeedFriend};
pub use result::ResultItem;

use crate::limits::USER_ID_MAX_BYTES;
use crate::validation::{check, ValidationError};

/// A UserID field: 1 to 32 bytes.
pub(crate) fn check_user_id(field: impl Fn() -> String, id: &str) -> Result<(), ValidationError> {
    check::text(field, id, USER_ID_MAX_BYTES)
}

/// A list of 1 to `max` UserIDs, each 1 to 32 bytes.
pub(crate) fn check_accounts(list: &str, ids: &[String], max: usize) -> Result<(), ValidationError> {
    check::count(list, ids.len(), 1, max, None)?;
    for (index, id) in ids.iter().enumerate() {
        check_user_id(|| format!("{list}[{index}]"), id)?;
    }
    Ok(())
}
