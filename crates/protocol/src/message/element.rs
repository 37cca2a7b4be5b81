//! Message elements (`TIMMsgElement`) and the message body.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::limits::{MSG_BODY_MAX_BYTES, MSG_CUSTOM_ELEMS_MAX};
use crate::macros::int_enum;
use crate::validation::{Rule, ValidationError};

/// `MsgBody`: the elements of one message, in order. A message may combine
/// several elements (text and emoji, for example); see [`check_body`] for the
/// rules a body must follow to be sent.
pub type MsgBody = Vec<MsgElement>;

/// The only documented `Download_Flag` (and `VideoDownloadFlag`,
/// `ThumbDownloadFlag`) value: 2, "download from the URL in the element".
pub const DOWNLOAD_FLAG_URL: i64 = 2;

/// One element of a message (`TIMMsgElement`): `{"MsgType": .., "MsgContent": {..}}`.
///
/// Each documented `MsgType` has a variant with its typed `MsgContent`. An
/// element of a type this crate does not know, or a known type whose content
/// does not fit its documented shape, is kept whole in [`MsgElement::Other`]
/// and serialized back unchanged:
///
/// ```
/// use tim_protocol::message::MsgElement;
///
/// let json = serde_json::json!({"MsgType": "TIMNewElem", "MsgContent": {"Anything": [1, 2]}});
/// let element: MsgElement = serde_json::from_value(json.clone()).unwrap();
/// assert_eq!(element.msg_type(), "TIMNewElem");
/// assert!(matches!(element, MsgElement::Other(_)));
/// assert_eq!(serde_json::to_value(&element).unwrap(), json);
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum MsgElement {
    /// `TIMTextElem`: text.
    Text(TextElem),
    /// `TIMLocationElem`: a geographic location.
    Location(LocationElem),
    /// `TIMFaceElem`: an emoji defined by the app.
    Face(FaceElem),
    /// `TIMCustomElem`: custom data (at most one per message).
    Custom(CustomElem),
    /// `TIMSoundElem`: a voice message.
    Sound(SoundElem),
    /// `TIMImageElem`: an image.
    Image(ImageElem),
    /// `TIMFileElem`: a file.
    File(FileElem),
    /// `TIMVideoFileElem`: a video.
    VideoFile(VideoFileElem),
    /// `TIMRelayElem`: a combined (merged-forward) message.
    Relay(RelayElem),
    /// Any other element, kept as received (the whole JSON object, `MsgType`
    /// included). Newer element types (the service also knows, for example,
    /// element types added after this version) land here.
    Other(Value),
}

impl MsgElement {
    /// A text element.
    pub fn text(text: impl Into<String>) -> Self {
        Self::Text(TextElem { text: text.into() })
    }

    /// A custom element carrying `data`.
    pub fn custom(data: impl Into<String>) -> Self {
        Self::Custom(CustomElem::new(data))
    }

    /// The text of a text element.
    ///
    /// ```
    /// use tim_protocol::message::MsgElement;
    ///
    /// assert_eq!(MsgElement::text("hi").as_text(), Some("hi"));
    /// assert_eq!(MsgElement::custom("{}").as_text(), None);
    /// ```
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Self::Text(text) => Some(&text.text),
            _ => None,
        }
    }

    /// The element's `MsgType`, e.g. `TIMTextElem`; for an [`Other`](Self::Other)
    /// element the type it was received with (empty if it had none).
    pub fn msg_type(&self) -> &str {
        match self {
            Self::Text(_) => "TIMTextElem",
            Self::Location(_) => "TIMLocationElem",
            Self::Face(_) => "TIMFaceElem",
            Self::Custom(_) => "TIMCustomElem",
            Self::Sound(_) => "TIMSoundElem",
            Self::Image(_) => "TIMImageElem",
            Self::File(_) => "TIMFileElem",
            Self::VideoFile(_) => "TIMVideoFileElem",
            Self::Relay(_) => "TIMRelayElem",
            Self::Other(value) => value.get("MsgType").and_then(Value::as_str).unwrap_or_default(),
        }
    }

    /// Every `MsgType` this crate models.
    pub const KNOWN_TYPES: &'static [&'static str] = &[
        "TIMTextElem",
        "TIMLocationElem",
        "TIMFaceElem",
        "TIMCustomElem",
        "TIMSoundElem",
        "TIMImageElem",
        "TIMFileElem",
        "TIMVideoFileElem",
        "TIMRelayElem",
    ];
}

