//! Profile fields: the `Tag` names and typed values of `ProfileItem`
//! (the "Profile Management" page, <https://intl.cloud.tencent.com/document/product/1047/33520>).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::limits::{PROFILE_CUSTOM_KEY_MAX_BYTES, PROFILE_FIELD_MAX_BYTES, PROFILE_LOCATION_MAX_BYTES};
use crate::validation::{check, Rule, ValidationError};
use crate::ErrorCode;

/// The prefix of every custom profile field's tag.
pub const CUSTOM_TAG_PREFIX: &str = "Tag_Profile_Custom_";

crate::str_enum! {
    /// `Tag_Profile_IM_Gender`.
    pub enum Gender {
        /// `Gender_Type_Unknown`: not set.
        Unknown = "Gender_Type_Unknown",
        /// `Gender_Type_Female`.
        Female = "Gender_Type_Female",
        /// `Gender_Type_Male`.
        Male = "Gender_Type_Male",
    }
}

crate::str_enum! {
    /// `Tag_Profile_IM_AllowType`: how friend requests to the user are handled.
    pub enum AllowType {
        /// `AllowType_Type_NeedConfirm`: the user accepts each request.
        NeedConfirm = "AllowType_Type_NeedConfirm",
        /// `AllowType_Type_AllowAny`: every request is accepted.
        AllowAny = "AllowType_Type_AllowAny",
        /// `AllowType_Type_DenyAny`: every request is refused.
        DenyAny = "AllowType_Type_DenyAny",
    }
}

crate::str_enum! {
    /// `Tag_Profile_IM_AdminForbidType`: whether the admin forbids the user
    /// to send friend requests.
    pub enum AdminForbidType {
        /// `AdminForbid_Type_None` (default): allowed.
        None = "AdminForbid_Type_None",
        /// `AdminForbid_Type_SendOut`: forbidden.
        SendOut = "AdminForbid_Type_SendOut",
    }
}

/// Declares the standard tags once: their names, and which [`ProfileItem`]
/// variant carries each.
macro_rules! standard_tags {
    ($( $(#[$doc:meta])* $variant:ident = $tag:literal, )+) => {
        /// A profile field's `Tag`: a standard field, a custom one
        /// (`Tag_Profile_Custom_<key>`), or any other tag kept as sent.
        ///
        /// ```
        /// use tim_protocol::profile::ProfileTag;
        ///
        /// assert_eq!(ProfileTag::from("Tag_Profile_IM_Nick"), ProfileTag::Nick);
        /// assert_eq!(ProfileTag::from("Tag_Profile_Custom_Test"), ProfileTag::Custom("Test".into()));
        /// assert_eq!(ProfileTag::Custom("Test".into()).as_str(), "Tag_Profile_Custom_Test");
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ProfileTag {
            $( $(#[$doc])* $variant, )+
            /// `Tag_Profile_Custom_<key>`: a custom field; holds the key.
            Custom(String),
            /// A tag this crate does not know, kept as sent.
            Other(String),
        }

        impl ProfileTag {
            /// Every standard tag.
            pub const STANDARD: &'static [ProfileTag] = &[ $( ProfileTag::$variant, )+ ];

            /// The tag as sent.
            pub fn as_str(&self) -> std::borrow::Cow<'_, str> {
                match self {
                    $( Self::$variant => std::borrow::Cow::Borrowed($tag), )+
                    Self::Custom(key) => std::borrow::Cow::Owned(format!("{CUSTOM_TAG_PREFIX}{key}")),
                    Self::Other(tag) => std::borrow::Cow::Borrowed(tag),
                }
            }
        }

        impl From<&str> for ProfileTag {
            fn from(tag: &str) -> Self {
                match tag {
                    $( $tag => Self::$variant, )+
                    other => match other.strip_prefix(CUSTOM_TAG_PREFIX) {
                        Some(key) if !key.is_empty() => Self::Custom(key.to_owned()),
                        _ => Self::Other(other.to_owned()),
                    },
                }
            }
        }
    };
}

standard_tags! {
    /// `Tag_Profile_IM_Nick`: nickname, a string of at most 500 bytes.
    Nick = "Tag_Profile_IM_Nick",
    /// `Tag_Profile_IM_Gender`: a [`Gender`].
    Gender = "Tag_Profile_IM_Gender",
    /// `Tag_Profile_IM_BirthDay`: a uint32, e.g. 20190419.
    BirthDay = "Tag_Profile_IM_BirthDay",
    /// `Tag_Profile_IM_Location`: a string of at most 16 bytes.
    Location = "Tag_Profile_IM_Location",
    /// `Tag_Profile_IM_SelfSignature`: a string of at most 500 bytes.
    SelfSignature = "Tag_Profile_IM_SelfSignature",
    /// `Tag_Profile_IM_AllowType`: an [`AllowType`].
    AllowType = "Tag_Profile_IM_AllowType",
    /// `Tag_Profile_IM_Language`: a uint32 the app maps to a language.
    Language = "Tag_Profile_IM_Language",
    /// `Tag_Profile_IM_Image`: the avatar URL, at most 500 bytes.
    Image = "Tag_Profile_IM_Image",
    /// `Tag_Profile_IM_MsgSettings`: a uint32; bit 0 set blocks messages.
    MsgSettings = "Tag_Profile_IM_MsgSettings",
    /// `Tag_Profile_IM_AdminForbidType`: an [`AdminForbidType`].
    AdminForbidType = "Tag_Profile_IM_AdminForbidType",
    /// `Tag_Profile_IM_Level`: a uint32.
    Level = "Tag_Profile_IM_Level",
    /// `Tag_Profile_IM_Role`: a uint32.
    Role = "Tag_Profile_IM_Role",
}

impl fmt::Display for ProfileTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_str())
    }
}

