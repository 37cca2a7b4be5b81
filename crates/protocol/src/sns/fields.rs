//! Relationship-chain fields: the `Tag_SNS_IM_*` and `Tag_SNS_Custom_*` tags
//! and their typed values (`SnsItem`), `AddSource`, and the checks of remarks,
//! request messages and friend-list names (the "Relationship Chain
//! Management" page, <https://intl.cloud.tencent.com/document/product/1047/33521>).

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::limits::{
    SNS_ADD_SOURCE_KEYWORD_MAX_BYTES, SNS_ADD_WORDING_MAX_BYTES, SNS_FIELD_MAX_BYTES, SNS_GROUPS_MAX,
    SNS_GROUP_NAME_MAX_BYTES, SNS_REMARK_MAX_BYTES,
};
use crate::profile::{ProfileItem, ProfileTag};
use crate::validation::{check, Rule, ValidationError};
use crate::ErrorCode;

/// The prefix of every custom friend field's tag.
pub const SNS_CUSTOM_TAG_PREFIX: &str = "Tag_SNS_Custom_";

/// The prefix of every profile field's tag (standard or custom).
const PROFILE_TAG_PREFIX: &str = "Tag_Profile_";

/// `AddSource` (`Tag_SNS_IM_AddSource`): `AddSource_Type_` and a keyword of 1
/// to 8 letters, e.g. `AddSource_Type_Android`. Any string read from the wire
/// is kept as sent; `validate()` checks the form.
///
/// ```
/// use tim_protocol::sns::AddSource;
///
/// let source = AddSource::new("Android");
/// assert_eq!(source.as_str(), "AddSource_Type_Android");
/// assert_eq!(source.keyword(), Some("Android"));
/// assert_eq!(AddSource::from_wire("Web").keyword(), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AddSource(String);

impl AddSource {
    /// The prefix of every source.
    pub const PREFIX: &'static str = "AddSource_Type_";

    /// The source `AddSource_Type_<keyword>`.
    pub fn new(keyword: &str) -> Self {
        Self(format!("{}{keyword}", Self::PREFIX))
    }

    /// A source as the wire spells it, kept as is.
    pub fn from_wire(text: impl Into<String>) -> Self {
        Self(text.into())
    }

    /// The wire string.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The keyword after `AddSource_Type_`, if the string has the prefix.
    pub fn keyword(&self) -> Option<&str> {
        self.0.strip_prefix(Self::PREFIX)
    }

    /// The prefix and a keyword of 1 to 8 ASCII letters.
    pub(crate) fn check(&self, field: &str) -> Result<(), ValidationError> {
        const FORM: &str = "AddSource_Type_ followed by 1 to 8 letters";
        match self.keyword() {
            Some(keyword)
                if !keyword.is_empty()
                    && keyword.len() <= SNS_ADD_SOURCE_KEYWORD_MAX_BYTES
                    && keyword.bytes().all(|b| b.is_ascii_alphabetic()) =>
            {
                Ok(())
            }
            _ => Err(ValidationError::new(field, Rule::BadFormat(FORM))),
        }
    }
}

impl fmt::Display for AddSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A friend remark: at most 96 bytes (empty allowed: the pages give no minimum).
pub(crate) fn check_remark(field: &str, remark: &str) -> Result<(), ValidationError> {
    check::max_bytes(|| field.into(), remark, SNS_REMARK_MAX_BYTES)
}

/// A friend request's message: at most 256 bytes.
pub(crate) fn check_add_wording(field: &str, wording: &str) -> Result<(), ValidationError> {
    check::max_bytes(|| field.into(), wording, SNS_ADD_WORDING_MAX_BYTES)
}

/// A friend list's name: 1 to 30 bytes.
pub(crate) fn check_group_name(field: impl Fn() -> String, name: &str) -> Result<(), ValidationError> {
    check::text(field, name, SNS_GROUP_NAME_MAX_BYTES)
}

/// A list of friend-list names: at most 32 (a user has at most 32 lists, so
/// more can never be added: 30011), each 1 to 30 bytes. `min` is the least
/// number of names the call needs.
pub(crate) fn check_group_names(list: &str, names: &[String], min: usize) -> Result<(), ValidationError> {
    check::count(
        list,
        names.len(),
        min,
        SNS_GROUPS_MAX,
        Some(ErrorCode::SnsFriendGroupLimitReached),
    )
    .map_err(|error| match error.rule() {
        // Too few is a plain parameter error, not the list limit.
        Rule::TooFew { .. } => ValidationError::new(list, error.rule().clone()),
        _ => error,
    })?;
    for (index, name) in names.iter().enumerate() {
        check_group_name(|| format!("{list}[{index}]"), name)?;
    }
    Ok(())
}

