//! `v4/follow/follow_get`: read a user's followers, followings or mutual
//! follows, page by page.

use serde::{Deserialize, Serialize};

use crate::limits::{FOLLOW_GET_WANT_NUM_DEFAULT, FOLLOW_GET_WANT_NUM_MAX};
use crate::profile::ProfileItem;
use crate::validation::{check, Rule, ValidationError};
use crate::{Envelope, Paged};

/// The request of `follow_get` (<https://www.tencentcloud.com/document/product/1047/70347>).
/// A read: idempotent; paged by `StartCursor` and the reply's `NextCursor`
/// ([`Paged`]).
///
/// ```
/// use tim_protocol::follow::{FollowGetRequest, FollowGetResponse, FollowListType};
/// use tim_protocol::Paged;
///
/// let first = FollowGetRequest::new("UserID_001", FollowListType::Followers);
/// assert_eq!(
///     serde_json::to_value(&first).unwrap(),
///     serde_json::json!({"From_Account": "UserID_001", "FollowType": 1, "StartCursor": "", "WantNum": 100})
/// );
/// let page: FollowGetResponse =
///     serde_json::from_str(r#"{"FollowItem":[],"NextCursor":"c2","ActionStatus":"OK","ErrorCode":0}"#).unwrap();
/// assert_eq!(first.next_request(&page).unwrap().start_cursor, "c2");
/// let last: FollowGetResponse = serde_json::from_str(r#"{"FollowItem":[],"NextCursor":""}"#).unwrap();
/// assert_eq!(first.next_request(&last), None);
///
/// let error = first.want_num(1001).validate().unwrap_err();
/// assert_eq!(error.field(), "WantNum");
/// assert_eq!(error.error_code().map(|c| c.code()), Some(30001));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FollowGetRequest {
    /// `From_Account`: the user whose list is read.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `FollowType`: which list.
    #[serde(rename = "FollowType")]
    pub follow_type: FollowListType,
    /// `StartCursor`: empty for the first page, then the previous reply's
    /// `NextCursor`.
    #[serde(rename = "StartCursor")]
    pub start_cursor: String,
    /// `WantNum`: how many users the page holds, at most 1000.
    #[serde(rename = "WantNum")]
    pub want_num: u32,
}

impl FollowGetRequest {
    /// The first page of `user`'s `list`, 100 users long (the page's
    /// default, as its sample).
    pub fn new(user: impl Into<String>, list: FollowListType) -> Self {
        Self {
            from_account: user.into(),
            follow_type: list,
            start_cursor: String::new(),
            want_num: FOLLOW_GET_WANT_NUM_DEFAULT,
        }
    }

    /// The same request with pages of `want_num` users.
    pub fn want_num(mut self, want_num: u32) -> Self {
        self.want_num = want_num;
        self
    }

    /// The same request from `cursor` (a reply's `NextCursor`).
    pub fn from_cursor(mut self, cursor: impl Into<String>) -> Self {
        self.start_cursor = cursor.into();
        self
    }

    /// Checks: `From_Account` 1 to 32 bytes; `FollowType` 1, 2 or 3;
    /// `WantNum` 1 to 1000. All are 30001. The page gives the most ("supports
    /// up to 1000 entries") and no least; 0 is refused as a page of nothing
    /// (this crate's choice, as `group_msg_get_simple`'s `ReqMsgNumber`).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        if !self.follow_type.is_known() {
            return Err(ValidationError::new(
                "FollowType",
                Rule::UnsupportedValue {
                    value: self.follow_type.value(),
                    expected: "1 (followers), 2 (followings) or 3 (mutual follows)",
                },
            ));
        }
        if self.want_num == 0 || self.want_num > FOLLOW_GET_WANT_NUM_MAX {
            return Err(ValidationError::new(
                "WantNum",
                Rule::UnsupportedValue {
                    value: i64::from(self.want_num),
                    expected: "1 to 1000",
                },
            ));
        }
        Ok(())
    }
}

/// The next page starts at the reply's `NextCursor`; paging ends when it is
/// absent, empty or the cursor this page started from.
impl Paged for FollowGetRequest {
    fn next_request(&self, reply: &FollowGetResponse) -> Option<Self> {
        let next = crate::paging::moved_on(Some(&self.start_cursor), reply.next_cursor.as_deref())?;
        Some(self.clone().from_cursor(next))
    }
}

crate::macros::int_enum! {
    /// `FollowType` of `follow_get`: which of a user's lists to read.
    pub enum FollowListType {
        /// 1: the users who follow the user (the page's "fans").
        Followers = 1,
        /// 2: the users the user follows.
        Following = 2,
        /// 3: the users the user and they follow each other.
        Mutual = 3,
    }
}

