//! The emulator's group calls refuse with the documented codes, and keep
//! mutes, unread counts, history and attributes as they say.

use std::sync::Arc;

use tim_api::BlockingClient;
use tim_emulator::Emulator;
use tim_protocol::account::MultiaccountImportRequest;
use tim_protocol::group::{
    AddGroupMemberRequest, ChangeGroupOwnerRequest, ClearGroupAttrRequest, CreateGroupRequest,
    DeleteGroupMemberRequest, DeleteGroupMsgBySenderRequest, ForbidSendMsgRequest, GetGroupAttrRequest,
    GetGroupInfoRequest, GetGroupMemberInfoRequest, GetGroupMutedAccountRequest, GetJoinedGroupListRequest, GroupAttr,
    GroupMsgGetSimpleRequest, GroupMsgRecallRequest, GroupType, ImportGroupMsgRequest, ImportedGroupMsg, MemberRole,
    ModifyGroupAttrRequest, ModifyGroupBaseInfoRequest, ModifyGroupMemberInfoRequest, ModifyGroupMsgRequest,
    ResponseFilter, SendGroupMsgRequest, SetGroupAttrRequest, SetUnreadMsgNumRequest,
};
use tim_protocol::message::MsgElement;
use tim_protocol::{ErrorCode, Paged};
use tim_tests::harness::{Harness, ADMIN};
use tim_usersig::ManualClock;

const NOW: u64 = 1_700_000_000;

fn code<T: std::fmt::Debug>(result: Result<T, tim_api::Error>) -> i64 {
    match result {
        Err(error) => error.code().expect("a service error").code(),
        Ok(value) => panic!("expected a refusal, got {value:?}"),
    }
}

/// An emulator on a manual clock, with users imported, and a client.
fn setup(users: &[&str]) -> (Harness, BlockingClient, ManualClock) {
    let clock = ManualClock::new(NOW);
    let harness = Harness::start(Emulator::builder().clock(Arc::new(clock.clone())));
    let client = BlockingClient::new(harness.config_as(ADMIN));
    client
        .multiaccount_import(&MultiaccountImportRequest::new(users.iter().copied()))
        .unwrap();
    (harness, client, clock)
}

fn group(client: &BlockingClient, kind: GroupType, owner: &str, members: &[&str]) -> String {
    let request = CreateGroupRequest::with_members(kind, "g", owner, members.iter().copied());
    client.send(&request).unwrap().group_id.unwrap()
}

fn say(client: &BlockingClient, group: &str, from: &str) -> Result<u64, tim_api::Error> {
    let request = SendGroupMsgRequest::text(group, "hi", 1).from(from);
    client.send(&request).map(|reply| reply.msg_seq.unwrap())
}

#[test]
fn creation_refuses_used_ids_and_unknown_users() {
    let (_harness, client, _) = setup(&["o", "a"]);
    let custom = CreateGroupRequest::new(GroupType::Public, "n")
        .owner("o")
        .group_id("mine");
    assert_eq!(client.send(&custom).unwrap().group_id.as_deref(), Some("mine"));
    assert_eq!(code(client.send(&custom)), 10021);
    let stranger = CreateGroupRequest::with_members(GroupType::Work, "n", "o", ["nobody"]);
    assert_eq!(code(client.send(&stranger)), 10019);
    let mut crowded = CreateGroupRequest::with_members(GroupType::Work, "n", "o", ["a"]);
    crowded.max_member_count = Some(1);
    assert_eq!(code(client.send(&crowded)), 10014);
    let info = client.send(&GetGroupInfoRequest::new(["mine", "missing"])).unwrap();
    let groups = info.group_info.unwrap();
    assert_eq!(groups[0].error_code, Some(ErrorCode::Success));
    assert_eq!(groups[0].member_num, Some(1));
    assert_eq!(groups[1].error_code.map(|c| c.code()), Some(10010));
}

