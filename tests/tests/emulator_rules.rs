//! The service's rules the emulator enforces, each shown with the code the
//! pages document (the list is in `crates/emulator/README.md`, "Rules
//! enforced"), and the app's console settings (`AppSettings`): the
//! relationship check of one-to-one messages, the recall window and how long
//! history is kept. Every test runs on both clients.

use std::sync::Arc;
use std::time::Duration;

use tim_emulator::{AppSettings, Emulator, CONSOLE_RECALL_WINDOW};
use tim_protocol::account::AccountDeleteRequest;
use tim_protocol::group::{
    AddGroupMemberRequest, CreateGroupRequest, DestroyGroupRequest, ForbidSendMsgRequest, GetGroupInfoRequest,
    GroupMsgGetSimpleRequest, GroupMsgRecallRequest, GroupType, MemberResult, SendGroupMsgRequest,
};
use tim_protocol::message::MsgElement;
use tim_protocol::openim::{AdminGetroammsgRequest, AdminMsgwithdrawRequest, BatchsendmsgRequest, SendmsgRequest};
use tim_protocol::sns::{
    AddSource, BlackListAddRequest, FriendAddItem, FriendAddRequest, FriendImportItem, FriendImportRequest,
};
use tim_protocol::ErrorCode;
use tim_tests::driver::Driver;
use tim_tests::emulator::{code, import};
use tim_tests::harness::Harness;
use tim_usersig::ManualClock;

// Before the clients sign (on the system clock), so their UserSigs hold
// while the emulator's clock moves on.
const NOW: u64 = 1_700_000_000;

/// A group of `kind` owned by `owner` with `members`; its ID.
async fn group(driver: &Driver, kind: GroupType, owner: &str, members: &[&str]) -> String {
    let request = CreateGroupRequest::with_members(kind, "rules", owner, members.iter().copied());
    driver.send(&request).await.unwrap().group_id.unwrap()
}

/// `from` says `text` in `group`; the message's sequence number.
async fn say(driver: &Driver, group: &str, from: &str, text: &str) -> Result<u64, tim_api::Error> {
    let request = SendGroupMsgRequest::text(group, text, 1).from(from);
    driver.send(&request).await.map(|reply| reply.msg_seq.unwrap())
}

/// Every message of the one-to-one history between `a` and `b`, as `a` sees it.
async fn c2c_history(driver: &Driver, a: &str, b: &str) -> usize {
    let request = AdminGetroammsgRequest::new(a, b, 100, 0, i64::from(u32::MAX));
    let reply = driver.send(&request).await.unwrap();
    reply.msg_list.unwrap_or_default().len()
}

/// Every message of `group`'s history.
async fn group_history(driver: &Driver, group: &str) -> usize {
    let reply = driver.send(&GroupMsgGetSimpleRequest::new(group, 20)).await.unwrap();
    reply.rsp_msg_list.unwrap_or_default().len()
}

/// Rules 1, 4 (muting), 7: a muted member cannot post (10017); a work group
/// cannot mute (10007); a non-member cannot post (10007).
#[tokio::test(flavor = "multi_thread")]
async fn muted_members_and_strangers_cannot_post() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let [owner, a, stranger] = ["ro", "ra", "rs"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&owner, &a, &stranger]).await;
        let public = group(&driver, GroupType::Public, &owner, &[&a]).await;

        say(&driver, &public, &a, "before").await.unwrap();
        driver
            .send(&ForbidSendMsgRequest::mute(&public, [&a], 60))
            .await
            .unwrap();
        assert_eq!(
            code(say(&driver, &public, &a, "muted").await),
            ErrorCode::GroupMemberMuted
        );
        assert_eq!(
            code(say(&driver, &public, &stranger, "hi").await),
            ErrorCode::GroupPermissionDenied
        );

        // The forbid_send_msg page: work (Private) groups cannot mute members.
        let work = group(&driver, GroupType::Work, &owner, &[&a]).await;
        assert_eq!(
            code(driver.send(&ForbidSendMsgRequest::mute(&work, [&a], 60)).await),
            ErrorCode::GroupPermissionDenied
        );
        say(&driver, &work, &a, "still speaking").await.unwrap();
    }
}

