//! The emulator's group calls beyond groups, members and messages, on both
//! clients: group counters, `delete_group_attr`, `clear_group_msg`,
//! `send_broadcast_msg`, read receipts (with reads reported through
//! `group_msg_receipt`), group message extensions and the online member
//! counts, each with its refusals.

use tim_api::Error;
use tim_emulator::{Edition, Emulator};
use tim_protocol::group::{
    ClearGroupMsgRequest, CounterMode, CreateGroupRequest, DeleteGroupAttrRequest, DeleteGroupCounterRequest,
    GetCommunityOnlineMemberNumRequest, GetGroupAttrRequest, GetGroupCounterRequest, GetGroupInfoRequest,
    GetGroupMsgReceiptDetailRequest, GetGroupMsgReceiptRequest, GetOnlineMemberNumRequest, GroupAttr, GroupCounter,
    GroupGetKeyValuesRequest, GroupMsgGetSimpleRequest, GroupMsgReceiptRequest, GroupSetKeyValuesRequest, GroupType,
    SendBroadcastMsgRequest, SendGroupMsgRequest, SetGroupAttrRequest, UpdateGroupCounterRequest,
};
use tim_protocol::message::MsgElement;
use tim_protocol::openim::MsgExtension;
use tim_protocol::{ErrorCode, Paged};
use tim_tests::driver::Driver;
use tim_tests::emulator::{code, import};
use tim_tests::harness::Harness;

async fn group(driver: &Driver, kind: GroupType, owner: &str, members: &[&str]) -> String {
    let request = if kind == GroupType::AvChatRoom {
        CreateGroupRequest::new(kind, "x").owner(owner)
    } else {
        CreateGroupRequest::with_members(kind, "x", owner, members.iter().copied())
    };
    driver.send(&request).await.unwrap().group_id.unwrap()
}

/// Sends "hi" from `from` to `group`, asking for a receipt and extensions
/// as told; the message's sequence number.
async fn say(driver: &Driver, group: &str, from: &str, receipt: bool, extensions: bool) -> u64 {
    let mut request = SendGroupMsgRequest::text(group, "hi", 7).from(from);
    request.need_read_receipt = receipt.then_some(1);
    request.support_message_extension = extensions.then_some(1);
    driver.send(&request).await.unwrap().msg_seq.unwrap()
}

