//! The emulator's official accounts (`official_account_open_http_svc`), on
//! both clients: creating, reading and changing an account, subscribing and
//! unsubscribing users, a user's subscriptions, broadcasting messages, the
//! history page by page, recalls, destruction, and the refusals with their
//! codes, plus a request the SDK refuses before sending.

use tim_api::Error;
use tim_emulator::Emulator;
use tim_protocol::message::{MsgElement, TextElem};
use tim_protocol::official_account::{
    AddSubscriberRequest, CreateOfficialAccountRequest, DeleteSubscriberRequest, DestroyOfficialAccountRequest,
    GetOfficialAccountInfoRequest, GetSubscribedOfficialAccountListRequest, GetSubscriberInfoRequest,
    ModifyOfficialAccountBaseInfoRequest, ModifySubscriberInfoRequest, OfficialAccountField, OfficialAccountMsg,
    OfficialAccountMsgGetSimpleRequest, OfficialAccountMsgRecallRequest, ResponseFilter, SendOfficialAccountMsgRequest,
    SubscribeResult,
};
use tim_protocol::{ErrorCode, Paged};
use tim_tests::driver::Driver;
use tim_tests::emulator::{code, import};
use tim_tests::harness::Harness;

/// 10030: no such message, or recalled already (as in group recall).
fn message_not_found() -> ErrorCode {
    ErrorCode::from(10030)
}

/// Every subscriber of `account`, read `per_page` at a time.
async fn subscribers(driver: &Driver, account: &str, per_page: u32) -> Vec<String> {
    let mut request = Some(GetSubscriberInfoRequest::new(account).limit(per_page));
    let (mut users, mut pages) = (Vec::new(), 0);
    while let Some(this) = request {
        let reply = driver.send(&this).await.unwrap();
        let page = reply.subscriber_list.clone().unwrap_or_default();
        assert!(page.len() <= per_page as usize);
        users.extend(page.into_iter().map(|item| item.subscriber_account));
        request = this.next_request(&reply);
        pages += 1;
        assert!(pages < 50, "paging does not end");
    }
    users
}

/// Every account `user` subscribes to, read `per_page` at a time.
async fn subscribed(driver: &Driver, user: &str, per_page: u32) -> Vec<String> {
    let mut request = Some(GetSubscribedOfficialAccountListRequest::new(user).limit(per_page));
    let (mut accounts, mut pages) = (Vec::new(), 0);
    while let Some(this) = request {
        let reply = driver.send(&this).await.unwrap();
        let page = reply.official_account_info_list.clone().unwrap_or_default();
        assert!(page.len() <= per_page as usize);
        accounts.extend(page.into_iter().filter_map(|item| item.official_account));
        request = this.next_request(&reply);
        pages += 1;
        assert!(pages < 50, "paging does not end");
    }
    accounts
}

/// Every message of `account`'s history, newest first, `per_page` at a
/// time, and how many pages it took.
async fn history(driver: &Driver, first: OfficialAccountMsgGetSimpleRequest) -> (Vec<OfficialAccountMsg>, usize) {
    let mut request = Some(first);
    let (mut messages, mut pages) = (Vec::new(), 0);
    while let Some(this) = request {
        let reply = driver.send(&this).await.unwrap();
        messages.extend(reply.rsp_msg_list.clone().unwrap_or_default());
        request = this.next_request(&reply);
        pages += 1;
        assert!(pages < 50, "paging does not end");
    }
    (messages, pages)
}

