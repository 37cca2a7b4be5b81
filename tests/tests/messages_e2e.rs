//! One-to-one messages end to end, on both clients: send, batch-send and
//! import through the emulator, page the history with the pager, recall,
//! mark read and count unread, set and read profiles, and group a
//! conversation that arose from a message with the seed's
//! `update_contact_group`.

use futures_util::StreamExt;
use tim_api::Error;
use tim_emulator::Emulator;
use tim_protocol::message::MsgElement;
use tim_protocol::message::{MsgKey, SendMsgControl};
use tim_protocol::openim::{
    AdminGetroammsgRequest, AdminGetroammsgResponse, AdminMsgwithdrawRequest, AdminSetMsgReadRequest,
    BatchsendmsgRequest, GetC2cUnreadMsgNumRequest, ImportmsgRequest, SendmsgRequest, SyncFromOldSystem,
};
use tim_protocol::profile::{PortraitGetRequest, PortraitSetRequest, ProfileItem, ProfileTag};
use tim_protocol::recentcontact::{
    ContactEdit, CreateContactGroupRequest, GetContactGroupRequest, GetListRequest, UpdateContactGroupRequest,
};
use tim_protocol::{Conversation, ErrorCode};
use tim_tests::driver::Driver;
use tim_tests::emulator::{code, import};
use tim_tests::harness::Harness;

/// Every page of `first`, through the driver's pager (a `Stream` on the
/// async client, an `Iterator` on the blocking one).
async fn pages(driver: &Driver, first: AdminGetroammsgRequest) -> Vec<Result<AdminGetroammsgResponse, Error>> {
    match driver {
        Driver::Async(client) => client.pages(first).collect().await,
        Driver::Blocking(client) => {
            let client = client.clone();
            tokio::task::spawn_blocking(move || client.pages(first).collect())
                .await
                .expect("the blocking pager panicked")
        }
    }
}

/// The texts of a history, oldest first, from its pages (each page holds
/// older messages than the one before, listed oldest first).
fn texts(pages: &[AdminGetroammsgResponse]) -> Vec<String> {
    pages
        .iter()
        .rev()
        .flat_map(|page| page.msg_list.iter().flatten())
        .map(|message| match &message.msg_body[..] {
            [MsgElement::Text(text)] => text.text.clone(),
            other => panic!("not one text: {other:?}"),
        })
        .collect()
}

async fn unread(driver: &Driver, reader: &str, peer: &str) -> u64 {
    let reply = driver
        .send(&GetC2cUnreadMsgNumRequest::with_peers(reader, [peer]))
        .await
        .unwrap();
    reply.c2c_unread_msg_num_list.unwrap()[0].c2c_unread_msg_num
}

