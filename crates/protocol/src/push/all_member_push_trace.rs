//! `v4/timpush/all_member_push_trace`: how a push reached one user.

use serde::{Deserialize, Serialize};

use crate::validation::{Rule, ValidationError};
use crate::Envelope;

/// The request of `timpush/all_member_push_trace` (<https://www.tencentcloud.com/document/product/1047/71893>):
/// the delivery trace of the push `TaskID` to the user `UserID`, device by
/// device. The reply is [`AllMemberPushTraceResponse`]. Note the spelling
/// `TaskID` here, `TaskId` in the push's reply.
///
/// ```
/// use tim_protocol::push::AllMemberPushTraceRequest;
///
/// let request = AllMemberPushTraceRequest::new("xxx-yyy-zzz", "xyz");
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"TaskID": "xxx-yyy-zzz", "UserID": "xyz"})
/// );
/// assert!(request.validate().is_ok());
/// assert_eq!(AllMemberPushTraceRequest::new("t", "").validate().unwrap_err().field(), "UserID");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AllMemberPushTraceRequest {
    /// `TaskID`: the push's task.
    #[serde(rename = "TaskID")]
    pub task_id: String,
    /// `UserID`: the recipient.
    #[serde(rename = "UserID")]
    pub user_id: String,
}

impl AllMemberPushTraceRequest {
    /// The trace of task `task_id` to `user`.
    pub fn new(task_id: impl Into<String>, user: impl Into<String>) -> Self {
        Self {
            task_id: task_id.into(),
            user_id: user.into(),
        }
    }

    /// Checks: `TaskID` and `UserID` not empty (both required).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if self.task_id.is_empty() {
            return Err(ValidationError::new("TaskID", Rule::NotEmpty));
        }
        if self.user_id.is_empty() {
            return Err(ValidationError::new("UserID", Rule::NotEmpty));
        }
        Ok(())
    }
}

/// The reply of `all_member_push_trace`: one trace per device (instance)
/// of the user.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AllMemberPushTraceResponse {
    /// `InstanceTrace`: one item per device.
    #[serde(rename = "InstanceTrace", default)]
    pub instance_trace: Vec<InstanceTrace>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(AllMemberPushTraceResponse);

/// One `InstanceTrace` item: a device of the user and each stage the push
/// went through on it. The fields are those of the page's sample; every one
/// is optional here, as the page's table could not be read whole.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InstanceTrace {
    /// `InstanceId`: the device's instance.
    #[serde(rename = "InstanceId", default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// `PushTime`: when it was pushed (`2025-03-13 16:16:27`).
    #[serde(rename = "PushTime", default, skip_serializing_if = "Option::is_none")]
    pub push_time: Option<String>,
    /// `DeviceModel`.
    #[serde(rename = "DeviceModel", default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    /// `System`: `Android`, `APNS`...
    #[serde(rename = "System", default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// `SystemVersion`.
    #[serde(rename = "SystemVersion", default, skip_serializing_if = "Option::is_none")]
    pub system_version: Option<String>,
    /// `EventType`: 1 offline push, 2 online push (as the push webhook's).
    #[serde(rename = "EventType", default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<i64>,
    /// `PushPlatform`: the vendor channel.
    #[serde(rename = "PushPlatform", default, skip_serializing_if = "Option::is_none")]
    pub push_platform: Option<i64>,
    /// `Token`: the device's push token.
    #[serde(rename = "Token", default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `CertId`: the push certificate's ID.
    #[serde(rename = "CertId", default, skip_serializing_if = "Option::is_none")]
    pub cert_id: Option<String>,
    /// `SdkVersion`.
    #[serde(rename = "SdkVersion", default, skip_serializing_if = "Option::is_none")]
    pub sdk_version: Option<String>,
    /// `PushVersion`.
    #[serde(rename = "PushVersion", default, skip_serializing_if = "Option::is_none")]
    pub push_version: Option<String>,
    /// `NotificationStatus`: whether the device lets the app notify.
    #[serde(rename = "NotificationStatus", default, skip_serializing_if = "Option::is_none")]
    pub notification_status: Option<i64>,
    /// `last_active_terminal` (so spelt).
    #[serde(rename = "last_active_terminal", default, skip_serializing_if = "Option::is_none")]
    pub last_active_terminal: Option<i64>,
    /// `IMCommitStat`: the Chat service's stage.
    #[serde(rename = "IMCommitStat", default, skip_serializing_if = "Option::is_none")]
    pub im_commit_stat: Option<CommitStat>,
    /// `OfflinePushStat`: the offline push's stages.
    #[serde(rename = "OfflinePushStat", default, skip_serializing_if = "Option::is_none")]
    pub offline_push_stat: Option<OfflinePushStat>,
    /// `OnlinePushStat`: the online push's stages, kept as received (the
    /// stored copy of the page stops at its start).
    #[serde(rename = "OnlinePushStat", default, skip_serializing_if = "Option::is_none")]
    pub online_push_stat: Option<serde_json::Value>,
}

