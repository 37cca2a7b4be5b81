//! The shapes the Community topic calls share: a topic's profile as read
//! (`TopicInfo`), a member's own view of a topic (`SelfInfo`), and the
//! checks of the profile texts.

use crate::Envelope;
use serde::{Deserialize, Serialize};

use super::checks;
use super::types::{MsgFlag, MuteAll};
use crate::limits::{
    GROUP_FACE_URL_MAX_BYTES, GROUP_INTRODUCTION_MAX_BYTES, GROUP_NOTIFICATION_MAX_BYTES,
    TOPIC_CUSTOM_STRING_MAX_BYTES, TOPIC_ID_INFIX, TOPIC_NAME_MAX_BYTES,
};
use crate::validation::{check, Rule, ValidationError};

/// A topic's profile (`TopicInfo` of `get_topic`). Every field is optional:
/// a `ResponseFilter` leaves the others out.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TopicInfo {
    /// `TopicId`.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
    /// `GroupID` (spelled with a capital D on the page): the Community.
    #[serde(rename = "GroupID", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `TopicName`.
    #[serde(rename = "TopicName", default, skip_serializing_if = "Option::is_none")]
    pub topic_name: Option<String>,
    /// `FaceUrl`: the topic's picture.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// `Notification`: the topic's notice.
    #[serde(rename = "Notification", default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<String>,
    /// `Introduction`.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// `CustomString`.
    #[serde(rename = "CustomString", default, skip_serializing_if = "Option::is_none")]
    pub custom_string: Option<String>,
    /// `NextMsgSeq`: the sequence number the next message will get.
    #[serde(rename = "NextMsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub next_msg_seq: Option<u64>,
    /// `CreateTime`: Unix seconds.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<u64>,
    /// `LastMsgTime`: Unix seconds of the last message; 0 for none.
    #[serde(rename = "LastMsgTime", default, skip_serializing_if = "Option::is_none")]
    pub last_msg_time: Option<u64>,
    /// `MuteAllMember`: whether the whole topic is muted.
    #[serde(rename = "MuteAllMember", default, skip_serializing_if = "Option::is_none")]
    pub mute_all_member: Option<MuteAll>,
}

impl TopicInfo {
    /// The profile of topic `topic_id` in the Community `group_id`, every
    /// other field absent.
    pub fn new(group_id: impl Into<String>, topic_id: impl Into<String>) -> Self {
        Self {
            topic_id: Some(topic_id.into()),
            group_id: Some(group_id.into()),
            ..Self::default()
        }
    }
}

/// A member's own state in a topic (`SelfInfo` of `get_topic`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TopicSelfInfo {
    /// `ShutUpTime`: the member's mute, in seconds (0: not muted).
    #[serde(rename = "ShutUpTime", default, skip_serializing_if = "Option::is_none")]
    pub shut_up_time: Option<u64>,
    /// `MsgSeq`: the sequence number of the last message the member read.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
    /// `MsgFlag`: how the member receives the topic's messages.
    #[serde(rename = "MsgFlag", default, skip_serializing_if = "Option::is_none")]
    pub msg_flag: Option<MsgFlag>,
}

impl TopicSelfInfo {
    /// A member who is not muted, has read nothing, and receives with notifications.
    pub fn new() -> Self {
        Self {
            shut_up_time: Some(0),
            msg_seq: Some(0),
            msg_flag: Some(MsgFlag::AcceptAndNotify),
        }
    }
}

/// The optional profile texts of a topic request, checked together.
pub(crate) struct TopicTexts<'a> {
    pub(crate) custom_string: Option<&'a str>,
    pub(crate) face_url: Option<&'a str>,
    pub(crate) notification: Option<&'a str>,
    pub(crate) introduction: Option<&'a str>,
}

impl TopicTexts<'_> {
    /// `CustomString` at most 3000 bytes, `FaceUrl` 100, `Notification`
    /// 300, `Introduction` 240 (an empty value is allowed: it clears).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::optional_text("CustomString", self.custom_string, TOPIC_CUSTOM_STRING_MAX_BYTES)?;
        checks::optional_text("FaceUrl", self.face_url, GROUP_FACE_URL_MAX_BYTES)?;
        checks::optional_text("Notification", self.notification, GROUP_NOTIFICATION_MAX_BYTES)?;
        checks::optional_text("Introduction", self.introduction, GROUP_INTRODUCTION_MAX_BYTES)
    }
}

