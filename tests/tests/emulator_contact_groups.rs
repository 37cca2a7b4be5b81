//! Both clients drive the conversation-group APIs through every documented
//! rule: the seed's two samples, each error code, paging, concurrency.

use std::sync::Arc;

use tim_api::{Client, Error};
use tim_emulator::{Edition, Emulator, Limits};
use tim_protocol::account::MultiaccountImportRequest;
use tim_protocol::recentcontact::{
    ContactEdit, CreateContactGroupRequest, DelContactGroupRequest, GetContactGroupRequest, UpdateContactGroupRequest,
};
use tim_protocol::{Conversation, ErrorCode};
use tim_tests::driver::Driver;
use tim_tests::emulator::{code, import, sample, UPDATE};
use tim_tests::harness::{Harness, ADMIN};

#[tokio::test(flavor = "multi_thread")]
async fn the_seed_samples_get_the_seed_replies() {
    for driver_index in 0..2 {
        // Sample 1: rename group_0001 to group_0002.
        let harness = Harness::start(Emulator::builder());
        let driver = &harness.drivers()[driver_index];
        import(driver, &["user_0001", "user_0002"]).await;
        driver
            .send(&CreateContactGroupRequest::new("user_0001", "group_0001", []))
            .await
            .unwrap();
        let request: UpdateContactGroupRequest = serde_json::from_value(sample("request.json")).unwrap();
        let reply = driver.send(&request).await.unwrap();
        assert_eq!(
            serde_json::to_value(&reply).unwrap(),
            sample("response.json"),
            "{}",
            driver.name()
        );

        // Sample 2: add user_0002 and remove @TGS#1B2AUI7RZ in group_0001.
        let harness = Harness::start(Emulator::builder());
        let driver = &harness.drivers()[driver_index];
        import(driver, &["user_0001", "user_0002"]).await;
        let create = CreateContactGroupRequest::new("user_0001", "group_0001", [Conversation::group("@TGS#1B2AUI7RZ")]);
        driver.send(&create).await.unwrap();
        let request: UpdateContactGroupRequest = serde_json::from_value(sample("request-2.json")).unwrap();
        let reply = driver.send(&request).await.unwrap();
        assert_eq!(
            serde_json::to_value(&reply).unwrap(),
            sample("response-2.json"),
            "{}",
            driver.name()
        );
        assert_eq!(
            harness.emulator.contact_group("user_0001", "group_0001"),
            Some(vec![Conversation::c2c("user_0002")])
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn conversation_group_rules_and_their_codes() {
    let harness = Harness::start(Emulator::builder().disbanded_group("@TGS#gone"));
    for driver in harness.drivers() {
        let user = format!("user-{}", driver.name());
        // 50001: From_Account not imported.
        assert_eq!(
            code(driver.send(&CreateContactGroupRequest::new(&user, "g", [])).await),
            ErrorCode::NotImported
        );
        import(&driver, &[&user]).await;

        // A rename keeps the GroupId.
        let created = driver
            .send(&CreateContactGroupRequest::new(&user, "g", [Conversation::c2c("peer")]))
            .await
            .unwrap();
        let id = created.groups[0].group.group_id;
        let renamed = driver
            .send(&UpdateContactGroupRequest::rename(&user, "g", "h"))
            .await
            .unwrap();
        assert_eq!(renamed.result.as_ref().unwrap().group_id, id);

        // 51009: unknown group, for update and delete.
        assert_eq!(
            code(driver.send(&UpdateContactGroupRequest::rename(&user, "g", "x")).await),
            ErrorCode::ContactGroupNotFound
        );
        assert_eq!(
            code(driver.send(&DelContactGroupRequest::new(&user, "nope")).await),
            ErrorCode::ContactGroupNotFound
        );

        // 50002: a duplicate name, on create and on rename.
        assert_eq!(
            code(driver.send(&CreateContactGroupRequest::new(&user, "h", [])).await),
            ErrorCode::ContactParameterInvalid
        );
        driver
            .send(&CreateContactGroupRequest::new(&user, "other", []))
            .await
            .unwrap();
        assert_eq!(
            code(
                driver
                    .send(&UpdateContactGroupRequest::rename(&user, "h", "other"))
                    .await
            ),
            ErrorCode::ContactParameterInvalid
        );

        // Per-item results: adding twice and removing what is absent succeed
        // and change nothing; a disbanded group conversation gets 51007.
        let edits = [
            ContactEdit::add(Conversation::c2c("peer")),
            ContactEdit::remove(Conversation::c2c("stranger")),
            ContactEdit::add(Conversation::group("@TGS#gone")),
            ContactEdit::add(Conversation::group("@TGS#live")),
        ];
        let reply = driver
            .send(&UpdateContactGroupRequest::edit_contacts(&user, "h", edits))
            .await
            .unwrap();
        let codes: Vec<_> = reply
            .result
            .as_ref()
            .unwrap()
            .contact_results
            .iter()
            .map(|r| r.result_code)
            .collect();
        assert_eq!(
            codes,
            [
                ErrorCode::Success,
                ErrorCode::Success,
                ErrorCode::GroupCodeLookupFailed,
                ErrorCode::Success
            ]
        );
        assert_eq!(reply.failed_contacts().count(), 1);
        assert_eq!(
            harness.emulator.contact_group(&user, "h"),
            Some(vec![Conversation::c2c("peer"), Conversation::group("@TGS#live")])
        );

        // get_contact_group lists the grouped conversations and all groups.
        let listed = driver.send(&GetContactGroupRequest::new(&user, 0)).await.unwrap();
        assert_eq!(listed.groups.len(), 2);
        assert_eq!(listed.contacts.len(), 2);
        assert!(listed.is_complete());
        assert_eq!(listed.contacts[0].contact_group_ids, [id]);

        // 51010: the 21st group.
        for n in 0..18 {
            driver
                .send(&CreateContactGroupRequest::new(&user, format!("g{n}"), []))
                .await
                .unwrap();
        }
        assert_eq!(
            code(
                driver
                    .send(&CreateContactGroupRequest::new(&user, "one-too-many", []))
                    .await
            ),
            ErrorCode::ContactGroupLimitReached
        );
        // Deleting one makes room; its ID is not reused.
        let deleted = driver.send(&DelContactGroupRequest::new(&user, "g0")).await.unwrap();
        let next = driver
            .send(&CreateContactGroupRequest::new(&user, "again", []))
            .await
            .unwrap();
        assert!(next.groups[0].group.group_id > deleted.groups[0].group_id);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_client_refuses_what_the_emulator_would_refuse_with_the_same_code() {
    let harness = Harness::start(Emulator::builder());
    let long = "名".repeat(22); // 66 bytes
    let too_many: Vec<_> = (0..101)
        .map(|i| ContactEdit::add(Conversation::c2c(format!("p{i}"))))
        .collect();
    let cases = [
        (
            UpdateContactGroupRequest::rename("u", "g", &long),
            ErrorCode::GroupNameTooLong,
        ),
        (
            UpdateContactGroupRequest::edit_contacts("u", "g", []),
            ErrorCode::ContactCountInvalid,
        ),
        (
            UpdateContactGroupRequest::edit_contacts("u", "g", too_many),
            ErrorCode::ContactCountInvalid,
        ),
    ];
    for driver in harness.drivers() {
        import(&driver, &["u"]).await;
        let _ = driver.send(&CreateContactGroupRequest::new("u", "g", [])).await;
        for (request, expected) in &cases {
            // The SDK refuses before sending...
            match driver.send(request).await {
                Err(Error::Validation(error)) => assert_eq!(error.error_code(), Some(*expected), "{}", driver.name()),
                other => panic!("{}: {other:?}", driver.name()),
            }
        }
    }
    // ...and the emulator, sent the same bodies raw, answers the same codes.
    for (request, expected) in &cases {
        assert_eq!(
            harness.raw_code(UPDATE, &serde_json::to_string(request).unwrap()),
            expected.code()
        );
    }
    // 50002 for a malformed body, naming the field.
    let (_, reply) = harness.raw(
        UPDATE,
        &harness.query(),
        br#"{"From_Account":"u","UpdateType":1,"UpdateGroup":{"UpdateGroupType":"one"}}"#,
    );
    assert_eq!(reply["ErrorCode"], 50002);
    assert!(
        reply["ErrorInfo"]
            .as_str()
            .unwrap()
            .contains("UpdateGroup.UpdateGroupType"),
        "{reply}"
    );
    let (_, reply) = harness.raw(UPDATE, &harness.query(), br#"{"From_Account":"u","UpdateType":1}"#);
    assert!(reply["ErrorInfo"].as_str().unwrap().contains("UpdateGroup"), "{reply}");
    let body = r#"{"From_Account":"u","UpdateType":1,"UpdateGroup":{"UpdateGroupType":2,"OldGroupName":"g","ContactUpdateItem":[{"ContactOptType":1,"ContactItem":{"Type":1,"ToGroupId":"@TGS#1"}}]}}"#;
    let (_, reply) = harness.raw(UPDATE, &harness.query(), body.as_bytes());
    assert_eq!(reply["ErrorCode"], 50002);
    assert!(
        reply["ErrorInfo"]
            .as_str()
            .unwrap()
            .contains("UpdateGroup.ContactUpdateItem[0].ContactItem.To_Account"),
        "{reply}"
    );
    // 70402 for a malformed account body.
    assert_eq!(
        harness.raw_code("v4/im_open_login_svc/account_import", r#"{"UserID":7}"#),
        70402
    );
    // 60003 for a body that is not JSON; 60009 for an unknown API.
    assert_eq!(harness.raw_code(UPDATE, "{not json"), 60003);
    assert_eq!(harness.raw_code(UPDATE, ""), 60003);
    assert_eq!(harness.raw_code("v4/recentcontact/no_such_api", "{}"), 60009);
    assert_eq!(harness.raw_code("v5/what", "{}"), 60009);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_edition_without_groups_gets_51013() {
    let harness = Harness::start(Emulator::builder().edition(Edition::Standard));
    for driver in harness.drivers() {
        import(&driver, &["u"]).await;
        assert_eq!(
            code(driver.send(&CreateContactGroupRequest::new("u", "g", [])).await),
            ErrorCode::EditionUnsupported
        );
        assert_eq!(
            code(driver.send(&UpdateContactGroupRequest::rename("u", "g", "h")).await),
            ErrorCode::EditionUnsupported
        );
    }
}

/// `tasks` tasks each add 30 distinct conversations to one group at once;
/// the per-item codes of all of them.
async fn concurrent_adds(driver: Arc<Driver>, tasks: usize) -> Vec<ErrorCode> {
    let mut set = tokio::task::JoinSet::new();
    for task in 0..tasks {
        let driver = Arc::clone(&driver);
        set.spawn(async move {
            let edits = (0..30).map(move |i| ContactEdit::add(Conversation::c2c(format!("peer-{task}-{i}"))));
            driver
                .send(&UpdateContactGroupRequest::edit_contacts("owner", "big", edits))
                .await
        });
    }
    let mut codes = Vec::new();
    while let Some(reply) = set.join_next().await {
        let reply = reply.unwrap().unwrap();
        codes.extend(
            reply
                .result
                .unwrap()
                .contact_results
                .iter()
                .map(|item| item.result_code),
        );
    }
    codes
}

/// A fresh emulator with the user `owner` and an empty group `big`, and the
/// client `index` (0 async, 1 blocking) pointed at it.
async fn owner_with_empty_group(index: usize) -> (Harness, Arc<Driver>) {
    let harness = Harness::start(Emulator::builder());
    let driver = harness.drivers().into_iter().nth(index).unwrap();
    import(&driver, &["owner"]).await;
    driver
        .send(&CreateContactGroupRequest::new("owner", "big", []))
        .await
        .unwrap();
    (harness, Arc::new(driver))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_adds_lose_nothing_and_the_cap_is_exact() {
    for index in 0..2 {
        let (harness, driver) = owner_with_empty_group(index).await;
        let codes = concurrent_adds(Arc::clone(&driver), 32).await;
        assert!(codes.iter().all(|code| code.is_success()), "{}", driver.name());
        assert_eq!(
            harness.emulator.contact_group("owner", "big").unwrap().len(),
            960,
            "{}",
            driver.name()
        );

        // Crossing the cap: 34 x 30 = 1020 adds into an empty group of 1000.
        let (harness, driver) = owner_with_empty_group(index).await;
        let codes = concurrent_adds(Arc::clone(&driver), 34).await;
        assert_eq!(
            codes.iter().filter(|code| code.is_success()).count(),
            1000,
            "{}",
            driver.name()
        );
        assert_eq!(
            codes
                .iter()
                .filter(|code| **code == ErrorCode::ContactLimitReached)
                .count(),
            20
        );
        assert_eq!(harness.emulator.contact_group("owner", "big").unwrap().len(), 1000);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn get_contact_group_pages() {
    let harness = Harness::start(Emulator::builder().limits(Limits::default().page_size(40)));
    let client = Client::new(harness.config_as(ADMIN)).unwrap();
    client
        .multiaccount_import(&MultiaccountImportRequest::new(["owner"]))
        .await
        .unwrap();
    let peers: Vec<_> = (0..100).map(|i| Conversation::c2c(format!("p{i:03}"))).collect();
    client
        .create_contact_group(&CreateContactGroupRequest::new("owner", "all", peers.clone()))
        .await
        .unwrap();
    let (mut start, mut seen) = (0, Vec::new());
    loop {
        let page = client
            .get_contact_group(&GetContactGroupRequest::new("owner", start))
            .await
            .unwrap();
        seen.extend(page.contacts.iter().map(|c| c.conversation.clone()));
        if page.is_complete() {
            assert_eq!(page.next_start_index, 0);
            break;
        }
        start = page.next_start_index;
    }
    assert_eq!(seen, peers);
}
