//! The emulator's relationship chain (`sns`): friends both ways and one
//! way, relations, remarks, friend lists, the pager, the blocklist and the
//! per-item refusal codes, on both clients.

use tim_api::BlockingClient;
use tim_emulator::Emulator;
use tim_protocol::account::MultiaccountImportRequest;
use tim_protocol::profile::{ProfileItem, ProfileTag};
use tim_protocol::sns::{
    AddSource, AddType, BlackCheckType, BlackListAddRequest, BlackListCheckRequest, BlackListDeleteRequest,
    BlackListGetRequest, BlackRelation, CheckType, DeleteType, FriendAddItem, FriendAddRequest, FriendCheckRequest,
    FriendDeleteAllRequest, FriendDeleteRequest, FriendField, FriendGetListRequest, FriendGetRequest, FriendImportItem,
    FriendImportRequest, FriendRelation, FriendTag, FriendUpdateItem, FriendUpdateRequest, GroupAddRequest,
    GroupDeleteRequest, GroupGetRequest, SnsItem, SnsTag,
};
use tim_protocol::ErrorCode;
use tim_tests::emulator::{code, import};
use tim_tests::harness::{Harness, ADMIN};

fn source() -> AddSource {
    AddSource::new("Test")
}

fn relation(reply: &tim_protocol::sns::FriendCheckResponse, user: &str) -> FriendRelation {
    reply.relation(user).cloned().expect("a relation")
}