/// The wire shape of a known element, for serializing.
#[derive(Serialize)]
struct Tagged<'a, C> {
    #[serde(rename = "MsgType")]
    msg_type: &'a str,
    #[serde(rename = "MsgContent")]
    content: &'a C,
}

impl Serialize for MsgElement {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let msg_type = self.msg_type();
        match self {
            Self::Text(content) => Tagged { msg_type, content }.serialize(serializer),
            Self::Location(content) => Tagged { msg_type, content }.serialize(serializer),
            Self::Face(content) => Tagged { msg_type, content }.serialize(serializer),
            Self::Custom(content) => Tagged { msg_type, content }.serialize(serializer),
            Self::Sound(content) => Tagged { msg_type, content }.serialize(serializer),
            Self::Image(content) => Tagged { msg_type, content }.serialize(serializer),
            Self::File(content) => Tagged { msg_type, content }.serialize(serializer),
            Self::VideoFile(content) => Tagged { msg_type, content }.serialize(serializer),
            Self::Relay(content) => Tagged { msg_type, content }.serialize(serializer),
            Self::Other(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for MsgElement {
    /// Any JSON object parses: a known `MsgType` whose `MsgContent` fits its
    /// documented shape becomes its variant, anything else [`MsgElement::Other`].
    /// Only a value that is not an object is an error.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        if !value.is_object() {
            return Err(D::Error::custom("a message element must be a JSON object"));
        }
        fn typed<T: serde::de::DeserializeOwned>(value: &Value, wrap: fn(T) -> MsgElement) -> Option<MsgElement> {
            let content = value.get("MsgContent")?;
            T::deserialize(content).ok().map(wrap)
        }
        let parsed = match value.get("MsgType").and_then(Value::as_str) {
            Some("TIMTextElem") => typed(&value, Self::Text),
            Some("TIMLocationElem") => typed(&value, Self::Location),
            Some("TIMFaceElem") => typed(&value, Self::Face),
            Some("TIMCustomElem") => typed(&value, Self::Custom),
            Some("TIMSoundElem") => typed(&value, Self::Sound),
            Some("TIMImageElem") => typed(&value, Self::Image),
            Some("TIMFileElem") => typed(&value, Self::File),
            Some("TIMVideoFileElem") => typed(&value, Self::VideoFile),
            Some("TIMRelayElem") => typed(&value, Self::Relay),
            _ => None,
        };
        Ok(parsed.unwrap_or(Self::Other(value)))
    }
}

/// `MsgContent` of `TIMTextElem`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TextElem {
    /// `Text`: the text; also the offline-push text.
    #[serde(rename = "Text")]
    pub text: String,
}

impl TextElem {
    /// A text element's content.
    pub fn new(text: impl Into<String>) -> Self {
        Self { text: text.into() }
    }
}

/// `MsgContent` of `TIMLocationElem`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LocationElem {
    /// `Desc`: a description of the place.
    #[serde(rename = "Desc")]
    pub desc: String,
    /// `Latitude`.
    #[serde(rename = "Latitude")]
    pub latitude: f64,
    /// `Longitude`.
    #[serde(rename = "Longitude")]
    pub longitude: f64,
}

impl LocationElem {
    /// A location.
    pub fn new(desc: impl Into<String>, latitude: f64, longitude: f64) -> Self {
        Self {
            desc: desc.into(),
            latitude,
            longitude,
        }
    }
}

/// `MsgContent` of `TIMFaceElem`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FaceElem {
    /// `Index`: the app's emoji index.
    #[serde(rename = "Index")]
    pub index: i64,
    /// `Data`: extra data.
    #[serde(rename = "Data", default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
}

impl FaceElem {
    /// An emoji by index.
    pub fn new(index: i64) -> Self {
        Self { index, data: None }
    }
}