/// A custom field's key (after `Tag_SNS_Custom_` or `Tag_Profile_Custom_`):
/// 1 to 8 letters, the naming rule of both pages (checked by the profile
/// module's rule), any failure reported as one bad format.
pub(crate) fn check_custom_key(field: &str, key: &str) -> Result<(), ValidationError> {
    crate::profile::check_custom_key(field, key)
        .map_err(|_| ValidationError::new(field, Rule::BadFormat("a custom field tag whose key is 1 to 8 letters")))
}

/// A standard friend field's tag, a custom one (`Tag_SNS_Custom_<key>`), or
/// any other tag kept as sent.
///
/// ```
/// use tim_protocol::sns::SnsTag;
///
/// assert_eq!(SnsTag::from("Tag_SNS_IM_Remark"), SnsTag::Remark);
/// assert_eq!(SnsTag::from("Tag_SNS_Custom_Test"), SnsTag::Custom("Test".into()));
/// assert_eq!(SnsTag::Custom("Test".into()).as_str(), "Tag_SNS_Custom_Test");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SnsTag {
    /// `Tag_SNS_IM_Group`: the friend lists the friend is in.
    Group,
    /// `Tag_SNS_IM_Remark`: the remark, at most 96 bytes.
    Remark,
    /// `Tag_SNS_IM_AddSource`: where the friend request came from.
    AddSource,
    /// `Tag_SNS_IM_AddWording`: the request's message, at most 256 bytes.
    AddWording,
    /// `Tag_SNS_IM_AddTime`: when the friend was added (seconds).
    AddTime,
    /// `Tag_SNS_Custom_<key>`: a custom friend field; holds the key.
    Custom(String),
    /// A tag this crate does not know, kept as sent.
    Other(String),
}

impl SnsTag {
    /// Every standard tag.
    pub const STANDARD: &'static [SnsTag] = &[
        SnsTag::Group,
        SnsTag::Remark,
        SnsTag::AddSource,
        SnsTag::AddWording,
        SnsTag::AddTime,
    ];

    /// The tag as sent.
    pub fn as_str(&self) -> Cow<'_, str> {
        Cow::Borrowed(match self {
            Self::Group => "Tag_SNS_IM_Group",
            Self::Remark => "Tag_SNS_IM_Remark",
            Self::AddSource => "Tag_SNS_IM_AddSource",
            Self::AddWording => "Tag_SNS_IM_AddWording",
            Self::AddTime => "Tag_SNS_IM_AddTime",
            Self::Custom(key) => return Cow::Owned(format!("{SNS_CUSTOM_TAG_PREFIX}{key}")),
            Self::Other(tag) => tag,
        })
    }
}

impl From<&str> for SnsTag {
    fn from(tag: &str) -> Self {
        match tag {
            "Tag_SNS_IM_Group" => Self::Group,
            "Tag_SNS_IM_Remark" => Self::Remark,
            "Tag_SNS_IM_AddSource" => Self::AddSource,
            "Tag_SNS_IM_AddWording" => Self::AddWording,
            "Tag_SNS_IM_AddTime" => Self::AddTime,
            other => match other.strip_prefix(SNS_CUSTOM_TAG_PREFIX) {
                Some(key) if !key.is_empty() => Self::Custom(key.to_owned()),
                _ => Self::Other(other.to_owned()),
            },
        }
    }
}

impl fmt::Display for SnsTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_str())
    }
}

impl Serialize for SnsTag {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.as_str())
    }
}

impl<'de> Deserialize<'de> for SnsTag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = Cow::<'de, str>::deserialize(deserializer)?;
        Ok(Self::from(tag.as_ref()))
    }
}

/// The value of a custom friend field: a string or an integer.
///
/// The overview page says custom friend fields take no integers, but the
/// `friend_import` page documents `Value` as "String/Integer" and its sample
/// imports `"Tag_SNS_Custom_YYYY": 0`: the endpoint's page wins, both are kept.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SnsValue {
    /// A string (or bytes), at most 500 bytes.
    Text(String),
    /// An integer.
    Integer(u64),
}

