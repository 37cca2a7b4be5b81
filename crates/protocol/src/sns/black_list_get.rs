//! `v4/sns/black_list_get`: read a user's blocklist, page by page.

use serde::{Deserialize, Serialize};

use crate::validation::{check, Rule, ValidationError};
use crate::{Envelope, Paged};

/// The request of `black_list_get` (<https://intl.cloud.tencent.com/document/product/1047/34914>).
/// A read: idempotent.
///
/// ```
/// use tim_protocol::sns::{BlackListGetRequest, BlackListGetResponse};
/// use tim_protocol::Paged;
///
/// let first = BlackListGetRequest::new("id", 30);
/// let page: BlackListGetResponse = serde_json::from_str(r#"{"StartIndex":30,"CurruentSequence":13}"#).unwrap();
/// assert_eq!(first.next_request(&page).map(|next| next.start_index), Some(30));
/// let last: BlackListGetResponse = serde_json::from_str(r#"{"StartIndex":0,"CurruentSequence":13}"#).unwrap();
/// assert_eq!(first.next_request(&last), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BlackListGetRequest {
    /// `From_Account`: the user whose blocklist is read.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `StartIndex`: where the page starts; 0 for the first.
    #[serde(rename = "StartIndex")]
    pub start_index: u64,
    /// `MaxLimited`: at most this many users per page.
    #[serde(rename = "MaxLimited")]
    pub max_limited: u32,
    /// `LastSequence`: the sequence of the previous read; 0 from a REST call,
    /// as the page says.
    #[serde(rename = "LastSequence")]
    pub last_sequence: u64,
}

impl BlackListGetRequest {
    /// The first page of `user`'s blocklist, `per_page` users at most.
    pub fn new(user: impl Into<String>, per_page: u32) -> Self {
        Self {
            from_account: user.into(),
            start_index: 0,
            max_limited: per_page,
            last_sequence: 0,
        }
    }

    /// Checks: `From_Account` 1 to 32 bytes; `MaxLimited` at least 1 (the
    /// page gives no maximum; a page of 0 users could never move on, so it is
    /// refused: this crate's choice).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        if self.max_limited == 0 {
            return Err(ValidationError::new(
                "MaxLimited",
                Rule::UnsupportedValue {
                    value: 0,
                    expected: "at least 1",
                },
            ));
        }
        Ok(())
    }
}

/// The next page starts at the reply's `StartIndex` ("the starting position
/// for the next page pull; 0 indicates that the entire blocklist has been
/// pulled"); paging ends at 0, at an absent `StartIndex`, or at one that does
/// not move. `LastSequence` stays 0, as the page asks of REST calls.
impl Paged for BlackListGetRequest {
    fn next_request(&self, reply: &BlackListGetResponse) -> Option<Self> {
        let next = reply
            .start_index
            .filter(|&next| next != 0 && next != self.start_index)?;
        Some(Self {
            start_index: next,
            ..self.clone()
        })
    }
}

/// The reply of `black_list_get`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BlackListGetResponse {
    /// `BlackListItem`: the blocked users of this page.
    #[serde(rename = "BlackListItem", default, skip_serializing_if = "Option::is_none")]
    pub black_list_item: Option<Vec<BlackListItem>>,
    /// `StartIndex`: where the next page starts; 0 when the whole list was read.
    #[serde(rename = "StartIndex", default, skip_serializing_if = "Option::is_none")]
    pub start_index: Option<u64>,
    /// `CurruentSequence` (so spelled on the wire; `CurrentSequence` is read
    /// too): the blocklist's latest sequence.
    #[serde(
        rename = "CurruentSequence",
        alias = "CurrentSequence",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_sequence: Option<u64>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(BlackListGetResponse);

/// One blocked user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BlackListItem {
    /// `To_Account`: the blocked user.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `AddBlackTimeStamp`: when they were blocked (seconds).
    #[serde(rename = "AddBlackTimeStamp", default, skip_serializing_if = "Option::is_none")]
    pub add_black_time_stamp: Option<u64>,
}

impl BlackListItem {
    /// `to_account`, blocked at `add_black_time_stamp` (Unix seconds).
    pub fn new(to_account: impl Into<String>, add_black_time_stamp: u64) -> Self {
        Self {
            to_account: to_account.into(),
            add_black_time_stamp: Some(add_black_time_stamp),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_spellings_of_the_sequence_are_read() {
        let typo: BlackListGetResponse = serde_json::from_str(r#"{"CurruentSequence":13}"#).unwrap();
        let fixed: BlackListGetResponse = serde_json::from_str(r#"{"CurrentSequence":13}"#).unwrap();
        assert_eq!(typo, fixed);
        assert!(BlackListGetRequest::new("id", 0).validate().is_err());
        let stuck = BlackListGetRequest::new("id", 10);
        let reply: BlackListGetResponse = serde_json::from_str(r#"{"StartIndex":0}"#).unwrap();
        assert_eq!(stuck.next_request(&reply), None);
    }
}
