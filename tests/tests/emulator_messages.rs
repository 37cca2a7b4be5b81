//! The emulator's one-to-one messages in detail, on both clients: the
//! flags that change where a message goes, page sizes, modification,
//! extensions, read times and every documented refusal.

use tim_emulator::{emulated, Edition, Emulator};
use tim_protocol::message::{MsgElement, MsgKey, SendMsgControl, SyncOtherMachine};
use tim_protocol::openim::{
    AdminGetroammsgRequest, AdminGetroammsgResponse, AdminMsgwithdrawRequest, AdminSetMsgReadRequest,
    C2cMsgReadReceiptRequest, GetC2cUnreadMsgNumRequest, GetKeyValuesRequest, ImportmsgRequest, ModifyC2cMsgRequest,
    MsgExtension, SendmsgRequest, SetKeyValuesRequest, SyncFromOldSystem,
};
use tim_protocol::recentcontact::GetListRequest;
use tim_protocol::{Conversation, ErrorCode, ENDPOINTS};
use tim_tests::driver::Driver;
use tim_tests::emulator::{code, import};
use tim_tests::harness::{Harness, ADMIN};

const ALL_TIME: i64 = i64::MAX / 2;

async fn history(driver: &Driver, operator: &str, peer: &str) -> AdminGetroammsgResponse {
    driver
        .send(&AdminGetroammsgRequest::new(operator, peer, 100, 0, ALL_TIME))
        .await
        .unwrap()
}

fn text_of(reply: &AdminGetroammsgResponse) -> Vec<String> {
    reply
        .msg_list
        .iter()
        .flatten()
        .map(|m| match &m.msg_body[..] {
            [MsgElement::Text(text)] => text.text.clone(),
            other => format!("{other:?}"),
        })
        .collect()
}

async fn list(driver: &Driver, user: &str) -> Vec<Conversation> {
    let reply = driver.send(&GetListRequest::first_page(user)).await.unwrap();
    reply.sessions.iter().map(|s| s.conversation()).collect()
}

async fn unread(driver: &Driver, reader: &str, peer: &str) -> u64 {
    let reply = driver
        .send(&GetC2cUnreadMsgNumRequest::with_peers(reader, [peer]))
        .await
        .unwrap();
    reply.c2c_unread_msg_num_list.unwrap()[0].c2c_unread_msg_num
}

