//! The emulator's audio-video groups (`group_open_avchatroom_http_svc` and
//! the bans of `group_open_http_svc`), on both clients: who is online (the
//! users joined through the handle, as clients would, plus the robots of
//! mark 500), marks, robots, administrators, and bans ending on the
//! emulator's clock; with the refusals (unknown group, a group of another
//! type, the limits) and validation failures.

use std::sync::Arc;

use tim_api::Error;
use tim_emulator::Emulator;
use tim_protocol::account::AccountImportRequest;
use tim_protocol::group::{
    AddGroupMemberRequest, AddRobotsRequest, BanGroupMemberRequest, CheckMembersRequest, CreateGroupRequest,
    DelRobotsRequest, GetAdminListRequest, GetGroupBanMemberRequest, GetMembersRequest, GroupType, MemberMarks,
    ModifyAdminRequest, ModifyUserInfoRequest, UnbanGroupMemberRequest,
};
use tim_protocol::{ErrorCode, Paged};
use tim_tests::driver::Driver;
use tim_tests::emulator::import;
use tim_tests::harness::Harness;
use tim_usersig::{Clock, ManualClock};

const NOW: u64 = 1_700_000_000;

fn setup() -> (Harness, ManualClock) {
    let clock = ManualClock::new(NOW);
    (
        Harness::start(Emulator::builder().clock(Arc::new(clock.clone()))),
        clock,
    )
}

async fn group(driver: &Driver, kind: GroupType, owner: &str) -> String {
    let request = CreateGroupRequest::new(kind, "live").owner(owner);
    driver.send(&request).await.unwrap().group_id.unwrap()
}

/// Every online member of `group` (with `mark`, if given), page by page.
async fn online(driver: &Driver, group: &str, mark: Option<u32>) -> Vec<String> {
    let mut first = GetMembersRequest::new(group);
    if let Some(mark) = mark {
        first = first.mark(mark);
    }
    let mut request = Some(first);
    let mut names = Vec::new();
    let mut pages = 0;
    while let Some(this) = request {
        let reply = driver.send(&this).await.unwrap();
        names.extend(reply.member_list.clone().unwrap().into_iter().map(|m| m.member_account));
        request = this.next_request(&reply);
        pages += 1;
        assert!(pages < 20, "paging does not end");
    }
    names
}

/// The service's code of a call expected to fail.
fn code(result: Result<impl std::fmt::Debug, Error>) -> i64 {
    tim_tests::emulator::code(result).code()
}