/// `MsgContent` of `TIMCustomElem`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CustomElem {
    /// `Data`: the custom payload (not passed to APNs).
    #[serde(rename = "Data")]
    pub data: String,
    /// `Desc`: the offline-push text (overridden by `OfflinePushInfo.Desc`).
    #[serde(rename = "Desc", default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// `Ext`: passed through to APNs as the payload's `Ext`.
    #[serde(rename = "Ext", default, skip_serializing_if = "Option::is_none")]
    pub ext: Option<String>,
    /// `Sound`: a custom APNs ringtone.
    #[serde(rename = "Sound", default, skip_serializing_if = "Option::is_none")]
    pub sound: Option<String>,
}

impl CustomElem {
    /// Custom data with no push fields.
    pub fn new(data: impl Into<String>) -> Self {
        Self {
            data: data.into(),
            desc: None,
            ext: None,
            sound: None,
        }
    }
}

/// `MsgContent` of `TIMSoundElem`. Every field is optional because the page
/// documents two shapes: the 4.X SDKs' (with `Url` and `Download_Flag`, the
/// one the REST API accepts) and the 2.X/3.X SDKs' (`UUID`, `Size`, `Second`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SoundElem {
    /// `Url`: where the voice can be downloaded. Required to send.
    #[serde(rename = "Url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `UUID`: a globally unique ID, usually the file's MD5. Required to send.
    #[serde(rename = "UUID", default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// `Size`: bytes.
    #[serde(rename = "Size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// `Second`: duration in seconds.
    #[serde(rename = "Second", default, skip_serializing_if = "Option::is_none")]
    pub second: Option<u64>,
    /// `Download_Flag`: must be 2 ([`DOWNLOAD_FLAG_URL`]) to send.
    #[serde(rename = "Download_Flag", default, skip_serializing_if = "Option::is_none")]
    pub download_flag: Option<i64>,
}

impl SoundElem {
    /// A voice message the REST API accepts: URL, UUID and the download flag 2.
    pub fn from_url(url: impl Into<String>, uuid: impl Into<String>, size: u64, second: u64) -> Self {
        Self {
            url: Some(url.into()),
            uuid: Some(uuid.into()),
            size: Some(size),
            second: Some(second),
            download_flag: Some(DOWNLOAD_FLAG_URL),
        }
    }
}

int_enum! {
    /// `ImageFormat` of an image element.
    pub enum ImageFormat {
        /// 1: JPG.
        Jpg = 1,
        /// 2: GIF.
        Gif = 2,
        /// 3: PNG.
        Png = 3,
        /// 4: BMP.
        Bmp = 4,
        /// 255: any other format.
        Other = 255,
    }
}

int_enum! {
    /// `Type` of one entry of `ImageInfoArray`.
    pub enum ImageKind {
        /// 1: the original image.
        Original = 1,
        /// 2: the large image.
        Large = 2,
        /// 3: the thumbnail.
        Thumbnail = 3,
    }
}

/// One entry of `ImageInfoArray`: a rendition of the image.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImageInfo {
    /// `Type`: original, large or thumbnail.
    #[serde(rename = "Type")]
    pub kind: ImageKind,
    /// `Size`: bytes.
    #[serde(rename = "Size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// `Width`: pixels (0 where unknown). Required to send.
    #[serde(rename = "Width", default, skip_serializing_if = "Option::is_none")]
    pub width: Option<u64>,
    /// `Height`: pixels (0 where unknown). Required to send.
    #[serde(rename = "Height", default, skip_serializing_if = "Option::is_none")]
    pub height: Option<u64>,
    /// `URL`: where this rendition can be downloaded. Required to send.
    #[serde(rename = "URL", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl ImageInfo {
    /// A rendition with all its fields.
    pub fn new(kind: ImageKind, size: u64, width: u64, height: u64, url: impl Into<String>) -> Self {
        Self {
            kind,
            size: Some(size),
            width: Some(width),
            height: Some(height),
            url: Some(url.into()),
        }
    }
}