#[tokio::test(flavor = "multi_thread")]
async fn friends_are_added_checked_updated_and_deleted() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let (a, b, c, d, ghost) = (
            format!("a-{n}"),
            format!("b-{n}"),
            format!("c-{n}"),
            format!("d-{n}"),
            format!("ghost-{n}"),
        );
        import(&driver, &[&a, &b, &c, &d]).await;

        // Both ways (the default) with b, one way with c; a ghost and
        // oneself fail item by item.
        let both = driver
            .send(&FriendAddRequest::new(
                &a,
                [
                    FriendAddItem::new(&b, source()).remark("bee").group_name("work"),
                    FriendAddItem::new(&ghost, source()),
                    FriendAddItem::new(&a, source()),
                ],
            ))
            .await
            .unwrap();
        assert!(both.result(&b).unwrap().is_success());
        assert_eq!(both.result(&ghost).unwrap().result_code, ErrorCode::SnsAccountNotFound);
        assert_eq!(both.result(&a).unwrap().result_code, ErrorCode::SnsParameterInvalid);
        assert_eq!(both.fail_account, Some(vec![ghost.clone(), a.clone()]));
        driver
            .send(&FriendAddRequest::new(&a, [FriendAddItem::new(&c, source())]).add_type(AddType::Single))
            .await
            .unwrap();
        // d adds a one way: a sees d as BWithA.
        driver
            .send(&FriendAddRequest::new(&d, [FriendAddItem::new(&a, source())]).add_type(AddType::Single))
            .await
            .unwrap();

        // Adding an existing friend again: 30001 Err_SNS_FriendAdd_Friend_Exist.
        let again = driver
            .send(&FriendAddRequest::new(&a, [FriendAddItem::new(&b, source())]))
            .await
            .unwrap();
        let item = again.result(&b).unwrap();
        assert_eq!(item.result_code, ErrorCode::SnsParameterInvalid);
        assert_eq!(item.result_info.as_deref(), Some("Err_SNS_FriendAdd_Friend_Exist"));

        let check = driver
            .send(&FriendCheckRequest::new(&a, [&b, &c, &d, &ghost], CheckType::Both))
            .await
            .unwrap();
        assert_eq!(relation(&check, &b), FriendRelation::BothWay);
        assert_eq!(relation(&check, &c), FriendRelation::AWithB);
        assert_eq!(relation(&check, &d), FriendRelation::BWithA);
        assert_eq!(check.fail_account, Some(vec![ghost.clone()]));
        let single = driver
            .send(&FriendCheckRequest::new(&a, [&b, &d], CheckType::Single))
            .await
            .unwrap();
        assert_eq!(relation(&single, &b), FriendRelation::AWithB);
        assert_eq!(relation(&single, &d), FriendRelation::NoRelation);

        // Update a remark, friend lists and a custom field; a non-friend fails.
        let updated = driver
            .send(&FriendUpdateRequest::new(
                &a,
                [
                    FriendUpdateItem::new(
                        &b,
                        [
                            SnsItem::Remark("buzz".into()),
                            SnsItem::Group(vec!["work".into(), "golf".into()]),
                            SnsItem::custom_text("Note", "x"),
                        ],
                    ),
                    FriendUpdateItem::new(&d, [SnsItem::Remark("no".into())]),
                ],
            ))
            .await
            .unwrap();
        assert_eq!(updated.fail_account, Some(vec![d.clone()]));
        let list = driver
            .send(&FriendGetListRequest::new(
                &a,
                [&b, &d],
                [
                    FriendTag::Sns(SnsTag::Remark),
                    FriendTag::Sns(SnsTag::Group),
                    FriendTag::Sns(SnsTag::Custom("Note".into())),
                    FriendTag::Profile(ProfileTag::Nick),
                ],
            ))
            .await
            .unwrap();
        assert_eq!(
            list.friend(&b).unwrap().sns_profile_item.as_deref().unwrap(),
            [
                FriendField::Sns(SnsItem::Remark("buzz".into())),
                FriendField::Sns(SnsItem::Group(vec!["work".into(), "golf".into()])),
                FriendField::Sns(SnsItem::custom_text("Note", "x")),
                FriendField::Profile(ProfileItem::Nick(String::new())),
            ]
        );
        assert_eq!(list.friend(&d).unwrap().result_code, ErrorCode::SnsNotFriend);

        // Friend lists: created by the update, counted, deleted.
        let groups = driver.send(&GroupGetRequest::new(&a).with_friends()).await.unwrap();
        let names: Vec<_> = groups
            .result_item
            .as_deref()
            .unwrap()
            .iter()
            .map(|g| g.group_name.clone())
            .collect();
        assert_eq!(names, ["work", "golf"]);
        assert_eq!(groups.result_item.unwrap()[0].to_account, Some(vec![b.clone()]));
        let added = driver
            .send(&GroupAddRequest::new(&a, ["chess"]).with_friends([&c, &d]))
            .await
            .unwrap();
        assert_eq!(added.fail_account, Some(vec![d.clone()]));
        assert_eq!(
            added.result_item.unwrap()[1].result_code,
            ErrorCode::SnsGroupAddNotFriend
        );
        driver.send(&GroupDeleteRequest::new(&a, ["golf"])).await.unwrap();
        assert_eq!(
            code(driver.send(&GroupDeleteRequest::new(&a, ["golf"])).await),
            ErrorCode::SnsParameterInvalid
        );
        let groups = driver.send(&GroupGetRequest::new(&a)).await.unwrap();
        let names: Vec<_> = groups.result_item.unwrap().into_iter().map(|g| g.group_name).collect();
        assert_eq!(names, ["work", "chess"]);

        // Delete one way, then both ways; a non-friend is 31704.
        let deleted = driver
            .send(&FriendDeleteRequest::new(&a, [&b]).delete_type(DeleteType::Single))
            .await
            .unwrap();
        assert!(deleted.fail_account.is_none());
        let check = driver
            .send(&FriendCheckRequest::new(&a, [&b], CheckType::Both))
            .await
            .unwrap();
        assert_eq!(relation(&check, &b), FriendRelation::BWithA);
        driver.send(&FriendDeleteRequest::new(&a, [&b])).await.unwrap();
        let gone = driver.send(&FriendDeleteRequest::new(&a, [&b])).await.unwrap();
        assert_eq!(gone.result_item.unwrap()[0].result_code, ErrorCode::SnsNotFriend);

        // Delete all, both ways: a's list empties and b loses its side too;
        // d's one-way entry for a stays (a never had d).
        driver
            .send(&FriendAddRequest::new(&a, [FriendAddItem::new(&b, source())]))
            .await
            .unwrap();
        driver
            .send(&FriendDeleteAllRequest::new(&a).delete_type(DeleteType::Both))
            .await
            .unwrap();
        let check = driver
            .send(&FriendCheckRequest::new(&a, [&b, &c, &d], CheckType::Both))
            .await
            .unwrap();
        assert_eq!(relation(&check, &b), FriendRelation::NoRelation);
        assert_eq!(relation(&check, &c), FriendRelation::NoRelation);
        assert_eq!(relation(&check, &d), FriendRelation::BWithA);

        // An unknown From_Account fails the whole call.
        assert_eq!(
            code(driver.send(&FriendGetRequest::new(&ghost)).await),
            ErrorCode::SnsAccountNotFound
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_blocklist_refuses_friends_and_reads_back() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let (a, b, c, ghost) = (
            format!("a-{n}"),
            format!("b-{n}"),
            format!("c-{n}"),
            format!("ghost-{n}"),
        );
        import(&driver, &[&a, &b, &c]).await;
        driver
            .send(&FriendAddRequest::new(&a, [FriendAddItem::new(&b, source())]))
            .await
            .unwrap();

        let blocked = driver
            .send(&BlackListAddRequest::new(&a, [&b, &c, &ghost]))
            .await
            .unwrap();
        assert_eq!(blocked.fail_account, Some(vec![ghost.clone()]));
        let again = driver.send(&BlackListAddRequest::new(&a, [&b])).await.unwrap();
        let item = &again.result_item.unwrap()[0];
        assert_eq!(item.result_code, ErrorCode::SnsParameterInvalid);
        assert_eq!(item.result_info.as_deref(), Some("Err_SNS_BlackListAdd_Already_Exist"));

        // Blocking ended the friendship both ways; adding is refused from
        // either side.
        let check = driver
            .send(&FriendCheckRequest::new(&a, [&b], CheckType::Both))
            .await
            .unwrap();
        assert_eq!(relation(&check, &b), FriendRelation::NoRelation);
        let mine = driver
            .send(&FriendAddRequest::new(&a, [FriendAddItem::new(&b, source())]))
            .await
            .unwrap();
        assert_eq!(mine.result(&b).unwrap().result_code, ErrorCode::SnsPeerBlocklisted);
        let theirs = driver
            .send(&FriendImportRequest::new(&b, [FriendImportItem::new(&a, source())]))
            .await
            .unwrap();
        assert_eq!(theirs.result_item.unwrap()[0].result_code, ErrorCode::SnsBlockedByPeer);

        let check = driver
            .send(&BlackListCheckRequest::new(&b, [&a, &c], BlackCheckType::Both))
            .await
            .unwrap();
        let relations: Vec<_> = check
            .black_list_check_item
            .unwrap()
            .into_iter()
            .map(|item| item.relation.unwrap())
            .collect();
        assert_eq!(relations, [BlackRelation::BWithA, BlackRelation::No]);

        let list = driver.send(&BlackListGetRequest::new(&a, 10)).await.unwrap();
        let ids: Vec<_> = list
            .black_list_item
            .unwrap()
            .into_iter()
            .map(|i| i.to_account)
            .collect();
        assert_eq!(ids, [b.clone(), c.clone()]);
        assert_eq!(list.start_index, Some(0));

        driver.send(&BlackListDeleteRequest::new(&a, [&b])).await.unwrap();
        let not_blocked = driver.send(&BlackListDeleteRequest::new(&a, [&b])).await.unwrap();
        assert_eq!(not_blocked.fail_account, Some(vec![b.clone()]));
        let added = driver
            .send(&FriendAddRequest::new(&a, [FriendAddItem::new(&b, source())]))
            .await
            .unwrap();
        assert!(added.result(&b).unwrap().is_success());
    }
}