/// Rules 4 and 5: an AVChatRoom takes no added members (10007); adding past
/// `MaxMemberCount` is 10014, with nothing added.
#[tokio::test(flavor = "multi_thread")]
async fn group_types_and_the_member_cap_limit_adding() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let [owner, a, b] = ["co", "ca", "cb"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&owner, &a, &b]).await;

        let av = group(&driver, GroupType::AvChatRoom, &owner, &[]).await;
        assert_eq!(
            code(driver.send(&AddGroupMemberRequest::new(&av, [&a])).await),
            ErrorCode::GroupPermissionDenied
        );

        let mut small = CreateGroupRequest::new(GroupType::Public, "small").owner(&owner);
        small.max_member_count = Some(2);
        let small = driver.send(&small).await.unwrap().group_id.unwrap();
        assert_eq!(
            code(driver.send(&AddGroupMemberRequest::new(&small, [&a, &b])).await),
            ErrorCode::GroupFull
        );
        assert_eq!(
            code(say(&driver, &small, &a, "not in").await),
            ErrorCode::GroupPermissionDenied
        );
        driver.send(&AddGroupMemberRequest::new(&small, [&a])).await.unwrap();
        assert_eq!(
            code(driver.send(&AddGroupMemberRequest::new(&small, [&b])).await),
            ErrorCode::GroupFull
        );
    }
}

/// Rule 6: a one-to-one body over 12 KB is 93000 (the `sendmsg` page's
/// "JSON data packet too long"), from the emulator and from both clients'
/// own checks.
#[tokio::test(flavor = "multi_thread")]
async fn a_one_to_one_body_over_12_kb_is_93000() {
    let harness = Harness::start(Emulator::builder());
    let big = "x".repeat(12 * 1024);
    for driver in harness.drivers() {
        let n = driver.name();
        let [a, b] = ["sa", "sb"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&a, &b]).await;
        let refused = |result: Result<_, tim_api::Error>| match result {
            Err(tim_api::Error::Validation(error)) => error.error_code(),
            other => panic!("expected the client's check to refuse, got {other:?}"),
        };
        let one = SendmsgRequest::text(&a, &b, big.clone(), 1);
        assert_eq!(
            refused(driver.send(&one).await.map(drop)),
            Some(ErrorCode::OpenimPacketTooLong)
        );
        let batch = BatchsendmsgRequest::text(Some(&a), [&b], big.clone(), 1);
        assert_eq!(
            refused(driver.send(&batch).await.map(drop)),
            Some(ErrorCode::OpenimPacketTooLong)
        );
        driver.send(&SendmsgRequest::text(&a, &b, "small", 1)).await.unwrap();
    }
    // The emulator itself, bypassing the clients' checks.
    let body = serde_json::json!({
        "To_Account": "sb-async",
        "MsgRandom": 1,
        "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": big } }],
    });
    assert_eq!(harness.raw_code("v4/openim/sendmsg", &body.to_string()), 93000);
}

/// Rule 8: recalling twice is 20023 one-to-one and a per-number 10030 in a
/// group.
#[tokio::test(flavor = "multi_thread")]
async fn a_second_recall_is_refused() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let [a, b] = ["wa", "wb"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&a, &b]).await;
        let key = driver
            .send(&SendmsgRequest::text(&a, &b, "oops", 1))
            .await
            .unwrap()
            .msg_key
            .unwrap();
        let recall = AdminMsgwithdrawRequest::new(&a, &b, key);
        driver.send(&recall).await.unwrap();
        assert_eq!(code(driver.send(&recall).await), ErrorCode::from(20023));

        let g = group(&driver, GroupType::Public, &a, &[&b]).await;
        let seq = say(&driver, &g, &b, "oops").await.unwrap();
        let recall = GroupMsgRecallRequest::new(&g, [seq]);
        let first = driver.send(&recall).await.unwrap().recall_ret_list.unwrap();
        assert_eq!(first[0].ret_code, ErrorCode::Success);
        let second = driver.send(&recall).await.unwrap().recall_ret_list.unwrap();
        assert_eq!(second[0].ret_code, ErrorCode::from(10030));
    }
}

/// Rule 9: a destroyed group is 10010 to every call naming it.
#[tokio::test(flavor = "multi_thread")]
async fn a_destroyed_group_is_10010() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let [owner, a] = ["do", "da"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&owner, &a]).await;
        let g = group(&driver, GroupType::Public, &owner, &[]).await;
        driver.send(&DestroyGroupRequest::new(&g)).await.unwrap();

        assert_eq!(code(say(&driver, &g, &owner, "hello?").await), ErrorCode::GroupNotFound);
        assert_eq!(
            code(driver.send(&AddGroupMemberRequest::new(&g, [&a])).await),
            ErrorCode::GroupNotFound
        );
        assert_eq!(
            code(driver.send(&DestroyGroupRequest::new(&g)).await),
            ErrorCode::GroupNotFound
        );
        let info = driver.send(&GetGroupInfoRequest::new([&g])).await.unwrap();
        assert_eq!(info.group_info.unwrap()[0].error_code, Some(ErrorCode::GroupNotFound));
    }
}

