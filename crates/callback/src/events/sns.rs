//! Relationship-chain events: friends and blocklists (`Sns.…`).

use serde::{Deserialize, Serialize};
use tim_protocol::sns::{AddType, ForceAddFlags};

use super::common::{AccountPair, EventTime};

/// One friend asked for in [`PrevFriendAdd`]: the `friend_add` request's
/// item, whose `FriendItem` the event repeats field for field.
pub use tim_protocol::sns::FriendAddItem as FriendRequestItem;

/// `Sns.CallbackPrevFriendAdd`: a user asks to add friends; the reply may
/// refuse the request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PrevFriendAdd {
    /// `Requester_Account`: who sent the request (the user, or the admin).
    #[serde(rename = "Requester_Account")]
    pub requester_account: String,
    /// `From_Account`: who wants to add friends.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `FriendItem`: the friends asked for.
    #[serde(rename = "FriendItem", default)]
    pub friend_item: Vec<FriendRequestItem>,
    /// `AddType`: `Add_Type_Both` or `Add_Type_Single`.
    #[serde(rename = "AddType", default, skip_serializing_if = "Option::is_none")]
    pub add_type: Option<AddType>,
    /// `ForceAddFlags`: 1 when the admin forces the addition.
    #[serde(rename = "ForceAddFlags", default, skip_serializing_if = "Option::is_none")]
    pub force_add_flags: Option<ForceAddFlags>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `Sns.CallbackPrevFriendResponse`: a user answers friend requests; the
/// reply may refuse the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PrevFriendResponse {
    /// `Requester_Account`: who sent the answer (the user, or the admin).
    #[serde(rename = "Requester_Account")]
    pub requester_account: String,
    /// `From_Account`: who answers.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `ResponseFriendItem`: one answer per request.
    #[serde(rename = "ResponseFriendItem", default)]
    pub response_friend_item: Vec<FriendResponseItem>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// One answer in [`PrevFriendResponse`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendResponseItem {
    /// `To_Account`: who asked.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `Remark`.
    #[serde(rename = "Remark", default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// `TagName`: the friend list.
    #[serde(rename = "TagName", default, skip_serializing_if = "Option::is_none")]
    pub tag_name: Option<String>,
    /// `ResponseAction`: `Response_Action_AgreeAndAdd`,
    /// `Response_Action_Agree` or `Response_Action_Reject`.
    #[serde(rename = "ResponseAction")]
    pub response_action: String,
}

/// `Sns.CallbackFriendAdd`: friends were added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendAdd {
    /// `PairList`: each pair added.
    #[serde(rename = "PairList", default)]
    pub pair_list: Vec<AccountPair>,
    /// `ClientCmd`: what triggered it (`friend_add`, `FriendAdd`,
    /// `friend_response`, `FriendResponse`).
    #[serde(rename = "ClientCmd", default, skip_serializing_if = "Option::is_none")]
    pub client_cmd: Option<String>,
    /// `Admin_Account`: the admin, when the backend added them; else empty.
    #[serde(rename = "Admin_Account", default, skip_serializing_if = "Option::is_none")]
    pub admin_account: Option<String>,
    /// `ForceFlag`: 1 when the admin forced the addition.
    #[serde(rename = "ForceFlag", default, skip_serializing_if = "Option::is_none")]
    pub force_flag: Option<i64>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

macro_rules! pair_event {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[non_exhaustive]
        pub struct $name {
            /// `PairList`: each pair changed.
            #[serde(rename = "PairList", default)]
            pub pair_list: Vec<AccountPair>,
            /// `EventTime`.
            #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
            pub event_time: Option<EventTime>,
        }

        impl $name {
            /// The event for these pairs.
            pub fn new(pair_list: Vec<AccountPair>) -> Self {
                Self { pair_list, event_time: None }
            }
        }
    };
}

pair_event! {
    /// `Sns.CallbackFriendDelete`: friends were deleted.
    FriendDelete
}
pair_event! {
    /// `Sns.CallbackBlackListAdd`: users were added to blocklists.
    BlackListAdd
}
pair_event! {
    /// `Sns.CallbackBlackListDelete`: users were removed from blocklists.
    BlackListDelete
}

#[cfg(test)]
mod tests {
    use super::*;
    use tim_protocol::sns::AddSource;

    #[test]
    fn prev_friend_add_reads_the_friend_add_types() {
        let body = serde_json::json!({
            "Requester_Account": "admin", "From_Account": "id",
            "FriendItem": [{"To_Account": "id1", "AddSource": "AddSource_Type_Android", "Remark": "r"}],
            "AddType": "Add_Type_Single", "ForceAddFlags": 1
        });
        let event: PrevFriendAdd = serde_json::from_value(body.clone()).unwrap();
        assert_eq!(event.add_type, Some(AddType::Single));
        assert_eq!(event.force_add_flags, Some(ForceAddFlags::Forced));
        assert_eq!(event.friend_item[0].add_source, Some(AddSource::new("Android")));
        assert_eq!(serde_json::to_value(&event).unwrap(), body);

        let future: PrevFriendAdd = serde_json::from_value(serde_json::json!({
            "Requester_Account": "id", "From_Account": "id", "AddType": "Add_Type_Mutual", "ForceAddFlags": 7
        }))
        .unwrap();
        assert_eq!(future.add_type, Some(AddType::Other("Add_Type_Mutual".into())));
        assert_eq!(future.force_add_flags, Some(ForceAddFlags::Unknown(7)));
    }
}