/// `MsgContent` of `TIMImageElem`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImageElem {
    /// `UUID`: a globally unique ID, usually the image's MD5.
    #[serde(rename = "UUID")]
    pub uuid: String,
    /// `ImageFormat`.
    #[serde(rename = "ImageFormat", default, skip_serializing_if = "Option::is_none")]
    pub image_format: Option<ImageFormat>,
    /// `ImageInfoArray`: the original, large and thumbnail renditions.
    #[serde(rename = "ImageInfoArray", default)]
    pub image_info_array: Vec<ImageInfo>,
}

impl ImageElem {
    /// An image with the given renditions.
    pub fn new(uuid: impl Into<String>, format: ImageFormat, renditions: impl IntoIterator<Item = ImageInfo>) -> Self {
        Self {
            uuid: uuid.into(),
            image_format: Some(format),
            image_info_array: renditions.into_iter().collect(),
        }
    }
}

/// `MsgContent` of `TIMFileElem`. As with [`SoundElem`], the page documents a
/// 4.X shape (with `Url` and `Download_Flag`) and an older one, so every field
/// is optional.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FileElem {
    /// `Url`: where the file can be downloaded. Required to send.
    #[serde(rename = "Url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `UUID`: a globally unique ID. Required to send.
    #[serde(rename = "UUID", default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// `FileSize`: bytes.
    #[serde(rename = "FileSize", default, skip_serializing_if = "Option::is_none")]
    pub file_size: Option<u64>,
    /// `FileName`.
    #[serde(rename = "FileName", default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// `Download_Flag`: must be 2 to send.
    #[serde(rename = "Download_Flag", default, skip_serializing_if = "Option::is_none")]
    pub download_flag: Option<i64>,
}

impl FileElem {
    /// A file the REST API accepts: URL, UUID and the download flag 2.
    pub fn from_url(
        url: impl Into<String>,
        uuid: impl Into<String>,
        file_size: u64,
        file_name: impl Into<String>,
    ) -> Self {
        Self {
            url: Some(url.into()),
            uuid: Some(uuid.into()),
            file_size: Some(file_size),
            file_name: Some(file_name.into()),
            download_flag: Some(DOWNLOAD_FLAG_URL),
        }
    }
}

/// `MsgContent` of `TIMVideoFileElem`. All optional, for the same reason as
/// [`SoundElem`]; [`check_body`] names the fields a send needs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct VideoFileElem {
    /// `VideoUrl`.
    #[serde(rename = "VideoUrl", default, skip_serializing_if = "Option::is_none")]
    pub video_url: Option<String>,
    /// `VideoUUID`.
    #[serde(rename = "VideoUUID", default, skip_serializing_if = "Option::is_none")]
    pub video_uuid: Option<String>,
    /// `VideoSize`: bytes.
    #[serde(rename = "VideoSize", default, skip_serializing_if = "Option::is_none")]
    pub video_size: Option<u64>,
    /// `VideoSecond`: duration in seconds.
    #[serde(rename = "VideoSecond", default, skip_serializing_if = "Option::is_none")]
    pub video_second: Option<u64>,
    /// `VideoFormat`, e.g. `mp4`.
    #[serde(rename = "VideoFormat", default, skip_serializing_if = "Option::is_none")]
    pub video_format: Option<String>,
    /// `VideoDownloadFlag`: must be 2 to send.
    #[serde(rename = "VideoDownloadFlag", default, skip_serializing_if = "Option::is_none")]
    pub video_download_flag: Option<i64>,
    /// `ThumbUrl`.
    #[serde(rename = "ThumbUrl", default, skip_serializing_if = "Option::is_none")]
    pub thumb_url: Option<String>,
    /// `ThumbUUID`.
    #[serde(rename = "ThumbUUID", default, skip_serializing_if = "Option::is_none")]
    pub thumb_uuid: Option<String>,
    /// `ThumbSize`: bytes.
    #[serde(rename = "ThumbSize", default, skip_serializing_if = "Option::is_none")]
    pub thumb_size: Option<u64>,
    /// `ThumbWidth`: pixels.
    #[serde(rename = "ThumbWidth", default, skip_serializing_if = "Option::is_none")]
    pub thumb_width: Option<u64>,
    /// `ThumbHeight`: pixels.
    #[serde(rename = "ThumbHeight", default, skip_serializing_if = "Option::is_none")]
    pub thumb_height: Option<u64>,
    /// `ThumbFormat`, e.g. `JPG`.
    #[serde(rename = "ThumbFormat", default, skip_serializing_if = "Option::is_none")]
    pub thumb_format: Option<String>,
    /// `ThumbDownloadFlag`: must be 2 to send.
    #[serde(rename = "ThumbDownloadFlag", default, skip_serializing_if = "Option::is_none")]
    pub thumb_download_flag: Option<i64>,
}

