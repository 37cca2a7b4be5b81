//! Pagers follow the API's cursors to the last page, on both clients.

use futures_util::StreamExt;
use tim_api::{BlockingClient, Client};
use tim_emulator::Emulator;
use tim_protocol::account::MultiaccountImportRequest;
use tim_protocol::recentcontact::{
    ContactEdit, CreateContactGroupRequest, GetContactGroupRequest, GetListRequest, UpdateContactGroupRequest,
};
use tim_protocol::Conversation;
use tim_tests::harness::{Harness, ADMIN};

const USER: &str = "user_0001";

/// A user with 250 conversations in one group: three pages of 100.
fn seeded() -> Harness {
    let harness = Harness::start(Emulator::builder());
    let client = BlockingClient::new(harness.config_as(ADMIN));
    client
        .multiaccount_import(&MultiaccountImportRequest::new([USER]))
        .expect("import");
    client
        .create_contact_group(&CreateContactGroupRequest::new(USER, "all", []))
        .expect("create");
    for chunk in (0..250).collect::<Vec<_>>().chunks(100) {
        let edits = chunk
            .iter()
            .map(|n| ContactEdit::add(Conversation::c2c(format!("peer_{n:04}"))));
        client
            .update_contact_group(&UpdateContactGroupRequest::edit_contacts(USER, "all", edits))
            .expect("add");
    }
    for n in 0..5 {
        harness.emulator.add_recent_conversation(
            USER,
            Conversation::c2c(format!("peer_{n:04}")),
            1_700_000_000 + n,
            false,
        );
    }
    harness
}

fn expected() -> Vec<String> {
    (0..250).map(|n| format!("peer_{n:04}")).collect()
}

#[test]
fn the_blocking_pager_reads_every_page_once() {
    let harness = seeded();
    let client = BlockingClient::new(harness.config_as(ADMIN));
    let pages: Vec<_> = client
        .pages(GetContactGroupRequest::new(USER, 0))
        .collect::<Result<_, _>>()
        .expect("pages");
    assert_eq!(pages.len(), 3);
    let seen: Vec<String> = pages
        .iter()
        .flat_map(|page| &page.contacts)
        .map(|contact| contact.conversation.to_string())
        .collect();
    assert_eq!(seen, expected());
    let recent: usize = client
        .pages(GetListRequest::first_page(USER))
        .map(|page| page.expect("page").sessions.len())
        .sum();
    assert_eq!(recent, 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_async_pager_reads_every_page_once() {
    let harness = tokio::task::spawn_blocking(seeded).await.unwrap();
    let client = Client::new(harness.config_as(ADMIN)).expect("client");
    let pages: Vec<_> = client.pages(GetContactGroupRequest::new(USER, 0)).collect().await;
    assert_eq!(pages.len(), 3);
    let seen: Vec<String> = pages
        .into_iter()
        .flat_map(|page| page.expect("page").contacts)
        .map(|contact| contact.conversation.to_string())
        .collect();
    assert_eq!(seen, expected());
}

#[test]
fn an_error_ends_the_paging_after_it_is_yielded() {
    let harness = seeded();
    let client = BlockingClient::new(harness.config_as(ADMIN));
    let pages: Vec<_> = client.pages(GetContactGroupRequest::new("never_imported", 0)).collect();
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].as_ref().unwrap_err().code().map(|c| c.code()), Some(50001));
}
