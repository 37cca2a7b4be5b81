//! Properties of the profile model (`tim_protocol::profile`): every standard
//! tag and custom ones round-trip as typed items, and portrait requests and
//! replies built from them round-trip and validate.

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::Value;
use tim_protocol::limits::{PROFILE_CUSTOM_KEY_MAX_BYTES, PROFILE_FIELD_MAX_BYTES, PROFILE_LOCATION_MAX_BYTES};
use tim_protocol::profile::{
    AdminForbidType, AllowType, Gender, PortraitGetResponse, PortraitSetRequest, ProfileItem, ProfileTag,
};

use crate::property::{runner, valid_and_round_trips, Property};
use crate::strategies::unicode_text;

/// The profile properties, for [`crate::properties::all`].
pub fn all() -> Vec<Property> {
    vec![
        Property {
            name: "profile: every standard and custom item serializes, parses back equal, and keeps its tag",
            run: items_round_trip,
        },
        Property {
            name: "profile: portrait_set requests of valid items pass validate() and round-trip",
            run: set_requests_round_trip,
        },
        Property {
            name: "profile: portrait_get replies round-trip",
            run: get_replies_round_trip,
        },
    ]
}

fn custom_key() -> impl Strategy<Value = String> {
    prop::string::string_regex(&format!("[A-Za-z]{{1,{PROFILE_CUSTOM_KEY_MAX_BYTES}}}")).expect("regex")
}

/// A string-coded enum value: a known one or any other string.
fn coded<T: Clone + std::fmt::Debug + for<'a> From<&'a str> + 'static>(
    known: &'static [T],
) -> impl Strategy<Value = T> {
    prop_oneof![
        prop::sample::select(known.to_vec()),
        "[A-Za-z_]{1,20}".prop_map(|s| T::from(s.as_str())),
    ]
}

/// A valid item of every standard tag, or a custom one (string or integer).
pub fn item() -> impl Strategy<Value = ProfileItem> {
    let text = || unicode_text(PROFILE_FIELD_MAX_BYTES);
    prop_oneof![
        text().prop_map(ProfileItem::Nick),
        coded(Gender::KNOWN).prop_map(ProfileItem::Gender),
        any::<u32>().prop_map(ProfileItem::BirthDay),
        unicode_text(PROFILE_LOCATION_MAX_BYTES).prop_map(ProfileItem::Location),
        text().prop_map(ProfileItem::SelfSignature),
        coded(AllowType::KNOWN).prop_map(ProfileItem::AllowType),
        any::<u32>().prop_map(ProfileItem::Language),
        text().prop_map(ProfileItem::Image),
        any::<u32>().prop_map(ProfileItem::MsgSettings),
        coded(AdminForbidType::KNOWN).prop_map(ProfileItem::AdminForbidType),
        any::<u32>().prop_map(ProfileItem::Level),
        any::<u32>().prop_map(ProfileItem::Role),
        (custom_key(), text()).prop_map(|(key, value)| ProfileItem::custom_text(key, value)),
        (custom_key(), any::<u64>()).prop_map(|(key, value)| ProfileItem::custom_integer(key, value)),
    ]
}

fn items_round_trip(cases: u32) -> Result<(), String> {
    runner(cases)
        .run(&item(), |item| {
            let json = serde_json::to_value(&item).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let tag = json["Tag"].as_str().unwrap_or_default().to_owned();
            prop_assert_eq!(ProfileTag::from(tag.as_str()), item.tag());
            let back: ProfileItem =
                serde_json::from_value(json.clone()).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert!(!matches!(back, ProfileItem::Other { .. }), "{} parsed as Other", json);
            prop_assert_eq!(back, item);
            Ok(())
        })
        .map_err(|e| e.to_string())?;
    // Every standard tag is reached by the generator above.
    for tag in ProfileTag::STANDARD {
        let value = match tag {
            ProfileTag::BirthDay
            | ProfileTag::Language
            | ProfileTag::MsgSettings
            | ProfileTag::Level
            | ProfileTag::Role => Value::from(1),
            _ => Value::from("x"),
        };
        let item = ProfileItem::from_parts(&tag.as_str(), value);
        if matches!(item, ProfileItem::Other { .. }) || &item.tag() != tag {
            return Err(format!("{tag} has no typed item"));
        }
    }
    Ok(())
}

fn set_requests_round_trip(cases: u32) -> Result<(), String> {
    let strategy = ("[a-z0-9_]{1,32}", prop::collection::vec(item(), 1..8))
        .prop_map(|(user, items)| PortraitSetRequest::new(user, items));
    valid_and_round_trips(cases, strategy)
}

fn get_replies_round_trip(cases: u32) -> Result<(), String> {
    let user = ("[a-z0-9_]{1,32}", prop::collection::vec(item(), 0..6), any::<bool>()).prop_map(|(id, items, ok)| {
        let profile_item = if ok { serde_json::to_value(items).ok() } else { None };
        let mut user =
            serde_json::json!({"To_Account": id, "ResultCode": if ok { 0 } else { 40006 }, "ResultInfo": ""});
        if let Some(items) = profile_item {
            user["ProfileItem"] = items;
        }
        user
    });
    let strategy = prop::collection::vec(user, 0..5).prop_map(|users| {
        serde_json::json!({"UserProfileItem": users, "ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "ErrorDisplay": ""})
    });
    runner(cases)
        .run(&strategy, |json| {
            let reply: PortraitGetResponse =
                serde_json::from_value(json.clone()).map_err(|e| TestCaseError::fail(format!("{e} in {json}")))?;
            prop_assert_eq!(
                serde_json::to_value(&reply).map_err(|e| TestCaseError::fail(e.to_string()))?,
                json
            );
            Ok(())
        })
        .map_err(|e| e.to_string())
}