/// Rule 10: a deleted account is not there: `sendmsg` to it is 90012, from it
/// 20003; adding it to a group fails for that member.
#[tokio::test(flavor = "multi_thread")]
async fn a_deleted_account_is_gone() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let [a, b] = ["xa", "xb"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&a, &b]).await;
        driver.send(&SendmsgRequest::text(&a, &b, "hi", 1)).await.unwrap();
        driver.send(&AccountDeleteRequest::new([&b])).await.unwrap();

        assert_eq!(
            code(driver.send(&SendmsgRequest::text(&a, &b, "hi", 2)).await),
            ErrorCode::OpenimToAccountNotFound
        );
        assert_eq!(
            code(driver.send(&SendmsgRequest::text(&b, &a, "hi", 3)).await),
            ErrorCode::from(20003)
        );
        let g = group(&driver, GroupType::Public, &a, &[]).await;
        let added = driver.send(&AddGroupMemberRequest::new(&g, [&b])).await.unwrap();
        assert_eq!(added.member_list.unwrap()[0].result, MemberResult::Failed);
    }
}

/// Rule 2 and the relationship setting: off by default (the `sendmsg` page:
/// the API does not check friends or blocklists); on, a blocked sender is
/// 20007, strangers 20009, one-way friends 20010 (the sender is not on the
/// recipient's list) or 20011 (the other way), per recipient in
/// `batchsendmsg`; the administrator is not checked.
#[tokio::test(flavor = "multi_thread")]
async fn the_relationship_check_refuses_blocked_senders_and_strangers() {
    let off = Harness::start(Emulator::builder());
    for driver in off.drivers() {
        let n = driver.name();
        let [a, b] = ["ba", "bb"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&a, &b]).await;
        driver.send(&BlackListAddRequest::one(&b, &a)).await.unwrap();
        driver
            .send(&SendmsgRequest::text(&a, &b, "unchecked", 1))
            .await
            .unwrap();
    }

    let on = Harness::start(Emulator::builder().app_settings(AppSettings::default().check_friends_on_c2c(true)));
    for driver in on.drivers() {
        let n = driver.name();
        let [a, b, c] = ["fa", "fb", "fc"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&a, &b, &c]).await;
        let to = |from: &str, to: &str| SendmsgRequest::text(from, to, "hi", 1);

        let one_way = |user: &str, friend: &str| {
            FriendImportRequest::new(user, [FriendImportItem::new(friend, AddSource::new("Test"))])
        };
        assert_eq!(code(driver.send(&to(&a, &b)).await), ErrorCode::from(20009));
        // b on a's list only: a is not b's friend (20010), and b's message
        // goes to someone who does not have b (20011).
        driver.send(&one_way(&a, &b)).await.unwrap();
        assert_eq!(code(driver.send(&to(&a, &b)).await), ErrorCode::from(20010));
        assert_eq!(code(driver.send(&to(&b, &a)).await), ErrorCode::from(20011));
        driver.send(&one_way(&b, &a)).await.unwrap();
        driver.send(&to(&a, &b)).await.unwrap();
        driver.send(&to(&b, &a)).await.unwrap();
        let friends = FriendAddRequest::new(&a, [FriendAddItem::new(&c, AddSource::new("Test"))]).forced();
        driver.send(&friends).await.unwrap();
        driver.send(&to(&c, &a)).await.unwrap();

        // Blocking ends the friendship; the blocked sender gets 20007.
        driver.send(&BlackListAddRequest::one(&b, &a)).await.unwrap();
        assert_eq!(code(driver.send(&to(&a, &b)).await), ErrorCode::from(20007));
        assert_eq!(code(driver.send(&to(&b, &a)).await), ErrorCode::from(20009));

        let batch = BatchsendmsgRequest::text(Some(&b), [&a, &c], "all", 2);
        let reply = driver.send(&batch).await.unwrap();
        let errors = refused_recipients(&reply);
        assert_eq!(errors, [(a.clone(), 20009), (c.clone(), 20009)]);
        assert_eq!(reply.msg_key, None, "delivered to no one");
        let batch = BatchsendmsgRequest::text(Some(&a), [&b, &c], "all", 3);
        let reply = driver.send(&batch).await.unwrap();
        let errors = refused_recipients(&reply);
        assert_eq!(errors, [(b.clone(), 20007)]);
        assert!(reply.msg_key.is_some(), "delivered to c");

        // The administrator sends without a From_Account, unchecked.
        let mut from_admin = SendmsgRequest::new(&b, vec![MsgElement::text("notice")], 3);
        from_admin.from_account = None;
        driver.send(&from_admin).await.unwrap();
    }
}