#[test]
fn members_outside_the_group_and_the_owner_are_protected() {
    let (_harness, client, _) = setup(&["o", "a", "x"]);
    let g = group(&client, GroupType::Public, "o", &["a"]);
    assert_eq!(code(client.send(&DeleteGroupMemberRequest::new(&g, ["o"]))), 10007);
    assert_eq!(code(client.send(&ChangeGroupOwnerRequest::new(&g, "x"))), 10007);
    assert_eq!(code(client.send(&ChangeGroupOwnerRequest::new(&g, "nobody"))), 10019);
    let card = ModifyGroupMemberInfoRequest::new(&g, "x").role(MemberRole::Admin);
    assert_eq!(code(client.send(&card)), 10007);
    let owner_role = ModifyGroupMemberInfoRequest::new(&g, "o").role(MemberRole::Member);
    assert_eq!(code(client.send(&owner_role)), 10007);
    assert_eq!(code(say(&client, &g, "x")), 10007);
    assert_eq!(code(client.send(&ForbidSendMsgRequest::mute(&g, ["x"], 60))), 10007);
    // Removing a non-member changes nothing and succeeds.
    client.send(&DeleteGroupMemberRequest::new(&g, ["x"])).unwrap();
}

#[test]
fn mutes_end_on_the_emulators_clock_and_mute_all_spares_admins() {
    let (_harness, client, clock) = setup(&["o", "a", "b"]);
    let g = group(&client, GroupType::Public, "o", &["a", "b"]);
    client.send(&ForbidSendMsgRequest::mute(&g, ["a"], 60)).unwrap();
    assert_eq!(code(say(&client, &g, "a")), 10017);
    let muted = client.send(&GetGroupMutedAccountRequest::new(&g)).unwrap();
    assert_eq!(muted.muted_account_list.unwrap()[0].muted_until, NOW + 60);
    clock.advance(61);
    assert_eq!(say(&client, &g, "a").unwrap(), 1);
    let muted = client.send(&GetGroupMutedAccountRequest::new(&g)).unwrap();
    assert_eq!(muted.muted_account_list.unwrap(), vec![]);

    // A mute set through the member's profile, forever.
    let mut forever = ModifyGroupMemberInfoRequest::new(&g, "b");
    forever.mute_time = Some(u32::MAX);
    client.send(&forever).unwrap();
    clock.advance(1_000_000);
    assert_eq!(code(say(&client, &g, "b")), 10017);

    client
        .send(&ModifyGroupBaseInfoRequest::new(&g).mute_all(true))
        .unwrap();
    assert_eq!(code(say(&client, &g, "a")), 10017);
    assert_eq!(say(&client, &g, "o").unwrap(), 2, "the owner still speaks");
    let admin = ModifyGroupMemberInfoRequest::new(&g, "a").role(MemberRole::Admin);
    client.send(&admin).unwrap();
    assert_eq!(say(&client, &g, "a").unwrap(), 3, "so do admins");
}

#[test]
fn unread_counts_follow_messages_and_can_be_set() {
    let (_harness, client, _) = setup(&["o", "a"]);
    let g = group(&client, GroupType::Work, "o", &["a"]);
    for _ in 0..3 {
        say(&client, &g, "o").unwrap();
    }
    let unread = |user: &str| {
        let mut request = GetJoinedGroupListRequest::new(user);
        let mut filter = ResponseFilter::new();
        filter.self_info = Some(vec!["UnreadMsgNum".into(), "Role".into()]);
        request.response_filter = Some(filter);
        let reply = client.send(&request).unwrap();
        let info = reply.group_id_list.unwrap().remove(0);
        assert_eq!(info.name, None, "only GroupId without a base filter");
        info.self_info.unwrap().unread_msg_num.unwrap()
    };
    assert_eq!((unread("o"), unread("a")), (0, 3));
    client.send(&SetUnreadMsgNumRequest::new(&g, "a", 1)).unwrap();
    assert_eq!(unread("a"), 1);
    client.send(&SetUnreadMsgNumRequest::new(&g, "a", 50)).unwrap();
    assert_eq!(unread("a"), 3, "capped at the messages sent");
    assert_eq!(code(client.send(&SetUnreadMsgNumRequest::new(&g, "o2", 1))), 10007);
}

