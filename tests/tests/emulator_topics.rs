//! The emulator's Community topics (`million_group_open_http_svc` and
//! `group_open_http_svc/import_topic`), on both clients: creating,
//! importing, reading, modifying and deleting topics, with the refusals;
//! the permission-group calls still take topic IDs; messages in topics
//! still answer 60017.

use tim_api::Error;
use tim_emulator::Emulator;
use tim_protocol::group::{
    AddTopicPermissionGroupRequest, CreateGroupRequest, CreatePermissionGroupRequest, CreateTopicRequest,
    DestroyTopicRequest, GetTopicRequest, GroupType, ImportTopicRequest, ModifyTopicRequest, MuteAll,
    SendGroupMsgRequest, TopicPermission,
};
use tim_protocol::ErrorCode;
use tim_tests::driver::Driver;
use tim_tests::emulator::{code, import};
use tim_tests::harness::Harness;

async fn community(driver: &Driver, owner: &str, members: &[&str], topics: bool) -> String {
    let mut request = CreateGroupRequest::with_members(GroupType::Community, "c", owner, members.iter().copied());
    if topics {
        request.support_topic = Some(1);
    }
    driver.send(&request).await.unwrap().group_id.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn topics_are_created_read_changed_and_deleted() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let [owner, a, outsider] = ["to", "ta", "tx"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&owner, &a, &outsider]).await;
        let group = community(&driver, &owner, &[&a], true).await;

        // Created with a generated ID and with a custom one.
        let generated = driver
            .send(&CreateTopicRequest::new(&group, "general").from(&a).custom_string("c"))
            .await
            .unwrap()
            .topic_id
            .unwrap();
        assert!(generated.starts_with(&format!("{group}@TOPIC#_")), "{generated}");
        let custom = format!("{group}@TOPIC#_news");
        let reply = driver
            .send(&CreateTopicRequest::new(&group, "news").topic_id(&custom))
            .await
            .unwrap();
        assert_eq!(reply.topic_id.as_deref(), Some(custom.as_str()));
        // Imported, at an earlier time.
        let imported = driver
            .send(&ImportTopicRequest::new(&group, "old").create_time(1_448_357_837))
            .await
            .unwrap()
            .topic_id
            .unwrap();

        // Every topic, in creation order, with the member's own state.
        let reply = driver.send(&GetTopicRequest::new(&group, &a)).await.unwrap();
        let entries = reply.topic_and_self_info.unwrap();
        let ids: Vec<_> = entries
            .iter()
            .map(|entry| entry.topic_info.as_ref().unwrap().topic_id.clone().unwrap())
            .collect();
        assert_eq!(ids, [generated.clone(), custom.clone(), imported.clone()]);
        let general = entries[0].topic_info.clone().unwrap();
        assert_eq!(general.topic_name.as_deref(), Some("general"));
        assert_eq!(general.custom_string.as_deref(), Some("c"));
        assert_eq!(general.group_id.as_deref(), Some(group.as_str()));
        assert_eq!(general.mute_all_member, Some(MuteAll::Off));
        assert_eq!(entries[0].self_info.as_ref().unwrap().msg_seq, Some(0));
        assert_eq!(entries[2].topic_info.as_ref().unwrap().create_time, Some(1_448_357_837));

        // Modified; read by ID with a filter, an unknown one failing alone.
        let mut modify = ModifyTopicRequest::new(&group, &custom).topic_name("headlines");
        modify.mute_all_member = Some(MuteAll::On);
        modify.notification = Some("read me".into());
        driver.send(&modify).await.unwrap();
        let unknown = format!("{group}@TOPIC#_none");
        let reply = driver
            .send(
                &GetTopicRequest::new(&group, &owner)
                    .topics([custom.clone(), unknown.clone()])
                    .response_filter(["TopicName", "MuteAllMember"]),
            )
            .await
            .unwrap();
        let entries = reply.topic_and_self_info.unwrap();
        let info = entries[0].topic_info.clone().unwrap();
        assert_eq!(info.topic_name.as_deref(), Some("headlines"));
        assert_eq!(info.mute_all_member, Some(MuteAll::On));
        assert_eq!(info.notification, None, "filtered out");
        assert_eq!(entries[1].error_code, ErrorCode::GroupNotFound);

        // Refusals: a custom ID in use, a non-member, an unknown topic.
        let again = CreateTopicRequest::new(&group, "again").topic_id(&custom);
        assert_eq!(code(driver.send(&again).await), ErrorCode::GroupIdInUse);
        let stranger = CreateTopicRequest::new(&group, "x").from(&outsider);
        assert_eq!(code(driver.send(&stranger).await), ErrorCode::GroupPermissionDenied);
        assert_eq!(
            code(driver.send(&GetTopicRequest::new(&group, &outsider)).await),
            ErrorCode::GroupPermissionDenied
        );
        let unknown_modify = ModifyTopicRequest::new(&group, &unknown).topic_name("n");
        assert_eq!(code(driver.send(&unknown_modify).await), ErrorCode::GroupNotFound);
        // A validation failure: never sent.
        match driver
            .send(&CreateTopicRequest::new(&group, "t").topic_id("mine"))
            .await
        {
            Err(Error::Validation(error)) => assert_eq!(error.field(), "TopicId"),
            other => panic!("expected a validation error, got {other:?}"),
        }

        // Deleted: per topic, 0, then 110003 for a deleted one, 10010 for
        // one that never was.
        let reply = driver
            .send(&DestroyTopicRequest::new(&group, [custom.clone()]))
            .await
            .unwrap();
        assert_eq!(reply.destroy_result_item.unwrap()[0].error_code, ErrorCode::Success);
        let reply = driver
            .send(&DestroyTopicRequest::new(&group, [custom.clone(), unknown.clone()]))
            .await
            .unwrap();
        let codes: Vec<_> = reply
            .destroy_result_item
            .unwrap()
            .into_iter()
            .map(|item| item.error_code)
            .collect();
        assert_eq!(codes, [ErrorCode::TopicDeleted, ErrorCode::GroupNotFound]);
        let reply = driver.send(&GetTopicRequest::new(&group, &a)).await.unwrap();
        assert_eq!(reply.topic_and_self_info.unwrap().len(), 2);
        // A deleted topic's ID may be used again.
        driver
            .send(&CreateTopicRequest::new(&group, "back").topic_id(&custom))
            .await
            .unwrap();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn only_topic_enabled_communities_have_topics() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let owner = format!("no-{n}");
        import(&driver, &[&owner]).await;
        let plain = community(&driver, &owner, &[], false).await;
        let work = driver
            .send(&CreateGroupRequest::new(GroupType::Work, "w").owner(&owner))
            .await
            .unwrap()
            .group_id
            .unwrap();
        for group in [&plain, &work] {
            assert_eq!(
                code(driver.send(&CreateTopicRequest::new(group, "t")).await),
                ErrorCode::GroupPermissionDenied
            );
            assert_eq!(
                code(driver.send(&ImportTopicRequest::new(group, "t")).await),
                ErrorCode::GroupPermissionDenied
            );
        }
        assert_eq!(
            code(driver.send(&GetTopicRequest::new("@TGS#_nope", &owner)).await),
            ErrorCode::GroupNotFound
        );
        let future = ImportTopicRequest::new(&plain, "t").create_time(u64::from(u32::MAX) * 4);
        assert_eq!(code(driver.send(&future).await), ErrorCode::GroupParameterInvalid);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn permission_groups_still_take_topic_ids_and_topic_messages_are_not_emulated() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let owner = format!("pt-{n}");
        import(&driver, &[&owner]).await;
        let group = community(&driver, &owner, &[], true).await;
        let topic = driver
            .send(&CreateTopicRequest::new(&group, "t"))
            .await
            .unwrap()
            .topic_id
            .unwrap();
        let permission_group = driver
            .send(&CreatePermissionGroupRequest::new(&group, "p"))
            .await
            .unwrap()
            .permission_group_id
            .unwrap();
        let reply = driver
            .send(&AddTopicPermissionGroupRequest::new(
                &group,
                &permission_group,
                [TopicPermission::new(&topic, 1)],
            ))
            .await
            .unwrap();
        let results = reply.topic_permission_result_list.unwrap();
        assert_eq!(results[0].error_code, ErrorCode::Success, "{results:?}");
        let mut send = SendGroupMsgRequest::text(&group, "hi", 1);
        send.topic_id = Some(topic);
        assert_eq!(code(driver.send(&send).await), ErrorCode::CallDisabled);
    }
}
