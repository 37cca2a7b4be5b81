//! The emulator answers any body on any API with an envelope, never a panic
//! or a dropped connection, and its state stays usable.

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use tim_emulator::Emulator;
use tim_tests::harness::Harness;

const PATHS: &[&str] = &[
    "v4/recentcontact/create_contact_group",
    "v4/recentcontact/update_contact_group",
    "v4/recentcontact/del_contact_group",
    "v4/recentcontact/get_contact_group",
    "v4/recentcontact/mark_contact",
    "v4/recentcontact/search_contact_group",
    "v4/recentcontact/get_list",
    "v4/recentcontact/delete",
    "v4/im_open_login_svc/account_import",
    "v4/im_open_login_svc/multiaccount_import",
    "v4/im_open_login_svc/account_check",
    "v4/im_open_login_svc/account_delete",
];

/// The keys the APIs know, so generated bodies get past the first check often.
const KEYS: &[&str] = &[
    "From_Account",
    "UpdateType",
    "UpdateGroup",
    "UpdateGroupType",
    "OldGroupName",
    "NewGroupName",
    "ContactUpdateItem",
    "ContactOptType",
    "ContactItem",
    "Type",
    "To_Account",
    "ToGroupId",
    "ToGroupid",
    "GroupContactItem",
    "GroupName",
    "StartIndex",
    "MarkItem",
    "OptType",
    "SetMark",
    "ClearMark",
    "CustomMark",
    "TimeStamp",
    "TopTimeStamp",
    "TopStartIndex",
    "AssistFlags",
    "ClearRamble",
    "UserID",
    "Nick",
    "FaceUrl",
    "Accounts",
    "CheckItem",
    "DeleteItem",
];

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (0u64..70).prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        "\\PC{0,80}".prop_map(Value::from),
        "u[0-9]{1,2}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..8).prop_map(|pairs| Value::Object(
                pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect::<Map<_, _>>()
            )),
        ]
    })
}

#[test]
fn any_body_gets_an_envelope() {
    let harness = Harness::start(Emulator::builder());
    // Users with data, so that well-shaped bodies reach the operations.
    let query = harness.query();
    harness.raw(
        "v4/im_open_login_svc/multiaccount_import",
        &query,
        br#"{"Accounts":["u1","u2","u3"]}"#,
    );
    let group = br#"{"From_Account":"u1","GroupContactItem":[{"GroupName":"g"}]}"#;
    harness.raw("v4/recentcontact/create_contact_group", &query, group);

    let config = ProptestConfig {
        cases: 600,
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    proptest!(config, |(path in prop::sample::select(PATHS), body in value())| {
        let (status, reply) = harness.raw(path, &query, body.to_string().as_bytes());
        prop_assert_eq!(status, 200);
        prop_assert!(reply["ActionStatus"].is_string(), "{} {} -> {}", path, body, reply);
        prop_assert!(reply["ErrorCode"].is_i64(), "{} {} -> {}", path, body, reply);
    });

    // Still serving, and its state still takes changes. (Fuzzed bodies may
    // have deleted u1, so a fresh user shows it.)
    let import = harness
        .raw(
            "v4/im_open_login_svc/account_import",
            &query,
            br#"{"UserID":"after-fuzz"}"#,
        )
        .1;
    assert_eq!(import["ErrorCode"], 0, "{import}");
    let body = br#"{"From_Account":"after-fuzz","GroupContactItem":[{"GroupName":"g","ContactItem":[{"Type":1,"To_Account":"p"}]}]}"#;
    let created = harness.raw("v4/recentcontact/create_contact_group", &query, body).1;
    assert_eq!(created["GroupResultItem"][0]["GroupItem"]["GroupId"], 1, "{created}");
}
