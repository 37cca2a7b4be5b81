//! `v4/follow/follow_delete`: make a user unfollow others.

use crate::limits::FOLLOW_ACCOUNTS_PER_REQUEST_MAX;
use crate::{AccountsCall, AccountsRequest};

/// The request of `follow_delete` (<https://www.tencentcloud.com/document/product/1047/70346>):
/// `From_Account` unfollows 1 to 20 users. The reply is
/// `sns::ResultsResponse`, one `ResultItem` per user.
///
/// Not idempotent (this crate's choice, as sns `friend_delete` and
/// `black_list_delete`): the page does not say what unfollowing a user not
/// followed answers, and each unfollow fires the after-unfollow webhook, so
/// a call whose reply was lost is not sent again by default.
///
/// ```
/// use tim_protocol::follow::FollowDeleteRequest;
///
/// let request = FollowDeleteRequest::new("UserID_001", ["UserID_002", "UserID_003"]);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"From_Account": "UserID_001", "To_Account": ["UserID_002", "UserID_003"]})
/// );
/// assert!(request.validate().is_ok());
/// assert!(FollowDeleteRequest::one("UserID_001", "").validate().is_err());
/// ```
pub type FollowDeleteRequest = AccountsRequest<FollowDelete>;

/// Marks a [`AccountsRequest`] as the request of `follow_delete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowDelete {}

impl AccountsCall for FollowDelete {
    const TO_ACCOUNT_MAX: usize = FOLLOW_ACCOUNTS_PER_REQUEST_MAX;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::USER_ID_MAX_BYTES;
    use crate::{ErrorCode, Rule};

    #[test]
    fn limits_are_inclusive_and_named() {
        let users = |n: usize| (0..n).map(|i| format!("{i:0>32}")).collect::<Vec<_>>();
        let full = FollowDeleteRequest::new("f".repeat(USER_ID_MAX_BYTES), users(FOLLOW_ACCOUNTS_PER_REQUEST_MAX));
        assert!(full.validate().is_ok());
        let cases = [
            (FollowDeleteRequest::new("u".repeat(33), users(1)), "From_Account"),
            (FollowDeleteRequest::new("u", users(0)), "To_Account"),
            (
                FollowDeleteRequest::new("u", users(FOLLOW_ACCOUNTS_PER_REQUEST_MAX + 1)),
                "To_Account",
            ),
            (FollowDeleteRequest::new("u", ["a", &"t".repeat(33)]), "To_Account[1]"),
        ];
        for (request, field) in cases {
            let error = request.validate().unwrap_err();
            assert_eq!(error.field(), field);
            assert_eq!(error.error_code(), Some(ErrorCode::SnsParameterInvalid));
        }
        let over = FollowDeleteRequest::new("u", users(21)).validate().unwrap_err();
        assert_eq!(over.rule(), &Rule::TooMany { max: 20, actual: 21 });
    }
}