#[test]
fn every_one_to_one_profile_and_kick_endpoint_is_emulated() {
    for endpoint in ENDPOINTS {
        let path = endpoint.path();
        let mine = path.starts_with("v4/openim/")
            || path.starts_with("v4/openim_msg_ext_http_svc/")
            || path.starts_with("v4/profile/")
            || path == "v4/im_open_login_svc/kick";
        // modify_group_msg lives under openim, and group_get/set_key_values
        // under the extension service, but they are group calls.
        let group_call = path == "v4/openim/modify_group_msg" || endpoint.command().starts_with("group_");
        if mine && !group_call {
            assert!(emulated(path), "{path}");
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn flags_decide_whose_history_and_list_a_message_reaches() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let [a, b] = ["a", "b"].map(|u| format!("{u}-{}", driver.name()));
        import(&driver, &[&a, &b]).await;

        // SyncOtherMachine 2: the recipient has it, the sender does not.
        let mut unsynced = SendmsgRequest::text(&a, &b, "unsynced", 1);
        unsynced.sync_other_machine = Some(SyncOtherMachine::NoSync);
        driver.send(&unsynced).await.unwrap();
        assert_eq!(text_of(&history(&driver, &b, &a).await), ["unsynced"]);
        assert!(text_of(&history(&driver, &a, &b).await).is_empty());
        assert_eq!(list(&driver, &b).await, [Conversation::c2c(&a)]);
        assert!(list(&driver, &a).await.is_empty());

        // MsgLifeTime 0: online users only, and nobody is online.
        let mut online_only = SendmsgRequest::text(&a, &b, "online only", 2);
        online_only.msg_life_time = Some(0);
        let key = driver.send(&online_only).await.unwrap().msg_key.unwrap();
        assert_eq!(text_of(&history(&driver, &b, &a).await), ["unsynced"]);
        assert_eq!(unread(&driver, &b, &a).await, 1);
        let recall = AdminMsgwithdrawRequest::new(&a, &b, key);
        assert_eq!(code(driver.send(&recall).await), ErrorCode::from(20022));

        // NoLastMsg: stored, but no list moves.
        let mut silent = SendmsgRequest::text(&b, &a, "no last msg", 3);
        silent.send_msg_control = Some(vec![SendMsgControl::NoLastMsg]);
        driver.send(&silent).await.unwrap();
        assert!(list(&driver, &a).await.is_empty());
        assert_eq!(unread(&driver, &a, &b).await, 1);

        // A plain message puts it on both lists.
        driver.send(&SendmsgRequest::text(&a, &b, "plain", 4)).await.unwrap();
        assert_eq!(list(&driver, &a).await, [Conversation::c2c(&b)]);

        // Without From_Account the administrator sends.
        let from_admin = SendmsgRequest::new(&b, vec![MsgElement::text("notice")], 5);
        driver.send(&from_admin).await.unwrap();
        assert_eq!(list(&driver, &b).await[0], Conversation::c2c(ADMIN));
        assert_eq!(text_of(&history(&driver, &b, ADMIN).await), ["notice"]);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn history_pages_stop_at_13_kb_and_sends_deduplicate() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let [a, b] = ["a", "b"].map(|u| format!("{u}-{}", driver.name()));
        import(&driver, &[&a, &b]).await;
        for n in 0..3u32 {
            let mut request = SendmsgRequest::text(&a, &b, format!("{n}{}", "x".repeat(6000)), n);
            request.msg_seq = Some(n);
            driver.send(&request).await.unwrap();
        }
        let first = driver
            .send(&AdminGetroammsgRequest::new(&a, &b, 100, 0, ALL_TIME))
            .await
            .unwrap();
        assert_eq!((first.msg_cnt, first.is_complete()), (Some(2), false));
        let first_list = first.msg_list.clone().unwrap();
        assert_eq!(first.last_msg_key, first_list[0].msg_key, "the oldest of the page");
        let next = AdminGetroammsgRequest::new(&a, &b, 100, 0, ALL_TIME)
            .next_page(first.last_msg_time.unwrap(), first.last_msg_key.clone().unwrap());
        let second = driver.send(&next).await.unwrap();
        assert_eq!((second.msg_cnt, second.is_complete()), (Some(1), true));
        assert_eq!(second.msg_list.unwrap()[0].msg_seq, Some(0));

        // The same MsgSeq and MsgRandom in the same second: stored once.
        let mut again = SendmsgRequest::text(&a, &b, "again", 9);
        again.msg_seq = Some(9);
        let one = driver.send(&again).await.unwrap();
        let two = driver.send(&again).await.unwrap();
        if one.msg_time == two.msg_time {
            assert_eq!(one.msg_key, two.msg_key);
            assert_eq!(unread(&driver, &b, &a).await, 4, "three big ones and one of these");
        }

        // An empty range.
        let empty = driver
            .send(&AdminGetroammsgRequest::new(&a, &b, 10, 0, 1))
            .await
            .unwrap();
        assert_eq!(
            (empty.msg_cnt, empty.is_complete(), empty.last_msg_key),
            (Some(0), true, None)
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn read_times_modifications_and_refusals() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let [a, b] = ["a", "b"].map(|u| format!("{u}-{}", driver.name()));
        let ghost = format!("ghost-{}", driver.name());
        import(&driver, &[&a, &b]).await;

        // Real-time imports are unread; reading up to a time reads those at
        // or before it.
        for (n, time) in [(1u32, 100i64), (2, 200)] {
            let mut request = ImportmsgRequest::new(
                SyncFromOldSystem::Realtime,
                &a,
                &b,
                n,
                time,
                vec![MsgElement::text(format!("at {time}"))],
            );
            request.cloud_custom_data = Some("data".into());
            driver.send(&request).await.unwrap();
        }
        assert_eq!(unread(&driver, &b, &a).await, 2);
        let mut read = AdminSetMsgReadRequest::new(&b, &a);
        read.msg_read_time = Some(150);
        driver.send(&read).await.unwrap();
        assert_eq!(unread(&driver, &b, &a).await, 1);

        // Modification rewrites the body and the custom data.
        let stored = history(&driver, &a, &b).await.msg_list.unwrap();
        assert_eq!(stored[0].cloud_custom_data.as_deref(), Some("data"));
        let key = stored[0].msg_key.clone().unwrap();
        let modify = ModifyC2cMsgRequest::new(&a, &b, key.clone())
            .body(vec![MsgElement::text("rewritten")])
            .cloud_custom_data("new data");
        driver.send(&modify).await.unwrap();
        let stored = history(&driver, &b, &a).await.msg_list.unwrap();
        assert_eq!(stored[0].cloud_custom_data.as_deref(), Some("new data"));
        assert_eq!(stored[0].msg_body, vec![MsgElement::text("rewritten")]);
        // The key names a message from a to b, not from b to a.
        let reversed = ModifyC2cMsgRequest::new(&b, &a, key.clone()).cloud_custom_data("x");
        assert_eq!(code(driver.send(&reversed).await), ErrorCode::from(20022));
        let stranger = ModifyC2cMsgRequest::new(&ghost, &b, key.clone()).cloud_custom_data("x");
        assert_eq!(code(driver.send(&stranger).await), ErrorCode::from(20003));

        // The documented codes for unknown users and keys.
        let cases: Vec<(ErrorCode, tim_api::Error)> = vec![
            (
                ErrorCode::OpenimFromAccountInvalid,
                driver
                    .send(&AdminGetroammsgRequest::new(&ghost, &b, 1, 0, 1))
                    .await
                    .unwrap_err(),
            ),
            (
                ErrorCode::OpenimToAccountInvalid,
                driver
                    .send(&AdminGetroammsgRequest::new(&a, &ghost, 1, 0, 1))
                    .await
                    .unwrap_err(),
            ),
            (
                ErrorCode::OpenimFromAccountInvalid,
                driver
                    .send(&AdminMsgwithdrawRequest::new(&ghost, &b, key.clone()))
                    .await
                    .unwrap_err(),
            ),
            (
                ErrorCode::OpenimToAccountInvalid,
                driver
                    .send(&AdminMsgwithdrawRequest::new(&a, &ghost, key.clone()))
                    .await
                    .unwrap_err(),
            ),
            (
                ErrorCode::from(90054),
                driver
                    .send(&AdminMsgwithdrawRequest::new(&a, &b, MsgKey::new("not-a-key")))
                    .await
                    .unwrap_err(),
            ),
            (
                ErrorCode::OpenimFromAccountInvalid,
                driver.send(&AdminSetMsgReadRequest::new(&ghost, &a)).await.unwrap_err(),
            ),
            (
                ErrorCode::OpenimToAccountInvalid,
                driver.send(&AdminSetMsgReadRequest::new(&a, &ghost)).await.unwrap_err(),
            ),
            (
                ErrorCode::OpenimToAccountInvalid,
                driver
                    .send(&GetC2cUnreadMsgNumRequest::total(&ghost))
                    .await
                    .unwrap_err(),
            ),
            (
                ErrorCode::OpenimToAccountNotFound,
                driver
                    .send(&ImportmsgRequest::new(
                        SyncFromOldSystem::History,
                        &a,
                        &ghost,
                        1,
                        1,
                        vec![MsgElement::text("x")],
                    ))
                    .await
                    .unwrap_err(),
            ),
        ];
        for (index, (expected, error)) in cases.into_iter().enumerate() {
            assert_eq!(error.code(), Some(expected), "case {index}: {error}");
        }
        let counts = driver
            .send(&GetC2cUnreadMsgNumRequest::with_peers(&b, [&a, &ghost]))
            .await
            .unwrap();
        assert_eq!(counts.c2c_unread_msg_num_list.unwrap().len(), 1);
        let errors = counts.error_list.unwrap();
        assert_eq!(
            (errors[0].peer_account.as_str(), errors[0].error_code),
            (ghost.as_str(), ErrorCode::AccountNotFound)
        );
    }
}

#[test]
fn a_body_over_12_kb_is_refused_by_its_rules() {
    let harness = Harness::start(Emulator::builder());
    let body = serde_json::json!({
        "From_Account": ADMIN, "To_Account": ADMIN, "MsgRandom": 1,
        "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x".repeat(13 * 1024)}}]
    });
    let code = harness.raw_code("v4/openim/sendmsg", &body.to_string());
    // The page's 93000, "JSON data packet too long" (at most 12 KB).
    assert_eq!(code, ErrorCode::OpenimPacketTooLong.code());
}