/// A topic name: 1 to 30 bytes.
pub(crate) fn topic_name(value: &str) -> Result<(), ValidationError> {
    check::text(|| "TopicName".into(), value, TOPIC_NAME_MAX_BYTES)
}

/// A custom topic ID given at creation or import: `GroupId` followed by
/// `@TOPIC#_` and a part of its own (the page's format; the length of the
/// own part is not documented, so only its presence is checked).
pub(crate) fn custom_topic_id(group_id: &str, topic_id: &str) -> Result<(), ValidationError> {
    match topic_id
        .strip_prefix(group_id)
        .and_then(|rest| rest.strip_prefix(TOPIC_ID_INFIX))
    {
        Some(own) if !own.is_empty() => Ok(()),
        _ => Err(ValidationError::new(
            "TopicId",
            Rule::BadFormat("GroupId followed by @TOPIC#_ and a custom part"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use crate::group::GroupType;
    use crate::group::{CreateTopicRequest, ImportTopicRequest, ModifyTopicRequest};
    use crate::{ErrorCode, Rule};

    const GROUP: &str = "@TGS#_@TGS#cQVLVHIM62CJ";

    #[test]
    fn custom_topic_ids_extend_the_group_id() {
        let with = |id: &str| CreateTopicRequest::new(GROUP, "t").topic_id(id).validate();
        assert!(with("@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic").is_ok());
        for bad in ["TestTopic", "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_", "@TGS#_other@TOPIC#_x"] {
            let error = with(bad).unwrap_err();
            assert_eq!(error.field(), "TopicId", "{bad}");
            assert_eq!(error.error_code(), Some(ErrorCode::GroupParameterInvalid));
        }
    }

    #[test]
    fn topic_texts_are_bounded() {
        let long_name = CreateTopicRequest::new(GROUP, "é".repeat(16)).validate().unwrap_err();
        assert_eq!(long_name.field(), "TopicName");
        assert!(matches!(
            long_name.rule(),
            Rule::TooLong {
                max_bytes: 30,
                actual: 32
            }
        ));
        assert_eq!(
            CreateTopicRequest::new(GROUP, "").validate().unwrap_err().rule(),
            &Rule::NotEmpty
        );
        let custom = CreateTopicRequest::new(GROUP, "t").custom_string("x".repeat(3001));
        assert_eq!(custom.validate().unwrap_err().field(), "CustomString");
        assert!(CreateTopicRequest::new(GROUP, "t")
            .custom_string("x".repeat(3000))
            .validate()
            .is_ok());
        let mut modify = ModifyTopicRequest::new(GROUP, "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_a");
        modify.face_url = Some("u".repeat(101));
        assert_eq!(modify.validate().unwrap_err().field(), "FaceUrl");
        modify.face_url = None;
        modify.introduction = Some("i".repeat(241));
        assert_eq!(modify.validate().unwrap_err().field(), "Introduction");
        modify.introduction = None;
        modify.notification = Some("n".repeat(301));
        assert_eq!(modify.validate().unwrap_err().field(), "Notification");
        modify.notification = Some(String::new());
        assert!(modify.validate().is_ok(), "an empty notice clears it");
    }

    #[test]
    fn imported_topics_belong_to_a_community() {
        let mut import = ImportTopicRequest::new(GROUP, "t");
        assert!(import.validate().is_ok());
        import.group_type = Some(GroupType::Community);
        assert!(import.validate().is_ok());
        import.group_type = Some(GroupType::Public);
        assert_eq!(import.validate().unwrap_err().field(), "Type");
    }
}

/// The reply of `create_topic` and `import_topic`: the new topic's ID.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TopicIdResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `TopicId`: the new topic's ID (the custom one, or one the service assigned).
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

impl TopicIdResponse {
    /// A successful reply naming the new topic.
    pub fn new(topic_id: impl Into<String>) -> Self {
        Self {
            envelope: Envelope::ok(),
            topic_id: Some(topic_id.into()),
        }
    }
}

crate::macros::response!(TopicIdResponse);