/// `MsgContent` of `TIMRelayElem`: messages combined and forwarded as one.
/// Either `MsgList` (combined bodies up to 12 KB) or `JsonMsgKey` (larger) is set.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RelayElem {
    /// `Title`.
    #[serde(rename = "Title", default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// `MsgNum`: how many messages are combined.
    #[serde(rename = "MsgNum", default, skip_serializing_if = "Option::is_none")]
    pub msg_num: Option<u64>,
    /// `CompatibleText`: what SDKs without combined-message support show.
    #[serde(rename = "CompatibleText", default, skip_serializing_if = "Option::is_none")]
    pub compatible_text: Option<String>,
    /// `AbstractList`: the digest lines.
    #[serde(rename = "AbstractList", default, skip_serializing_if = "Option::is_none")]
    pub abstract_list: Option<Vec<String>>,
    /// `MsgList`: the combined messages.
    #[serde(rename = "MsgList", default, skip_serializing_if = "Option::is_none")]
    pub msg_list: Option<Vec<RelayMsg>>,
    /// `JsonMsgKey`: the key of the list when it is larger than 12 KB.
    #[serde(rename = "JsonMsgKey", default, skip_serializing_if = "Option::is_none")]
    pub json_msg_key: Option<String>,
}

/// One message of a [`RelayElem`]'s `MsgList`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RelayMsg {
    /// `From_Account`: the sender.
    #[serde(rename = "From_Account", default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// `To_Account`: the recipient of a one-to-one message.
    #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
    pub to_account: Option<String>,
    /// `GroupId`: the group of a group message.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `MsgSeq`.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
    /// `MsgRandom`.
    #[serde(rename = "MsgRandom", default, skip_serializing_if = "Option::is_none")]
    pub msg_random: Option<u64>,
    /// `MsgTimeStamp`: seconds since the epoch.
    #[serde(rename = "MsgTimeStamp", default, skip_serializing_if = "Option::is_none")]
    pub msg_time_stamp: Option<i64>,
    /// `MsgBody`.
    #[serde(rename = "MsgBody", default, skip_serializing_if = "Vec::is_empty")]
    pub msg_body: MsgBody,
    /// `CloudCustomData`.
    #[serde(rename = "CloudCustomData", default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
}

