//! Emulator snapshots (`--state FILE`, `EmulatorBuilder::state`): a world
//! built through the clients, saved, and loaded by a new emulator answers
//! every read as the first did; damaged and newer files are refused and
//! left as they are; the admin endpoint `POST /emulator/snapshot`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::{json, Value};
use tim_api::{BlockingClient, Client, ClientConfig, RetryPolicy};
use tim_emulator::{Emulator, EmulatorBuilder, EmulatorHandle};
use tim_protocol::{Api, Endpoint, EndpointVisitor};
use tim_tests::harness::{Harness, ADMIN};
use tim_usersig::ManualClock;

/// A fresh path for a state file, in a directory of its own.
fn state_path(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tim-snapshot-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("world.json")
}

/// Both clients of one emulator, calling any endpoint by its path with a
/// JSON body (parsed into the endpoint's request type, as `tim call` does).
struct Callers {
    blocking: BlockingClient,
    client: Client,
    runtime: tokio::runtime::Runtime,
}

impl Callers {
    fn new(emulator: &EmulatorHandle) -> Self {
        let config = || -> ClientConfig {
            ClientConfig::builder()
                .base_url(emulator.base_url())
                .sdkappid(emulator.sdkappid())
                .identifier(ADMIN)
                .secret_key(emulator.secret_key().clone())
                .retry(RetryPolicy::none())
                .build()
                .expect("config")
        };
        Self {
            blocking: BlockingClient::new(config()),
            client: Client::new(config()).expect("client"),
            runtime: tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap(),
        }
    }

    /// Sends `body` to `path` through the blocking client; the reply as
    /// JSON, which must be a success.
    fn write(&self, path: &str, body: Value) -> Value {
        let reply = self.send(path, &body, false);
        assert_eq!(reply["ActionStatus"], "OK", "{path} {body}: {reply}");
        // Per-item results (friends, follows, members...) must succeed too.
        let text = reply.to_string();
        assert!(
            !text.contains("\"ResultCode\":3") && !text.contains("Fail_Account"),
            "{path} {body}: {reply}"
        );
        reply
    }

    /// Sends `body` to `path` through both clients; the reply as JSON (the
    /// two must agree).
    fn read(&self, path: &str, body: &Value) -> Value {
        self.send(path, body, true)
    }

    fn send(&self, path: &str, body: &Value, both: bool) -> Value {
        let endpoint = Endpoint::find(path).unwrap_or_else(|| panic!("{path} is not in the table"));
        endpoint.visit(Send {
            callers: self,
            body,
            both,
        })
    }
}

struct Send<'a> {
    callers: &'a Callers,
    body: &'a Value,
    both: bool,
}

impl EndpointVisitor for Send<'_> {
    type Output = Value;

    fn visit<R: Api>(self) -> Value {
        let request: R = match serde_json::from_value(self.body.clone()) {
            Ok(request) => request,
            Err(error) => return json!({"error": format!("the body is not a request: {error}")}),
        };
        let as_json = |reply: Result<R::Response, tim_api::Error>| match reply {
            Ok(reply) => without_request_ids(serde_json::to_value(&reply).unwrap()),
            Err(error) => json!({"error": error.to_string()}),
        };
        let blocking = as_json(self.callers.blocking.send(&request));
        if self.both {
            let asynchronous = as_json(self.callers.runtime.block_on(self.callers.client.send(&request)));
            assert_eq!(blocking, asynchronous, "{}: the two clients disagree", R::PATH);
        }
        blocking
    }
}

