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
mod relation_check;
mod result;

pub use black_list_add::{BlackListAdd, BlackListAddRequest};
pub use black_list_check::{BlackListCheckItem, BlackListCheckRequest, BlackListCheckResponse};
pub use black_list_delete::{BlackListDelete, BlackListDeleteRequest};
pub use black_list_get::{BlackListGetRequest, BlackListGetResponse, BlackListItem};
pub use fields::{AddSource, FriendField, FriendTag, SnsItem, SnsTag, SnsValue, SNS_CUSTOM_TAG_PREFIX};
pub use friend_add::{AddType, ForceAddFlags, FriendAddItem, FriendAddRequest};
pub use friend_check::{FriendCheckItem, FriendCheckRequest, FriendCheckResponse};
pub use friend_delete::FriendDeleteRequest;
pub use friend_delete_all::FriendDeleteAllRequest;
pub use friend_get::{FriendGetRequest, FriendGetResponse, UserDataItem};
pub use friend_get_list::{FriendGetListRequest, FriendGetListResponse, FriendInfoItem};
pub use friend_import::{FriendImportItem, FriendImportRequest};
pub use friend_update::{FriendUpdateItem, FriendUpdateRequest};
pub use group_add::{GroupAddRequest, GroupAddResponse};
pub use group_delete::{GroupDeleteRequest, GroupDeleteResponse};
pub use group_get::{FriendGroup, GroupGetRequest, GroupGetResponse};
pub use kinds::{BlackCheckType, BlackRelation, CheckType, DeleteType, FriendRelation, NeedFriend};
pub use relation_check::{CheckKind, RelationCheck};
pub use result::{ResultItem, ResultsResponse};

use crate::limits::SNS_ACCOUNTS_PER_REQUEST_MAX;
use crate::validation::{check, ValidationError};

/// The accounts of the calls on a user's relations to some others
/// (`friend_delete`, `friend_check`, `black_list_add`, `black_list_delete`,
/// `black_list_check`): `From_Account`, and 1 to 1000 users in `To_Account`,
/// each 1 to 32 bytes.
pub(crate) fn check_from_to(from: &str, to: &[String]) -> Result<(), ValidationError> {
    check::user_id(|| "From_Account".into(), from)?;
    check::user_ids("To_Account", to, 1, SNS_ACCOUNTS_PER_REQUEST_MAX)
}
