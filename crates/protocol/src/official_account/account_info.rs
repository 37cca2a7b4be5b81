//! The shapes the official account reads share: an account's profile as
//! the replies carry it, the filters that choose its fields, and the
//! `{"Official_Account": ...}` item of the ID lists.

use serde::{Deserialize, Serialize};

use crate::ErrorCode;

/// One `{"Official_Account": "..."}` item of an ID list
/// (`OfficialAccountIdList`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OfficialAccountId {
    /// `Official_Account`: the official account's ID.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
}

impl OfficialAccountId {
    /// The item naming `official_account`.
    pub fn new(official_account: impl Into<String>) -> Self {
        Self {
            official_account: official_account.into(),
        }
    }
}

crate::str_enum! {
    /// One entry of `OfficialAccountBaseInfoFilter`: a profile field to
    /// read (the data-format page, 1047/60813).
    pub enum OfficialAccountField {
        /// `CreateTime`: when the account was created.
        CreateTime = "CreateTime",
        /// `Name`: its name.
        Name = "Name",
        /// `Owner_Account`: the user who owns it.
        OwnerAccount = "Owner_Account",
        /// `LastMsgTime`: the time of its last message.
        LastMsgTime = "LastMsgTime",
        /// `SubscriberNum`: how many users subscribe to it.
        SubscriberNum = "SubscriberNum",
        /// `Introduction`: its introduction.
        Introduction = "Introduction",
        /// `FaceUrl`: its avatar's URL.
        FaceUrl = "FaceUrl",
        /// `Organization`: the organization it belongs to.
        Organization = "Organization",
        /// `CustomString`: its custom field.
        CustomString = "CustomString",
    }
}

crate::str_enum! {
    /// One entry of `SelfInfoFilter`: a field of the subscriber's own
    /// subscription to read (`get_subscribed_official_account_list`).
    pub enum SubscriberSelfField {
        /// `SubscribeTime`: when the user subscribed.
        SubscribeTime = "SubscribeTime",
        /// `CustomString`: the subscription's custom field.
        CustomString = "CustomString",
    }
}

/// `ResponseFilter`: which fields a read returns. Left out, every field is
/// returned. `get_official_account_info` takes the account filter only;
/// `get_subscribed_official_account_list` both.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ResponseFilter {
    /// `OfficialAccountBaseInfoFilter`: the account's fields.
    #[serde(
        rename = "OfficialAccountBaseInfoFilter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub official_account_base_info_filter: Option<Vec<OfficialAccountField>>,
    /// `SelfInfoFilter`: the subscription's own fields.
    #[serde(rename = "SelfInfoFilter", default, skip_serializing_if = "Option::is_none")]
    pub self_info_filter: Option<Vec<SubscriberSelfField>>,
}

impl ResponseFilter {
    /// A filter returning `fields` of each account.
    pub fn account_fields(fields: impl IntoIterator<Item = OfficialAccountField>) -> Self {
        Self {
            official_account_base_info_filter: Some(fields.into_iter().collect()),
            self_info_filter: None,
        }
    }

    /// The same filter, also returning `fields` of the subscription.
    pub fn with_self_fields(mut self, fields: impl IntoIterator<Item = SubscriberSelfField>) -> Self {
        self.self_info_filter = Some(fields.into_iter().collect());
        self
    }
}

/// An official account's profile as a read returns it (the fields of the
/// data-format page, 1047/60813): each field only if the filter asked for
/// it. One type for `get_official_account_info` (which may add the item's
/// own `ErrorCode` and `ErrorInfo`) and `get_subscribed_official_account_list`
/// (which adds `SelfInfo`).
///
/// The stored pages stop before these replies' samples; the names are the
/// data-format page's, and where the items sit (`OfficialAccountInfoList`)
/// is this crate's reading, as other SDKs read it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OfficialAccountInfo {
    /// `Official_Account`: the account's ID.
    #[serde(rename = "Official_Account", default, skip_serializing_if = "Option::is_none")]
    pub official_account: Option<String>,
    /// `Owner_Account`: the user who owns it.
    #[serde(rename = "Owner_Account", default, skip_serializing_if = "Option::is_none")]
    pub owner_account: Option<String>,
    /// `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `Introduction`.
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// `FaceUrl`.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// `Organization`.
    #[serde(rename = "Organization", default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// `CustomString`.
    #[serde(rename = "CustomString", default, skip_serializing_if = "Option::is_none")]
    pub custom_string: Option<String>,
    /// `MaxSubscriberNum`: how many users may subscribe.
    #[serde(rename = "MaxSubscriberNum", default, skip_serializing_if = "Option::is_none")]
    pub max_subscriber_num: Option<u32>,
    /// `SubscriberNum`: how many users subscribe now.
    #[serde(rename = "SubscriberNum", default, skip_serializing_if = "Option::is_none")]
    pub subscriber_num: Option<u32>,
    /// `CreateTime`: when it was created, in seconds since the epoch.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<u64>,
    /// `LastMsgTime`: when its last message was sent (0 before any).
    #[serde(rename = "LastMsgTime", default, skip_serializing_if = "Option::is_none")]
    pub last_msg_time: Option<u64>,
    /// `SelfInfo`: the reading subscriber's own subscription
    /// (`get_subscribed_official_account_list` only).
    #[serde(rename = "SelfInfo", default, skip_serializing_if = "Option::is_none")]
    pub self_info: Option<SubscriberSelfInfo>,
    /// `ErrorCode`: this item's own result (`get_official_account_info`),
    /// 130004 for an unknown account.
    #[serde(rename = "ErrorCode", default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<ErrorCode>,
    /// `ErrorInfo`: why this item failed.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
}

impl OfficialAccountInfo {
    /// An item for `official_account` with no fields yet.
    pub fn new(official_account: impl Into<String>) -> Self {
        Self {
            official_account: Some(official_account.into()),
            ..Self::default()
        }
    }
}

/// `SelfInfo`: a subscriber's own subscription to an account.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SubscriberSelfInfo {
    /// `SubscribeTime`: when the user subscribed.
    #[serde(rename = "SubscribeTime", default, skip_serializing_if = "Option::is_none")]
    pub subscribe_time: Option<u64>,
    /// `CustomString`: the subscription's custom field.
    #[serde(rename = "CustomString", default, skip_serializing_if = "Option::is_none")]
    pub custom_string: Option<String>,
}
