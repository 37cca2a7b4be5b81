//! `v4/group_open_avchatroom_http_svc/check_members`: which of some users
//! are in an audio-video group.

use super::checks;
use serde::{Deserialize, Serialize};

use crate::validation::ValidationError;
use crate::Envelope;

/// The request of `check_members` (<https://www.tencentcloud.com/document/product/1047/60523>):
/// the group and the UserIDs to look for. The reply lists those in the
/// group, even beyond the 1,000 members `get_members` shows.
///
/// ```
/// use tim_protocol::group::CheckMembersRequest;
///
/// let request = CheckMembersRequest::new("@TGS#a6I4ZUUGO", ["245000", "202200"]);
/// assert!(request.validate().is_ok());
/// assert!(CheckMembersRequest::new("@TGS#a6I4ZUUGO", Vec::<String>::new()).validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CheckMembersRequest {
    /// `GroupId`: the audio-video group.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Member_Account`: the UserIDs to look for.
    #[serde(rename = "Member_Account")]
    pub member_account: Vec<String>,
}

impl CheckMembersRequest {
    /// Look for `users` in `group_id`.
    pub fn new(group_id: impl Into<String>, users: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            group_id: group_id.into(),
            member_account: users.into_iter().map(Into::into).collect(),
        }
    }

    /// Checks: `GroupId` not empty; at least one UserID (the field is
    /// required), each 1 to 32 bytes. The page gives no maximum count, so
    /// none is checked (this crate's choice).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        checks::user_ids(
            "Member_Account",
            self.member_account.iter().map(String::as_str),
            1,
            usize::MAX,
        )
    }
}

/// The reply of `check_members`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CheckMembersResponse {
    /// `Member_Account`: those of the requested UserIDs that are in the group.
    #[serde(rename = "Member_Account", default, skip_serializing_if = "Option::is_none")]
    pub member_account: Option<Vec<String>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(CheckMembersResponse);

impl CheckMembersResponse {
    /// A successful reply listing `members`.
    pub fn new(members: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            member_account: Some(members.into_iter().map(Into::into).collect()),
            envelope: Envelope::ok(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Rule;

    #[test]
    fn an_empty_list_or_a_long_user_id_is_refused() {
        let error = CheckMembersRequest::new("g", Vec::<String>::new()).check().unwrap_err();
        assert_eq!(error.field(), "Member_Account");
        assert!(matches!(error.rule(), Rule::TooFew { min: 1, actual: 0 }));
        let error = CheckMembersRequest::new("g", ["a", &"x".repeat(33)])
            .check()
            .unwrap_err();
        assert_eq!(error.field(), "Member_Account[1]");
        let error = CheckMembersRequest::new("", ["a"]).check().unwrap_err();
        assert_eq!(error.field(), "GroupId");
        assert!(CheckMembersRequest::new("g", ["a"; 2000]).check().is_ok());
    }
}