impl Serialize for ProfileTag {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.as_str())
    }
}

impl<'de> Deserialize<'de> for ProfileTag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Ok(Self::from(tag.as_ref()))
    }
}

/// The value of a custom profile field: a string or an unsigned integer.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProfileValue {
    /// A string (or bytes), at most 500 bytes.
    Text(String),
    /// An integer.
    Integer(u64),
}

impl ProfileValue {
    fn to_json(&self) -> Value {
        match self {
            Self::Text(text) => Value::from(text.as_str()),
            Self::Integer(n) => Value::from(*n),
        }
    }

    fn from_json(value: &Value) -> Option<Self> {
        match value {
            Value::String(text) => Some(Self::Text(text.clone())),
            Value::Number(n) => n.as_u64().map(Self::Integer),
            _ => None,
        }
    }
}

/// One `{"Tag": .., "Value": ..}` of `ProfileItem`, with the value typed by
/// its tag.
///
/// A standard tag whose value does not have its documented type (a `Nick`
/// that is a number, say), and any tag this crate does not know, are kept
/// in [`ProfileItem::Other`] and written back unchanged, so replies keep
/// parsing when the service adds fields.
///
/// ```
/// use tim_protocol::profile::{Gender, ProfileItem};
///
/// let item: ProfileItem = serde_json::from_str(r#"{"Tag":"Tag_Profile_IM_Gender","Value":"Gender_Type_Male"}"#).unwrap();
/// assert_eq!(item, ProfileItem::Gender(Gender::Male));
/// let custom = ProfileItem::custom_integer("Level2", 7);
/// assert_eq!(
///     serde_json::to_value(&custom).unwrap(),
///     serde_json::json!({"Tag": "Tag_Profile_Custom_Level2", "Value": 7})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProfileItem {
    /// `Tag_Profile_IM_Nick`.
    Nick(String),
    /// `Tag_Profile_IM_Gender`.
    Gender(Gender),
    /// `Tag_Profile_IM_BirthDay`.
    BirthDay(u32),
    /// `Tag_Profile_IM_Location`.
    Location(String),
    /// `Tag_Profile_IM_SelfSignature`.
    SelfSignature(String),
    /// `Tag_Profile_IM_AllowType`.
    AllowType(AllowType),
    /// `Tag_Profile_IM_Language`.
    Language(u32),
    /// `Tag_Profile_IM_Image`.
    Image(String),
    /// `Tag_Profile_IM_MsgSettings`.
    MsgSettings(u32),
    /// `Tag_Profile_IM_AdminForbidType`.
    AdminForbidType(AdminForbidType),
    /// `Tag_Profile_IM_Level`.
    Level(u32),
    /// `Tag_Profile_IM_Role`.
    Role(u32),
    /// `Tag_Profile_Custom_<key>`: a custom field.
    Custom {
        /// The key after `Tag_Profile_Custom_`.
        key: String,
        /// The value.
        value: ProfileValue,
    },
    /// Any other tag, or a value not of its tag's type, kept as received.
    Other {
        /// `Tag`.
        tag: String,
        /// `Value`, as received.
        value: Value,
    },
}

