//! Topic events of topic-enabled communities (`Group.…Topic…`).

use serde::{Deserialize, Serialize};
use tim_protocol::group::{AppDefinedData, GroupType};

use super::common::EventTime;

/// `Group.CallbackBeforeCreateTopic`: a user asks to create a topic; the
/// reply may refuse (<https://intl.cloud.tencent.com/document/product/1047/49463>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BeforeCreateTopic {
    /// `GroupId`: the community (not in the page's sample; kept when sent).
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `Operator_Account`: who asks.
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    /// `Type`: `Community`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `Name`: the topic's name.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `Group.CallbackAfterCreateTopic`: a topic was created
/// (<https://intl.cloud.tencent.com/document/product/1047/49464>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterCreateTopic {
    /// `GroupId`: the community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `TopicId`.
    #[serde(rename = "TopicId")]
    pub topic_id: String,
    /// `Operator_Account`.
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `Owner_Account`: the community's owner.
    #[serde(rename = "Owner_Account", default, skip_serializing_if = "Option::is_none")]
    pub owner_account: Option<String>,
    /// `Type`: `Community`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `Name`: the topic's name.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `UserDefinedDataList`: custom fields set at creation.
    #[serde(rename = "UserDefinedDataList", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_data_list: Option<Vec<AppDefinedData>>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `Group.CallbackAfterTopicDestroyed`: topics were deleted
/// (<https://intl.cloud.tencent.com/document/product/1047/49465>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterTopicDestroyed {
    /// `GroupId`: the community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `Type`: `Community`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `TopicIdList`: the deleted topics (the field table says `String`;
    /// the sample, followed here, is an array of strings).
    #[serde(rename = "TopicIdList", default)]
    pub topic_id_list: Vec<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}

/// `Group.CallbackAfterTopicInfoChanged`: a topic's profile changed; only
/// the changed fields are present
/// (<https://intl.cloud.tencent.com/document/product/1047/49466>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AfterTopicInfoChanged {
    /// `GroupId`: the community.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `TopicId` (not in the page's sample; kept when sent).
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
    /// `Type`: `Community`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `Operator_Account`.
    #[serde(rename = "Operator_Account", default, skip_serializing_if = "Option::is_none")]
    pub operator_account: Option<String>,
    /// `Name`: the new name.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `Introduction`: the new introduction.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// `Notification`: the new notice.
    #[serde(rename = "Notification", default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<String>,
    /// `FaceUrl`: the new photo's URL.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// `EventTime`.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
}