/// One `{"Tag": .., "Value": ..}` of the relationship chain (`SnsItem`,
/// `ValueItem`, `CustomItem`), its value typed by its tag.
///
/// A standard tag whose value does not have its documented type, and any tag
/// this crate does not know, are kept in [`SnsItem::Other`] and written back
/// unchanged.
///
/// ```
/// use tim_protocol::sns::SnsItem;
///
/// let item: SnsItem = serde_json::from_str(r#"{"Tag":"Tag_SNS_IM_Group","Value":["group1","group2"]}"#).unwrap();
/// assert_eq!(item, SnsItem::Group(vec!["group1".into(), "group2".into()]));
/// assert_eq!(
///     serde_json::to_value(SnsItem::custom_text("Test", "test")).unwrap(),
///     serde_json::json!({"Tag": "Tag_SNS_Custom_Test", "Value": "test"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SnsItem {
    /// `Tag_SNS_IM_Group`: the friend lists, at most 32 names of 1 to 30 bytes.
    Group(Vec<String>),
    /// `Tag_SNS_IM_Remark`.
    Remark(String),
    /// `Tag_SNS_IM_AddSource`.
    AddSource(AddSource),
    /// `Tag_SNS_IM_AddWording`.
    AddWording(String),
    /// `Tag_SNS_IM_AddTime`: seconds since the epoch.
    AddTime(u64),
    /// `Tag_SNS_Custom_<key>`: a custom friend field.
    Custom {
        /// The key after `Tag_SNS_Custom_`.
        key: String,
        /// The value.
        value: SnsValue,
    },
    /// Any other tag, or a value not of its tag's type, kept as received.
    Other {
        /// `Tag`.
        tag: String,
        /// `Value`, as received.
        value: Value,
    },
}

impl SnsItem {
    /// A custom string field `Tag_SNS_Custom_<key>`.
    pub fn custom_text(key: impl Into<String>, value: impl Into<String>) -> Self {
        Self::Custom {
            key: key.into(),
            value: SnsValue::Text(value.into()),
        }
    }

    /// A custom integer field `Tag_SNS_Custom_<key>`.
    pub fn custom_integer(key: impl Into<String>, value: u64) -> Self {
        Self::Custom {
            key: key.into(),
            value: SnsValue::Integer(value),
        }
    }

    /// The item's tag.
    pub fn tag(&self) -> SnsTag {
        match self {
            Self::Group(_) => SnsTag::Group,
            Self::Remark(_) => SnsTag::Remark,
            Self::AddSource(_) => SnsTag::AddSource,
            Self::AddWording(_) => SnsTag::AddWording,
            Self::AddTime(_) => SnsTag::AddTime,
            Self::Custom { key, .. } => SnsTag::Custom(key.clone()),
            Self::Other { tag, .. } => SnsTag::from(tag.as_str()),
        }
    }

    /// The item's `Value` as JSON.
    pub fn value(&self) -> Value {
        match self {
            Self::Group(names) => Value::from(names.clone()),
            Self::Remark(text) | Self::AddWording(text) => Value::from(text.as_str()),
            Self::AddSource(source) => Value::from(source.as_str()),
            Self::AddTime(secs) => Value::from(*secs),
            Self::Custom {
                value: SnsValue::Text(text),
                ..
            } => Value::from(text.as_str()),
            Self::Custom {
                value: SnsValue::Integer(n),
                ..
            } => Value::from(*n),
            Self::Other { value, .. } => value.clone(),
        }
    }

    /// The typed item for `tag` and `value`; [`SnsItem::Other`] when the tag
    /// is unknown or the value is not of the tag's type.
    pub fn from_parts(tag: &str, value: Value) -> Self {
        let text = || value.as_str().map(str::to_owned);
        let typed = match SnsTag::from(tag) {
            SnsTag::Group => value.as_array().and_then(|names| {
                names
                    .iter()
                    .map(|name| name.as_str().map(str::to_owned))
                    .collect::<Option<Vec<_>>>()
                    .map(Self::Group)
            }),
            SnsTag::Remark => text().map(Self::Remark),
            SnsTag::AddSource => text().map(|s| Self::AddSource(AddSource::from_wire(s))),
            SnsTag::AddWording => text().map(Self::AddWording),
            SnsTag::AddTime => value.as_u64().map(Self::AddTime),
            SnsTag::Custom(key) => match &value {
                Value::String(s) => Some(Self::custom_text(key, s.clone())),
                Value::Number(n) => n.as_u64().map(|n| Self::custom_integer(key, n)),
                _ => None,
            },
            SnsTag::Other(_) => None,
        };
        typed.unwrap_or_else(|| Self::Other {
            tag: tag.to_owned(),
            value,
        })
    }