impl ProfileItem {
    /// A custom string field `Tag_Profile_Custom_<key>`.
    pub fn custom_text(key: impl Into<String>, value: impl Into<String>) -> Self {
        Self::Custom {
            key: key.into(),
            value: ProfileValue::Text(value.into()),
        }
    }

    /// A custom integer field `Tag_Profile_Custom_<key>`.
    pub fn custom_integer(key: impl Into<String>, value: u64) -> Self {
        Self::Custom {
            key: key.into(),
            value: ProfileValue::Integer(value),
        }
    }

    /// The item's tag.
    pub fn tag(&self) -> ProfileTag {
        match self {
            Self::Nick(_) => ProfileTag::Nick,
            Self::Gender(_) => ProfileTag::Gender,
            Self::BirthDay(_) => ProfileTag::BirthDay,
            Self::Location(_) => ProfileTag::Location,
            Self::SelfSignature(_) => ProfileTag::SelfSignature,
            Self::AllowType(_) => ProfileTag::AllowType,
            Self::Language(_) => ProfileTag::Language,
            Self::Image(_) => ProfileTag::Image,
            Self::MsgSettings(_) => ProfileTag::MsgSettings,
            Self::AdminForbidType(_) => ProfileTag::AdminForbidType,
            Self::Level(_) => ProfileTag::Level,
            Self::Role(_) => ProfileTag::Role,
            Self::Custom { key, .. } => ProfileTag::Custom(key.clone()),
            // An `Other` may hold a standard tag with a value of the wrong type.
            Self::Other { tag, .. } => ProfileTag::from(tag.as_str()),
        }
    }

    /// The item's `Value` as JSON.
    pub fn value(&self) -> Value {
        match self {
            Self::Nick(s) | Self::Location(s) | Self::SelfSignature(s) | Self::Image(s) => Value::from(s.as_str()),
            Self::Gender(g) => Value::from(g.as_str()),
            Self::AllowType(a) => Value::from(a.as_str()),
            Self::AdminForbidType(a) => Value::from(a.as_str()),
            Self::BirthDay(n) | Self::Language(n) | Self::MsgSettings(n) | Self::Level(n) | Self::Role(n) => {
                Value::from(*n)
            }
            Self::Custom { value, .. } => value.to_json(),
            Self::Other { value, .. } => value.clone(),
        }
    }

    /// The typed item for `tag` and `value`; [`ProfileItem::Other`] when the
    /// tag is unknown or the value is not of the tag's type.
    pub fn from_parts(tag: &str, value: Value) -> Self {
        let text = || value.as_str().map(str::to_owned);
        let uint = || value.as_u64().and_then(|n| u32::try_from(n).ok());
        let typed = match ProfileTag::from(tag) {
            ProfileTag::Nick => text().map(Self::Nick),
            ProfileTag::Gender => value.as_str().map(|s| Self::Gender(s.into())),
            ProfileTag::BirthDay => uint().map(Self::BirthDay),
            ProfileTag::Location => text().map(Self::Location),
            ProfileTag::SelfSignature => text().map(Self::SelfSignature),
            ProfileTag::AllowType => value.as_str().map(|s| Self::AllowType(s.into())),
            ProfileTag::Language => uint().map(Self::Language),
            ProfileTag::Image => text().map(Self::Image),
            ProfileTag::MsgSettings => uint().map(Self::MsgSettings),
            ProfileTag::AdminForbidType => value.as_str().map(|s| Self::AdminForbidType(s.into())),
            ProfileTag::Level => uint().map(Self::Level),
            ProfileTag::Role => uint().map(Self::Role),
            ProfileTag::Custom(key) => ProfileValue::from_json(&value).map(|value| Self::Custom { key, value }),
            ProfileTag::Other(_) => None,
        };
        typed.unwrap_or_else(|| Self::Other {
            tag: tag.to_owned(),
            value,
        })
    }

