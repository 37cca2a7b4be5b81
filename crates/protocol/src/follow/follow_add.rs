//! `v4/follow/follow_add`: make a user follow others.

use serde::{Deserialize, Serialize};

use crate::limits::FOLLOW_ACCOUNTS_PER_REQUEST_MAX;
use crate::validation::{check, ValidationError};

/// The request of `follow_add` (<https://www.tencentcloud.com/document/product/1047/70345>).
/// The reply is `sns::ResultsResponse`: one `ResultItem` per user, the
/// call `OK` overall even when some failed.
///
/// Not idempotent (this crate's choice, as sns `friend_add` and
/// `black_list_add`): the page does not say what following a user already
/// followed answers, and each follow fires the after-follow webhook, so a
/// call whose reply was lost is not sent again by default.
///
/// ```
/// use tim_protocol::follow::FollowAddRequest;
///
/// let request = FollowAddRequest::one("UserID_001", "UserID_002");
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"From_Account": "UserID_001", "FollowItem": [{"To_Account": "UserID_002"}]})
/// );
/// assert!(request.validate().is_ok());
///
/// let many = FollowAddRequest::new("UserID_001", (0..21).map(|n| format!("user_{n}")));
/// let error = many.validate().unwrap_err();
/// assert_eq!(error.field(), "FollowItem");
/// assert_eq!(error.error_code().map(|c| c.code()), Some(30001));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FollowAddRequest {
    /// `From_Account`: the user who follows.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `FollowItem`: 1 to 20 users to follow.
    #[serde(rename = "FollowItem")]
    pub follow_item: Vec<FollowAddItem>,
}

impl FollowAddRequest {
    /// `user` follows `users`.
    pub fn new<I, S>(user: impl Into<String>, users: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            from_account: user.into(),
            follow_item: users.into_iter().map(FollowAddItem::new).collect(),
        }
    }

    /// `user` follows `other`.
    pub fn one(user: impl Into<String>, other: impl Into<String>) -> Self {
        Self::new(user, [other.into()])
    }

    /// Checks: `From_Account` 1 to 32 bytes; 1 to 20 items, each with a
    /// `To_Account` of 1 to 32 bytes. All are 30001.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        check::count(
            "FollowItem",
            self.follow_item.len(),
            1,
            FOLLOW_ACCOUNTS_PER_REQUEST_MAX,
            None,
        )?;
        for (index, item) in self.follow_item.iter().enumerate() {
            check::user_id(|| format!("FollowItem[{index}].To_Account"), &item.to_account)?;
        }
        Ok(())
    }
}

/// One user of `FollowItem`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FollowAddItem {
    /// `To_Account`: the user to follow.
    #[serde(rename = "To_Account")]
    pub to_account: String,
}

impl FollowAddItem {
    /// Follow `user`.
    pub fn new(user: impl Into<String>) -> Self {
        Self {
            to_account: user.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::USER_ID_MAX_BYTES;
    use crate::sns::ResultsResponse;
    use crate::{ErrorCode, Rule};

    /// A change to a valid request, and the field it breaks.
    type Case = (fn(&mut FollowAddRequest), &'static str);

    fn valid() -> FollowAddRequest {
        FollowAddRequest::new(
            "f".repeat(USER_ID_MAX_BYTES),
            (0..FOLLOW_ACCOUNTS_PER_REQUEST_MAX).map(|n| format!("{n:0>32}")),
        )
    }

    #[test]
    fn limits_are_inclusive_and_named() {
        assert!(valid().validate().is_ok());
        let cases: [Case; 5] = [
            (|r| r.from_account = "u".repeat(USER_ID_MAX_BYTES + 1), "From_Account"),
            (|r| r.from_account.clear(), "From_Account"),
            (|r| r.follow_item.clear(), "FollowItem"),
            (|r| r.follow_item.push(FollowAddItem::new("one_more")), "FollowItem"),
            (
                |r| r.follow_item[3].to_account = "t".repeat(USER_ID_MAX_BYTES + 1),
                "FollowItem[3].To_Account",
            ),
        ];
        for (mutate, field) in cases {
            let mut request = valid();
            mutate(&mut request);
            let error = request.validate().unwrap_err();
            assert_eq!(error.field(), field);
            assert_eq!(error.error_code(), Some(ErrorCode::SnsParameterInvalid));
        }
        let mut over = valid();
        over.follow_item.push(FollowAddItem::new("x"));
        assert_eq!(
            over.validate().unwrap_err().rule(),
            &Rule::TooMany {
                max: FOLLOW_ACCOUNTS_PER_REQUEST_MAX,
                actual: FOLLOW_ACCOUNTS_PER_REQUEST_MAX + 1
            }
        );
    }

    #[test]
    fn per_user_failures_are_read_from_the_shared_reply() {
        let reply: ResultsResponse = serde_json::from_str(
            r#"{"ResultItem":[{"To_Account":"a","ResultCode":32101,"ResultInfo":"x"}],"ActionStatus":"OK","ErrorCode":0}"#,
        )
        .unwrap();
        assert_eq!(
            reply.result("a").unwrap().result_code,
            ErrorCode::FollowFollowerLimitReached
        );
        assert_eq!(reply.failed().count(), 1);
    }
}