#[tokio::test(flavor = "multi_thread")]
async fn messages_flow_through_history_unread_profiles_and_conversation_groups() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let name = driver.name();
        let [alice, bob, carol] = ["alice", "bob", "carol"].map(|user| format!("{user}-{name}"));
        let ghost = format!("ghost-{name}");
        import(&driver, &[&alice, &bob, &carol]).await;

        // Imported history from carol to alice, long ago; an identical
        // import is dropped.
        for n in 0..3u32 {
            let mut request = ImportmsgRequest::new(
                SyncFromOldSystem::History,
                &carol,
                &alice,
                100 + n,
                1_600_000_000 + i64::from(n),
                vec![MsgElement::text(format!("old {n}"))],
            );
            request.msg_seq = Some(n);
            driver.send(&request).await.unwrap();
            driver.send(&request).await.unwrap();
        }

        // Five messages from alice to bob, in order.
        let mut keys = Vec::new();
        for n in 0..5u32 {
            let mut request = SendmsgRequest::text(&alice, &bob, format!("hi {n}"), 1000 + n);
            request.msg_seq = Some(n);
            let reply = driver.send(&request).await.unwrap();
            assert!(reply.msg_time.is_some(), "{name}");
            keys.push(reply.msg_key.unwrap());
        }
        assert_eq!(keys[0].parts().map(|(seq, random, _)| (seq, random)), Some((0, 1000)));

        // One batch to bob, carol and a user that does not exist.
        let mut batch = BatchsendmsgRequest::text(Some(&alice), [&bob, &carol, &ghost], "to all", 77);
        batch.msg_seq = Some(9);
        let reply = driver.send(&batch).await.unwrap();
        let errors = reply.error_list.unwrap();
        assert_eq!(errors.len(), 1);
        assert_eq!(
            (errors[0].to_account.as_str(), errors[0].error_code),
            (ghost.as_str(), ErrorCode::AccountNotFound)
        );
        assert!(reply.msg_key.is_some());

        // The history, two messages a page, through the pager.
        let first = AdminGetroammsgRequest::new(&bob, &alice, 2, 0, i64::MAX / 2);
        let all: Vec<_> = pages(&driver, first)
            .await
            .into_iter()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(all.len(), 3, "{name}: 6 messages, 2 a page");
        assert!(all.last().unwrap().is_complete());
        assert!(all[..2].iter().all(|page| !page.is_complete()));
        assert_eq!(
            texts(&all),
            ["hi 0", "hi 1", "hi 2", "hi 3", "hi 4", "to all"],
            "{name}"
        );
        let old = pages(
            &driver,
            AdminGetroammsgRequest::new(&alice, &carol, 100, 0, 1_700_000_000),
        )
        .await;
        let old: Vec<_> = old.into_iter().collect::<Result<_, _>>().unwrap();
        assert_eq!(texts(&old), ["old 0", "old 1", "old 2"], "{name}: imports deduplicated");

        // Recall: once, then the documented codes.
        let recall = AdminMsgwithdrawRequest::new(&alice, &bob, keys[1].clone());
        driver.send(&recall).await.unwrap();
        assert_eq!(code(driver.send(&recall).await), ErrorCode::from(20023));
        let missing = AdminMsgwithdrawRequest::new(&alice, &bob, MsgKey::new("1_2_3"));
        assert_eq!(code(driver.send(&missing).await), ErrorCode::from(20022));
        let history = driver
            .send(&AdminGetroammsgRequest::new(&alice, &bob, 100, 0, i64::MAX / 2))
            .await
            .unwrap();
        let recalled: Vec<bool> = history.msg_list.unwrap().iter().map(|m| m.is_recalled()).collect();
        assert_eq!(recalled, [false, true, false, false, false, false]);

        // Unread: six from alice, then read, then one that does not count
        // and one that does.
        assert_eq!(unread(&driver, &bob, &alice).await, 6, "{name}");
        assert_eq!(unread(&driver, &alice, &carol).await, 0, "history imports are read");
        let total = driver.send(&GetC2cUnreadMsgNumRequest::total(&carol)).await.unwrap();
        assert_eq!(total.all_c2c_unread_msg_num, Some(1));
        driver.send(&AdminSetMsgReadRequest::new(&bob, &alice)).await.unwrap();
        assert_eq!(unread(&driver, &bob, &alice).await, 0);
        let mut quiet = SendmsgRequest::text(&alice, &bob, "quiet", 5);
        quiet.send_msg_control = Some(vec![SendMsgControl::NoUnread]);
        driver.send(&quiet).await.unwrap();
        driver
            .send(&SendmsgRequest::text(&alice, &bob, "loud", 6))
            .await
            .unwrap();
        assert_eq!(unread(&driver, &bob, &alice).await, 1);

        // Profiles.
        driver
            .send(&PortraitSetRequest::new(
                &alice,
                [
                    ProfileItem::Nick("Alice".into()),
                    ProfileItem::custom_integer("Score", 7),
                ],
            ))
            .await
            .unwrap();
        let profiles = driver
            .send(&PortraitGetRequest::new(
                [&alice, &ghost],
                [ProfileTag::Nick, ProfileTag::Custom("Score".into())],
            ))
            .await
            .unwrap();
        let alice_profile = profiles.user(&alice).unwrap();
        assert_eq!(alice_profile.nick(), Some("Alice"));
        assert_eq!(
            alice_profile.profile_item.as_deref().unwrap()[1],
            ProfileItem::custom_integer("Score", 7)
        );
        assert_eq!(profiles.fail_account, Some(vec![ghost.clone()]));

        // The conversation that arose from sendmsg is on bob's list, and
        // goes into and out of a renamed conversation group.
        let list = driver.send(&GetListRequest::first_page(&bob)).await.unwrap();
        assert_eq!(list.sessions[0].conversation(), Conversation::c2c(&alice), "{name}");
        driver
            .send(&CreateContactGroupRequest::new(&bob, "friends", []))
            .await
            .unwrap();
        let renamed = driver
            .send(&UpdateContactGroupRequest::rename(&bob, "friends", "close friends"))
            .await
            .unwrap();
        let group_id = renamed.result.unwrap().group_id;
        let added = driver
            .send(&UpdateContactGroupRequest::edit_contacts(
                &bob,
                "close friends",
                [ContactEdit::add(Conversation::c2c(&alice))],
            ))
            .await
            .unwrap();
        assert_eq!(added.failed_contacts().count(), 0);
        let groups = driver.send(&GetContactGroupRequest::new(&bob, 0)).await.unwrap();
        assert_eq!(groups.groups[0].group_name, "close friends");
        let grouped: Vec<_> = groups
            .contacts
            .iter()
            .map(|c| (c.conversation.clone(), c.contact_group_ids.clone()))
            .collect();
        assert_eq!(grouped, [(Conversation::c2c(&alice), vec![group_id])]);
        let list = driver.send(&GetListRequest::first_page(&bob)).await.unwrap();
        assert_eq!(
            list.sessions[0].contact_group_ids,
            [group_id],
            "{name}: the list shows the group"
        );
        driver
            .send(&UpdateContactGroupRequest::edit_contacts(
                &bob,
                "close friends",
                [ContactEdit::remove(Conversation::c2c(&alice))],
            ))
            .await
            .unwrap();
        let groups = driver.send(&GetContactGroupRequest::new(&bob, 0)).await.unwrap();
        assert!(groups.contacts.is_empty(), "{name}");

        // Refusals with their documented codes.
        assert_eq!(
            code(driver.send(&SendmsgRequest::text(&ghost, &bob, "x", 1)).await),
            ErrorCode::from(20003)
        );
        assert_eq!(
            code(driver.send(&SendmsgRequest::text(&alice, &ghost, "x", 1)).await),
            ErrorCode::OpenimToAccountNotFound
        );
        let nobody = BatchsendmsgRequest::text(Some(&alice), [&ghost], "x", 1);
        assert_eq!(code(driver.send(&nobody).await), ErrorCode::OpenimToAccountNotFound);
        let stranger = ImportmsgRequest::new(
            SyncFromOldSystem::Realtime,
            &ghost,
            &bob,
            1,
            1_600_000_000,
            vec![MsgElement::text("x")],
        );
        assert_eq!(code(driver.send(&stranger).await), ErrorCode::OpenimFromAccountInvalid);
    }
}