fn validation(result: Result<impl std::fmt::Debug, Error>) -> String {
    match result {
        Err(Error::Validation(error)) => error.field().to_owned(),
        other => panic!("expected a validation failure, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn online_members_are_the_joined_users_and_the_robots() {
    let (harness, clock) = setup();
    for driver in harness.drivers() {
        let n = driver.name();
        let [owner, a, b, bot, ghost] = ["owner", "a", "b", "bot", "ghost"].map(|u| format!("av-{u}-{n}"));
        import(&driver, &[&owner, &a, &b]).await;
        driver
            .send(
                &AccountImportRequest::new(&bot)
                    .nick("Robot")
                    .face_url("http://x/bot.png"),
            )
            .await
            .unwrap();
        let av = group(&driver, GroupType::AvChatRoom, &owner).await;
        let emulator = &harness.emulator;

        let start = clock.now();
        // Nobody is online until users join as clients would.
        assert!(online(&driver, &av, None).await.is_empty());
        emulator.join_avchatroom(&av, &a).unwrap();
        clock.advance(5);
        emulator.join_avchatroom(&av, &b).unwrap();
        emulator.join_avchatroom(&av, &a).unwrap();
        assert_eq!(
            emulator.join_avchatroom(&av, &ghost),
            Err(ErrorCode::GroupAccountNotFound)
        );
        assert_eq!(
            emulator.join_avchatroom("@TGS#nothing", &a),
            Err(ErrorCode::GroupNotFound)
        );
        // add_group_member stays refused for an AVChatRoom, as documented.
        assert_eq!(
            code(driver.send(&AddGroupMemberRequest::new(&av, [&owner])).await),
            10007
        );

        // A robot is listed without joining, with its profile.
        driver.send(&AddRobotsRequest::new(&av, [&bot])).await.unwrap();
        driver.send(&AddRobotsRequest::new(&av, [&bot])).await.unwrap();
        let reply = driver.send(&GetMembersRequest::new(&av)).await.unwrap();
        let members = reply.member_list.unwrap();
        let names: Vec<_> = members.iter().map(|m| m.member_account.as_str()).collect();
        assert_eq!(names, [a.as_str(), b.as_str(), bot.as_str()]);
        assert_eq!(members[0].join_time, Some(start));
        assert_eq!(members[1].join_time, Some(start + 5));
        assert_eq!(members[2].nick_name.as_deref(), Some("Robot"));
        assert_eq!(reply.next_timestamp, Some(0));
        assert_eq!(online(&driver, &av, Some(500)).await, vec![bot.clone()]);

        // check_members answers those online, robots included, once each.
        let check = CheckMembersRequest::new(&av, [&bot, &ghost, &a, &a, &owner]);
        let found = driver.send(&check).await.unwrap().member_account.unwrap();
        assert_eq!(found, [bot.clone(), a.clone()]);

        // A robot that leaves stays listed; a member who leaves goes.
        emulator.join_avchatroom(&av, &bot).unwrap();
        emulator.leave_avchatroom(&av, &bot).unwrap();
        emulator.leave_avchatroom(&av, &b).unwrap();
        assert_eq!(online(&driver, &av, None).await, [a.clone(), bot.clone()]);
        driver.send(&DelRobotsRequest::new(&av, [&bot, &a])).await.unwrap();
        assert_eq!(
            online(&driver, &av, None).await,
            vec![a.clone()],
            "a is no robot: it stays"
        );
        driver.send(&DelRobotsRequest::new(&av, [&bot])).await.unwrap();

        // Robots must be imported; nothing changes when one is not.
        assert_eq!(
            code(driver.send(&AddRobotsRequest::new(&av, [&bot, &ghost])).await),
            10019
        );
        assert_eq!(online(&driver, &av, Some(500)).await, Vec::<String>::new());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn marks_are_set_on_online_members_and_filter_the_list() {
    let (harness, _clock) = setup();
    for driver in harness.drivers() {
        let n = driver.name();
        let [owner, a, b, off] = ["owner", "a", "b", "off"].map(|u| format!("mk-{u}-{n}"));
        import(&driver, &[&owner, &a, &b, &off]).await;
        let av = group(&driver, GroupType::AvChatRoom, &owner).await;
        for user in [&a, &b] {
            harness.emulator.join_avchatroom(&av, user).unwrap();
        }

        let set = ModifyUserInfoRequest::set(
            &av,
            [
                MemberMarks::new(&a, [1000, 1001]),
                MemberMarks::new(&off, [1000]),
                MemberMarks::new(&b, [600]),
            ],
        );
        let reply = driver.send(&set).await.unwrap();
        let changed: Vec<_> = reply
            .member_list
            .unwrap()
            .into_iter()
            .map(|m| m.member_account)
            .collect();
        assert_eq!(changed, [a.clone(), b.clone()], "the offline user is left out");
        assert_eq!(online(&driver, &av, Some(1000)).await, vec![a.clone()]);
        assert_eq!(online(&driver, &av, None).await, vec![a.clone()], "600 hides b");
        assert_eq!(online(&driver, &av, Some(600)).await, vec![b.clone()]);

        let delete = ModifyUserInfoRequest::delete(&av, [MemberMarks::new(&a, [1000])]);
        driver.send(&delete).await.unwrap();
        assert!(online(&driver, &av, Some(1000)).await.is_empty());
        assert_eq!(online(&driver, &av, Some(1001)).await, vec![a.clone()]);

        // Setting 500 makes a robot.
        let robot = ModifyUserInfoRequest::set(&av, [MemberMarks::new(&b, [500])]);
        driver.send(&robot).await.unwrap();
        harness.emulator.leave_avchatroom(&av, &b).unwrap();
        assert_eq!(online(&driver, &av, Some(500)).await, vec![b.clone()]);

        // At most 10 different marks in a group: 1001 and nine more is the cap.
        let nine = ModifyUserInfoRequest::set(&av, [MemberMarks::new(&a, 2000..2009)]);
        driver.send(&nine).await.unwrap();
        let eleventh = ModifyUserInfoRequest::set(&av, [MemberMarks::new(&a, [3000])]);
        assert_eq!(code(driver.send(&eleventh).await), 10004);
        assert!(online(&driver, &av, Some(3000)).await.is_empty(), "nothing changed");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn administrators_are_set_listed_and_capped() {
    let (harness, _clock) = setup();
    for driver in harness.drivers() {
        let n = driver.name();
        let owner = format!("ad-owner-{n}");
        let users: Vec<String> = (0..6).map(|i| format!("ad-{i}-{n}")).collect();
        import(&driver, &[&owner]).await;
        for (i, user) in users.iter().enumerate() {
            let request = AccountImportRequest::new(user).nick(format!("Admin {i}"));
            driver.send(&request).await.unwrap();
        }
        let av = group(&driver, GroupType::AvChatRoom, &owner).await;

        // Administrators need not be in the group.
        driver.send(&ModifyAdminRequest::set(&av, &users[..4])).await.unwrap();
        driver.send(&ModifyAdminRequest::set(&av, &users[..1])).await.unwrap();
        let list = driver
            .send(&GetAdminListRequest::new(&av))
            .await
            .unwrap()
            .admin_list
            .unwrap();
        let names: Vec<_> = list.iter().map(|admin| admin.admin_account.clone()).collect();
        assert_eq!(names, users[..4]);
        assert_eq!(list[1].nick_name.as_deref(), Some("Admin 1"));
        assert_eq!(list[1].avatar.as_deref(), Some(""));

        // A sixth is refused, before any change; cancelling makes room.
        assert_eq!(
            code(driver.send(&ModifyAdminRequest::set(&av, &users[4..6])).await),
            10004
        );
        driver
            .send(&ModifyAdminRequest::cancel(&av, [&users[0], &owner]))
            .await
            .unwrap();
        driver.send(&ModifyAdminRequest::set(&av, &users[4..6])).await.unwrap();
        let list = driver
            .send(&GetAdminListRequest::new(&av))
            .await
            .unwrap()
            .admin_list
            .unwrap();
        assert_eq!(list.len(), 5);
        assert!(list.iter().all(|admin| admin.admin_account != users[0]));
        let ghost = format!("ad-ghost-{n}");
        assert_eq!(code(driver.send(&ModifyAdminRequest::set(&av, [&ghost])).await), 10019);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn bans_remove_members_keep_them_out_and_end_on_the_clock() {
    let (harness, clock) = setup();
    for driver in harness.drivers() {
        let n = driver.name();
        let [owner, a, b, c, bot] = ["owner", "a", "b", "c", "bot"].map(|u| format!("bn-{u}-{n}"));
        import(&driver, &[&owner, &a, &b, &c, &bot]).await;
        let av = group(&driver, GroupType::AvChatRoom, &owner).await;
        let emulator = &harness.emulator;
        for user in [&a, &b, &c] {
            emulator.join_avchatroom(&av, user).unwrap();
        }
        driver.send(&AddRobotsRequest::new(&av, [&bot])).await.unwrap();

        let now = clock.now();
        driver
            .send(&BanGroupMemberRequest::new(&av, [&a, &bot], 60).description("spam"))
            .await
            .unwrap();
        driver.send(&BanGroupMemberRequest::new(&av, [&b], 600)).await.unwrap();
        assert_eq!(
            online(&driver, &av, None).await,
            vec![c.clone()],
            "the banned leave, robots too"
        );
        assert_eq!(emulator.join_avchatroom(&av, &a), Err(ErrorCode::GroupPermissionDenied));
        assert_eq!(code(driver.send(&AddRobotsRequest::new(&av, [&c, &bot])).await), 10007);
        assert_eq!(
            online(&driver, &av, Some(500)).await,
            Vec::<String>::new(),
            "nothing changed"
        );

        let reply = driver.send(&GetGroupBanMemberRequest::new(&av)).await.unwrap();
        let bans: Vec<_> = reply
            .banned_account_list
            .unwrap()
            .into_iter()
            .map(|ban| (ban.member_account, ban.banned_until))
            .collect();
        assert_eq!(
            bans,
            [(a.clone(), now + 60), (bot.clone(), now + 60), (b.clone(), now + 600)]
        );
        assert_eq!(reply.next_offset, Some(0));

        // Pages of 2, by Offset.
        let first = GetGroupBanMemberRequest::new(&av).limit(2);
        let page = driver.send(&first).await.unwrap();
        assert_eq!(page.banned_account_list.as_ref().unwrap().len(), 2);
        assert_eq!(page.next_offset, Some(2));
        let second = first.next_request(&page).unwrap();
        let page = driver.send(&second).await.unwrap();
        assert_eq!(page.banned_account_list.unwrap()[0].member_account, b);
        assert_eq!(page.next_offset, Some(0));

        // The ban ends on the emulator's clock; an unbanned user joins again.
        clock.advance(61);
        emulator.join_avchatroom(&av, &a).unwrap();
        let listed = driver.send(&GetGroupBanMemberRequest::new(&av)).await.unwrap();
        assert_eq!(listed.banned_account_list.unwrap().len(), 1);
        driver.send(&UnbanGroupMemberRequest::new(&av, [&b, &c])).await.unwrap();
        emulator.join_avchatroom(&av, &b).unwrap();
        assert_eq!(online(&driver, &av, None).await, [c.clone(), a.clone(), b.clone()]);
        let empty = driver.send(&GetGroupBanMemberRequest::new(&av)).await.unwrap();
        assert!(empty.banned_account_list.unwrap().is_empty());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn other_groups_unknown_groups_and_bad_requests_are_refused() {
    let (harness, _clock) = setup();
    for driver in harness.drivers() {
        let n = driver.name();
        let owner = format!("rf-owner-{n}");
        import(&driver, &[&owner]).await;
        let public = group(&driver, GroupType::Public, &owner).await;
        let missing = format!("@TGS#missing-{n}");
        for (id, expected) in [(public.as_str(), 10007), (missing.as_str(), 10010)] {
            let marks = ModifyUserInfoRequest::set(id, [MemberMarks::new(&owner, [1000])]);
            assert_eq!(code(driver.send(&GetMembersRequest::new(id)).await), expected);
            assert_eq!(
                code(driver.send(&CheckMembersRequest::new(id, [&owner])).await),
                expected
            );
            assert_eq!(code(driver.send(&marks).await), expected);
            assert_eq!(code(driver.send(&AddRobotsRequest::new(id, [&owner])).await), expected);
            assert_eq!(code(driver.send(&DelRobotsRequest::new(id, [&owner])).await), expected);
            assert_eq!(
                code(driver.send(&ModifyAdminRequest::set(id, [&owner])).await),
                expected
            );
            assert_eq!(code(driver.send(&GetAdminListRequest::new(id)).await), expected);
            assert_eq!(
                code(driver.send(&BanGroupMemberRequest::new(id, [&owner], 60)).await),
                expected
            );
            assert_eq!(
                code(driver.send(&UnbanGroupMemberRequest::new(id, [&owner])).await),
                expected
            );
            assert_eq!(code(driver.send(&GetGroupBanMemberRequest::new(id)).await), expected);
        }
        assert_eq!(
            harness.emulator.join_avchatroom(&public, &owner),
            Err(ErrorCode::GroupPermissionDenied)
        );

        // The clients refuse what the pages rule out before sending.
        let av = group(&driver, GroupType::AvChatRoom, &owner).await;
        assert_eq!(
            validation(driver.send(&AddRobotsRequest::new(&av, Vec::<String>::new())).await),
            "Member_Account"
        );
        assert_eq!(
            validation(driver.send(&DelRobotsRequest::new(&av, [""])).await),
            "Member_Account[0]"
        );
        let many: Vec<String> = (0..21).map(|i| format!("u{i}")).collect();
        assert_eq!(
            validation(driver.send(&BanGroupMemberRequest::new(&av, &many, 60)).await),
            "Members_Account"
        );
        assert_eq!(
            validation(driver.send(&GetGroupBanMemberRequest::new(&av).limit(101)).await),
            "Limit"
        );
        let six: Vec<String> = (0..6).map(|i| format!("u{i}")).collect();
        assert_eq!(
            validation(driver.send(&ModifyAdminRequest::set(&av, &six)).await),
            "Admin_Account"
        );
        let low = ModifyUserInfoRequest::set(&av, [MemberMarks::new(&owner, [999])]);
        assert_eq!(validation(driver.send(&low).await), "MemberList[0].Marks[0]");
    }

    // The emulator validates bodies sent past the clients too.
    let body = r#"{"GroupId":"@TGS#x","Member_Account":[]}"#;
    assert_eq!(
        harness.raw_code("v4/group_open_avchatroom_http_svc/add_robots", body),
        10004
    );
    assert_eq!(
        harness.raw_code("v4/group_open_avchatroom_http_svc/del_robots", body),
        10004
    );
    let ban = format!(
        r#"{{"GroupId":"@TGS#x","Members_Account":{:?},"Duration":1}}"#,
        vec!["u"; 21]
    );
    assert_eq!(harness.raw_code("v4/group_open_http_svc/ban_group_member", &ban), 10005);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_online_list_pages_by_500_and_shows_the_latest_1000() {
    let (harness, _clock) = setup();
    for driver in harness.drivers() {
        let n = driver.name();
        let owner = format!("pg-owner-{n}");
        import(&driver, &[&owner]).await;
        let av = group(&driver, GroupType::AvChatRoom, &owner).await;
        let users: Vec<String> = (0..1100).map(|i| format!("pg-{i:04}-{n}")).collect();
        for chunk in users.chunks(100) {
            let names: Vec<&str> = chunk.iter().map(String::as_str).collect();
            import(&driver, &names).await;
        }
        for user in &users {
            harness.emulator.join_avchatroom(&av, user).unwrap();
        }
        let first = driver.send(&GetMembersRequest::new(&av)).await.unwrap();
        assert_eq!(first.member_list.as_ref().unwrap().len(), 500);
        assert_ne!(first.next_timestamp, Some(0));
        assert_eq!(
            online(&driver, &av, None).await,
            users[100..],
            "the latest 1000, in join order"
        );
        // check_members sees beyond the 1000.
        let check = CheckMembersRequest::new(&av, [&users[0], &users[1099]]);
        let found = driver.send(&check).await.unwrap().member_account.unwrap();
        assert_eq!(found, [users[0].clone(), users[1099].clone()]);
    }
}
