//! A user's profile fields beyond the nickname and avatar (which the
//! account keeps, as `account_import` sets them): the other standard fields
//! and the custom ones, each stored as last written.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tim_protocol::profile::{AdminForbidType, AllowType, Gender, ProfileItem, ProfileTag};

/// The fields written with `portrait_set`, by tag.
#[derive(Debug, Serialize, Deserialize, Default, Clone)]
pub(crate) struct Profile {
    fields: BTreeMap<String, ProfileItem>,
}

impl Profile {
    /// Stores `item` under its tag, replacing what was there.
    pub(crate) fn set(&mut self, item: ProfileItem) {
        self.fields.insert(item.tag().as_str().into_owned(), item);
    }

    /// The fields written, by tag name (the console shows them).
    #[cfg_attr(not(feature = "console"), allow(dead_code))]
    pub(crate) fn written(&self) -> impl Iterator<Item = (&str, &ProfileItem)> {
        self.fields.iter().map(|(tag, item)| (tag.as_str(), item))
    }

    /// The field `tag` as stored, or its default when a standard field was
    /// never written; `None` for a custom field never written.
    pub(crate) fn get(&self, tag: &ProfileTag) -> Option<ProfileItem> {
        if let Some(item) = self.fields.get(tag.as_str().as_ref()) {
            return Some(item.clone());
        }
        default(tag)
    }
}

/// A standard field's value before it is written: empty strings, zeros,
/// and the documented default of each enumerated field.
pub(crate) fn default(tag: &ProfileTag) -> Option<ProfileItem> {
    Some(match tag {
        ProfileTag::Nick => ProfileItem::Nick(String::new()),
        ProfileTag::Image => ProfileItem::Image(String::new()),
        ProfileTag::Location => ProfileItem::Location(String::new()),
        ProfileTag::SelfSignature => ProfileItem::SelfSignature(String::new()),
        ProfileTag::Gender => ProfileItem::Gender(Gender::Unknown),
        ProfileTag::AllowType => ProfileItem::AllowType(AllowType::NeedConfirm),
        ProfileTag::AdminForbidType => ProfileItem::AdminForbidType(AdminForbidType::None),
        ProfileTag::BirthDay => ProfileItem::BirthDay(0),
        ProfileTag::Language => ProfileItem::Language(0),
        ProfileTag::MsgSettings => ProfileItem::MsgSettings(0),
        ProfileTag::Level => ProfileItem::Level(0),
        ProfileTag::Role => ProfileItem::Role(0),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_read_back_as_written_or_as_their_default() {
        let mut profile = Profile::default();
        assert_eq!(profile.get(&ProfileTag::Level), Some(ProfileItem::Level(0)));
        assert_eq!(profile.get(&ProfileTag::Custom("Test".into())), None);
        profile.set(ProfileItem::Level(3));
        profile.set(ProfileItem::custom_text("Test", "x"));
        profile.set(ProfileItem::custom_integer("Test", 4));
        assert_eq!(profile.get(&ProfileTag::Level), Some(ProfileItem::Level(3)));
        assert_eq!(
            profile.get(&ProfileTag::Custom("Test".into())),
            Some(ProfileItem::custom_integer("Test", 4))
        );
        for tag in ProfileTag::STANDARD {
            assert_eq!(default(tag).map(|item| item.tag()).as_ref(), Some(tag));
        }
    }
}