/// The text of a message's first element.
fn text(message: &OfficialAccountMsg) -> Option<&str> {
    match message.msg_body.as_deref()?.first()? {
        MsgElement::Text(TextElem { text, .. }) => Some(text),
        _ => None,
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_official_account_lives_from_creation_to_destruction() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let [owner, s1, s2, s3] = ["owner", "s1", "s2", "s3"].map(|u| format!("oa-{u}-{n}"));
        let ghost = format!("ghost-{n}");
        import(&driver, &[&owner, &s1, &s2, &s3]).await;

        // Create: with a custom ID, then one the service picks.
        let id = format!("@TOA#_news-{n}");
        let created = driver
            .send(
                &CreateOfficialAccountRequest::new(&owner, "News")
                    .with_id(&id)
                    .introduction("Daily")
                    .max_subscriber_num(3),
            )
            .await
            .unwrap();
        assert_eq!(created.official_account_user_id.as_deref(), Some(id.as_str()));
        let other = driver
            .send(&CreateOfficialAccountRequest::new(&owner, "Sports"))
            .await
            .unwrap()
            .official_account_user_id
            .unwrap();
        assert!(other.starts_with("@TOA#_") && other != id, "{other}");

        // Read and change the profile.
        let info = driver
            .send(&GetOfficialAccountInfoRequest::new([id.as_str(), "@TOA#_nobody"]))
            .await
            .unwrap();
        let news = info.account(&id).unwrap();
        assert_eq!(news.error_code, Some(ErrorCode::Success));
        assert_eq!(news.name.as_deref(), Some("News"));
        assert_eq!(news.owner_account.as_deref(), Some(owner.as_str()));
        assert_eq!(news.introduction.as_deref(), Some("Daily"));
        assert_eq!((news.subscriber_num, news.max_subscriber_num), (Some(0), Some(3)));
        assert_eq!(news.last_msg_time, Some(0));
        assert_eq!(
            info.account("@TOA#_nobody").unwrap().error_code,
            Some(ErrorCode::OFFICIAL_ACCOUNT_NOT_FOUND)
        );
        driver
            .send(
                &ModifyOfficialAccountBaseInfoRequest::new(&id)
                    .name("World news")
                    .custom_string("c1")
                    .max_subscriber_num(4),
            )
            .await
            .unwrap();
        let filtered = driver
            .send(
                &GetOfficialAccountInfoRequest::new([&id]).filter(ResponseFilter::account_fields([
                    OfficialAccountField::Name,
                    OfficialAccountField::CustomString,
                ])),
            )
            .await
            .unwrap();
        let news = filtered.account(&id).unwrap();
        assert_eq!(news.name.as_deref(), Some("World news"));
        assert_eq!(news.custom_string.as_deref(), Some("c1"));
        assert_eq!(
            (news.owner_account.as_deref(), news.introduction.as_deref()),
            (None, None)
        );

        // Subscribe: per-user results.
        let added = driver
            .send(&AddSubscriberRequest::new(&id, [&s1, &s2, &s3, &ghost]))
            .await
            .unwrap();
        assert_eq!(added.result(&s1), Some(SubscribeResult::Succeeded));
        assert_eq!(added.result(&s3), Some(SubscribeResult::Succeeded));
        assert_eq!(added.result(&ghost), Some(SubscribeResult::Failed));
        let again = driver.send(&AddSubscriberRequest::new(&id, [&s1])).await.unwrap();
        assert_eq!(again.result(&s1), Some(SubscribeResult::Unchanged));
        driver.send(&AddSubscriberRequest::new(&other, [&s2])).await.unwrap();

        assert_eq!(subscribers(&driver, &id, 2).await, [s1.clone(), s2.clone(), s3.clone()]);
        let whole = driver.send(&GetSubscriberInfoRequest::new(&id)).await.unwrap();
        assert_eq!(whole.subscriber_num, Some(3));
        assert_eq!(whole.next.as_deref(), Some(""));

        // A subscriber's custom field, and what a user subscribes to.
        driver
            .send(&ModifySubscriberInfoRequest::new(&id, &s2, "vip"))
            .await
            .unwrap();
        assert_eq!(subscribed(&driver, &s2, 1).await, [id.clone(), other.clone()]);
        let list = driver
            .send(&GetSubscribedOfficialAccountListRequest::new(&s2))
            .await
            .unwrap();
        assert_eq!((list.total_count, list.complete_flag), (Some(2), Some(1)));
        let own = list.official_account_info_list.unwrap()[0].self_info.clone().unwrap();
        assert_eq!(own.custom_string.as_deref(), Some("vip"));
        assert!(own.subscribe_time.is_some());

        // Broadcast five messages and read them back, two a page.
        let mut keys = Vec::new();
        for index in 1..=5 {
            let sent = driver
                .send(&SendOfficialAccountMsgRequest::new(
                    &id,
                    index,
                    vec![MsgElement::text(format!("issue {index}"))],
                ))
                .await
                .unwrap();
            assert!(sent.msg_time.is_some());
            keys.push(sent.msg_key.unwrap());
        }
        let (messages, pages) = history(&driver, OfficialAccountMsgGetSimpleRequest::new(&id, 2)).await;
        assert_eq!(pages, 3);
        let seqs: Vec<_> = messages.iter().filter_map(|m| m.msg_seq).collect();
        assert_eq!(seqs, [5, 4, 3, 2, 1]);
        assert_eq!(text(&messages[0]), Some("issue 5"));
        assert_eq!(messages[4].msg_key.as_ref(), Some(&keys[0]));
        assert_eq!(messages[0].from_account.as_deref(), Some(id.as_str()));

        // Recall the third: once it succeeds, then 10030, as for an unknown key.
        let recalled = driver
            .send(&OfficialAccountMsgRecallRequest::new(&id, [keys[2].as_str(), "99_1_1"]).reason("typo"))
            .await
            .unwrap();
        assert_eq!(recalled.result(&keys[2]), Some(ErrorCode::Success));
        assert_eq!(recalled.result("99_1_1"), Some(message_not_found()));
        let twice = driver
            .send(&OfficialAccountMsgRecallRequest::new(&id, [&keys[2]]))
            .await
            .unwrap();
        assert_eq!(twice.result(&keys[2]), Some(message_not_found()));
        let (without, _) = history(&driver, OfficialAccountMsgGetSimpleRequest::new(&id, 10)).await;
        let seqs: Vec<_> = without.iter().filter_map(|m| m.msg_seq).collect();
        assert_eq!(seqs, [5, 4, 2, 1]);
        let (with, _) = history(
            &driver,
            OfficialAccountMsgGetSimpleRequest::new(&id, 10).with_recalled(),
        )
        .await;
        assert_eq!(with.len(), 5);
        assert_eq!(with[2].msg_flag_bits, Some(8));
        let page = driver
            .send(&OfficialAccountMsgGetSimpleRequest::new(&id, 1).below(&keys[1]))
            .await
            .unwrap();
        assert_eq!(page.is_finished, Some(1));
        assert_eq!(page.last_msg_key.as_ref(), Some(&keys[0]));
        let info = driver.send(&GetOfficialAccountInfoRequest::new([&id])).await.unwrap();
        assert!(info.account(&id).unwrap().last_msg_time.unwrap() > 0);

        // Unsubscribe.
        let deleted = driver
            .send(&DeleteSubscriberRequest::new(&id, [&s1, &ghost]))
            .await
            .unwrap();
        assert_eq!(deleted.result(&s1), Some(SubscribeResult::Succeeded));
        assert_eq!(deleted.result(&ghost), Some(SubscribeResult::Unchanged));
        assert_eq!(subscribers(&driver, &id, 10).await, [s2.clone(), s3.clone()]);

        // Destroy: the account, its subscriptions and its messages are gone,
        // and its ID stays taken.
        driver.send(&DestroyOfficialAccountRequest::new(&id)).await.unwrap();
        assert_eq!(
            code(driver.send(&DestroyOfficialAccountRequest::new(&id)).await),
            ErrorCode::OFFICIAL_ACCOUNT_NOT_FOUND
        );
        let info = driver.send(&GetOfficialAccountInfoRequest::new([&id])).await.unwrap();
        assert_eq!(
            info.account(&id).unwrap().error_code,
            Some(ErrorCode::OFFICIAL_ACCOUNT_NOT_FOUND)
        );
        assert_eq!(subscribed(&driver, &s2, 10).await, vec![other.clone()]);
        assert_eq!(
            code(
                driver
                    .send(&CreateOfficialAccountRequest::new(&owner, "Again").with_id(&id))
                    .await
            ),
            ErrorCode::OFFICIAL_ACCOUNT_ID_TAKEN
        );
        assert_eq!(
            code(driver.send(&OfficialAccountMsgGetSimpleRequest::new(&id, 1)).await),
            ErrorCode::GroupNotFound
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn refusals_answer_the_documented_codes() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let [owner, s1, s2] = ["owner", "s1", "s2"].map(|u| format!("rf-{u}-{n}"));
        let ghost = format!("ghost-{n}");
        import(&driver, &[&owner, &s1, &s2]).await;
        let id = format!("@TOA#_small-{n}");
        driver
            .send(
                &CreateOfficialAccountRequest::new(&owner, "Small")
                    .with_id(&id)
                    .max_subscriber_num(1),
            )
            .await
            .unwrap();
        let gone = "@TOA#_never";

        // Accounts: a taken ID, an owner not imported, unknown accounts.
        assert_eq!(
            code(
                driver
                    .send(&CreateOfficialAccountRequest::new(&owner, "Dup").with_id(&id))
                    .await
            ),
            ErrorCode::OFFICIAL_ACCOUNT_ID_TAKEN
        );
        assert_eq!(
            code(
                driver
                    .send(&CreateOfficialAccountRequest::new(&ghost, "Nobody's"))
                    .await
            ),
            ErrorCode::OfficialAccountParameterInvalid
        );
        assert_eq!(
            code(
                driver
                    .send(&ModifyOfficialAccountBaseInfoRequest::new(gone).name("x"))
                    .await
            ),
            ErrorCode::OFFICIAL_ACCOUNT_NOT_FOUND
        );
        assert_eq!(
            code(driver.send(&AddSubscriberRequest::new(gone, [&s1])).await),
            ErrorCode::OFFICIAL_ACCOUNT_NOT_FOUND
        );
        assert_eq!(
            code(driver.send(&DeleteSubscriberRequest::new(gone, [&s1])).await),
            ErrorCode::OFFICIAL_ACCOUNT_NOT_FOUND
        );
        assert_eq!(
            code(driver.send(&GetSubscriberInfoRequest::new(gone)).await),
            ErrorCode::OFFICIAL_ACCOUNT_NOT_FOUND
        );

        // Subscribers: the cap, a user not subscribed, a user not imported.
        let added = driver.send(&AddSubscriberRequest::new(&id, [&s1, &s2])).await.unwrap();
        assert_eq!(added.result(&s1), Some(SubscribeResult::Succeeded));
        assert_eq!(added.result(&s2), Some(SubscribeResult::Failed), "the account is full");
        assert_eq!(
            code(driver.send(&ModifySubscriberInfoRequest::new(&id, &s2, "x")).await),
            ErrorCode::OfficialAccountParameterInvalid
        );
        assert_eq!(
            code(driver.send(&GetSubscribedOfficialAccountListRequest::new(&ghost)).await),
            ErrorCode::OfficialAccountParameterInvalid
        );

        // Messages: the message pages' 10010 for an unknown account.
        let hello = || vec![MsgElement::text("hello")];
        assert_eq!(
            code(driver.send(&SendOfficialAccountMsgRequest::new(gone, 1, hello())).await),
            ErrorCode::GroupNotFound
        );
        assert_eq!(
            code(
                driver
                    .send(&OfficialAccountMsgRecallRequest::new(gone, ["1_1_1"]))
                    .await
            ),
            ErrorCode::GroupNotFound
        );
        assert_eq!(
            code(
                driver
                    .send(&OfficialAccountMsgGetSimpleRequest::new(&id, 1).below("not-a-key"))
                    .await
            ),
            ErrorCode::GroupParameterInvalid
        );
        let empty = driver
            .send(&OfficialAccountMsgGetSimpleRequest::new(&id, 5))
            .await
            .unwrap();
        assert_eq!((empty.is_finished, empty.last_msg_key), (Some(1), None));

        // Validation: the SDK refuses before sending, with the code the
        // service would answer.
        let bad_id = CreateOfficialAccountRequest::new(&owner, "x").with_id("no-prefix");
        match driver.send(&bad_id).await {
            Err(Error::Validation(error)) => {
                assert_eq!(error.field(), "OfficialAccountUserID");
                assert_eq!(error.error_code(), Some(ErrorCode::OfficialAccountParameterInvalid));
            }
            other => panic!("{n}: {other:?}"),
        }
        let too_many = OfficialAccountMsgRecallRequest::new(&id, (0..11).map(|k| format!("{k}_1_1")));
        match driver.send(&too_many).await {
            Err(Error::Validation(error)) => {
                assert_eq!(error.field(), "MsgKeyList");
                assert_eq!(error.error_code(), Some(ErrorCode::GroupParameterInvalid));
            }
            other => panic!("{n}: {other:?}"),
        }
    }

    // The emulator, sent the refused body raw, answers the same code.
    let body = r#"{"Owner_Account":"u","Name":"x","OfficialAccountUserID":"no-prefix"}"#;
    assert_eq!(
        harness.raw_code("v4/official_account_open_http_svc/create_official_account", body),
        6017
    );

    // A caller who is not an app administrator: 130002.
    for driver in Driver::both(|| harness.config_as("not-an-admin")) {
        assert_eq!(
            code(driver.send(&GetOfficialAccountInfoRequest::new(["@TOA#_any"])).await),
            ErrorCode::OFFICIAL_ACCOUNT_PERMISSION_DENIED
        );
    }
}
