//! Properties of the relationship-chain model (`tim_protocol::sns`): every
//! standard and custom friend field round-trips as a typed item, requests
//! built from valid items pass `validate()` and round-trip, replies with
//! per-user codes and relations (known or not) round-trip, and every
//! published sns request sample passes `validate()`.

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::{json, Value};
use tim_protocol::limits::{
    PROFILE_CUSTOM_KEY_MAX_BYTES, SNS_ADD_SOURCE_KEYWORD_MAX_BYTES, SNS_ADD_WORDING_MAX_BYTES, SNS_FIELD_MAX_BYTES,
    SNS_GROUPS_MAX, SNS_GROUP_NAME_MAX_BYTES, SNS_REMARK_MAX_BYTES,
};
use tim_protocol::sns::{
    AddSource, BlackListCheckResponse, BlackRelation, FriendAddItem, FriendAddRequest, FriendCheckResponse,
    FriendGetListResponse, FriendGetResponse, FriendRelation, FriendUpdateItem, FriendUpdateRequest, SnsItem, SnsTag,
};
use tim_protocol::{Api, Endpoint, EndpointVisitor};

use crate::property::{runner, valid_and_round_trips, Property};
use crate::samples::file_name;
use crate::strategies::unicode_text;

/// The sns properties, for [`crate::properties::all`].
pub fn all() -> Vec<Property> {
    vec![
        Property {
            name: "sns: every standard and custom friend field serializes, parses back equal, and keeps its tag",
            run: items_round_trip,
        },
        Property {
            name: "sns: friend_update requests of valid items pass validate() and round-trip",
            run: update_requests_round_trip,
        },
        Property {
            name: "sns: friend_add requests within every limit pass validate() and round-trip",
            run: add_requests_round_trip,
        },
        Property {
            name: "sns: friend_get, friend_get_list, friend_check and black_list_check replies round-trip",
            run: replies_round_trip,
        },
        Property {
            name: "sns: every published request sample passes validate()",
            run: |_| published_requests_validate(),
        },
    ]
}

fn letters(max: usize) -> impl Strategy<Value = String> {
    prop::string::string_regex(&format!("[A-Za-z]{{1,{max}}}")).expect("regex")
}

fn group_names() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(unicode_text(SNS_GROUP_NAME_MAX_BYTES), 0..=SNS_GROUPS_MAX)
}

fn add_source() -> impl Strategy<Value = AddSource> {
    letters(SNS_ADD_SOURCE_KEYWORD_MAX_BYTES).prop_map(|keyword| AddSource::new(&keyword))
}

/// A valid item of every standard tag, or a custom one (string or integer).
fn item() -> impl Strategy<Value = SnsItem> {
    prop_oneof![
        group_names().prop_map(SnsItem::Group),
        unicode_text(SNS_REMARK_MAX_BYTES).prop_map(SnsItem::Remark),
        add_source().prop_map(SnsItem::AddSource),
        unicode_text(SNS_ADD_WORDING_MAX_BYTES).prop_map(SnsItem::AddWording),
        any::<u64>().prop_map(SnsItem::AddTime),
        (letters(PROFILE_CUSTOM_KEY_MAX_BYTES), unicode_text(SNS_FIELD_MAX_BYTES))
            .prop_map(|(key, value)| SnsItem::custom_text(key, value)),
        (letters(PROFILE_CUSTOM_KEY_MAX_BYTES), any::<u64>())
            .prop_map(|(key, value)| SnsItem::custom_integer(key, value)),
    ]
}