    /// Checks the documented limits of the value: friend lists at most 32
    /// names of 1 to 30 bytes, remarks 96 bytes, request messages 256 bytes,
    /// `AddSource_Type_<1 to 8 letters>`, custom keys of 1 to 8 letters and
    /// custom strings of at most 500 bytes. `field` is the item's JSON path.
    pub(crate) fn check(&self, field: &str) -> Result<(), ValidationError> {
        let value = format!("{field}.Value");
        match self {
            Self::Group(names) => check_group_names(&value, names, 0),
            Self::Remark(remark) => check_remark(&value, remark),
            Self::AddSource(source) => source.check(&value),
            Self::AddWording(wording) => check_add_wording(&value, wording),
            Self::Custom { key, value: custom } => {
                check_custom_key(&format!("{field}.Tag"), key)?;
                match custom {
                    SnsValue::Text(text) => check::max_bytes(|| value, text, SNS_FIELD_MAX_BYTES),
                    SnsValue::Integer(_) => Ok(()),
                }
            }
            Self::AddTime(_) | Self::Other { .. } => Ok(()),
        }
    }
}

impl Serialize for SnsItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let tag = match self {
            Self::Other { tag, .. } => tag.clone(),
            other => other.tag().as_str().into_owned(),
        };
        crate::tagged::serialize(tag, self.value(), serializer)
    }
}

impl<'de> Deserialize<'de> for SnsItem {
    /// Any `{"Tag": string, "Value": any}` parses; extra fields are ignored.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (tag, value) = crate::tagged::deserialize(deserializer)?;
        Ok(Self::from_parts(&tag, value))
    }
}

/// A tag of `friend_get_list`'s `TagList`: a profile field or a friend field.
/// A tag starting with `Tag_Profile_` is a profile field; any other is read
/// as a friend field.
///
/// ```
/// use tim_protocol::profile::ProfileTag;
/// use tim_protocol::sns::{FriendTag, SnsTag};
///
/// assert_eq!(FriendTag::from("Tag_Profile_IM_Nick"), FriendTag::Profile(ProfileTag::Nick));
/// assert_eq!(FriendTag::from("Tag_SNS_IM_Remark"), FriendTag::Sns(SnsTag::Remark));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FriendTag {
    /// A profile field (`Tag_Profile_IM_*`, `Tag_Profile_Custom_*`).
    Profile(ProfileTag),
    /// A friend field (`Tag_SNS_IM_*`, `Tag_SNS_Custom_*`), or an unknown tag.
    Sns(SnsTag),
}

impl FriendTag {
    /// The tag as sent.
    pub fn as_str(&self) -> Cow<'_, str> {
        match self {
            Self::Profile(tag) => tag.as_str(),
            Self::Sns(tag) => tag.as_str(),
        }
    }

    /// A custom key of 1 to 8 letters, for a custom tag of either kind.
    pub(crate) fn check(&self, field: &str) -> Result<(), ValidationError> {
        match self {
            Self::Profile(ProfileTag::Custom(key)) | Self::Sns(SnsTag::Custom(key)) => check_custom_key(field, key),
            _ => Ok(()),
        }
    }
}

impl From<&str> for FriendTag {
    fn from(tag: &str) -> Self {
        if tag.starts_with(PROFILE_TAG_PREFIX) {
            Self::Profile(ProfileTag::from(tag))
        } else {
            Self::Sns(SnsTag::from(tag))
        }
    }
}

impl From<ProfileTag> for FriendTag {
    fn from(tag: ProfileTag) -> Self {
        Self::Profile(tag)
    }
}

impl From<SnsTag> for FriendTag {
    fn from(tag: SnsTag) -> Self {
        Self::Sns(tag)
    }
}

impl Serialize for FriendTag {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.as_str())
    }
}

impl<'de> Deserialize<'de> for FriendTag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = Cow::<'de, str>::deserialize(deserializer)?;
        Ok(Self::from(tag.as_ref()))
    }
}

/// One item of `friend_get_list`'s `SnsProfileItem`: a profile field or a
/// friend field, by its tag as [`FriendTag`] tells them apart.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FriendField {
    /// A profile field.
    Profile(ProfileItem),
    /// A friend field.
    Sns(SnsItem),
}

