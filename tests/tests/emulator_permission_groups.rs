//! The emulator's Community permission groups (`group_open_http_svc`), on
//! both clients: creating, reading page by page, modifying and destroying
//! them, their topic permissions and members, with the refusals; reading
//! given group members; deleting one-to-one messages from one side.

use tim_api::Error;
use tim_emulator::Emulator;
use tim_protocol::group::{
    AddPermissionGroupMemberRequest, AddTopicPermissionGroupRequest, CreateGroupRequest, CreatePermissionGroupRequest,
    DeletePermissionGroupMemberRequest, DeleteTopicPermissionGroupRequest, DestroyPermissionGroupRequest,
    GetPermissionGroupMemberListRequest, GetPermissionGroupRequest, GetSpecifiedGroupMemberInfoRequest,
    GetTopicPermissionGroupRequest, GroupType, MemberRole, ModifyPermissionGroupRequest,
    SetTopicPermissionGroupRequest, TopicPermission,
};
use tim_protocol::openim::{AdminGetroammsgRequest, DeleteC2cMsgRambleRequest, SendmsgRequest};
use tim_protocol::{ErrorCode, Paged};
use tim_tests::driver::Driver;
use tim_tests::emulator::{code, import};
use tim_tests::harness::Harness;

async fn group(driver: &Driver, kind: GroupType, owner: &str, members: &[&str]) -> String {
    let reply = driver
        .send(&CreateGroupRequest::with_members(
            kind,
            "pg",
            owner,
            members.iter().copied(),
        ))
        .await
        .unwrap();
    reply.group_id.unwrap()
}

/// Every permission group ID of `community`, read `limit` at a time.
async fn all_ids(driver: &Driver, community: &str, limit: u32) -> Vec<String> {
    let mut request = Some(GetPermissionGroupRequest::page(community, limit));
    let (mut ids, mut pages) = (Vec::new(), 0);
    while let Some(this) = request {
        let reply = driver.send(&this).await.unwrap();
        let page = reply.permission_group_info_list.clone().unwrap_or_default();
        assert!(page.len() <= limit as usize);
        ids.extend(page.into_iter().map(|info| info.permission_group_id));
        request = this.next_request(&reply);
        pages += 1;
        assert!(pages < 50, "paging does not end");
    }
    ids
}

/// Every member of a permission group, read `limit` at a time.
async fn all_members(driver: &Driver, community: &str, id: &str, limit: u32) -> Vec<String> {
    let mut request = Some(GetPermissionGroupMemberListRequest::new(community, id).page(limit));
    let mut names = Vec::new();
    while let Some(this) = request {
        let reply = driver.send(&this).await.unwrap();
        let page = reply.member_list.clone().unwrap_or_default();
        assert!(page.len() <= limit as usize);
        names.extend(page.into_iter().filter_map(|member| member.member_account));
        request = this.next_request(&reply);
    }
    names
}

