//! Both clients set, clear, list and search conversation marks.

use tim_emulator::{Edition, Emulator};
use tim_protocol::recentcontact::{
    GetContactGroupRequest, MarkContactRequest, MarkItem, MarkOp, SearchContactGroupRequest,
};
use tim_protocol::{Conversation, ErrorCode};
use tim_tests::emulator::import;
use tim_tests::harness::Harness;

fn mark(conversation: Conversation, op: MarkOp, set: &[u32], clear: &[u32], custom: Option<&str>) -> MarkItem {
    let mut item = MarkItem::new(op, conversation);
    item.set_mark = set.to_vec();
    item.clear_mark = clear.to_vec();
    item.custom_mark = custom.map(str::to_owned);
    item
}

#[tokio::test(flavor = "multi_thread")]
async fn marks_are_set_cleared_listed_and_searched() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let user = format!("marker-{}", driver.name());
        import(&driver, &[&user]).await;
        let peer = Conversation::c2c("peer");
        let items = [
            mark(peer.clone(), MarkOp::Both, &[1, 2, 3, 6], &[], Some("abcd")),
            mark(Conversation::group("@TGS#x"), MarkOp::Custom, &[], &[], None),
        ];
        let reply = driver.send(&MarkContactRequest::new(&user, items)).await.unwrap();
        let codes: Vec<_> = reply.results.iter().map(|r| r.result_code).collect();
        assert_eq!(
            codes,
            [ErrorCode::Success, ErrorCode::ContactParameterInvalid],
            "{}",
            driver.name()
        );

        let listed = driver.send(&GetContactGroupRequest::new(&user, 0)).await.unwrap();
        assert_eq!(listed.contacts.len(), 1);
        let info = &listed.contacts[0];
        assert_eq!(
            (info.standard_mark.as_deref(), info.custom_mark.as_deref()),
            (Some("111001"), Some("abcd"))
        );
        assert!(info.contact_group_ids.is_empty() && info.timestamp.is_some());

        // Clear bit 2; a bit both cleared and set ends up set.
        driver
            .send(&MarkContactRequest::new(
                &user,
                [mark(peer.clone(), MarkOp::Standard, &[7], &[2, 7], None)],
            ))
            .await
            .unwrap();
        let found = driver
            .send(&SearchContactGroupRequest::new(
                &user,
                [peer.clone(), Conversation::c2c("nobody")],
            ))
            .await
            .unwrap();
        assert_eq!(found.contacts.len(), 1, "only conversations with data are returned");
        assert_eq!(found.contacts[0].standard_mark.as_deref(), Some("1010011"));

        // With every mark cleared and no group, the conversation is no longer listed.
        let clear_all = mark(peer.clone(), MarkOp::Both, &[], &[1, 3, 6, 7], Some(""));
        driver.send(&MarkContactRequest::new(&user, [clear_all])).await.unwrap();
        assert!(driver
            .send(&GetContactGroupRequest::new(&user, 0))
            .await
            .unwrap()
            .contacts
            .is_empty());
    }

    // Standard marks need an edition with conversation groups; custom marks do not.
    let harness = Harness::start(Emulator::builder().edition(Edition::Standard));
    for driver in harness.drivers() {
        import(&driver, &["u"]).await;
        let items = [
            mark(Conversation::c2c("a"), MarkOp::Standard, &[1], &[], None),
            mark(Conversation::c2c("b"), MarkOp::Custom, &[], &[], Some("vip")),
        ];
        let reply = driver.send(&MarkContactRequest::new("u", items)).await.unwrap();
        let codes: Vec<_> = reply.results.iter().map(|r| r.result_code).collect();
        assert_eq!(
            codes,
            [ErrorCode::EditionUnsupported, ErrorCode::Success],
            "{}",
            driver.name()
        );
    }
}