/// The recall window: none by default (the page: "no time limit"); with
/// one, a message older than it is 20016 one-to-one, a per-number 10031 in
/// a group.
#[tokio::test(flavor = "multi_thread")]
async fn the_recall_window_limits_admin_recalls_when_set() {
    for window in [None, Some(CONSOLE_RECALL_WINDOW)] {
        let clock = ManualClock::new(NOW);
        let harness = Harness::start(
            Emulator::builder()
                .clock(Arc::new(clock.clone()))
                .app_settings(AppSettings::default().recall_window(window)),
        );
        for driver in harness.drivers() {
            let n = driver.name();
            let [a, b] = ["ra", "rb"].map(|u| format!("{u}-{n}"));
            import(&driver, &[&a, &b]).await;
            let send = |random| SendmsgRequest::text(&a, &b, "hi", random);
            let fresh = driver.send(&send(1)).await.unwrap().msg_key.unwrap();
            let old = driver.send(&send(2)).await.unwrap().msg_key.unwrap();
            let g = group(&driver, GroupType::Public, &a, &[&b]).await;
            let [first, second] = [
                say(&driver, &g, &b, "1").await.unwrap(),
                say(&driver, &g, &b, "2").await.unwrap(),
            ];
            clock.advance(120);
            driver
                .send(&AdminMsgwithdrawRequest::new(&a, &b, fresh))
                .await
                .expect("within the window");
            let recalled = driver.send(&GroupMsgRecallRequest::new(&g, [first])).await.unwrap();
            assert_eq!(recalled.recall_ret_list.unwrap()[0].ret_code, ErrorCode::Success);
            clock.advance(1);
            let late = driver.send(&AdminMsgwithdrawRequest::new(&a, &b, old)).await;
            let late_group = driver.send(&GroupMsgRecallRequest::new(&g, [second])).await.unwrap();
            let late_group = late_group.recall_ret_list.unwrap()[0].ret_code;
            match window {
                None => {
                    late.expect("no window");
                    assert_eq!(late_group, ErrorCode::Success);
                }
                Some(_) => {
                    assert_eq!(code(late), ErrorCode::from(20016));
                    assert_eq!(late_group, ErrorCode::from(10031));
                }
            }
        }
    }
}

/// How long history is kept: 7 days by default, then neither history read
/// returns the message; `history_days` keeps it longer. Imports count from
/// when they were stored.
#[tokio::test(flavor = "multi_thread")]
async fn history_is_kept_seven_days_by_default() {
    for days in [None, Some(30)] {
        let clock = ManualClock::new(NOW);
        let mut settings = AppSettings::default();
        if let Some(days) = days {
            settings = settings.history_days(days);
        }
        let harness = Harness::start(
            Emulator::builder()
                .clock(Arc::new(clock.clone()))
                .app_settings(settings),
        );
        let week = Duration::from_secs(7 * 86_400).as_secs();
        for driver in harness.drivers() {
            let n = driver.name();
            let [a, b] = ["ha", "hb"].map(|u| format!("{u}-{n}"));
            import(&driver, &[&a, &b]).await;
            driver.send(&SendmsgRequest::text(&a, &b, "hi", 1)).await.unwrap();
            let g = group(&driver, GroupType::Public, &a, &[&b]).await;
            say(&driver, &g, &b, "hi").await.unwrap();

            clock.advance(week - 1);
            assert_eq!(c2c_history(&driver, &a, &b).await, 1);
            assert_eq!(group_history(&driver, &g).await, 1);
            clock.advance(1);
            let kept = usize::from(days.is_some());
            assert_eq!(c2c_history(&driver, &a, &b).await, kept);
            assert_eq!(c2c_history(&driver, &b, &a).await, kept);
            assert_eq!(group_history(&driver, &g).await, kept);
            // A message sent now is read as usual.
            driver.send(&SendmsgRequest::text(&a, &b, "again", 2)).await.unwrap();
            assert_eq!(c2c_history(&driver, &a, &b).await, kept + 1);
        }
    }
}

/// The recipients a batch send lists as refused, with their codes.
fn refused_recipients(reply: &tim_protocol::openim::BatchsendmsgResponse) -> Vec<(String, i64)> {
    reply
        .error_list
        .iter()
        .flatten()
        .map(|error| (error.to_account.clone(), error.error_code.code()))
        .collect()
}
