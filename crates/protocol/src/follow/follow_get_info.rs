//! `v4/follow/follow_get_info`: read how many followers, followings and
//! mutual follows users have.

use serde::{Deserialize, Serialize};

use crate::limits::FOLLOW_ACCOUNTS_PER_REQUEST_MAX;
use crate::{AccountsCall, AccountsRequest};
use crate::{Envelope, ErrorCode};

/// The request of `follow_get_info` (<https://www.tencentcloud.com/document/product/1047/70350>):
/// the counts of 1 to 20 users (`To_Account`), read for `From_Account`. A
/// read: idempotent.
///
/// ```
/// use tim_protocol::follow::{FollowGetInfoRequest, FollowGetInfoResponse};
///
/// let request = FollowGetInfoRequest::new("UserID_001", ["UserID_001", "UserID_002"]);
/// assert!(request.validate().is_ok());
///
/// let reply: FollowGetInfoResponse = serde_json::from_str(
///     r#"{"FollowInfo":[{"To_Account":"UserID_002","ResultCode":0,"ResultInfo":"",
///         "FollowerCount":1,"FollowingCount":0,"MutualFollowingCount":0}],"ActionStatus":"OK","ErrorCode":0}"#,
/// )
/// .unwrap();
/// assert_eq!(reply.info("UserID_002").and_then(|info| info.follower_count), Some(1));
/// ```
pub type FollowGetInfoRequest = AccountsRequest<FollowGetInfo>;

/// Marks a [`AccountsRequest`] as the request of `follow_get_info`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowGetInfo {}

impl AccountsCall for FollowGetInfo {
    const TO_ACCOUNT_MAX: usize = FOLLOW_ACCOUNTS_PER_REQUEST_MAX;
}

/// The reply of `follow_get_info`: one [`FollowInfoItem`] per user.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FollowGetInfoResponse {
    /// `FollowInfo`: one item per user.
    #[serde(rename = "FollowInfo", default, skip_serializing_if = "Option::is_none")]
    pub follow_info: Option<Vec<FollowInfoItem>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(FollowGetInfoResponse);

impl FollowGetInfoResponse {
    /// The counts of `user`, if they were read successfully.
    pub fn info(&self, user: &str) -> Option<&FollowInfoItem> {
        self.follow_info
            .as_deref()?
            .iter()
            .find(|item| item.to_account == user && item.result_code.is_success())
    }
}

/// One item of `FollowInfo`: a user's counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FollowInfoItem {
    /// `To_Account`: the user.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `ResultCode`: 0 for this user's success.
    #[serde(rename = "ResultCode", default)]
    pub result_code: ErrorCode,
    /// `ResultInfo`: the reason of a failure, empty on success.
    #[serde(rename = "ResultInfo", default, skip_serializing_if = "Option::is_none")]
    pub result_info: Option<String>,
    /// `FollowerCount`: the user's number of followers ("fans").
    #[serde(rename = "FollowerCount", default, skip_serializing_if = "Option::is_none")]
    pub follower_count: Option<u64>,
    /// `FollowingCount`: the number of users the user follows.
    #[serde(rename = "FollowingCount", default, skip_serializing_if = "Option::is_none")]
    pub following_count: Option<u64>,
    /// `MutualFollowingCount`: the number of users the user and they follow
    /// each other.
    #[serde(rename = "MutualFollowingCount", default, skip_serializing_if = "Option::is_none")]
    pub mutual_following_count: Option<u64>,
}

impl FollowInfoItem {
    /// The counts of `user`, read successfully.
    pub fn new(user: impl Into<String>, followers: u64, following: u64, mutual: u64) -> Self {
        Self {
            to_account: user.into(),
            result_code: ErrorCode::Success,
            result_info: Some(String::new()),
            follower_count: Some(followers),
            following_count: Some(following),
            mutual_following_count: Some(mutual),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Rule;

    #[test]
    fn limits_are_inclusive_and_named() {
        let users = |n: usize| (0..n).map(|i| format!("{i:0>32}")).collect::<Vec<_>>();
        assert!(FollowGetInfoRequest::new("u", users(FOLLOW_ACCOUNTS_PER_REQUEST_MAX))
            .validate()
            .is_ok());
        let over = FollowGetInfoRequest::new("u", users(FOLLOW_ACCOUNTS_PER_REQUEST_MAX + 1))
            .validate()
            .unwrap_err();
        assert_eq!(over.field(), "To_Account");
        assert_eq!(over.rule(), &Rule::TooMany { max: 20, actual: 21 });
        assert_eq!(over.error_code(), Some(ErrorCode::SnsParameterInvalid));
        let empty = FollowGetInfoRequest::new("u", users(0)).validate().unwrap_err();
        assert_eq!(empty.field(), "To_Account");
        let long = FollowGetInfoRequest::new("", users(1)).validate().unwrap_err();
        assert_eq!(long.field(), "From_Account");
    }

    #[test]
    fn a_failed_user_has_no_counts_to_read() {
        let reply = FollowGetInfoResponse {
            follow_info: Some(vec![
                FollowInfoItem::new("a", 1, 2, 3),
                FollowInfoItem {
                    result_code: ErrorCode::SnsAccountNotFound,
                    ..FollowInfoItem::new("b", 0, 0, 0)
                },
            ]),
            envelope: Envelope::ok(),
        };
        assert_eq!(reply.info("a").and_then(|i| i.mutual_following_count), Some(3));
        assert!(reply.info("b").is_none());
    }
}