#[tokio::test(flavor = "multi_thread")]
async fn permission_groups_are_created_read_changed_and_destroyed() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let [owner, a, b, outsider] = ["po", "pa", "pb", "px"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&owner, &a, &b, &outsider]).await;
        let community = group(&driver, GroupType::Community, &owner, &[&a, &b]).await;
        let work = group(&driver, GroupType::Work, &owner, &[&a]).await;

        // Created with a custom ID and with a generated one.
        let custom = format!("@PMG#_mods-{n}");
        let reply = driver
            .send(
                &CreatePermissionGroupRequest::new(&community, "moderators")
                    .permission_group_id(&custom)
                    .permission(123)
                    .custom_string("c"),
            )
            .await
            .unwrap();
        assert_eq!(reply.permission_group_id.as_deref(), Some(custom.as_str()));
        let generated = driver
            .send(&CreatePermissionGroupRequest::new(&community, "readers"))
            .await
            .unwrap()
            .permission_group_id
            .unwrap();
        assert!(generated.starts_with("@PMG#_"), "{generated}");
        let third = driver
            .send(&CreatePermissionGroupRequest::new(&community, "third"))
            .await
            .unwrap()
            .permission_group_id
            .unwrap();

        // Refusals: a custom ID in use, a group that is not a Community, no group.
        assert_eq!(
            code(
                driver
                    .send(&CreatePermissionGroupRequest::new(&community, "again").permission_group_id(&custom))
                    .await
            ),
            ErrorCode::GroupIdInUse
        );
        assert_eq!(
            code(driver.send(&CreatePermissionGroupRequest::new(&work, "w")).await),
            ErrorCode::GroupPermissionDenied
        );
        assert_eq!(
            code(driver.send(&CreatePermissionGroupRequest::new("@TGS#_nope", "w")).await),
            ErrorCode::GroupNotFound
        );
        // A validation failure: never sent.
        match driver.send(&GetPermissionGroupRequest::page(&community, 21)).await {
            Err(Error::Validation(error)) => assert_eq!(error.field(), "Limit"),
            other => panic!("expected a validation error, got {other:?}"),
        }

        // Read page by page, in creation order; by IDs, with a failed entry.
        assert_eq!(
            all_ids(&driver, &community, 2).await,
            [custom.clone(), generated.clone(), third.clone()]
        );
        let by_id = driver
            .send(&GetPermissionGroupRequest::ids(
                &community,
                [custom.as_str(), "@PMG#_nope"],
            ))
            .await
            .unwrap();
        let infos = by_id.permission_group_info_list.unwrap();
        assert_eq!(infos[0].permission_group_name.as_deref(), Some("moderators"));
        assert_eq!(
            (infos[0].permission, infos[0].custom_string.as_deref()),
            (Some(123), Some("c"))
        );
        assert_eq!(infos[1].error_code, ErrorCode::GroupNotFound);

        // Modified; an unknown permission group is 10010.
        driver
            .send(
                &ModifyPermissionGroupRequest::new(&community, &custom)
                    .name("mods")
                    .permission(7),
            )
            .await
            .unwrap();
        let info = driver
            .send(&GetPermissionGroupRequest::ids(&community, [custom.as_str()]))
            .await
            .unwrap()
            .permission_group_info_list
            .unwrap()
            .remove(0);
        assert_eq!(
            (
                info.permission_group_name.as_deref(),
                info.permission,
                info.custom_string.as_deref()
            ),
            (Some("mods"), Some(7), Some("c"))
        );
        assert_eq!(
            code(
                driver
                    .send(&ModifyPermissionGroupRequest::new(&community, "@PMG#_nope").name("x"))
                    .await
            ),
            ErrorCode::GroupNotFound
        );

        // Members: only the Community's, once each; listed page by page; removed.
        let added = driver
            .send(&AddPermissionGroupMemberRequest::new(
                &community,
                &custom,
                [a.as_str(), b.as_str(), a.as_str(), outsider.as_str()],
            ))
            .await
            .unwrap()
            .member_list
            .unwrap();
        let results: Vec<ErrorCode> = added.iter().map(|item| item.result).collect();
        assert_eq!(
            results,
            [
                ErrorCode::Success,
                ErrorCode::Success,
                ErrorCode::GroupAlreadyMember,
                ErrorCode::GroupPermissionDenied
            ]
        );
        assert_eq!(
            all_members(&driver, &community, &custom, 1).await,
            [a.clone(), b.clone()]
        );
        let page = driver
            .send(&GetPermissionGroupMemberListRequest::new(&community, &custom))
            .await
            .unwrap();
        let first = &page.member_list.unwrap()[0];
        assert_eq!(first.role, Some(MemberRole::Member));
        let counted = driver
            .send(&GetPermissionGroupRequest::ids(&community, [custom.as_str()]))
            .await
            .unwrap()
            .permission_group_info_list
            .unwrap();
        assert_eq!(counted[0].member_count, Some(2));
        driver
            .send(&DeletePermissionGroupMemberRequest::new(
                &community,
                &custom,
                [a.as_str(), outsider.as_str()],
            ))
            .await
            .unwrap();
        assert_eq!(all_members(&driver, &community, &custom, 5).await, vec![b.clone()]);
        assert_eq!(
            code(
                driver
                    .send(&AddPermissionGroupMemberRequest::new(
                        &community,
                        "@PMG#_nope",
                        [b.as_str()]
                    ))
                    .await
            ),
            ErrorCode::GroupNotFound
        );

        // Destroyed, one result per ID.
        let destroyed = driver
            .send(&DestroyPermissionGroupRequest::new(
                &community,
                [third.as_str(), "@PMG#_nope"],
            ))
            .await
            .unwrap()
            .permission_group_result_list
            .unwrap();
        assert_eq!(destroyed[0].error_code, ErrorCode::Success);
        assert_eq!(destroyed[1].error_code, ErrorCode::GroupNotFound);
        assert_eq!(
            all_ids(&driver, &community, 20).await,
            [custom.clone(), generated.clone()]
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn topic_permissions_are_added_set_read_and_deleted() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let owner = format!("to-{n}");
        import(&driver, &[&owner]).await;
        let community = group(&driver, GroupType::Community, &owner, &[]).await;
        let id = driver
            .send(&CreatePermissionGroupRequest::new(&community, "topics"))
            .await
            .unwrap()
            .permission_group_id
            .unwrap();
        let [t1, t2] = ["one", "two"].map(|t| format!("{community}@TOPIC#_{t}"));
        let foreign = "@TGS#_other@TOPIC#_x".to_owned();

        let added = driver
            .send(&AddTopicPermissionGroupRequest::new(
                &community,
                &id,
                [TopicPermission::new(&t1, 1), TopicPermission::new(&foreign, 1)],
            ))
            .await
            .unwrap()
            .topic_permission_result_list
            .unwrap();
        assert_eq!(added[0].error_code, ErrorCode::Success);
        assert_eq!(added[1].error_code, ErrorCode::GroupParameterInvalid);
        // Adding again, or setting a topic without permissions, fails per topic.
        let again = driver
            .send(&AddTopicPermissionGroupRequest::new(
                &community,
                &id,
                [TopicPermission::new(&t1, 2)],
            ))
            .await
            .unwrap();
        assert_eq!(
            again.topic_permission_result_list.unwrap()[0].error_code,
            ErrorCode::GroupParameterInvalid
        );
        let set = driver
            .send(&SetTopicPermissionGroupRequest::new(
                &community,
                &id,
                [TopicPermission::new(&t1, 6), TopicPermission::new(&t2, 6)],
            ))
            .await
            .unwrap()
            .topic_permission_result_list
            .unwrap();
        assert_eq!(
            (set[0].error_code, set[1].error_code),
            (ErrorCode::Success, ErrorCode::GroupParameterInvalid)
        );

        let all = driver
            .send(&GetTopicPermissionGroupRequest::all(&community, &id))
            .await
            .unwrap()
            .topic_permission_result_list
            .unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!((all[0].topic_id.as_str(), all[0].permission), (t1.as_str(), Some(6)));

        driver
            .send(&DeleteTopicPermissionGroupRequest::new(&community, &id, [&t1, &t2]))
            .await
            .unwrap();
        let read = driver
            .send(&GetTopicPermissionGroupRequest::all(&community, &id).topics([&t1]))
            .await
            .unwrap()
            .topic_permission_result_list
            .unwrap();
        assert_eq!(read[0].error_code, ErrorCode::GroupParameterInvalid);
        assert_eq!(
            code(
                driver
                    .send(&GetTopicPermissionGroupRequest::all(&community, "@PMG#_nope"))
                    .await
            ),
            ErrorCode::GroupNotFound
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn given_members_are_read_with_their_fields() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let [owner, a, outsider] = ["so", "sa", "sx"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&owner, &a, &outsider]).await;
        let work = group(&driver, GroupType::Work, &owner, &[&a]).await;
        let reply = driver
            .send(&GetSpecifiedGroupMemberInfoRequest::new(&work, [&a, &outsider, &owner, &a]).fields(["Role"]))
            .await
            .unwrap();
        let members = reply.member_list.unwrap();
        let listed: Vec<_> = members
            .iter()
            .map(|member| (member.member_account.clone().unwrap(), member.role.clone()))
            .collect();
        assert_eq!(
            listed,
            [
                (a.clone(), Some(MemberRole::Member)),
                (owner.clone(), Some(MemberRole::Owner))
            ]
        );
        assert_eq!(members[0].join_time, None);
        let owners = driver
            .send(&GetSpecifiedGroupMemberInfoRequest::new(&work, [&a, &owner]).roles([MemberRole::Owner]))
            .await
            .unwrap();
        assert_eq!(owners.member_list.unwrap().len(), 1);

        let live = group(&driver, GroupType::AvChatRoom, &owner, &[]).await;
        assert_eq!(
            code(
                driver
                    .send(&GetSpecifiedGroupMemberInfoRequest::new(&live, [&owner]))
                    .await
            ),
            ErrorCode::GroupPermissionDenied
        );
        assert_eq!(
            code(
                driver
                    .send(&GetSpecifiedGroupMemberInfoRequest::new("@TGS#nope", [&owner]))
                    .await
            ),
            ErrorCode::GroupNotFound
        );
        match driver
            .send(&GetSpecifiedGroupMemberInfoRequest::new(
                &work,
                (0..51).map(|i| format!("u{i}")),
            ))
            .await
        {
            Err(Error::Validation(error)) => assert_eq!(error.field(), "Member_List_Account"),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_deleted_message_leaves_one_side_only() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let [a, b, ghost] = ["da", "db", "dx"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&a, &b]).await;
        let mut keys = Vec::new();
        for random in [1, 2] {
            let reply = driver
                .send(&SendmsgRequest::text(&a, &b, format!("m{random}"), random))
                .await
                .unwrap();
            keys.push(reply.msg_key.unwrap());
        }
        let history = |who: &str, peer: &str| {
            let request = AdminGetroammsgRequest::new(who, peer, 20, 0, i64::from(u32::MAX));
            let driver = &driver;
            async move {
                let reply = driver.send(&request).await.unwrap();
                reply
                    .msg_list
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|message| message.msg_key)
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(history(&a, &b).await.len(), 2);

        let first = keys[0].as_str().to_owned();
        let delete = DeleteC2cMsgRambleRequest::new(&a, &b, [first.as_str(), "1_2_3"]);
        driver.send(&delete).await.unwrap();
        // Idempotent: deleting again changes nothing.
        driver.send(&delete).await.unwrap();
        assert_eq!(history(&a, &b).await, [keys[1].clone()]);
        // The peer still sees both (the history sorts by time, then MsgSeq).
        let mut peer = history(&b, &a).await;
        peer.sort_by(|x, y| x.as_str().cmp(y.as_str()));
        keys.sort_by(|x, y| x.as_str().cmp(y.as_str()));
        assert_eq!(peer, keys);

        assert_eq!(
            code(
                driver
                    .send(&DeleteC2cMsgRambleRequest::new(&ghost, &b, [first.as_str()]))
                    .await
            ),
            ErrorCode::OpenimFromAccountInvalid
        );
        assert_eq!(
            code(
                driver
                    .send(&DeleteC2cMsgRambleRequest::new(&a, &ghost, [first.as_str()]))
                    .await
            ),
            ErrorCode::OpenimToAccountInvalid
        );
        assert_eq!(
            code(
                driver
                    .send(&DeleteC2cMsgRambleRequest::new(&b, &a, ["not-a-key"]))
                    .await
            ),
            ErrorCode::from(90054)
        );
        assert_eq!(history(&b, &a).await.len(), 2);
        let none: [&str; 0] = [];
        assert!(matches!(
            driver.send(&DeleteC2cMsgRambleRequest::new(&a, &b, none)).await,
            Err(Error::Validation(_))
        ));
    }
}