#[tokio::test(flavor = "multi_thread")]
async fn extensions_keep_versioned_pairs_on_the_ultimate_edition() {
    let pro = Harness::start(Emulator::builder());
    let [driver, _] = pro.drivers();
    assert_eq!(
        code(driver.send(&GetKeyValuesRequest::new(ADMIN, "1_2_3")).await),
        ErrorCode::GroupRequestInvalid
    );

    let harness = Harness::start(Emulator::builder().edition(Edition::Enterprise));
    for driver in harness.drivers() {
        let [a, b] = ["a", "b"].map(|u| format!("{u}-{}", driver.name()));
        import(&driver, &[&a, &b]).await;
        let mut extensible = SendmsgRequest::text(&a, &b, "extensible", 1);
        extensible.support_message_extension = Some(1);
        let key = driver.send(&extensible).await.unwrap().msg_key.unwrap();
        let plain = driver
            .send(&SendmsgRequest::text(&a, &b, "plain", 2))
            .await
            .unwrap()
            .msg_key
            .unwrap();

        let set = |pairs: Vec<MsgExtension>| SetKeyValuesRequest::set(&b, key.clone(), pairs).from(&a);
        let first = driver
            .send(&set(vec![
                MsgExtension::new("k1", "v1", 0),
                MsgExtension::new("k2", "v2", 0),
            ]))
            .await
            .unwrap();
        let seqs: Vec<_> = first
            .extension_list
            .unwrap()
            .iter()
            .map(|r| (r.error_code, r.extension.as_ref().unwrap().seq))
            .collect();
        assert_eq!(seqs, [(ErrorCode::Success, Some(1)), (ErrorCode::Success, Some(1))]);
        driver.send(&set(vec![MsgExtension::new("k3", "v3", 0)])).await.unwrap();

        // Read as the page's sample shows it, with and without the sender.
        let all = driver.send(&GetKeyValuesRequest::new(&b, key.clone())).await.unwrap();
        assert_eq!(
            (all.complete_flag, all.latest_seq, all.clear_seq),
            (Some(1), Some(2), Some(0))
        );
        let pairs: Vec<_> = all
            .extension_list
            .unwrap()
            .iter()
            .map(|p| (p.key.clone(), p.seq))
            .collect();
        assert_eq!(
            pairs,
            [("k1".into(), Some(1)), ("k2".into(), Some(1)), ("k3".into(), Some(2))]
        );
        let later = driver
            .send(&GetKeyValuesRequest::new(&b, key.clone()).from(&a).start_seq(2))
            .await
            .unwrap();
        assert_eq!(later.extension_list.unwrap().len(), 1);

        // Delete one, then clear.
        driver
            .send(&SetKeyValuesRequest::delete(&b, key.clone(), [MsgExtension::new("k1", "", 1)]).from(&a))
            .await
            .unwrap();
        let left = driver.send(&GetKeyValuesRequest::new(&b, key.clone())).await.unwrap();
        assert_eq!((left.latest_seq, left.extension_list.unwrap().len()), (Some(3), 2));
        driver
            .send(&SetKeyValuesRequest::clear(&b, key.clone()).from(&a))
            .await
            .unwrap();
        let cleared = driver.send(&GetKeyValuesRequest::new(&b, key.clone())).await.unwrap();
        assert_eq!((cleared.clear_seq, cleared.extension_list.unwrap().len()), (Some(4), 0));

        assert_eq!(
            code(driver.send(&GetKeyValuesRequest::new(&b, plain)).await),
            ErrorCode::MsgExtUnsupported
        );
        assert_eq!(
            code(driver.send(&GetKeyValuesRequest::new(&b, "1_2_3")).await),
            ErrorCode::MsgExtMessageNotFound
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn read_receipts_show_in_the_senders_history_and_read_the_message() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let [a, b] = ["ra", "rb"].map(|u| format!("{u}-{}", driver.name()));
        import(&driver, &[&a, &b]).await;
        for text in ["one", "two"] {
            driver.send(&SendmsgRequest::text(&a, &b, text, 7)).await.unwrap();
        }
        let sent = history(&driver, &a, &b).await.msg_list.unwrap();
        assert_eq!(
            sent.iter().map(|m| m.is_peer_read).collect::<Vec<_>>(),
            [Some(0), Some(0)]
        );
        assert_eq!(unread(&driver, &b, &a).await, 2);

        // b sends a receipt for the first message only.
        let first = sent[0].msg_key.clone().unwrap();
        driver
            .send(&C2cMsgReadReceiptRequest::new(&b, &a, [first.clone()]))
            .await
            .unwrap();
        let sent = history(&driver, &a, &b).await.msg_list.unwrap();
        assert_eq!(
            sent.iter().map(|m| m.is_peer_read).collect::<Vec<_>>(),
            [Some(1), Some(0)]
        );
        assert_eq!(unread(&driver, &b, &a).await, 1);

        // A key of no message from a to b refuses the whole call: the
        // receipt of the real message sent beside it is not recorded.
        let second = sent[1].msg_key.clone().unwrap();
        let reversed = C2cMsgReadReceiptRequest::new(&a, &b, [first]);
        assert_eq!(code(driver.send(&reversed).await), ErrorCode::from(20022));
        let with_bad = C2cMsgReadReceiptRequest::new(&b, &a, [second, MsgKey::from("1_2_3")]);
        assert_eq!(code(driver.send(&with_bad).await), ErrorCode::from(20022));
        assert_eq!(unread(&driver, &b, &a).await, 1);

        let ghost = C2cMsgReadReceiptRequest::new(format!("ghost-{}", driver.name()), &a, [MsgKey::from("1_2_3")]);
        assert_eq!(code(driver.send(&ghost).await), ErrorCode::OpenimFromAccountInvalid);
    }
}