    /// Checks the documented limits of the value: strings at most 500 bytes
    /// (40601), the location at most 16 bytes, a custom key of 1 to 8
    /// letters. `field` is the JSON path of the item.
    pub(crate) fn check(&self, field: &str) -> Result<(), ValidationError> {
        let value = || format!("{field}.Value");
        match self {
            Self::Nick(s)
            | Self::SelfSignature(s)
            | Self::Image(s)
            | Self::Custom {
                value: ProfileValue::Text(s),
                ..
            } => check::max_bytes(value, s, PROFILE_FIELD_MAX_BYTES)
                .map_err(|error| error.with_code(ErrorCode::ProfileFieldTooLong))?,
            // No code of its own on the pages: the service's parameter error.
            Self::Location(s) => check::max_bytes(value, s, PROFILE_LOCATION_MAX_BYTES)?,
            _ => {}
        }
        if let Self::Custom { key, .. } = self {
            check_custom_key(&format!("{field}.Tag"), key)?;
        }
        Ok(())
    }
}

/// A custom field's key: 1 to 8 bytes, letters only (the page's naming rule).
pub(crate) fn check_custom_key(field: &str, key: &str) -> Result<(), ValidationError> {
    check::text(|| field.into(), key, PROFILE_CUSTOM_KEY_MAX_BYTES)?;
    if !key.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(ValidationError::new(
            field,
            Rule::BadFormat("a custom field key of letters only (Tag_Profile_Custom_<letters>)"),
        ));
    }
    Ok(())
}

impl Serialize for ProfileItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let tag = match self {
            Self::Other { tag, .. } => tag.clone(),
            other => other.tag().as_str().into_owned(),
        };
        crate::tagged::serialize(tag, self.value(), serializer)
    }
}

impl<'de> Deserialize<'de> for ProfileItem {
    /// Any `{"Tag": string, "Value": any}` parses; extra fields are ignored.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (tag, value) = crate::tagged::deserialize(deserializer)?;
        Ok(Self::from_parts(&tag, value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_standard_tag_maps_to_its_item_and_back() {
        for tag in ProfileTag::STANDARD {
            assert_eq!(&ProfileTag::from(tag.as_str().as_ref()), tag);
        }
        let samples = [
            json!({"Tag": "Tag_Profile_IM_Nick", "Value": "NickNameTest1"}),
            json!({"Tag": "Tag_Profile_IM_AllowType", "Value": "AllowType_Type_NeedConfirm"}),
            json!({"Tag": "Tag_Profile_IM_BirthDay", "Value": 20190419}),
            json!({"Tag": "Tag_Profile_Custom_Test", "Value": "Custom Data1"}),
        ];
        for sample in samples {
            let item: ProfileItem = serde_json::from_value(sample.clone()).unwrap();
            assert!(!matches!(item, ProfileItem::Other { .. }), "{sample}");
            assert_eq!(serde_json::to_value(&item).unwrap(), sample);
        }
    }

    #[test]
    fn misshapen_and_unknown_items_are_kept() {
        for raw in [
            json!({"Tag": "Tag_Profile_IM_Nick", "Value": 5}),
            json!({"Tag": "Tag_Profile_IM_Level", "Value": 4294967296u64}),
            json!({"Tag": "Tag_Profile_IM_New", "Value": {"a": 1}}),
            json!({"Tag": "Tag_Profile_Custom_", "Value": "x"}),
            json!({"Tag": "Tag_Profile_Custom_Neg", "Value": -1}),
        ] {
            let item: ProfileItem = serde_json::from_value(raw.clone()).unwrap();
            assert!(matches!(item, ProfileItem::Other { .. }), "{raw}");
            assert_eq!(serde_json::to_value(&item).unwrap(), raw);
        }
    }

    #[test]
    fn check_applies_the_byte_limits() {
        let long = ProfileItem::Nick("é".repeat(251));
        let error = long.check("ProfileItem[0]").unwrap_err();
        assert_eq!(error.field(), "ProfileItem[0].Value");
        assert_eq!(error.error_code(), Some(ErrorCode::ProfileFieldTooLong));
        assert!(ProfileItem::Nick("é".repeat(250)).check("x").is_ok());
        assert!(ProfileItem::Location("x".repeat(17)).check("x").is_err());
        assert_eq!(
            ProfileItem::custom_text("TooLongKey", "v")
                .check("P")
                .unwrap_err()
                .field(),
            "P.Tag"
        );
        assert!(ProfileItem::custom_text("Te5t", "v").check("P").is_err());
    }
}
