//! Both clients page and delete the recent-conversation list.

use tim_emulator::{Emulator, Limits};
use tim_protocol::recentcontact::{CreateContactGroupRequest, DeleteRequest, GetListRequest};
use tim_protocol::{Conversation, ErrorCode};
use tim_tests::emulator::{code, import};
use tim_tests::harness::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn the_recent_list_pages_pinned_first_and_deletes() {
    let harness = Harness::start(Emulator::builder().limits(Limits::default().page_size(2)));
    for driver in harness.drivers() {
        let user = format!("reader-{}", driver.name());
        import(&driver, &[&user]).await;
        for (conversation, time, pinned) in [
            (Conversation::c2c("old"), 100, false),
            (Conversation::c2c("newest"), 300, false),
            (Conversation::c2c("middle"), 200, false),
            (Conversation::group("@TGS#pinned"), 50, true),
        ] {
            harness
                .emulator
                .add_recent_conversation(&user, conversation, time, pinned);
        }
        driver
            .send(&CreateContactGroupRequest::new(
                &user,
                "friends",
                [Conversation::c2c("middle")],
            ))
            .await
            .unwrap();

        let mut request = GetListRequest::first_page(&user);
        let mut seen = Vec::new();
        loop {
            let page = driver.send(&request).await.unwrap();
            seen.extend(
                page.sessions
                    .iter()
                    .map(|s| (s.conversation(), s.top_flag, s.contact_group_ids.clone())),
            );
            if page.is_complete() {
                break;
            }
            request = request.next_page(&page);
        }
        let expected = vec![
            (Conversation::group("@TGS#pinned"), 1, vec![]),
            (Conversation::c2c("newest"), 0, vec![]),
            (Conversation::c2c("middle"), 0, vec![1]),
            (Conversation::c2c("old"), 0, vec![]),
        ];
        assert_eq!(seen, expected, "{}", driver.name());

        driver
            .send(&DeleteRequest::group(&user, "@TGS#pinned", true))
            .await
            .unwrap();
        driver
            .send(&DeleteRequest::c2c(&user, "never-there", false))
            .await
            .unwrap();
        let first = driver.send(&GetListRequest::first_page(&user)).await.unwrap();
        assert_eq!(first.sessions[0].conversation(), Conversation::c2c("newest"));
        assert_eq!(
            code(driver.send(&GetListRequest::first_page("not-imported")).await),
            ErrorCode::NotImported
        );
    }
}