/// The items `friend_update` may set: remark, lists and custom fields.
fn updatable_item() -> impl Strategy<Value = SnsItem> {
    item().prop_filter("updatable", |item| {
        matches!(item, SnsItem::Remark(_) | SnsItem::Group(_) | SnsItem::Custom { .. })
    })
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<Value, TestCaseError> {
    serde_json::to_value(value).map_err(|e| TestCaseError::fail(e.to_string()))
}

fn items_round_trip(cases: u32) -> Result<(), String> {
    runner(cases)
        .run(&item(), |item| {
            let json = to_json(&item)?;
            let tag = json["Tag"].as_str().unwrap_or_default().to_owned();
            prop_assert_eq!(SnsTag::from(tag.as_str()), item.tag());
            let back: SnsItem = serde_json::from_value(json.clone()).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert!(!matches!(back, SnsItem::Other { .. }), "{} parsed as Other", json);
            prop_assert_eq!(&back, &item);
            prop_assert!(
                SnsItem::from_parts(&tag, json["Value"].clone()) == item,
                "from_parts differs for {}",
                json
            );
            Ok(())
        })
        .map_err(|e| e.to_string())?;
    // Every standard tag is reached by the generator above.
    for tag in SnsTag::STANDARD {
        let value = match tag {
            SnsTag::Group => json!(["g"]),
            SnsTag::AddTime => json!(1),
            _ => json!("AddSource_Type_X"),
        };
        let item = SnsItem::from_parts(&tag.as_str(), value);
        if matches!(item, SnsItem::Other { .. }) || &item.tag() != tag {
            return Err(format!("{tag} has no typed item"));
        }
    }
    Ok(())
}

fn update_requests_round_trip(cases: u32) -> Result<(), String> {
    let friend = ("[a-z0-9_]{1,32}", prop::collection::vec(updatable_item(), 1..6))
        .prop_map(|(id, items)| FriendUpdateItem::new(id, items));
    let strategy = ("[a-z0-9_]{1,32}", prop::collection::vec(friend, 1..5))
        .prop_map(|(user, friends)| FriendUpdateRequest::new(user, friends));
    valid_and_round_trips(cases, strategy)
}

fn add_requests_round_trip(cases: u32) -> Result<(), String> {
    let friend = (
        "[a-z0-9_]{1,32}",
        add_source(),
        proptest::option::of(unicode_text(SNS_REMARK_MAX_BYTES)),
        proptest::option::of(unicode_text(SNS_GROUP_NAME_MAX_BYTES)),
        proptest::option::of(unicode_text(SNS_ADD_WORDING_MAX_BYTES)),
    )
        .prop_map(|(id, source, remark, group, wording)| {
            let mut item = FriendAddItem::new(id, source);
            if let Some(remark) = remark {
                item = item.remark(remark);
            }
            if let Some(group) = group {
                item = item.group_name(group);
            }
            if let Some(wording) = wording {
                item = item.add_wording(wording);
            }
            item
        });
    let strategy =
        ("[a-z0-9_]{1,32}", prop::collection::vec(friend, 1..8), any::<bool>()).prop_map(|(user, friends, forced)| {
            let request = FriendAddRequest::new(user, friends);
            if forced {
                request.forced()
            } else {
                request
            }
        });
    valid_and_round_trips(cases, strategy)
}

/// A relation string: a documented one or any other.
fn relation(known: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![prop::sample::select(known).prop_map(str::to_owned), "[A-Za-z_]{1,30}",]
}

/// A per-user entry with a code (0, a documented sns code or any other).
fn entry(relation: Option<String>, fields: Option<Vec<Value>>, id: String, code: i64) -> Value {
    let mut entry = json!({"To_Account": id, "ResultCode": code, "ResultInfo": ""});
    if let Some(relation) = relation {
        entry["Relation"] = json!(relation);
    }
    if let Some(fields) = fields {
        entry["SnsProfileItem"] = Value::from(fields);
    }
    entry
}

fn envelope(mut reply: Value) -> Value {
    reply["ActionStatus"] = json!("OK");
    reply["ErrorCode"] = json!(0);
    reply["ErrorInfo"] = json!("");
    reply
}

fn replies_round_trip(cases: u32) -> Result<(), String> {
    let code = prop_oneof![Just(0i64), Just(30001i64), Just(30539i64), 1i64..100_000];
    let id = || "[a-z0-9_]{1,32}";
    let friend_rel = &[
        "CheckResult_Type_BothWay",
        "CheckResult_Type_AWithB",
        "CheckResult_Type_BWithA",
        "CheckResult_Type_NoRelation",
    ];
    let black_rel = &[
        "BlackCheckResult_Type_BothWay",
        "BlackCheckResult_Type_AWithB",
        "BlackCheckResult_Type_BWithA",
        "BlackCheckResult_Type_NO",
    ];
    let check = prop::collection::vec((id(), relation(friend_rel), code.clone()), 0..6).prop_map(|entries| {
        let items: Vec<_> = entries
            .into_iter()
            .map(|(id, rel, code)| entry(Some(rel), None, id, code))
            .collect();
        envelope(json!({"InfoItem": items}))
    });
    let black = prop::collection::vec((id(), relation(black_rel), code.clone()), 0..6).prop_map(|entries| {
        let items: Vec<_> = entries
            .into_iter()
            .map(|(id, rel, code)| entry(Some(rel), None, id, code))
            .collect();
        envelope(json!({"BlackListCheckItem": items, "Fail_Account": []}))
    });
    let get = (
        prop::collection::vec((id(), prop::collection::vec(item(), 0..5)), 0..4),
        any::<u32>(),
        0i64..2,
    )
        .prop_map(|(friends, next, complete)| {
            let data: Vec<_> = friends
                .into_iter()
                .map(|(id, items)| json!({"To_Account": id, "ValueItem": items}))
                .collect();
            envelope(
                json!({"UserDataItem": data, "StandardSequence": 88, "CustomSequence": 46,
                "FriendNum": 20, "CompleteFlag": complete, "NextStartIndex": next}),
            )
        });
    let field = prop_oneof![
        item().prop_map(|item| serde_json::to_value(item).unwrap_or_default()),
        crate::profile_properties::item().prop_map(|item| serde_json::to_value(item).unwrap_or_default()),
    ];
    let get_list = prop::collection::vec((id(), prop::collection::vec(field, 0..5), code), 0..4).prop_map(|friends| {
        let items: Vec<_> = friends
            .into_iter()
            .map(|(id, fields, code)| entry(None, Some(fields), id, code))
            .collect();
        envelope(json!({"InfoItem": items}))
    });
    let cases_each = cases.max(4) / 4;
    same_after_parse::<FriendCheckResponse, _>(cases_each, check)?;
    same_after_parse::<BlackListCheckResponse, _>(cases_each, black)?;
    same_after_parse::<FriendGetResponse, _>(cases_each, get)?;
    same_after_parse::<FriendGetListResponse, _>(cases_each, get_list)?;
    // Relations this crate does not know are kept as sent.
    let unknown: FriendRelation = serde_json::from_str(r#""CheckResult_Type_New""#).map_err(|e| e.to_string())?;
    let black: BlackRelation = serde_json::from_str(r#""BlackCheckResult_Type_NO""#).map_err(|e| e.to_string())?;
    if unknown.is_known() || unknown.as_str() != "CheckResult_Type_New" || black != BlackRelation::No {
        return Err("relation strings are not kept".into());
    }
    Ok(())
}

/// Parses each generated JSON reply as `T` and checks it serializes back to the same value.
fn same_after_parse<T, S>(cases: u32, strategy: S) -> Result<(), String>
where
    T: serde::Serialize + serde::de::DeserializeOwned,
    S: Strategy<Value = Value>,
{
    runner(cases)
        .run(&strategy, |json| {
            let reply: T =
                serde_json::from_value(json.clone()).map_err(|e| TestCaseError::fail(format!("{e} in {json}")))?;
            prop_assert_eq!(to_json(&reply)?, json);
            Ok(())
        })
        .map_err(|e| e.to_string())
}

/// Parses a request sample into the endpoint's request type and validates it.
struct Validates<'a>(&'a str);

impl EndpointVisitor for Validates<'_> {
    type Output = Result<(), String>;

    fn visit<R: Api>(self) -> Self::Output {
        let request: R = serde_json::from_str(self.0).map_err(|e| format!("does not parse: {e}"))?;
        request.validate().map_err(|e| e.to_string())
    }
}

fn published_requests_validate() -> Result<(), String> {
    let dir = crate::samples::samples_dir().join("sns");
    let mut checked = 0;
    for command in std::fs::read_dir(&dir).map_err(|e| e.to_string())? {
        let command = command.map_err(|e| e.to_string())?.path();
        let name = file_name(&command);
        let endpoint = Endpoint::find(&format!("sns/{name}")).ok_or(format!("sns/{name} not in the table"))?;
        for entry in std::fs::read_dir(&command).map_err(|e| e.to_string())? {
            let path = entry.map_err(|e| e.to_string())?.path();
            let file = file_name(&path);
            if file.starts_with("request") && file.ends_with(".json") {
                let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
                endpoint
                    .visit(Validates(&text))
                    .map_err(|e| format!("sns/{name}/{file}: {e}"))?;
                checked += 1;
            }
        }
    }
    if checked < 15 {
        return Err(format!("only {checked} sns request samples found"));
    }
    Ok(())
}
