//! The `follow` service: following users, and reading followers
//! (the pages' "fans"), followings and mutual follows (the "Following and
//! Fans" pages, <https://www.tencentcloud.com/document/product/1047/70345>
//! to 70350).
//!
//! The feature needs the Pro, Pro-plus or Enterprise edition and is enabled
//! in the console (Configuration > Friends and Relationship Chains >
//! Follow / Fan settings); without it every call fails with 30005
//! ([`ErrorCode::FollowDisabled`](crate::ErrorCode::FollowDisabled)). The
//! pages share the sns service's general codes (30001 to 30007).
//!
//! `follow_add` and `follow_delete` answer with the sns calls' reply,
//! `sns::ResultsResponse`: `OK` overall, a code per user; check each.

mod follow_add;
mod follow_check;
mod follow_delete;
mod follow_get;
mod follow_get_info;

pub use follow_add::{FollowAddItem, FollowAddRequest};
pub use follow_check::{FollowCheck, FollowCheckItem, FollowCheckRequest, FollowCheckResponse, FollowRelation};
pub use follow_delete::{FollowDelete, FollowDeleteRequest};
pub use follow_get::{FollowGetItem, FollowGetRequest, FollowGetResponse, FollowListType};
pub use follow_get_info::{FollowGetInfo, FollowGetInfoRequest, FollowGetInfoResponse, FollowInfoItem};
