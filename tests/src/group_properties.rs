//! Properties of the group model: the `get_group_info` reply round-trips,
//! and unknown fields added to it are ignored.

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use tim_protocol::group::{
    AppDefinedData, GetGroupInfoResponse, GroupInfo, GroupType, JoinOption, MemberInfo, MemberRole,
};
use tim_protocol::ErrorCode;

use crate::property::runner;

fn group_type() -> impl Strategy<Value = GroupType> {
    prop_oneof![
        prop::sample::select(vec![
            "Private",
            "Work",
            "Public",
            "ChatRoom",
            "Meeting",
            "AVChatRoom",
            "Community"
        ])
        .prop_map(GroupType::from),
        "[A-Za-z]{1,12}".prop_map(|s| GroupType::from(s.as_str())),
    ]
}

fn member() -> impl Strategy<Value = MemberInfo> {
    (
        "[a-z0-9_]{1,32}",
        prop::option::of(prop::sample::select(vec!["Owner", "Admin", "Member", "Guest"])),
        prop::option::of(any::<u32>()),
        prop::option::of(prop::collection::vec(("[A-Za-z0-9]{1,16}", ".{0,20}"), 0..3)),
    )
        .prop_map(|(account, role, join_time, data)| {
            let mut info = MemberInfo::new(account);
            info.role = role.map(MemberRole::from);
            info.join_time = join_time.map(u64::from);
            info.app_member_defined_data =
                data.map(|entries| entries.into_iter().map(|(k, v)| AppDefinedData::new(k, v)).collect());
            info
        })
}

/// A `GroupInfo` with any subset of fields, known and unknown enum values.
pub fn group_info() -> impl Strategy<Value = GroupInfo> {
    (
        "@TGS#[A-Z0-9]{1,12}",
        prop::option::of(prop::sample::select(vec![0i64, 10010, 10015, 99_999])),
        prop::option::of(group_type()),
        prop::option::of(".{1,10}"),
        prop::option::of(any::<u32>()),
        prop::option::of(prop::sample::select(vec![
            "FreeAccess",
            "NeedPermission",
            "DisableApply",
            "Later",
        ])),
        prop::option::of(prop::collection::vec(member(), 0..4)),
    )
        .prop_map(|(id, code, kind, name, seq, join, members)| {
            let mut info = GroupInfo::new(id);
            info.error_code = code.map(ErrorCode::from);
            info.kind = kind;
            info.name = name;
            info.next_msg_seq = seq.map(u64::from);
            info.apply_join_option = join.map(JoinOption::from);
            info.member_list = members;
            info
        })
}

/// The `get_group_info` reply round-trips through JSON, and parses to the
/// same value with an unknown field added to every object.
pub fn group_info_reply_round_trips(cases: u32) -> Result<(), String> {
    let strategy = prop::collection::vec(group_info(), 0..4).prop_map(GetGroupInfoResponse::new);
    runner(cases)
        .run(&strategy, |reply| {
            let json = serde_json::to_value(&reply).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let back: GetGroupInfoResponse =
                serde_json::from_value(json.clone()).map_err(|e| TestCaseError::fail(format!("{e} in {json}")))?;
            prop_assert_eq!(&back, &reply);
            let grown = grow(json);
            let back: GetGroupInfoResponse =
                serde_json::from_value(grown.clone()).map_err(|e| TestCaseError::fail(format!("{e} in {grown}")))?;
            prop_assert_eq!(back, reply);
            Ok(())
        })
        .map_err(|e| e.to_string())
}

fn grow(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let mut map: serde_json::Map<String, Value> = map.into_iter().map(|(k, v)| (k, grow(v))).collect();
            map.insert("AddedLater".into(), serde_json::json!([{"X": 1}]));
            Value::Object(map)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(grow).collect()),
        other => other,
    }
}
