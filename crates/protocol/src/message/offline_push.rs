//! `OfflinePushInfo`: how a message is shown by the phone vendors' push services.

use serde::{Deserialize, Serialize};

use crate::macros::int_enum;

int_enum! {
    /// `PushFlag`.
    pub enum PushFlag {
        /// 0: push offline (the default).
        Push = 0,
        /// 1: no offline push.
        NoPush = 1,
    }
}

/// `OfflinePushInfo` of a message. When it is set, the push fields of a
/// `TIMCustomElem` are ignored. The page recommends keeping `Desc` and `Ext`
/// together under 3 KB (APNs carries at most 4 KB).
///
/// ```
/// use tim_protocol::message::OfflinePushInfo;
///
/// let push = OfflinePushInfo::new().title("Hello").desc("You have a new message");
/// assert_eq!(
///     serde_json::to_value(&push).unwrap(),
///     serde_json::json!({"Title": "Hello", "Desc": "You have a new message"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OfflinePushInfo {
    /// `PushFlag`: push or not.
    #[serde(rename = "PushFlag", default, skip_serializing_if = "Option::is_none")]
    pub push_flag: Option<PushFlag>,
    /// `Title`: the push title (iOS and Android).
    #[serde(rename = "Title", default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// `Desc`: the push text; overrides the elements' push text.
    #[serde(rename = "Desc", default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// `Ext`: passed through to the app; should be JSON for Android vendors.
    #[serde(rename = "Ext", default, skip_serializing_if = "Option::is_none")]
    pub ext: Option<String>,
    /// `AndroidInfo`.
    #[serde(rename = "AndroidInfo", default, skip_serializing_if = "Option::is_none")]
    pub android_info: Option<AndroidInfo>,
    /// `ApnsInfo`.
    #[serde(rename = "ApnsInfo", default, skip_serializing_if = "Option::is_none")]
    pub apns_info: Option<ApnsInfo>,
}

impl OfflinePushInfo {
    /// No fields set: the service's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// No offline push for this message.
    pub fn disabled() -> Self {
        Self {
            push_flag: Some(PushFlag::NoPush),
            ..Self::default()
        }
    }

    /// With a title.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// With the push text.
    pub fn desc(mut self, desc: impl Into<String>) -> Self {
        self.desc = Some(desc.into());
        self
    }

    /// With pass-through content.
    pub fn ext(mut self, ext: impl Into<String>) -> Self {
        self.ext = Some(ext.into());
        self
    }
}

/// `OfflinePushInfo.AndroidInfo`: vendor-specific Android push settings.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AndroidInfo {
    /// `Sound`: path of the push sound.
    #[serde(rename = "Sound", default, skip_serializing_if = "Option::is_none")]
    pub sound: Option<String>,
    /// `HuaWeiChannelID`.
    #[serde(rename = "HuaWeiChannelID", default, skip_serializing_if = "Option::is_none")]
    pub huawei_channel_id: Option<String>,
    /// `XiaoMiChannelID`.
    #[serde(rename = "XiaoMiChannelID", default, skip_serializing_if = "Option::is_none")]
    pub xiaomi_channel_id: Option<String>,
    /// `OPPOChannelID`.
    #[serde(rename = "OPPOChannelID", default, skip_serializing_if = "Option::is_none")]
    pub oppo_channel_id: Option<String>,
    /// `GoogleChannelID`.
    #[serde(rename = "GoogleChannelID", default, skip_serializing_if = "Option::is_none")]
    pub google_channel_id: Option<String>,
    /// `VIVOClassification`: 0 operational message, 1 system message (default).
    #[serde(rename = "VIVOClassification", default, skip_serializing_if = "Option::is_none")]
    pub vivo_classification: Option<i64>,
    /// `HuaWeiImportance`: `LOW` or `NORMAL` (default).
    #[serde(rename = "HuaWeiImportance", default, skip_serializing_if = "Option::is_none")]
    pub huawei_importance: Option<String>,
    /// `ExtAsHuaweiIntentParam`: 1 passes `Ext` as the Intent parameter, 0
    /// (default) as the Action parameter.
    #[serde(rename = "ExtAsHuaweiIntentParam", default, skip_serializing_if = "Option::is_none")]
    pub ext_as_huawei_intent_param: Option<i64>,
    /// `HuaWeiCategory`: Huawei's message category.
    #[serde(rename = "HuaWeiCategory", default, skip_serializing_if = "Option::is_none")]
    pub huawei_category: Option<String>,
}

/// `OfflinePushInfo.ApnsInfo`: APNs settings.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ApnsInfo {
    /// `Sound`: the push sound.
    #[serde(rename = "Sound", default, skip_serializing_if = "Option::is_none")]
    pub sound: Option<String>,
    /// `BadgeMode`: 0 (default) counts the message on the badge, 1 does not.
    #[serde(rename = "BadgeMode", default, skip_serializing_if = "Option::is_none")]
    pub badge_mode: Option<i64>,
    /// `Title`: replaces the top-level title.
    #[serde(rename = "Title", default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// `SubTitle`.
    #[serde(rename = "SubTitle", default, skip_serializing_if = "Option::is_none")]
    pub sub_title: Option<String>,
    /// `Image`: an image URL shown with the notification.
    #[serde(rename = "Image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// `MutableContent`: 1 enables the iOS 10+ push extension, 0 (default) does not.
    #[serde(rename = "MutableContent", default, skip_serializing_if = "Option::is_none")]
    pub mutable_content: Option<i64>,
}