/// Checks a body about to be sent or imported, at `field` (e.g. `MsgBody`):
///
/// - at least one element;
/// - at most one `TIMCustomElem` ("a combined message can contain only one");
/// - the fields the page says a REST send must fill: `Url`, `UUID` and
///   `Download_Flag` 2 for voice and file; `UUID` and each rendition's `URL`,
///   `Width`, `Height` for images; `VideoUrl`, `VideoUUID`, `ThumbUrl`,
///   `ThumbUUID`, `ThumbWidth`, `ThumbHeight` and both download flags 2 for video;
/// - the body's JSON at most [`MSG_BODY_MAX_BYTES`] (12 KB). The pages give the
///   limit for "the message"; measuring the serialized `MsgBody` is this
///   crate's choice.
///
/// - every element's `MsgType` one of the documented types
///   ([`MsgElement::KNOWN_TYPES`]): a made-up one (`TIMFooElem`) or none is
///   refused, as the service refuses a body that does not follow the
///   "Message Formats" page. The code is the service's parameter-error code
///   (90001 for `openim`, 10004 for groups), as for the body's other rules.
///   An element of a documented type whose content does not fit its typed
///   shape ([`MsgElement::Other`]) is not checked further: the service
///   decides.
pub fn check_body(field: &str, body: &[MsgElement]) -> Result<(), ValidationError> {
    if body.is_empty() {
        return Err(ValidationError::new(field, Rule::NotEmpty));
    }
    let customs = body.iter().filter(|e| matches!(e, MsgElement::Custom(_))).count();
    if customs > MSG_CUSTOM_ELEMS_MAX {
        return Err(ValidationError::new(
            field,
            Rule::TooMany {
                max: MSG_CUSTOM_ELEMS_MAX,
                actual: customs,
            },
        ));
    }
    for (index, element) in body.iter().enumerate() {
        if let MsgElement::Other(value) = element {
            let msg_type = format!("{field}[{index}].MsgType");
            match value.get("MsgType").and_then(Value::as_str) {
                None => return Err(ValidationError::new(msg_type, Rule::Required)),
                Some(kind) if !MsgElement::KNOWN_TYPES.contains(&kind) => {
                    return Err(ValidationError::new(
                        msg_type,
                        Rule::BadFormat(
                            "a documented MsgType: TIMTextElem, TIMLocationElem, TIMFaceElem, TIMCustomElem, \
                             TIMSoundElem, TIMImageElem, TIMFileElem, TIMVideoFileElem or TIMRelayElem",
                        ),
                    ))
                }
                Some(_) => {}
            }
        }
        let at = |name: &str| format!("{field}[{index}].MsgContent.{name}");
        let required = |name: &str, present: bool| {
            if present {
                Ok(())
            } else {
                Err(ValidationError::new(at(name), Rule::Required))
            }
        };
        let flag = |name: &str, value: Option<i64>| match value {
            None => Err(ValidationError::new(at(name), Rule::Required)),
            Some(DOWNLOAD_FLAG_URL) => Ok(()),
            Some(other) => Err(ValidationError::new(
                at(name),
                Rule::UnsupportedValue {
                    value: other,
                    expected: "2 (download from the URL)",
                },
            )),
        };
        match element {
            MsgElement::Sound(sound) => {
                required("Url", sound.url.is_some())?;
                required("UUID", sound.uuid.is_some())?;
                flag("Download_Flag", sound.download_flag)?;
            }
            MsgElement::File(file) => {
                required("Url", file.url.is_some())?;
                required("UUID", file.uuid.is_some())?;
                flag("Download_Flag", file.download_flag)?;
            }
            MsgElement::Image(image) => {
                required("UUID", !image.uuid.is_empty())?;
                if image.image_info_array.is_empty() {
                    return Err(ValidationError::new(at("ImageInfoArray"), Rule::NotEmpty));
                }
                for (i, info) in image.image_info_array.iter().enumerate() {
                    let name = |n: &str| format!("ImageInfoArray[{i}].{n}");
                    required(&name("URL"), info.url.is_some())?;
                    required(&name("Width"), info.width.is_some())?;
                    required(&name("Height"), info.height.is_some())?;
                }
            }
            MsgElement::VideoFile(video) => {
                required("VideoUrl", video.video_url.is_some())?;
                required("VideoUUID", video.video_uuid.is_some())?;
                required("ThumbUrl", video.thumb_url.is_some())?;
                required("ThumbUUID", video.thumb_uuid.is_some())?;
                required("ThumbWidth", video.thumb_width.is_some())?;
                required("ThumbHeight", video.thumb_height.is_some())?;
                flag("VideoDownloadFlag", video.video_download_flag)?;
                flag("ThumbDownloadFlag", video.thumb_download_flag)?;
            }
            _ => {}
        }
    }
    let bytes = serde_json::to_vec(body).map(|json| json.len()).unwrap_or(0);
    if bytes > MSG_BODY_MAX_BYTES {
        return Err(ValidationError::new(
            field,
            Rule::TooLong {
                max_bytes: MSG_BODY_MAX_BYTES,
                actual: bytes,
            },
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_made_up_or_missing_msg_type_is_refused() {
        let body = |element: Value| vec![serde_json::from_value::<MsgElement>(element).unwrap()];
        let made_up = body(json!({"MsgType": "TIMFooElem", "MsgContent": {"Text": "hi"}}));
        let error = check_body("MsgBody", &made_up).unwrap_err();
        assert_eq!(error.field(), "MsgBody[0].MsgType");
        assert!(matches!(error.rule(), Rule::BadFormat(_)));
        assert!(
            error.error_code().is_none(),
            "the service's parameter code, set by validate()"
        );
        let missing = body(json!({"MsgContent": {"Text": "hi"}}));
        assert_eq!(
            check_body("MsgBody", &missing).unwrap_err().field(),
            "MsgBody[0].MsgType"
        );
        // A documented type whose content does not fit its shape is left to the service.
        let odd = body(json!({"MsgType": "TIMTextElem", "MsgContent": {"Text": 5}}));
        assert!(matches!(odd[0], MsgElement::Other(_)));
        assert!(check_body("MsgBody", &odd).is_ok());
    }

    /// The element samples of the "Message Formats" page (<https://trtc.io/document/33527>).
    fn page_samples() -> Vec<Value> {
        vec![
            json!({"MsgType": "TIMTextElem", "MsgContent": {"Text": "hello world"}}),
            json!({"MsgType": "TIMLocationElem", "MsgContent": {"Desc": "someinfo", "Latitude": 29.340656774469956, "Longitude": 116.77497920478824}}),
            json!({"MsgType": "TIMFaceElem", "MsgContent": {"Index": 1, "Data": "content"}}),
            json!({"MsgType": "TIMCustomElem", "MsgContent": {"Data": "message", "Desc": "notification", "Ext": "url", "Sound": "dingdong.aiff"}}),
            json!({"MsgType": "TIMSoundElem", "MsgContent": {"Url": "https://1234-5678187359-1253735226.cos.ap-shanghai.myqcloud.com/abc123/c9be9d32c05bfb77b3edafa4312c6c7d", "UUID": "1053D4B3D61040894AC3DE44CDF28B3EC7EB7C0F", "Size": 62351, "Second": 1, "Download_Flag": 2}}),
            json!({"MsgType": "TIMSoundElem", "MsgContent": {"UUID": "305c0201", "Size": 62351, "Second": 1}}),
            json!({"MsgType": "TIMImageElem", "MsgContent": {"UUID": "1853095_D61040894AC3DE44CDFFFB3EC7EB720F", "ImageFormat": 1, "ImageInfoArray": [
                {"Type": 1, "Size": 1853095, "Width": 2448, "Height": 3264, "URL": "http://xxx/3200490432214177468_144115198371610486_D61040894AC3DE44CDFFFB3EC7EB720F/0"},
                {"Type": 2, "Size": 2565240, "Width": 0, "Height": 0, "URL": "http://xxx/3200490432214177468_144115198371610486_D61040894AC3DE44CDFFFB3EC7EB720F/720"},
                {"Type": 3, "Size": 12535, "Width": 0, "Height": 0, "URL": "http://xxx/3200490432214177468_144115198371610486_D61040894AC3DE44CDFFFB3EC7EB720F/198"}]}}),
            json!({"MsgType": "TIMFileElem", "MsgContent": {"Url": "https://7492-5678539059-1253735326.cos.ap-shanghai.myqcloud.com/abc123/49be9d32c0fbfba7b31dafa4312c6c7d", "UUID": "1053D4B3D61040894AC3DE44CDF28B3EC7EB7C0F", "FileSize": 1773552, "FileName": "file:///private/var/Application/tmp/trim.B75D5F9B-1426-4913-8845-90DD46797FCD.MOV", "Download_Flag": 2}}),
            json!({"MsgType": "TIMRelayElem", "MsgContent": {"Title": "Group chat history", "MsgNum": 2, "CompatibleText": "The SDK version does not support combined messages. Please upgrade to the latest version.", "AbstractList": ["A: What do you think of this?", "B: I think it's great."], "MsgList": [
                {"From_Account": "A", "GroupId": "group1", "MsgSeq": 85, "MsgRandom": 3998651049u64, "MsgTimeStamp": 1664437702, "MsgBody": [{"MsgContent": {"Text": " What do you think of this?"}, "MsgType": "TIMTextElem"}]},
                {"From_Account": "B", "GroupId": "group1", "MsgSeq": 86, "MsgRandom": 965790, "MsgTimeStamp": 1664437703, "MsgBody": [{"MsgContent": {"Text": "I think it's great."}, "MsgType": "TIMTextElem"}]}]}}),
            json!({"MsgType": "TIMVideoFileElem", "MsgContent": {"VideoUrl": "https://0345-1400187352-1256635546.cos.ap-shanghai.myqcloud.com/abcd/f7c6ad3c50af7d83e23efe0a208b90c9", "VideoUUID": "5da38ba89d6521011e1f6f3fd6692e35", "VideoSize": 1194603, "VideoSecond": 5, "VideoFormat": "mp4", "VideoDownloadFlag": 2, "ThumbUrl": "https://0345-1400187352-1256635546.cos.ap-shanghai.myqcloud.com/abcd/a6c170c9c599280cb06e0523d7a1f37b", "ThumbUUID": "6edaffedef5150684510cf97957b7bc8", "ThumbSize": 13907, "ThumbWidth": 720, "ThumbHeight": 1280, "ThumbFormat": "JPG", "ThumbDownloadFlag": 2}}),
        ]
    }

    #[test]
    fn every_page_sample_is_typed_and_round_trips() {
        for sample in page_samples() {
            let element: MsgElement = serde_json::from_value(sample.clone()).unwrap();
            assert!(!matches!(element, MsgElement::Other(_)), "{sample} not typed");
            assert_eq!(element.msg_type(), sample["MsgType"]);
            assert_eq!(serde_json::to_value(&element).unwrap(), sample);
        }
    }

    #[test]
    fn unknown_and_misshapen_elements_are_kept_as_sent() {
        for raw in [
            json!({"MsgType": "TIMNewElem", "MsgContent": {"Title": "t", "MsgNum": 2}}),
            json!({"MsgType": "TIMTextElem", "MsgContent": {"Text": 5}}),
            json!({"MsgType": "TIMTextElem"}),
            json!({"MsgContent": {}}),
        ] {
            let element: MsgElement = serde_json::from_value(raw.clone()).unwrap();
            assert_eq!(element, MsgElement::Other(raw.clone()));
            assert_eq!(serde_json::to_value(&element).unwrap(), raw);
        }
        assert!(serde_json::from_value::<MsgElement>(json!("TIMTextElem")).is_err());
    }

    #[test]
    fn check_body_names_the_field() {
        assert_eq!(check_body("MsgBody", &[]).unwrap_err().rule(), &Rule::NotEmpty);
        let two_customs = [MsgElement::custom("a"), MsgElement::custom("b")];
        assert_eq!(check_body("MsgBody", &two_customs).unwrap_err().field(), "MsgBody");
        let sound = MsgElement::Sound(SoundElem {
            download_flag: Some(1),
            ..SoundElem::from_url("u", "id", 1, 1)
        });
        let error = check_body("MsgBody", &[MsgElement::text("a"), sound]).unwrap_err();
        assert_eq!(error.field(), "MsgBody[1].MsgContent.Download_Flag");
        let image = MsgElement::Image(ImageElem::new(
            "id",
            ImageFormat::Png,
            [ImageInfo {
                url: None,
                ..ImageInfo::new(ImageKind::Original, 1, 1, 1, "u")
            }],
        ));
        assert_eq!(
            check_body("MsgBody", &[image]).unwrap_err().field(),
            "MsgBody[0].MsgContent.ImageInfoArray[0].URL"
        );
        let long = MsgElement::text("x".repeat(MSG_BODY_MAX_BYTES));
        assert!(matches!(
            check_body("MsgBody", &[long]).unwrap_err().rule(),
            Rule::TooLong { .. }
        ));
        for sample in page_samples()
            .into_iter()
            .filter(|s| s["MsgContent"]["UUID"] != "305c0201")
        {
            let element: MsgElement = serde_json::from_value(sample).unwrap();
            assert!(
                check_body("MsgBody", std::slice::from_ref(&element)).is_ok(),
                "{element:?}"
            );
        }
    }
}
