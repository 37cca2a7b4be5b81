//! `v4/group_open_avchatroom_http_svc/add_robots` and `del_robots`: put
//! robot accounts on an audio-video group's online member list, or take them
//! off. Both pages say the call sets (or removes) the special mark 500 of
//! `modify_user_info`; a robot stays on the online list whether or not it is
//! online, without joining the group.

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use super::checks;
use crate::validation::ValidationError;

/// The request of `add_robots` (<https://trtc.io/document/60527>) and
/// `del_robots` (<https://trtc.io/document/60526>; Chinese page
/// cloud.tencent.com/document/product/269/103785): the group and the robot
/// UserIDs. `Call` makes each call its own type with its own path:
/// [`AddRobotsRequest`] and [`DelRobotsRequest`]. The reply is the status
/// fields alone.
///
/// ```
/// use tim_protocol::group::{AddRobotsRequest, DelRobotsRequest};
///
/// let request = DelRobotsRequest::new("@TGS#a6I4ZUUGO", ["bot1", "bot2"]);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"GroupId": "@TGS#a6I4ZUUGO", "Member_Account": ["bot1", "bot2"]})
/// );
/// assert!(request.validate().is_ok());
/// assert!(AddRobotsRequest::new("@TGS#a6I4ZUUGO", Vec::<String>::new()).validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RobotsRequest<Call> {
    /// `GroupId`: the audio-video group.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Member_Account`: the robot accounts to add or remove.
    #[serde(rename = "Member_Account")]
    pub member_account: Vec<String>,
    #[serde(skip)]
    call: PhantomData<Call>,
}

/// The request of `add_robots`.
pub type AddRobotsRequest = RobotsRequest<AddRobots>;
/// The request of `del_robots`.
pub type DelRobotsRequest = RobotsRequest<DelRobots>;

/// Marks a [`RobotsRequest`] as the request of `add_robots`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddRobots {}

/// Marks a [`RobotsRequest`] as the request of `del_robots`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DelRobots {}

impl<Call> RobotsRequest<Call> {
    /// The robots `robots` of `group_id`.
    pub fn new(group_id: impl Into<String>, robots: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            group_id: group_id.into(),
            member_account: robots.into_iter().map(Into::into).collect(),
            call: PhantomData,
        }
    }

    /// Checks: `GroupId` not empty; at least one UserID (the field is
    /// required), each 1 to 32 bytes. The pages give no maximum count, so
    /// none is checked (this crate's choice, as for `check_members`).
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Rule;

    #[test]
    fn the_group_and_the_robots_are_checked() {
        assert!(AddRobotsRequest::new("g", ["a"; 600]).check().is_ok());
        let error = AddRobotsRequest::new("g", Vec::<String>::new()).check().unwrap_err();
        assert_eq!(error.field(), "Member_Account");
        assert!(matches!(error.rule(), Rule::TooFew { min: 1, actual: 0 }));
        let error = DelRobotsRequest::new("g", ["bot", ""]).check().unwrap_err();
        assert_eq!(error.field(), "Member_Account[1]");
        let error = DelRobotsRequest::new("g", [&"x".repeat(33)]).check().unwrap_err();
        assert_eq!(error.field(), "Member_Account[0]");
        assert_eq!(
            DelRobotsRequest::new("", ["bot"]).check().unwrap_err().field(),
            "GroupId"
        );
        let parsed: DelRobotsRequest = serde_json::from_str(r#"{"GroupId":"g","Member_Account":["bot1"]}"#).unwrap();
        assert_eq!(parsed.member_account, ["bot1"]);
    }
}
