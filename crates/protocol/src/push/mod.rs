//! Pushing to all users, or to the users an attribute or tag condition picks,
//! and the app attributes and user tags the conditions read: the
//! `all_member_push` service (the "Pushing to All Users" pages,
//! <https://www.tencentcloud.com/document/product/1047/37166> to 37175) and
//! the Push product's `timpush` paths that share its model (the "All/Tagged
//! Push" pages, <https://www.tencentcloud.com/document/product/1047/60561>
//! and neighbours; 269/100634 and neighbours on the Chinese site).
//!
//! One module for the two services, not one each: `timpush` is the Push
//! product's home of the same feature. Its `set_attr_name`, `get_attr_name`
//! and `get_tag` read and write the same attribute names and tags as
//! `im_set_attr_name`, `im_get_attr_name` and `im_get_tag`, its `push` takes
//! the same push condition and offline-push settings as `im_push`, and both
//! answer a push with a task ID. The shared shapes live here once each:
//! [`AttrNames`] and [`AttrTypes`] (`attr_names.rs`), [`Attrs`] and the user
//! attribute items (`user_attrs.rs`), [`UserTagsItem`] and the tag rules
//! (`user_tags.rs`), [`PushCondition`] (`condition.rs`), the account-list
//! request [`ToAccountsRequest`] and per-account errors (`accounts.rs`) and
//! the push reply [`PushTaskResponse`] (`task.rs`). Message bodies are
//! [`crate::message::MsgBody`], offline-push settings
//! [`crate::message::OfflinePushInfo`]. Each endpoint has its file, named by
//! its command; the `timpush` ones are prefixed `timpush_` (but
//! `all_member_push_trace`, which only `timpush` has).
//!
//! Every call needs the app administrator. `all_member_push` needs the
//! Premium (formerly Ultimate) edition and the feature enabled in the
//! console; the Push product's error page gives 90045
//! ([`ErrorCode::PushDisabled`](crate::ErrorCode::PushDisabled)) for a push
//! feature that is not enabled. Both
//! services number their codes in openim's range: 90001 for a body that does
//! not parse, 90009 for a caller who is not an administrator (this crate's
//! names for those are [`ErrorCode::OpenimJsonInvalid`](crate::ErrorCode::OpenimJsonInvalid)
//! and [`ErrorCode::OpenimAdminRequired`](crate::ErrorCode::OpenimAdminRequired)),
//! and the push rules' codes from 90018 to 90056 (the Push product's error
//! page, 1047/74196).
//!
//! The Push product's `webpush` and `webbatch` paths are not modelled: no
//! stored copy of their pages (trtc 80440, 80441) could be read, so neither
//! their paths nor their bodies could be confirmed.

mod accounts;
mod all_member_push_trace;
mod attr_names;
mod condition;
mod im_add_tag;
mod im_get_attr;
mod im_get_attr_name;
mod im_get_tag;
mod im_push;
mod im_remove_all_tags;
mod im_remove_attr;
mod im_remove_tag;
mod im_set_attr;
mod im_set_attr_name;
mod lenient;
mod task;
mod timpush_get_attr_name;
mod timpush_get_tag;
mod timpush_push;
mod timpush_revoke;
mod timpush_set_attr_name;
mod user_attrs;
mod user_tags;

pub use accounts::{AccountError, ToAccountsCall, ToAccountsRequest};
pub use all_member_push_trace::{
    AllMemberPushTraceRequest, AllMemberPushTraceResponse, CommitStat, InstanceTrace, OfflinePushStat, StageStat,
};
pub use attr_names::{AttrNames, AttrNamesResponse, AttrTypes, GetAttrNameRequest};
pub use condition::PushCondition;
pub use im_add_tag::{ImAddTag, ImAddTagRequest};
pub use im_get_attr::{ImGetAttr, ImGetAttrRequest, ImGetAttrResponse};
pub use im_get_attr_name::{ImGetAttrName, ImGetAttrNameRequest};
pub use im_get_tag::{ImGetTag, ImGetTagRequest};
pub use im_push::ImPushRequest;
pub use im_remove_all_tags::{ImRemoveAllTags, ImRemoveAllTagsRequest};
pub use im_remove_attr::ImRemoveAttrRequest;
pub use im_remove_tag::{ImRemoveTag, ImRemoveTagRequest};
pub use im_set_attr::ImSetAttrRequest;
pub use im_set_attr_name::ImSetAttrNameRequest;
pub use task::PushTaskResponse;
pub use timpush_get_attr_name::{TimpushGetAttrName, TimpushGetAttrNameRequest};
pub use timpush_get_tag::{TimpushGetTag, TimpushGetTagRequest};
pub use timpush_push::{OnlineOnlyFlag, TimpushPushRequest};
pub use timpush_revoke::TimpushRevokeRequest;
pub use timpush_set_attr_name::TimpushSetAttrNameRequest;
pub use user_attrs::{Attrs, UserAttrNamesItem, UserAttrsItem};
pub use user_tags::{UserTagsCall, UserTagsItem, UserTagsRequest, UserTagsResponse};

/// An app has at most 10 push attributes, numbered `"0"` to `"9"`
/// (`im_set_attr_name`).
pub const ATTRS_PER_APP_MAX: usize = 10;

/// An attribute name is at most 50 bytes (`im_set_attr_name`).
pub const ATTR_NAME_MAX_BYTES: usize = 50;

/// A user's attribute value is at most 50 bytes (`im_set_attr`).
pub const ATTR_VALUE_MAX_BYTES: usize = 50;

/// A tag is at most 50 bytes (`im_add_tag`; 90020 in a push condition).
pub const TAG_MAX_BYTES: usize = 50;

/// At most 10 tags in each list of a push condition, and at most 10 tags
/// added for one user in one `im_add_tag` request (90032).
pub const TAGS_PER_LIST_MAX: usize = 10;

/// A user has at most 100 tags; older ones must be deleted before more are
/// added (`im_add_tag`).
pub const TAGS_PER_USER_MAX: usize = 100;

/// At most 100 users in one attribute or tag request (90018).
pub const USERS_PER_REQUEST_MAX: usize = 100;

/// By default an app may push (`im_push`, `timpush/push`) at most 100 times
/// a day (90047), with more than a second between two pushes (90024).
pub const PUSHES_PER_DAY_DEFAULT: u32 = 100;

/// A `timpush/push` body is at most 10 KB (90056).
pub const PUSH_BODY_MAX_BYTES: usize = 10 * 1024;

/// A push can be recalled (`timpush/revoke`) for 24 hours after it was
/// started (90052).
pub const REVOKE_WINDOW_SECS: u64 = 24 * 60 * 60;