/// The reply of `follow_get`: one page of users.
///
/// The stored copy of the page stops inside its sample reply, before
/// `NextCursor` and the field table; `NextCursor` (named by the request's
/// `StartCursor` field) is read as a string, empty or absent on the last
/// page (this crate's reading).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FollowGetResponse {
    /// `FollowItem`: the users of this page.
    #[serde(rename = "FollowItem", default, skip_serializing_if = "Option::is_none")]
    pub follow_item: Option<Vec<FollowGetItem>>,
    /// `NextCursor`: the `StartCursor` of the next page.
    #[serde(rename = "NextCursor", default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(FollowGetResponse);

/// One user of `FollowItem` in `follow_get`'s reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FollowGetItem {
    /// `To_Account`: the user.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `FollowTime`: when the follow began, in seconds since the epoch.
    #[serde(rename = "FollowTime", default, skip_serializing_if = "Option::is_none")]
    pub follow_time: Option<u64>,
    /// `ProfileItem`: some of the user's profile fields.
    #[serde(rename = "ProfileItem", default, skip_serializing_if = "Option::is_none")]
    pub profile_item: Option<Vec<ProfileItem>>,
    /// `profile_sequence` (spelled so on the wire): the sequence of the
    /// user's profile.
    #[serde(rename = "profile_sequence", default, skip_serializing_if = "Option::is_none")]
    pub profile_sequence: Option<u64>,
}

impl FollowGetItem {
    /// `user`, followed (or following) since `follow_time`.
    pub fn new(user: impl Into<String>, follow_time: u64) -> Self {
        Self {
            to_account: user.into(),
            follow_time: Some(follow_time),
            profile_item: None,
            profile_sequence: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn limits_are_inclusive_and_named() {
        let valid = FollowGetRequest::new("u".repeat(32), FollowListType::Mutual).want_num(FOLLOW_GET_WANT_NUM_MAX);
        assert!(valid.validate().is_ok());
        assert!(valid.clone().want_num(1).validate().is_ok());
        let cases = [
            (valid.clone().want_num(FOLLOW_GET_WANT_NUM_MAX + 1), "WantNum"),
            (valid.clone().want_num(0), "WantNum"),
            (
                FollowGetRequest::new("u".repeat(33), FollowListType::Followers),
                "From_Account",
            ),
            (FollowGetRequest::new("", FollowListType::Followers), "From_Account"),
            (FollowGetRequest::new("u", FollowListType::from(4)), "FollowType"),
            (FollowGetRequest::new("u", FollowListType::from(0)), "FollowType"),
        ];
        for (request, field) in cases {
            let error = request.validate().unwrap_err();
            assert_eq!(error.field(), field);
            assert_eq!(error.error_code(), Some(ErrorCode::SnsParameterInvalid));
        }
    }

    #[test]
    fn the_published_reply_items_are_read() {
        // The sample's items as far as the stored copy shows them, closed.
        let reply: FollowGetResponse = serde_json::from_str(
            r#"{"FollowItem": [{"To_Account": "UserID_002","FollowTime": 1702262118,"ProfileItem": [
                {"Tag": "Tag_Profile_IM_Nick","Value": "NickNameTest2"},
                {"Tag": "Tag_Profile_IM_AllowType","Value": "AllowType_Type_DenyAny"},
                {"Tag": "Tag_Profile_IM_SelfSignature","Value": "I'm Test2"},
                {"Tag": "Tag_Profile_Custom_Test","Value": "Custom Data2"}],"profile_sequence": 123}],
                "ActionStatus": "OK","ErrorCode": 0,"ErrorInfo": "","ErrorDisplay": ""}"#,
        )
        .unwrap();
        let items = reply.follow_item.as_deref().unwrap();
        assert_eq!(items[0].follow_time, Some(1_702_262_118));
        assert_eq!(items[0].profile_sequence, Some(123));
        assert_eq!(
            items[0].profile_item.as_deref().unwrap()[0],
            ProfileItem::Nick("NickNameTest2".into())
        );
        let first = FollowGetRequest::new("UserID_001", FollowListType::Followers);
        assert_eq!(first.next_request(&reply), None);
    }

    #[test]
    fn paging_stops_on_a_cursor_that_does_not_move() {
        let request = FollowGetRequest::new("u", FollowListType::Following).from_cursor("c1");
        let stuck: FollowGetResponse = serde_json::from_str(r#"{"NextCursor":"c1"}"#).unwrap();
        assert_eq!(request.next_request(&stuck), None);
        let moved: FollowGetResponse = serde_json::from_str(r#"{"NextCursor":"c2"}"#).unwrap();
        assert_eq!(
            request.next_request(&moved).map(|next| next.start_cursor),
            Some("c2".into())
        );
    }
}