impl Serialize for FriendField {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Profile(item) => item.serialize(serializer),
            Self::Sns(item) => item.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for FriendField {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (tag, value) = crate::tagged::deserialize(deserializer)?;
        Ok(if tag.starts_with(PROFILE_TAG_PREFIX) {
            Self::Profile(ProfileItem::from_parts(&tag, value))
        } else {
            Self::Sns(SnsItem::from_parts(&tag, value))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_standard_tag_maps_to_its_item_and_back() {
        for tag in SnsTag::STANDARD {
            assert_eq!(&SnsTag::from(tag.as_str().as_ref()), tag);
        }
        for sample in [
            json!({"Tag": "Tag_SNS_IM_AddSource", "Value": "AddSource_Type_Android"}),
            json!({"Tag": "Tag_SNS_IM_Remark", "Value": "Remark1"}),
            json!({"Tag": "Tag_SNS_IM_Group", "Value": ["Group1", "Group2"]}),
            json!({"Tag": "Tag_SNS_IM_AddTime", "Value": 1563867420}),
            json!({"Tag": "Tag_SNS_IM_AddWording", "Value": "hi"}),
            json!({"Tag": "Tag_SNS_Custom_Test", "Value": "CustomData1"}),
            json!({"Tag": "Tag_SNS_Custom_YYYY", "Value": 0}),
        ] {
            let item: SnsItem = serde_json::from_value(sample.clone()).unwrap();
            assert!(!matches!(item, SnsItem::Other { .. }), "{sample}");
            assert_eq!(serde_json::to_value(&item).unwrap(), sample);
        }
    }

    #[test]
    fn misshapen_and_unknown_items_are_kept() {
        for raw in [
            json!({"Tag": "Tag_SNS_IM_Group", "Value": "notalist"}),
            json!({"Tag": "Tag_SNS_IM_Group", "Value": ["a", 1]}),
            json!({"Tag": "Tag_SNS_IM_AddTime", "Value": -5}),
            json!({"Tag": "Tag_SNS_IM_New", "Value": {"a": 1}}),
            json!({"Tag": "Tag_SNS_Custom_", "Value": "x"}),
        ] {
            let item: SnsItem = serde_json::from_value(raw.clone()).unwrap();
            assert!(matches!(item, SnsItem::Other { .. }), "{raw}");
            assert_eq!(serde_json::to_value(&item).unwrap(), raw);
        }
    }

    #[test]
    fn check_applies_the_documented_limits() {
        let field = |item: SnsItem| item.check("SnsItem[0]").map_err(|e| e.field().to_owned());
        assert!(field(SnsItem::Remark("é".repeat(48))).is_ok());
        assert_eq!(field(SnsItem::Remark("é".repeat(49))), Err("SnsItem[0].Value".into()));
        assert!(field(SnsItem::AddWording("w".repeat(257))).is_err());
        assert!(field(SnsItem::Group(vec!["g".into(); 32])).is_ok());
        let error = SnsItem::Group(vec!["g".into(); 33]).check("S").unwrap_err();
        assert_eq!(error.error_code(), Some(ErrorCode::SnsFriendGroupLimitReached));
        assert_eq!(
            field(SnsItem::Group(vec![String::new()])),
            Err("SnsItem[0].Value[0]".into())
        );
        assert_eq!(field(SnsItem::custom_text("Te5t", "v")), Err("SnsItem[0].Tag".into()));
        assert!(field(SnsItem::custom_text("Test", "v".repeat(501))).is_err());
    }

    #[test]
    fn friend_fields_split_by_prefix() {
        let nick: FriendField =
            serde_json::from_value(json!({"Tag": "Tag_Profile_IM_Nick", "Value": "nick_2"})).unwrap();
        assert_eq!(nick, FriendField::Profile(ProfileItem::Nick("nick_2".into())));
        let remark: FriendField =
            serde_json::from_value(json!({"Tag": "Tag_SNS_IM_Remark", "Value": "remark_2"})).unwrap();
        assert_eq!(remark, FriendField::Sns(SnsItem::Remark("remark_2".into())));
        assert!(FriendTag::from("Tag_Profile_Custom_Te5t").check("T").is_err());
        assert!(FriendTag::from("Tag_SNS_Custom_Test").check("T").is_ok());
    }
}