#[test]
fn the_history_pages_keeps_numbers_and_shows_recalls_on_request() {
    let (_harness, client, _) = setup(&["o", "a"]);
    let g = group(&client, GroupType::Meeting, "o", &["a"]);
    for n in 0..7 {
        say(&client, &g, if n % 2 == 0 { "o" } else { "a" }).unwrap();
    }
    client.send(&GroupMsgRecallRequest::new(&g, [7])).unwrap();
    let again = client.send(&GroupMsgRecallRequest::new(&g, [7])).unwrap();
    assert_eq!(again.recall_ret_list.unwrap()[0].ret_code.code(), 10030);
    client.send(&DeleteGroupMsgBySenderRequest::new(&g, "a")).unwrap();
    let seqs = |with_recalled: bool| {
        let mut first = GroupMsgGetSimpleRequest::new(&g, 2);
        first.with_recalled_msg = Some(u32::from(with_recalled));
        client
            .pages(first)
            .map(|page| page.unwrap())
            .flat_map(|page| page.rsp_msg_list.unwrap())
            .map(|msg| (msg.msg_seq.unwrap(), msg.msg_flag_bits.unwrap()))
            .collect::<Vec<_>>()
    };
    assert_eq!(seqs(false), [(5, 0), (3, 0), (1, 0)]);
    assert_eq!(seqs(true), [(7, 8), (5, 0), (3, 0), (1, 0)]);
    assert_eq!(say(&client, &g, "o").unwrap(), 8, "numbers are never reused");

    let modified = ModifyGroupMsgRequest::new(&g, 5).cloud_custom_data("edited");
    client.send(&modified).unwrap();
    let page = client.send(&GroupMsgGetSimpleRequest::up_to(&g, 5, 1)).unwrap();
    assert_eq!(
        page.rsp_msg_list.unwrap()[0].cloud_custom_data.as_deref(),
        Some("edited")
    );
    let missing = ModifyGroupMsgRequest::new(&g, 2).cloud_custom_data("x");
    assert_eq!(code(client.send(&missing)), 10030);
}

#[test]
fn imported_messages_take_the_next_numbers_unless_from_the_future() {
    let (_harness, client, _) = setup(&["o"]);
    let g = group(&client, GroupType::Public, "o", &[]);
    say(&client, &g, "o").unwrap();
    let body = || vec![MsgElement::text("old")];
    let request = ImportGroupMsgRequest::new(
        &g,
        [
            ImportedGroupMsg::new("o", (NOW - 100) as i64, body()),
            ImportedGroupMsg::new("o", (NOW + 100) as i64, body()),
        ],
    );
    let results = client.send(&request).unwrap().import_msg_result.unwrap();
    assert_eq!((results[0].msg_seq, results[0].result.code()), (Some(2), 0));
    assert_eq!((results[1].msg_seq, results[1].result.code()), (None, 10004));
}

#[test]
fn audio_video_groups_and_topics_answer_what_is_not_supported_or_emulated() {
    let (_harness, client, _) = setup(&["o", "a"]);
    let av = client
        .send(&CreateGroupRequest::new(GroupType::AvChatRoom, "live").owner("o"))
        .unwrap()
        .group_id
        .unwrap();
    assert_eq!(code(client.send(&AddGroupMemberRequest::new(&av, ["a"]))), 10007);
    assert_eq!(code(client.send(&GetGroupMemberInfoRequest::new(&av))), 60017);
    assert_eq!(code(client.send(&GroupMsgGetSimpleRequest::new(&av, 5))), 10007);
    assert_eq!(code(client.send(&DeleteGroupMsgBySenderRequest::new(&av, "a"))), 10035);
    // Any imported user may speak, until muted.
    assert_eq!(say(&client, &av, "a").unwrap(), 1);
    client.send(&ForbidSendMsgRequest::mute(&av, ["a"], 60)).unwrap();
    assert_eq!(code(say(&client, &av, "a")), 10017);
    assert_eq!(code(say(&client, &av, "nobody")), 10019);

    let g = group(&client, GroupType::Public, "o", &[]);
    let mut topic = GroupMsgGetSimpleRequest::new(&g, 5);
    topic.topic_id = Some("@TGS#_x@TOPIC#_y".into());
    assert_eq!(code(client.send(&topic)), 60017);
}