fn counters(reply: Option<Vec<GroupCounter>>) -> Vec<(String, i64)> {
    reply
        .unwrap_or_default()
        .into_iter()
        .map(|counter| (counter.key, counter.value))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn counters_are_set_increased_decreased_and_deleted() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let owner = format!("co-{}", driver.name());
        import(&driver, &[&owner]).await;
        let g = group(&driver, GroupType::Public, &owner, &[]).await;
        let pair = |key: &str, value: i64| (key.to_owned(), value);

        let set = UpdateGroupCounterRequest::new(&g, [GroupCounter::new("like", 5), GroupCounter::new("unlike", 1)]);
        let reply = driver.send(&set).await.unwrap();
        assert_eq!(counters(reply.group_counter), [pair("like", 5), pair("unlike", 1)]);
        let up = UpdateGroupCounterRequest::new(&g, [GroupCounter::new("like", 3)]).mode(CounterMode::Increase);
        assert_eq!(
            counters(driver.send(&up).await.unwrap().group_counter),
            [pair("like", 8)]
        );
        let down = UpdateGroupCounterRequest::new(&g, [GroupCounter::new("new", 2)]).mode(CounterMode::Decrease);
        assert_eq!(
            counters(driver.send(&down).await.unwrap().group_counter),
            [pair("new", -2)]
        );

        let all = driver.send(&GetGroupCounterRequest::new(&g)).await.unwrap();
        assert_eq!(
            counters(all.group_counter),
            [pair("like", 8), pair("new", -2), pair("unlike", 1)]
        );
        let some = GetGroupCounterRequest::new(&g).keys(["unlike", "absent"]);
        assert_eq!(
            counters(driver.send(&some).await.unwrap().group_counter),
            [pair("unlike", 1)]
        );

        driver
            .send(&DeleteGroupCounterRequest::new(&g, ["new", "absent"]))
            .await
            .unwrap();
        let all = driver.send(&GetGroupCounterRequest::new(&g)).await.unwrap();
        assert_eq!(counters(all.group_counter), [pair("like", 8), pair("unlike", 1)]);
        // Without keys, every counter goes (the page's "no value passed in").
        let spare = group(&driver, GroupType::Work, &owner, &[]).await;
        let two = UpdateGroupCounterRequest::new(&spare, [GroupCounter::new("a", 1), GroupCounter::new("b", 2)]);
        driver.send(&two).await.unwrap();
        driver.send(&DeleteGroupCounterRequest::all(&spare)).await.unwrap();
        let none = driver.send(&GetGroupCounterRequest::new(&spare)).await.unwrap();
        assert!(counters(none.group_counter).is_empty());
        let none_keys: [&str; 0] = [];
        match driver.send(&DeleteGroupCounterRequest::new(&spare, none_keys)).await {
            Err(Error::Validation(error)) => assert_eq!(error.field(), "GroupCounterKeys"),
            other => panic!("expected a validation error, got {other:?}"),
        }

        // 10063: more than 20 counters on the group (nothing changes).
        let many = UpdateGroupCounterRequest::new(&g, (0..19).map(|n| GroupCounter::new(format!("k{n}"), n)));
        assert_eq!(code(driver.send(&many).await), ErrorCode::GroupCounterLimit);
        let all = driver.send(&GetGroupCounterRequest::new(&g)).await.unwrap();
        assert_eq!(all.group_counter.unwrap().len(), 2);
        // 10004: out of the 64-bit range.
        let overflow =
            UpdateGroupCounterRequest::new(&g, [GroupCounter::new("like", i64::MAX)]).mode(CounterMode::Increase);
        assert_eq!(code(driver.send(&overflow).await), ErrorCode::GroupParameterInvalid);
        // 10007 for a Community, 10010 without the group.
        let community = group(&driver, GroupType::Community, &owner, &[]).await;
        assert_eq!(
            code(driver.send(&GetGroupCounterRequest::new(&community)).await),
            ErrorCode::GroupPermissionDenied
        );
        assert_eq!(
            code(driver.send(&GetGroupCounterRequest::new("@TGS#nope")).await),
            ErrorCode::GroupNotFound
        );
        // A validation failure: 21 counters in one request, never sent.
        let too_many = UpdateGroupCounterRequest::new(&g, (0..21).map(|n| GroupCounter::new(format!("k{n}"), n)));
        match driver.send(&too_many).await {
            Err(Error::Validation(error)) => assert_eq!(error.field(), "GroupCounter"),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn group_attributes_are_deleted_by_key() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let owner = format!("ao-{}", driver.name());
        import(&driver, &[&owner]).await;
        let g = group(&driver, GroupType::AvChatRoom, &owner, &[]).await;
        let attrs = [
            GroupAttr::new("a", "1"),
            GroupAttr::new("b", "2"),
            GroupAttr::new("c", "3"),
        ];
        driver.send(&SetGroupAttrRequest::new(&g, attrs)).await.unwrap();
        driver
            .send(&DeleteGroupAttrRequest::new(&g, ["a", "c", "absent"]))
            .await
            .unwrap();
        let reply = driver.send(&GetGroupAttrRequest::new(&g)).await.unwrap();
        assert_eq!(reply.group_attr_ary.unwrap(), [GroupAttr::new("b", "2")]);
        assert_eq!(
            code(driver.send(&DeleteGroupAttrRequest::new("@TGS#nope", ["a"])).await),
            ErrorCode::GroupNotFound
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn clearing_history_keeps_the_admins_view_and_broadcasts_reach_every_av_group() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let [owner, a] = ["bo", "ba"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&owner, &a]).await;

        // clear_group_msg: all or up to a MsgSeq; the admin still reads them.
        let g = group(&driver, GroupType::Work, &owner, &[&a]).await;
        for _ in 0..3 {
            say(&driver, &g, &a, false, false).await;
        }
        driver.send(&ClearGroupMsgRequest::new(&g).up_to(2)).await.unwrap();
        driver.send(&ClearGroupMsgRequest::new(&g)).await.unwrap();
        let history = driver.send(&GroupMsgGetSimpleRequest::new(&g, 5)).await.unwrap();
        assert_eq!(history.rsp_msg_list.unwrap().len(), 3);
        let community = group(&driver, GroupType::Community, &owner, &[]).await;
        assert_eq!(
            code(driver.send(&ClearGroupMsgRequest::new(&community)).await),
            ErrorCode::GroupPermissionDenied
        );
        assert_eq!(
            code(driver.send(&ClearGroupMsgRequest::new("@TGS#nope")).await),
            ErrorCode::GroupNotFound
        );

        // send_broadcast_msg: one more message in each AVChatRoom.
        let live = [
            group(&driver, GroupType::AvChatRoom, &owner, &[]).await,
            group(&driver, GroupType::AvChatRoom, &owner, &[]).await,
        ];
        let next_seqs = |reply: tim_protocol::group::GetGroupInfoResponse| -> Vec<u64> {
            reply
                .group_info
                .unwrap()
                .into_iter()
                .map(|info| info.next_msg_seq.unwrap())
                .collect()
        };
        let info = GetGroupInfoRequest::new(live.iter().chain([&g]));
        let before = next_seqs(driver.send(&info).await.unwrap());
        let body = vec![MsgElement::text("to all")];
        let first = driver
            .send(&SendBroadcastMsgRequest::new(body.clone(), 1))
            .await
            .unwrap();
        let mut from = SendBroadcastMsgRequest::new(body.clone(), 2);
        from.from_account = Some(a.clone());
        let second = driver.send(&from).await.unwrap();
        assert!(second.msg_seq.unwrap() > first.msg_seq.unwrap());
        let after = next_seqs(driver.send(&info).await.unwrap());
        assert_eq!(
            after,
            [before[0] + 2, before[1] + 2, before[2]],
            "the work group gets none"
        );
        let mut stranger = SendBroadcastMsgRequest::new(body, 3);
        stranger.from_account = Some(format!("nobody-{n}"));
        assert_eq!(code(driver.send(&stranger).await), ErrorCode::GroupAccountNotFound);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_member_has_read_a_message_once_it_spoke_after_it() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let [owner, a, b, c] = ["ro", "ra", "rb", "rc"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&owner, &a, &b, &c]).await;
        let g = group(&driver, GroupType::Public, &owner, &[&a, &b, &c]).await;
        let asked = say(&driver, &g, &owner, true, false).await;
        let plain = say(&driver, &g, &a, false, false).await;
        say(&driver, &g, &c, false, false).await;

        // The sender is not counted: a and c spoke after it, b did not.
        let reply = driver
            .send(&GetGroupMsgReceiptRequest::new(&g, [asked, plain, 99]))
            .await
            .unwrap();
        let list = reply.group_msg_receipt_list.unwrap();
        assert_eq!(
            (list[0].code, list[0].read_num, list[0].unread_num),
            (Some(0), Some(2), Some(1))
        );
        assert_eq!(list[1].code, Some(10062), "sent without NeedReadReceipt");
        assert_eq!(list[2].code, Some(10062), "no such message");

        // Readers one at a time, in join order; the non-reader.
        let mut request = Some(GetGroupMsgReceiptDetailRequest::readers(&g, asked, 1));
        let mut readers = Vec::new();
        while let Some(this) = request {
            let reply = driver.send(&this).await.unwrap();
            readers.extend(reply.read_list.clone().unwrap().into_iter().map(|r| r.read_account));
            request = this.next_request(&reply);
        }
        assert_eq!(readers, [a.clone(), c.clone()]);
        let reply = driver
            .send(&GetGroupMsgReceiptDetailRequest::non_readers(&g, asked, 10))
            .await
            .unwrap();
        let unread: Vec<_> = reply
            .unread_list
            .unwrap()
            .into_iter()
            .map(|u| u.unread_account)
            .collect();
        assert_eq!(unread, [b.as_str()]);
        assert_eq!(reply.is_finish, Some(1));

        // b speaks: now it has read it too.
        say(&driver, &g, &b, false, false).await;
        let reply = driver.send(&GetGroupMsgReceiptRequest::new(&g, [asked])).await.unwrap();
        assert_eq!(reply.group_msg_receipt_list.unwrap()[0].read_num, Some(3));

        // Refusals: no receipt (10062), an AVChatRoom (10007), no group.
        assert_eq!(
            code(
                driver
                    .send(&GetGroupMsgReceiptDetailRequest::readers(&g, plain, 5))
                    .await
            ),
            ErrorCode::GroupReceiptNotFound
        );
        let live = group(&driver, GroupType::AvChatRoom, &owner, &[]).await;
        assert_eq!(
            code(driver.send(&GetGroupMsgReceiptRequest::new(&live, [1])).await),
            ErrorCode::GroupPermissionDenied
        );
        assert_eq!(
            code(driver.send(&GetGroupMsgReceiptRequest::new("@TGS#nope", [1])).await),
            ErrorCode::GroupNotFound
        );
        match driver
            .send(&GetGroupMsgReceiptDetailRequest::readers(&g, asked, 201))
            .await
        {
            Err(Error::Validation(error)) => assert_eq!(error.field(), "Count"),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reported_read_counts_the_member_as_a_reader() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let [owner, a, b, outsider] = ["po", "pa", "pb", "px"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&owner, &a, &b, &outsider]).await;
        let g = group(&driver, GroupType::Work, &owner, &[&a, &b]).await;
        let first = say(&driver, &g, &owner, true, false).await;
        let second = say(&driver, &g, &owner, true, false).await;
        let plain = say(&driver, &g, &owner, false, false).await;
        let counts = |seqs: [u64; 2]| GetGroupMsgReceiptRequest::new(&g, seqs);
        let read_nums = |reply: tim_protocol::group::GetGroupMsgReceiptResponse| -> Vec<_> {
            reply
                .group_msg_receipt_list
                .unwrap()
                .into_iter()
                .map(|item| (item.read_num, item.unread_num))
                .collect()
        };
        assert_eq!(
            read_nums(driver.send(&counts([first, second])).await.unwrap()),
            [(Some(0), Some(2)), (Some(0), Some(2))]
        );

        // b reports both read (twice: nothing more changes); a did not speak
        // or report, so it has not read them.
        let report = GroupMsgReceiptRequest::new(&g, &b, [first, second]);
        driver.send(&report).await.unwrap();
        driver.send(&report).await.unwrap();
        assert_eq!(
            read_nums(driver.send(&counts([first, second])).await.unwrap()),
            [(Some(1), Some(1)), (Some(1), Some(1))]
        );
        let readers = driver
            .send(&GetGroupMsgReceiptDetailRequest::readers(&g, first, 10))
            .await
            .unwrap();
        let readers: Vec<_> = readers.read_list.unwrap().into_iter().map(|r| r.read_account).collect();
        assert_eq!(readers, [b.as_str()]);
        let non_readers = driver
            .send(&GetGroupMsgReceiptDetailRequest::non_readers(&g, second, 10))
            .await
            .unwrap();
        let non_readers: Vec<_> = non_readers
            .unread_list
            .unwrap()
            .into_iter()
            .map(|u| u.unread_account)
            .collect();
        assert_eq!(non_readers, [a.as_str()]);
        // The sender reporting its own message changes no count.
        driver
            .send(&GroupMsgReceiptRequest::new(&g, &owner, [first]))
            .await
            .unwrap();
        assert_eq!(
            read_nums(driver.send(&counts([first, second])).await.unwrap())[0],
            (Some(1), Some(1))
        );

        // Refusals, all or nothing: 10062 for a message without a receipt
        // (a's report of `first` is not kept either), 10007 for a
        // non-member, an AVChatRoom or a Community, 10010 without the group.
        assert_eq!(
            code(driver.send(&GroupMsgReceiptRequest::new(&g, &a, [first, plain])).await),
            ErrorCode::GroupReceiptNotFound
        );
        assert_eq!(
            code(driver.send(&GroupMsgReceiptRequest::new(&g, &a, [999])).await),
            ErrorCode::GroupReceiptNotFound
        );
        assert_eq!(
            read_nums(driver.send(&counts([first, second])).await.unwrap())[0],
            (Some(1), Some(1))
        );
        assert_eq!(
            code(driver.send(&GroupMsgReceiptRequest::new(&g, &outsider, [first])).await),
            ErrorCode::GroupPermissionDenied
        );
        let live = group(&driver, GroupType::AvChatRoom, &owner, &[]).await;
        assert_eq!(
            code(driver.send(&GroupMsgReceiptRequest::new(&live, &owner, [1])).await),
            ErrorCode::GroupPermissionDenied
        );
        let community = group(&driver, GroupType::Community, &owner, &[&a]).await;
        assert_eq!(
            code(driver.send(&GroupMsgReceiptRequest::new(&community, &a, [1])).await),
            ErrorCode::GroupPermissionDenied
        );
        assert_eq!(
            code(driver.send(&GroupMsgReceiptRequest::new("@TGS#nope", &a, [1])).await),
            ErrorCode::GroupNotFound
        );
        let none: [u64; 0] = [];
        match driver.send(&GroupMsgReceiptRequest::new(&g, &a, none)).await {
            Err(Error::Validation(error)) => assert_eq!(error.field(), "MsgSeqList"),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn group_message_extensions_follow_the_one_to_one_rules() {
    let harness = Harness::start(Emulator::builder().edition(Edition::Enterprise));
    for driver in harness.drivers() {
        let n = driver.name();
        let owner = format!("eo-{n}");
        import(&driver, &[&owner]).await;
        let g = group(&driver, GroupType::Work, &owner, &[]).await;
        let seq = say(&driver, &g, &owner, false, true).await;
        let plain = say(&driver, &g, &owner, false, false).await;

        let set = GroupSetKeyValuesRequest::set(
            &g,
            seq,
            [MsgExtension::new("k1", "v1", 0), MsgExtension::new("k2", "v2", 0)],
        );
        let reply = driver.send(&set).await.unwrap();
        let results = reply.extension_list.unwrap();
        assert_eq!(results.len(), 2);
        assert_eq!(results[0].extension.as_ref().unwrap().seq, Some(1));
        let delete = GroupSetKeyValuesRequest::delete(&g, seq, [MsgExtension::new("k1", "", 1)]);
        driver.send(&delete).await.unwrap();
        let reply = driver.send(&GroupGetKeyValuesRequest::new(&g, seq)).await.unwrap();
        assert_eq!(reply.latest_seq, Some(2));
        assert_eq!(reply.complete_flag, Some(1));
        assert_eq!(reply.extension_list.unwrap(), [MsgExtension::new("k2", "v2", 1)]);
        driver.send(&GroupSetKeyValuesRequest::clear(&g, seq)).await.unwrap();
        let reply = driver.send(&GroupGetKeyValuesRequest::new(&g, seq)).await.unwrap();
        assert_eq!((reply.latest_seq, reply.clear_seq), (Some(3), Some(3)));
        assert_eq!(reply.extension_list.unwrap(), []);

        // Refusals: not sent with SupportMessageExtension, no such message,
        // an AVChatRoom, no group.
        assert_eq!(
            code(driver.send(&GroupGetKeyValuesRequest::new(&g, plain)).await),
            ErrorCode::MsgExtUnsupported
        );
        assert_eq!(
            code(driver.send(&GroupGetKeyValuesRequest::new(&g, 99)).await).code(),
            10030
        );
        let live = group(&driver, GroupType::AvChatRoom, &owner, &[]).await;
        assert_eq!(
            code(driver.send(&GroupGetKeyValuesRequest::new(&live, 1)).await),
            ErrorCode::GroupPermissionDenied
        );
        assert_eq!(
            code(driver.send(&GroupGetKeyValuesRequest::new("@TGS#nope", 1)).await),
            ErrorCode::GroupNotFound
        );
    }

    // Another edition: 10008.
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let owner = format!("ep-{}", driver.name());
        import(&driver, &[&owner]).await;
        let g = group(&driver, GroupType::Work, &owner, &[]).await;
        let seq = say(&driver, &g, &owner, false, true).await;
        assert_eq!(
            code(driver.send(&GroupGetKeyValuesRequest::new(&g, seq)).await),
            ErrorCode::GroupRequestInvalid
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn nobody_is_online() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let owner = format!("oo-{}", driver.name());
        import(&driver, &[&owner]).await;
        let live = group(&driver, GroupType::AvChatRoom, &owner, &[]).await;
        let community = group(&driver, GroupType::Community, &owner, &[]).await;
        let reply = driver.send(&GetOnlineMemberNumRequest::new(&live)).await.unwrap();
        assert_eq!(reply.online_member_num, Some(0));
        let reply = driver
            .send(&GetCommunityOnlineMemberNumRequest::new(&community))
            .await
            .unwrap();
        assert_eq!(reply.online_member_num, Some(0));
        // Each call serves one group type.
        assert_eq!(
            code(driver.send(&GetOnlineMemberNumRequest::new(&community)).await),
            ErrorCode::GroupPermissionDenied
        );
        assert_eq!(
            code(driver.send(&GetCommunityOnlineMemberNumRequest::new(&live)).await),
            ErrorCode::GroupPermissionDenied
        );
        assert_eq!(
            code(driver.send(&GetOnlineMemberNumRequest::new("@TGS#nope")).await),
            ErrorCode::GroupNotFound
        );
    }
}