#[test]
fn the_pagers_read_every_friend_and_blocked_user() {
    let harness = Harness::start(Emulator::builder());
    let client = BlockingClient::new(harness.config_as(ADMIN));
    let users: Vec<String> = (0..205).map(|i| format!("f{i:03}")).collect();
    for chunk in users.chunks(100) {
        client.send(&MultiaccountImportRequest::new(chunk)).unwrap();
    }
    client.send(&MultiaccountImportRequest::new(["owner"])).unwrap();
    let items: Vec<_> = users.iter().map(|u| FriendImportItem::new(u, source())).collect();
    let imported = client.send(&FriendImportRequest::new("owner", items)).unwrap();
    assert!(imported.fail_account.is_none());

    let pages: Vec<_> = client
        .pages(FriendGetRequest::new("owner"))
        .map(|page| page.unwrap())
        .collect();
    assert_eq!(pages.len(), 3, "100 friends a page");
    assert_eq!(pages[0].next_start_index, Some(100));
    assert_eq!(pages[2].next_start_index, Some(0));
    assert!(pages[2].is_complete() && !pages[0].is_complete());
    assert!(pages.iter().all(|page| page.friend_num == Some(205)));
    let seen: Vec<String> = pages
        .iter()
        .flat_map(|page| page.user_data_item.clone().unwrap())
        .map(|item| item.to_account)
        .collect();
    assert_eq!(seen, users);

    client.send(&BlackListAddRequest::new("owner", &users[..7])).unwrap();
    let pages: Vec<_> = client
        .pages(BlackListGetRequest::new("owner", 3))
        .map(|page| page.unwrap())
        .collect();
    assert_eq!(pages.len(), 3);
    let blocked: Vec<String> = pages
        .iter()
        .flat_map(|page| page.black_list_item.clone().unwrap())
        .map(|item| item.to_account)
        .collect();
    assert_eq!(blocked, users[..7]);
}