#[test]
fn member_pages_follow_the_next_cursor() {
    let users: Vec<String> = (0..7).map(|n| format!("u{n}")).collect();
    let names: Vec<&str> = users.iter().map(String::as_str).collect();
    let (_harness, client, _) = setup(&names);
    let g = group(&client, GroupType::Public, "u0", &names[1..]);
    let mut first = GetGroupMemberInfoRequest::new(&g);
    first.limit = Some(3);
    first.next = Some(String::new());
    let pages: Vec<_> = client.pages(first.clone()).map(|page| page.unwrap()).collect();
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[2].next.as_deref(), Some(""));
    let seen: Vec<String> = pages
        .iter()
        .flat_map(|page| page.member_list.clone().unwrap())
        .map(|member| member.member_account.unwrap())
        .collect();
    assert_eq!(seen, users);
    let reply = client.send(&first).unwrap();
    assert!(first.next_request(&reply).is_some());
}

#[test]
fn attributes_are_merged_replaced_and_cleared() {
    let (_harness, client, _) = setup(&["o"]);
    let g = group(&client, GroupType::AvChatRoom, "o", &[]);
    let attrs = |client: &BlockingClient| {
        let reply = client.send(&GetGroupAttrRequest::new(&g)).unwrap();
        reply
            .group_attr_ary
            .unwrap()
            .into_iter()
            .map(|attr| (attr.key, attr.value))
            .collect::<Vec<_>>()
    };
    client
        .send(&ModifyGroupAttrRequest::new(
            &g,
            [GroupAttr::new("b", "1"), GroupAttr::new("a", "2")],
        ))
        .unwrap();
    client
        .send(&ModifyGroupAttrRequest::new(&g, [GroupAttr::new("b", "3")]))
        .unwrap();
    assert_eq!(attrs(&client), [("a".into(), "2".into()), ("b".into(), "3".into())]);
    let many = (0..15).map(|n| GroupAttr::new(format!("k{n}"), "v"));
    assert_eq!(code(client.send(&ModifyGroupAttrRequest::new(&g, many))), 10004);
    client
        .send(&SetGroupAttrRequest::new(&g, [GroupAttr::new("c", "4")]))
        .unwrap();
    assert_eq!(attrs(&client), [("c".into(), "4".into())]);
    client.send(&ClearGroupAttrRequest::new(&g)).unwrap();
    assert_eq!(attrs(&client), []);
    assert_eq!(code(client.send(&ClearGroupAttrRequest::new("missing"))), 10010);
}

#[test]
fn the_older_name_of_get_group_muted_account_answers_the_muted_members() {
    let (harness, client, _clock) = setup(&["o", "a"]);
    let g = group(&client, GroupType::Public, "o", &["a"]);
    client.send(&ForbidSendMsgRequest::mute(&g, ["a"], 60)).unwrap();
    // What a client written against the older page sends.
    let body = serde_json::json!({ "GroupId": g }).to_string();
    let (status, reply) = harness.raw(
        "v4/group_open_http_svc/get_group_shutted_uin",
        &harness.query(),
        body.as_bytes(),
    );
    assert_eq!(status, 200);
    assert_eq!(reply["ActionStatus"], "OK", "{reply}");
    assert_eq!(reply["MutedAccountList"][0]["Member_Account"], "a", "{reply}");
    assert_eq!(reply["MutedAccountList"][0]["MutedUntil"], NOW + 60, "{reply}");
}