/// `value` without its `RequestId`s, which are new on every call.
fn without_request_ids(mut value: Value) -> Value {
    fn strip(value: &mut Value) {
        match value {
            Value::Object(map) => {
                map.remove("RequestId");
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut value);
    value
}

/// The emulator's clock for both runs: the same instant, so replies that
/// hold times (mutes, bans) read the same.
fn clock() -> Arc<ManualClock> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    Arc::new(ManualClock::new(now))
}

fn builder(clock: &Arc<ManualClock>, path: &Path) -> EmulatorBuilder {
    Emulator::builder()
        .admin(ADMIN)
        .clock(Arc::clone(clock) as Arc<dyn tim_usersig::Clock>)
        // Message extensions need the Ultimate edition.
        .edition(tim_emulator::Edition::Enterprise)
        .state(path)
}

const PUB: &str = "pub_group_1";
const WORK: &str = "work_group_1";
const AV: &str = "av_room_1";
const COMMUNITY: &str = "@TGS#_community_1";
const OFFICIAL: &str = "@TOA#_news";
const PERMISSION_GROUP: &str = "@PMG#_mods";
/// The emulated app's one keyword library.
const LIB: &str = "00000000-0000-4000-8000-000000000001";

fn text(text: &str) -> Value {
    json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": text}}])
}

/// Builds a world touching every part of the state.
/// Answers the `MsgKey`s of the one-to-one messages sent.
fn build(callers: &Callers, emulator: &EmulatorHandle) -> Vec<String> {
    let w = |path: &str, body: Value| callers.write(path, body);
    for (user, nick) in [("u1", "One"), ("u2", "Two"), ("u3", "Three"), ("u4", "Four")] {
        w(
            "v4/im_open_login_svc/account_import",
            json!({"UserID": user, "Nick": nick, "FaceUrl": format!("http://face/{user}")}),
        );
    }
    w(
        "v4/im_open_login_svc/multiaccount_import",
        json!({"Accounts": ["u5", "u6"]}),
    );
    w(
        "v4/profile/portrait_set",
        json!({"From_Account": "u1", "ProfileItem": [
            {"Tag": "Tag_Profile_IM_Nick", "Value": "Uno"},
            {"Tag": "Tag_Profile_IM_Gender", "Value": "Gender_Type_Female"},
            {"Tag": "Tag_Profile_IM_SelfSignature", "Value": "hello"},
            {"Tag": "Tag_Profile_IM_AllowType", "Value": "AllowType_Type_NeedConfirm"}
        ]}),
    );

    // The relationship chain.
    w(
        "v4/sns/group_add",
        json!({"From_Account": "u1", "GroupName": ["Classmates"]}),
    );
    w(
        "v4/sns/friend_add",
        json!({"From_Account": "u1", "AddFriendItem": [{"To_Account": "u2", "Remark": "two", "GroupName": "Classmates",
            "AddSource": "AddSource_Type_Web", "AddWording": "hi"}], "AddType": "Add_Type_Both", "ForceAddFlags": 1}),
    );
    w(
        "v4/sns/friend_import",
        json!({"From_Account": "u1", "AddFriendItem": [{"To_Account": "u3", "Remark": "three",
            "AddSource": "AddSource_Type_Android", "AddTime": 1700000000,
            "CustomItem": [{"Tag": "Tag_SNS_Custom_Test", "Value": "x"}, {"Tag": "Tag_SNS_Custom_Num", "Value": 7}]}]}),
    );
    w(
        "v4/sns/black_list_add",
        json!({"From_Account": "u1", "To_Account": ["u4"]}),
    );
    w(
        "v4/follow/follow_add",
        json!({"From_Account": "u2", "FollowItem": [{"To_Account": "u1"}, {"To_Account": "u3"}]}),
    );
    w(
        "v4/follow/follow_add",
        json!({"From_Account": "u1", "FollowItem": [{"To_Account": "u2"}]}),
    );

    // Groups, their members and messages.
    w(
        "v4/group_open_http_svc/create_group",
        json!({"Owner_Account": "u1", "Type": "Public", "GroupId": PUB, "Name": "Pub", "Introduction": "intro",
            "ApplyJoinOption": "FreeAccess", "MemberList": [{"Member_Account": "u2"}, {"Member_Account": "u3"}],
            "AppDefinedData": [{"Key": "k", "Value": "v"}]}),
    );
    w(
        "v4/group_open_http_svc/create_group",
        json!({"Owner_Account": "u2", "Type": "Work", "GroupId": WORK, "Name": "Work"}),
    );
    w(
        "v4/group_open_http_svc/create_group",
        json!({"Owner_Account": "u1", "Type": "AVChatRoom", "GroupId": AV, "Name": "Live"}),
    );
    w(
        "v4/group_open_http_svc/create_group",
        json!({"Owner_Account": "u1", "Type": "Community", "GroupId": COMMUNITY, "Name": "Town", "SupportTopic": 1}),
    );
    w(
        "v4/group_open_http_svc/add_group_member",
        json!({"GroupId": WORK, "MemberList": [{"Member_Account": "u1"}]}),
    );
    for (from, said) in [("u1", "hello group"), ("u2", "hi all"), ("u3", "yo")] {
        w(
            "v4/group_open_http_svc/send_group_msg",
            json!({"GroupId": PUB, "From_Account": from, "Random": 77, "MsgBody": text(said), "SupportMessageExtension": 1}),
        );
    }
    w(
        "v4/group_open_http_svc/modify_group_member_info",
        json!({"GroupId": PUB, "Member_Account": "u2", "NameCard": "card-two", "Role": "Admin"}),
    );
    w(
        "v4/group_open_http_svc/forbid_send_msg",
        json!({"GroupId": PUB, "Members_Account": ["u3"], "MuteTime": 3600}),
    );
    w(
        "v4/group_open_http_svc/update_group_counter",
        json!({"GroupId": PUB, "GroupCounter": [{"Key": "like", "Value": 5}], "Mode": "Set"}),
    );
    w(
        "v4/group_open_http_svc/set_group_attr",
        json!({"GroupId": AV, "GroupAttr": [{"key": "topic", "value": "news"}]}),
    );
    emulator.join_avchatroom(AV, "u2").unwrap();
    emulator.join_avchatroom(AV, "u3").unwrap();
    w(
        "v4/group_open_http_svc/ban_group_member",
        json!({"GroupId": AV, "Members_Account": ["u4"], "Duration": 3600, "Description": "spam"}),
    );
    w(
        "v4/group_open_avchatroom_http_svc/modify_admin",
        json!({"GroupId": AV, "CommandType": 1, "Admin_Account": ["u2"]}),
    );
    w(
        "v4/group_open_http_svc/add_group_member",
        json!({"GroupId": COMMUNITY, "MemberList": [{"Member_Account": "u2"}]}),
    );
    w(
        "v4/million_group_open_http_svc/create_topic",
        json!({"GroupId": COMMUNITY, "TopicName": "Weather"}),
    );
    w(
        "v4/group_open_http_svc/create_permission_group",
        json!({"GroupId": COMMUNITY, "PermissionGroupId": PERMISSION_GROUP, "PermissionGroupName": "mods", "Permission": 3, "CustomString": "c"}),
    );
    w(
        "v4/group_open_http_svc/add_permission_group_member",
        json!({"GroupId": COMMUNITY, "PermissionGroupId": PERMISSION_GROUP, "MemberList": [{"Member_Account": "u2"}]}),
    );

    // One-to-one messages, contact groups, marks.
    let mut keys = Vec::new();
    for (from, to, said) in [
        ("u1", "u2", "hi two"),
        ("u2", "u1", "hi one"),
        ("u1", "u2", "how are you"),
        ("u3", "u1", "hey"),
    ] {
        let sent = w(
            "v4/openim/sendmsg",
            json!({"SyncOtherMachine": 1, "From_Account": from, "To_Account": to, "MsgRandom": 5, "MsgBody": text(said), "SupportMessageExtension": 1}),
        );
        keys.push(sent["MsgKey"].as_str().unwrap().to_owned());
    }
    // Message extensions, one-to-one and in a group.
    w(
        "v4/openim_msg_ext_http_svc/set_key_values",
        json!({"From_Account": "u1", "To_Account": "u2", "MsgKey": keys[0], "OperateType": 1,
            "ExtensionList": [{"Key": "k1", "Value": "v1", "Seq": 0}]}),
    );
    w(
        "v4/openim_msg_ext_http_svc/group_set_key_values",
        json!({"GroupId": PUB, "MsgSeq": 1, "OperateType": 1, "ExtensionList": [{"Key": "like", "Value": "2", "Seq": 0}]}),
    );
    w(
        "v4/recentcontact/create_contact_group",
        json!({"From_Account": "u1", "GroupContactItem": [{"GroupName": "best", "ContactItem": [
            {"Type": 1, "To_Account": "u2"}, {"Type": 2, "ToGroupId": PUB}]}]}),
    );
    w(
        "v4/recentcontact/mark_contact",
        json!({"From_Account": "u1", "MarkItem": [{"OptType": 1, "ContactItem": {"Type": 1, "To_Account": "u2"},
            "SetMark": [1, 3], "CustomMark": "abcd"}]}),
    );

    // An official account.
    w(
        "v4/official_account_open_http_svc/create_official_account",
        json!({"OfficialAccountUserID": OFFICIAL, "Owner_Account": "u1", "Name": "News", "Introduction": "daily"}),
    );
    w(
        "v4/official_account_open_http_svc/add_subscriber",
        json!({"Official_Account": OFFICIAL, "SubscriberList": [{"Subscriber_Account": "u2"}, {"Subscriber_Account": "u3"}]}),
    );
    w(
        "v4/official_account_open_http_svc/send_official_account_msg",
        json!({"Official_Account": OFFICIAL, "Random": 9, "MsgBody": text("extra!")}),
    );

    // Push attributes, tags, a push; the global mute; moderation; a robot.
    w(
        "v4/all_member_push/im_set_attr_name",
        json!({"AttrNames": {"0": "sex", "1": "city"}}),
    );
    w(
        "v4/all_member_push/im_set_attr",
        json!({"UserAttrs": [{"To_Account": "u1", "Attrs": {"sex": "f", "city": "sz"}}]}),
    );
    w(
        "v4/all_member_push/im_add_tag",
        json!({"UserTags": [{"To_Account": "u1", "Tags": ["a", "b"]}]}),
    );
    w(
        "v4/all_member_push/im_push",
        json!({"From_Account": ADMIN, "MsgRandom": 214, "MsgLifeTime": 120, "Condition": {"TagsOr": ["a"]}, "MsgBody": text("to tag a")}),
    );
    w(
        "v4/openconfigsvr/setnospeaking",
        json!({"Set_Account": "u4", "C2CmsgNospeakingTime": 600, "GroupmsgNospeakingTime": 7200}),
    );
    w(
        "v4/im_msg_audit_mgr/add_cloud_audit_keywords",
        json!({"SdkAppId": emulator.sdkappid(), "LibID": LIB, "UserKeywords": [{"Content": "badword", "Label": "Ad"}]}),
    );
    w(
        "v4/openim_robot_http_svc/create_robot",
        json!({"UserID": "@RBT#001", "Nick": "Jarvis"}),
    );
    keys
}

/// Every read that has data in the world of [`build`], as (path, body).
fn reads(sdkappid: u64, keys: &[String]) -> Vec<(&'static str, Value)> {
    let users = json!(["u1", "u2", "u3", "u4", "u5", "u6", "@RBT#001"]);
    let mut reads = vec![
        (
            "v4/im_open_login_svc/account_check",
            json!({"CheckItem": [{"UserID": "u1"}, {"UserID": "u5"}, {"UserID": "nobody"}]}),
        ),
        (
            "v4/profile/portrait_get",
            json!({"To_Account": users, "TagList": [
            "Tag_Profile_IM_Nick", "Tag_Profile_IM_Image", "Tag_Profile_IM_Gender", "Tag_Profile_IM_SelfSignature",
            "Tag_Profile_IM_AllowType"]}),
        ),
        ("v4/sns/group_get", json!({"From_Account": "u1"})),
        (
            "v4/sns/black_list_get",
            json!({"From_Account": "u1", "StartIndex": 0, "MaxLimited": 30, "LastSequence": 0}),
        ),
        (
            "v4/sns/black_list_check",
            json!({"From_Account": "u1", "To_Account": ["u4", "u2"], "CheckType": "BlackCheckResult_Type_Both"}),
        ),
        (
            "v4/sns/friend_check",
            json!({"From_Account": "u1", "To_Account": ["u2", "u3", "u4"], "CheckType": "CheckResult_Type_Both"}),
        ),
        (
            "v4/sns/friend_get_list",
            json!({"From_Account": "u1", "To_Account": ["u2", "u3"], "TagList": [
            "Tag_SNS_IM_Remark", "Tag_SNS_IM_Group", "Tag_SNS_IM_AddSource", "Tag_SNS_IM_AddWording", "Tag_SNS_IM_AddTime",
            "Tag_SNS_Custom_Test", "Tag_SNS_Custom_Num", "Tag_Profile_IM_Nick"]}),
        ),
        (
            "v4/follow/follow_get_info",
            json!({"From_Account": "u1", "To_Account": ["u1", "u2", "u3"]}),
        ),
        (
            "v4/follow/follow_check",
            json!({"From_Account": "u2", "To_Account": ["u1", "u3"]}),
        ),
        ("v4/openconfigsvr/getnospeaking", json!({"Get_Account": "u4"})),
        ("v4/openconfigsvr/getappinfo", json!({})),
        ("v4/group_open_http_svc/get_appid_group_list", json!({})),
        (
            "v4/group_open_http_svc/get_group_info",
            json!({"GroupIdList": [PUB, WORK, AV, COMMUNITY]}),
        ),
        (
            "v4/group_open_http_svc/get_role_in_group",
            json!({"GroupId": PUB, "User_Account": ["u1", "u2", "u3", "u4"]}),
        ),
        (
            "v4/group_open_http_svc/get_group_muted_account",
            json!({"GroupId": PUB}),
        ),
        ("v4/group_open_http_svc/get_group_counter", json!({"GroupId": PUB})),
        ("v4/group_open_attr_http_svc/get_group_attr", json!({"GroupId": AV})),
        (
            "v4/group_open_http_svc/get_group_ban_member",
            json!({"GroupId": AV, "Limit": 20, "Offset": 0}),
        ),
        (
            "v4/group_open_avchatroom_http_svc/get_members",
            json!({"GroupId": AV, "Timestamp": 0}),
        ),
        (
            "v4/group_open_http_svc/group_msg_get_simple",
            json!({"GroupId": PUB, "ReqMsgNumber": 20}),
        ),
        (
            "v4/million_group_open_http_svc/get_topic",
            json!({"GroupId": COMMUNITY, "From_Account": "u1"}),
        ),
        (
            "v4/group_open_http_svc/get_permission_group",
            json!({"GroupId": COMMUNITY, "Limit": 20, "Next": ""}),
        ),
        (
            "v4/openim/admin_getroammsg",
            json!({"Operator_Account": "u1", "Peer_Account": "u2", "MaxCnt": 100, "MinTime": 0, "MaxTime": 4294967295u64}),
        ),
        (
            "v4/openim/admin_getroammsg",
            json!({"Operator_Account": "u1", "Peer_Account": "u3", "MaxCnt": 100, "MinTime": 0, "MaxTime": 4294967295u64}),
        ),
        (
            "v4/recentcontact/get_contact_group",
            json!({"From_Account": "u1", "StartIndex": 0}),
        ),
        (
            "v4/recentcontact/search_contact_group",
            json!({"From_Account": "u1", "ContactItem": [{"Type": 1, "To_Account": "u2"}, {"Type": 2, "ToGroupId": PUB}]}),
        ),
        (
            "v4/official_account_open_http_svc/get_official_account_info",
            json!({"OfficialAccountIdList": [{"Official_Account": OFFICIAL}],
            "ResponseFilter": {"OfficialAccountBaseInfoFilter": ["CreateTime", "Name", "Owner_Account", "LastMsgTime", "SubscriberNum", "Introduction"]}}),
        ),
        (
            "v4/official_account_open_http_svc/get_subscribed_official_account_list",
            json!({"Subscriber_Account": "u2", "Limit": 200, "Offset": 0}),
        ),
        (
            "v4/official_account_open_http_svc/official_account_msg_get_simple",
            json!({"Official_Account": OFFICIAL, "ReqMsgNumber": 20}),
        ),
        ("v4/all_member_push/im_get_attr_name", json!({})),
        ("v4/all_member_push/im_get_attr", json!({"To_Account": ["u1", "u2"]})),
        ("v4/all_member_push/im_get_tag", json!({"To_Account": ["u1", "u2"]})),
        (
            "v4/im_msg_audit_mgr/get_cloud_audit_keywords",
            json!({"SdkAppId": sdkappid, "Offset": 0, "Limit": 10, "LibID": LIB}),
        ),
        ("v4/openim_robot_http_svc/get_all_robots", json!({})),
        (
            "v4/openim_msg_ext_http_svc/get_key_values",
            json!({"From_Account": "u1", "To_Account": "u2", "MsgKey": keys[0]}),
        ),
        (
            "v4/openim_msg_ext_http_svc/group_get_key_values",
            json!({"GroupId": PUB, "MsgSeq": 1}),
        ),
        (
            "v4/group_open_avchatroom_http_svc/get_admin_list",
            json!({"GroupId": AV}),
        ),
        (
            "v4/group_open_avchatroom_http_svc/check_members",
            json!({"GroupId": AV, "Member_Account": ["u2", "u4"]}),
        ),
        (
            "v4/group_open_http_svc/get_permission_group_member_list",
            json!({"GroupId": COMMUNITY, "PermissionGroupId": PERMISSION_GROUP}),
        ),
        (
            "v4/group_open_http_svc/get_specified_group_member_info",
            json!({"GroupId": PUB, "Member_List_Account": ["u2", "u3"]}),
        ),
        (
            "v4/official_account_open_http_svc/get_subscriber_info",
            json!({"Official_Account": OFFICIAL, "Limit": 50, "Next": ""}),
        ),
    ];
    for user in ["u1", "u2", "u3"] {
        reads.push(("v4/sns/friend_get", json!({"From_Account": user, "StartIndex": 0})));
        reads.push(("v4/recentcontact/get_list", json!({"From_Account": user, "TimeStamp": 0, "StartIndex": 0, "TopTimeStamp": 0, "TopStartIndex": 0, "AssistFlags": 15})));
        reads.push((
            "v4/group_open_http_svc/get_joined_group_list",
            json!({"Member_Account": user}),
        ));
        reads.push(("v4/openim/get_c2c_unread_msg_num", json!({"To_Account": user})));
        for kind in [1, 2, 3] {
            reads.push((
                "v4/follow/follow_get",
                json!({"From_Account": user, "FollowType": kind, "StartCursor": "", "WantNum": 100}),
            ));
        }
    }
    for group in [PUB, WORK, COMMUNITY] {
        reads.push((
            "v4/group_open_http_svc/get_group_member_info",
            json!({"GroupId": group, "Limit": 100, "Offset": 0}),
        ));
    }
    reads
}

/// The replies of every read, with their paths.
fn read_all(callers: &Callers, sdkappid: u64, keys: &[String]) -> Vec<(String, Value)> {
    reads(sdkappid, keys)
        .into_iter()
        .map(|(path, body)| {
            let reply = callers.read(path, &body);
            (format!("{path} {body}"), reply)
        })
        .collect()
}

#[test]
fn a_saved_world_answers_every_read_the_same_after_a_restart() {
    let (path, clock) = (state_path("world"), clock());
    let emulator = builder(&clock, &path).start().unwrap();
    let callers = Callers::new(&emulator);
    let keys = build(&callers, &emulator);
    let before = read_all(&callers, emulator.sdkappid(), &keys);
    let failed: Vec<String> = before
        .iter()
        .filter(|(_, reply)| reply["ActionStatus"] != "OK")
        .map(|(read, reply)| format!("{read}: {reply}"))
        .collect();
    assert!(failed.is_empty(), "reads failed:\n{}", failed.join("\n"));
    // The reads hold the world, not empty lists.
    let reply = |path: &str| {
        &before
            .iter()
            .find(|(read, _)| read.starts_with(&format!("{path} ")))
            .unwrap()
            .1
    };
    let count = |prefix: &str, field: &str| reply(prefix)[field].as_array().map_or(0, Vec::len);
    assert_eq!(
        count("v4/group_open_http_svc/group_msg_get_simple", "RspMsgList"),
        3,
        "{}",
        reply("v4/group_open_http_svc/group_msg_get_simple")
    );
    assert_eq!(
        count("v4/openim/admin_getroammsg", "MsgList"),
        3,
        "{}",
        reply("v4/openim/admin_getroammsg")
    );
    assert_eq!(
        count("v4/sns/friend_get", "UserDataItem"),
        2,
        "{}",
        reply("v4/sns/friend_get")
    );
    assert_eq!(
        count("v4/sns/black_list_get", "BlackListItem"),
        1,
        "{}",
        reply("v4/sns/black_list_get")
    );
    assert_eq!(
        count("v4/group_open_avchatroom_http_svc/get_members", "MemberList"),
        2,
        "{}",
        reply("v4/group_open_avchatroom_http_svc/get_members")
    );
    assert_eq!(
        count("v4/recentcontact/get_list", "SessionItem"),
        3,
        "{}",
        reply("v4/recentcontact/get_list")
    );
    let pushes = format!("{:?}", emulator.pushes());
    assert!(pushes.contains("to tag a"), "{pushes}");
    assert!(!path.exists(), "nothing is saved before a save");
    emulator.shutdown();
    assert!(path.exists(), "shutdown saves the world");
    assert!(
        !path.with_file_name("world.json.tmp").exists(),
        "the temporary file is renamed"
    );

    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["format"], "tim-emulator-state");
    assert_eq!(saved["version"], 1);
    assert_eq!(saved["sdkappid"], tim_emulator::DEFAULT_SDKAPPID);
    assert!(saved["saved_at"].as_u64().is_some());

    let emulator = builder(&clock, &path).start().unwrap();
    let callers = Callers::new(&emulator);
    let after = read_all(&callers, emulator.sdkappid(), &keys);
    for ((read, reply), (_, again)) in before.iter().zip(&after) {
        assert_eq!(reply, again, "{read}");
    }
    assert_eq!(format!("{:?}", emulator.pushes()), pushes);

    // The loaded world goes on: its counters carry on from where they were.
    let sent = callers.write(
        "v4/group_open_http_svc/send_group_msg",
        json!({"GroupId": PUB, "From_Account": "u1", "Random": 1, "MsgBody": text("after")}),
    );
    assert_eq!(sent["MsgSeq"], 4, "{sent}");
    // save_state writes elsewhere; the loaded file is a valid state file too.
    let copy = path.with_file_name("copy.json");
    emulator.save_state(&copy).unwrap();
    drop(emulator);
    let emulator = builder(&clock, &copy).start().unwrap();
    let callers = Callers::new(&emulator);
    let history = callers.read(
        "v4/group_open_http_svc/group_msg_get_simple",
        &json!({"GroupId": PUB, "ReqMsgNumber": 20}),
    );
    assert_eq!(history["RspMsgList"].as_array().unwrap().len(), 4, "{history}");
    drop(emulator);
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

/// Starting from `bytes` in a state file is refused with a message holding
/// `reason`, and the file is left as it was.
fn refused(test: &str, bytes: &[u8], reason: &str) {
    let path = state_path(test);
    std::fs::write(&path, bytes).unwrap();
    let error = Emulator::builder().state(&path).start().unwrap_err();
    assert_eq!(error.kind(), std::io::ErrorKind::InvalidData, "{error}");
    let message = error.to_string();
    assert!(message.contains(reason), "{message}");
    assert!(
        message.contains(&path.display().to_string()),
        "the file is named: {message}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "a refused file is never overwritten"
    );
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn damaged_newer_and_foreign_files_are_refused_and_left_alone() {
    // A saved world, cut short.
    let path = state_path("source");
    let emulator = Emulator::builder().state(&path).start().unwrap();
    Callers::new(&emulator).write("v4/im_open_login_svc/account_import", json!({"UserID": "kept"}));
    emulator.snapshot().unwrap();
    let whole = std::fs::read(&path).unwrap();
    drop(emulator);
    refused(
        "truncated",
        &whole[..whole.len() / 2],
        "the file is damaged: EOF while parsing",
    );
    refused("truncated-line", &whole[..whole.len() / 2], "line 1 column");

    let mut newer: Value = serde_json::from_slice(&whole).unwrap();
    newer["version"] = json!(2);
    newer["world"] = json!({"something": "new"});
    refused(
        "newer",
        &serde_json::to_vec(&newer).unwrap(),
        "written by a newer tim-emulator: version 2, this build reads up to 1",
    );
    refused(
        "format",
        br#"{"format": "something-else", "version": 1, "sdkappid": 1400000000, "saved_at": 0, "world": {}}"#,
        "not a tim-emulator state file",
    );
    let mut foreign: Value = serde_json::from_slice(&whole).unwrap();
    foreign["sdkappid"] = json!(1234);
    refused("foreign", &serde_json::to_vec(&foreign).unwrap(), "SDKAppID 1234");
    let mut broken: Value = serde_json::from_slice(&whole).unwrap();
    broken["world"]["groups"] = json!("not a registry");
    refused("broken-world", &serde_json::to_vec(&broken).unwrap(), "at world.groups");

    // A missing file: an empty start, the file made on the first save.
    let fresh = state_path("fresh");
    let emulator = Emulator::builder().state(&fresh).start().unwrap();
    assert!(!fresh.exists());
    emulator.shutdown();
    assert!(fresh.exists());
    // Without a state file, snapshot() says so.
    let plain = Emulator::builder().start().unwrap();
    assert_eq!(plain.snapshot().unwrap_err().kind(), std::io::ErrorKind::NotFound);
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
    let _ = std::fs::remove_dir_all(fresh.parent().unwrap());
}

#[test]
fn the_admin_endpoint_saves_for_an_admin_only() {
    let path = state_path("endpoint");
    let harness = Harness::start(Emulator::builder().admin("ops").state(&path));
    harness.raw_code("v4/im_open_login_svc/account_import", r#"{"UserID": "saved"}"#);

    // Not an admin (a valid UserSig of an ordinary user): refused, nothing written.
    let mut stranger = harness.query();
    stranger[1].1 = "saved".into();
    stranger[2].1 = harness.emulator.sign("saved", 3600).expose().to_owned();
    let (status, reply) = harness.raw("emulator/snapshot", &stranger, b"");
    assert_eq!(status, 200);
    assert_eq!(reply["ActionStatus"], "FAIL", "{reply}");
    assert_eq!(reply["ErrorCode"], 60010, "{reply}");
    assert!(!path.exists());
    // A wrong UserSig for the admin: refused too.
    let mut forged = harness.query();
    forged[2].1 = harness.emulator.sign("ops", 3600).expose().to_owned();
    assert_eq!(harness.raw("emulator/snapshot", &forged, b"").1["ErrorCode"], 70013);
    assert!(!path.exists());

    let (status, reply) = harness.raw("emulator/snapshot", &harness.query(), b"");
    assert_eq!(status, 200);
    assert_eq!(reply["ActionStatus"], "OK", "{reply}");
    assert_eq!(reply["ErrorCode"], 0);
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert!(saved.to_string().contains("\"saved\""), "the world holds the account");

    // An emulator without a state file answers FAIL 60017.
    let plain = Harness::start(Emulator::builder());
    let reply = plain.raw("emulator/snapshot", &plain.query(), b"").1;
    assert_eq!(reply["ErrorCode"], 60017, "{reply}");
    assert!(reply["ErrorInfo"].as_str().unwrap().contains("--state"), "{reply}");
    drop(harness);
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn seeds_build_a_new_world_only_and_a_saved_one_is_kept() {
    use tim_protocol::account::AccountDeleteRequest;

    let path = state_path("seed-once");
    let clock = clock();
    let seed = r#"{"accounts": ["seeded_alice", "seeded_bob"]}"#;
    // No state file yet: the seed builds the world, and shutdown saves it.
    let emulator = builder(&clock, &path).seed_json(seed).start().unwrap();
    assert!(emulator.is_imported("seeded_alice") && emulator.is_imported("seeded_bob"));
    let harness_config = ClientConfig::builder()
        .base_url(emulator.base_url())
        .sdkappid(emulator.sdkappid())
        .identifier(ADMIN)
        .secret_key(emulator.secret_key().clone())
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    BlockingClient::new(harness_config)
        .send(&AccountDeleteRequest::new(["seeded_bob"]))
        .unwrap();
    emulator.shutdown();
    // The same flags again: the saved world is loaded and the seed is not
    // applied a second time, so the deleted account stays deleted.
    let emulator = builder(&clock, &path).seed_json(seed).start().unwrap();
    assert!(emulator.is_imported("seeded_alice"));
    assert!(
        !emulator.is_imported("seeded_bob"),
        "the seed ran again over a saved world"
    );
    emulator.shutdown();
}