/// `IMCommitStat`: the stage of the Chat service.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CommitStat {
    /// `IMStat`.
    #[serde(rename = "IMStat", default, skip_serializing_if = "Option::is_none")]
    pub im_stat: Option<StageStat>,
}

/// `OfflinePushStat`: the stages of an offline push.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OfflinePushStat {
    /// `OfflineStat`: handed to the push service.
    #[serde(rename = "OfflineStat", default, skip_serializing_if = "Option::is_none")]
    pub offline_stat: Option<StageStat>,
    /// `ChannelStat`: accepted by the vendor's channel.
    #[serde(rename = "ChannelStat", default, skip_serializing_if = "Option::is_none")]
    pub channel_stat: Option<StageStat>,
    /// `DeviceStat`: reached the device.
    #[serde(rename = "DeviceStat", default, skip_serializing_if = "Option::is_none")]
    pub device_stat: Option<StageStat>,
    /// `ClickStat`: clicked.
    #[serde(rename = "ClickStat", default, skip_serializing_if = "Option::is_none")]
    pub click_stat: Option<StageStat>,
}

/// One stage of a push on a device.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StageStat {
    /// `PushStatus`: 1 in the page's sample for a stage passed.
    #[serde(rename = "PushStatus", default, skip_serializing_if = "Option::is_none")]
    pub push_status: Option<i64>,
    /// `ErrorCode`: 0 for success; the vendor's or the service's code.
    #[serde(rename = "ErrorCode", default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<i64>,
    /// `ErrorInfo`.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
    /// `EventTime`: when (`2025-03-13 16:16:29`).
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The beginning of the page's sample reply, up to where the stored copy
    /// stops (`response.partial.txt`), closed after `OfflinePushStat`.
    const VISIBLE: &str = r#"{"ActionStatus": "OK","ErrorCode": 0,"ErrorInfo": "sucess","InstanceTrace": [{"InstanceId": "74224656","PushTime": "2025-03-13 16:16:27","DeviceModel": "","System": "Android","SystemVersion": "","EventType":1,"PushPlatform": 1,"Token": "aabbc","CertId": "1122","SdkVersion": "8.0.1","PushVersion": "8.0.1","NotificationStatus": 1,"last_active_terminal": 1,"IMCommitStat": {"IMStat": {"PushStatus": 1,"ErrorCode": 0,"ErrorInfo": "success","EventTime": "2025-03-13 16:16:29"}},"OfflinePushStat": {"OfflineStat": {"PushStatus": 1,"ErrorCode": 0,"ErrorInfo": "success","EventTime": "2025-03-13 16:16:29"},"ChannelStat": {"PushStatus": 1,"ErrorCode": 0,"ErrorInfo": "success","EventTime": "2025-03-13 16:16:29"},"DeviceStat": {"PushStatus": 1,"ErrorCode": 0,"ErrorInfo": "success","EventTime": "2025-03-13 16:16:29"},"ClickStat": {"PushStatus": 1,"ErrorCode": 0,"ErrorInfo": "success","EventTime": "2025-03-13 16:16:29"}}}]}"#;

    #[test]
    fn the_visible_sample_reads_and_writes_back() {
        let reply: AllMemberPushTraceResponse = serde_json::from_str(VISIBLE).unwrap();
        let trace = &reply.instance_trace[0];
        assert_eq!(trace.system.as_deref(), Some("Android"));
        let stat = trace.offline_push_stat.as_ref().unwrap().click_stat.as_ref().unwrap();
        assert_eq!(stat.push_status, Some(1));
        assert_eq!(
            serde_json::to_value(&reply).unwrap(),
            serde_json::from_str::<serde_json::Value>(VISIBLE).unwrap()
        );
    }
}
