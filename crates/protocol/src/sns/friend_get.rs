//! `v4/sns/friend_get`: read a user's friends and their friend data, page by page.

use serde::{Deserialize, Serialize};

use super::fields::SnsItem;
use crate::validation::{check, ValidationError};
use crate::{Envelope, Paged};

/// The request of `friend_get` (<https://intl.cloud.tencent.com/document/product/1047/34908>).
/// A read: idempotent. Profiles are not read (see `friend_get_list`).
///
/// ```
/// use tim_protocol::sns::{FriendGetRequest, FriendGetResponse};
/// use tim_protocol::Paged;
///
/// let first = FriendGetRequest::new("id");
/// let page: FriendGetResponse =
///     serde_json::from_str(r#"{"CompleteFlag":0,"NextStartIndex":100,"StandardSequence":88,"ActionStatus":"OK","ErrorCode":0}"#).unwrap();
/// let next = first.next_request(&page).unwrap();
/// assert_eq!(next.start_index, 100);
/// assert_eq!(next.standard_sequence, Some(0));
/// let last: FriendGetResponse = serde_json::from_str(r#"{"CompleteFlag":1,"NextStartIndex":0}"#).unwrap();
/// assert_eq!(first.next_request(&last), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendGetRequest {
    /// `From_Account`: the user whose friends are read.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `StartIndex`: where the page starts; 0 for the first.
    #[serde(rename = "StartIndex")]
    pub start_index: u64,
    /// `StandardSequence`: the `StandardSequence` of an earlier read; when
    /// it is still current, standard friend fields are left out.
    #[serde(rename = "StandardSequence", default, skip_serializing_if = "Option::is_none")]
    pub standard_sequence: Option<u64>,
    /// `CustomSequence`: likewise for custom friend fields.
    #[serde(rename = "CustomSequence", default, skip_serializing_if = "Option::is_none")]
    pub custom_sequence: Option<u64>,
}

impl FriendGetRequest {
    /// The first page of `user`'s friends with all their fields (both
    /// sequences 0, as the page's sample).
    pub fn new(user: impl Into<String>) -> Self {
        Self {
            from_account: user.into(),
            start_index: 0,
            standard_sequence: Some(0),
            custom_sequence: Some(0),
        }
    }

    /// The same request from `start_index`.
    pub fn from_index(mut self, start_index: u64) -> Self {
        self.start_index = start_index;
        self
    }

    /// Checks: `From_Account` 1 to 32 bytes (the page gives no other rule).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)
    }
}

/// The next page starts at the reply's `NextStartIndex`; paging ends when
/// `CompleteFlag` is non-zero, or `NextStartIndex` is absent, 0 or does not
/// move. The sequences stay as the first request had them: sending the
/// reply's `StandardSequence` on would make the service leave the standard
/// fields out of the following pages (this crate's reading of the page).
impl Paged for FriendGetRequest {
    fn next_request(&self, reply: &FriendGetResponse) -> Option<Self> {
        if reply.is_complete() {
            return None;
        }
        let next = reply
            .next_start_index
            .filter(|&next| next != 0 && next != self.start_index)?;
        Some(self.clone().from_index(next))
    }
}

/// The reply of `friend_get`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendGetResponse {
    /// `UserDataItem`: the friends of this page.
    #[serde(rename = "UserDataItem", default, skip_serializing_if = "Option::is_none")]
    pub user_data_item: Option<Vec<UserDataItem>>,
    /// `StandardSequence`: the current sequence of the standard fields.
    #[serde(rename = "StandardSequence", default, skip_serializing_if = "Option::is_none")]
    pub standard_sequence: Option<u64>,
    /// `CustomSequence`: the current sequence of the custom fields.
    #[serde(rename = "CustomSequence", default, skip_serializing_if = "Option::is_none")]
    pub custom_sequence: Option<u64>,
    /// `FriendNum`: the user's number of friends.
    #[serde(rename = "FriendNum", default, skip_serializing_if = "Option::is_none")]
    pub friend_num: Option<u64>,
    /// `CompleteFlag`: non-zero when every friend was read.
    #[serde(rename = "CompleteFlag", default, skip_serializing_if = "Option::is_none")]
    pub complete_flag: Option<i64>,
    /// `NextStartIndex`: where the next page starts.
    #[serde(rename = "NextStartIndex", default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<u64>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(FriendGetResponse);

impl FriendGetResponse {
    /// Whether this is the last page (`CompleteFlag` non-zero).
    pub fn is_complete(&self) -> bool {
        self.complete_flag.is_some_and(|flag| flag != 0)
    }
}

/// One friend of `UserDataItem`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserDataItem {
    /// `To_Account`: the friend.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `ValueItem`: the friend's fields.
    #[serde(rename = "ValueItem", default, skip_serializing_if = "Option::is_none")]
    pub value_item: Option<Vec<SnsItem>>,
}

impl UserDataItem {
    /// The friend `to_account` with its fields.
    pub fn new(to_account: impl Into<String>, value_item: Vec<SnsItem>) -> Self {
        Self {
            to_account: to_account.into(),
            value_item: Some(value_item),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paging_stops_on_a_cursor_that_does_not_move() {
        let request = FriendGetRequest::new("id").from_index(50);
        let stuck: FriendGetResponse = serde_json::from_str(r#"{"CompleteFlag":0,"NextStartIndex":50}"#).unwrap();
        assert_eq!(request.next_request(&stuck), None);
        let silent: FriendGetResponse = serde_json::from_str(r#"{"CompleteFlag":0}"#).unwrap();
        assert_eq!(request.next_request(&silent), None);
    }
}
