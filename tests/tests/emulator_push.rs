//! The emulator's push to all users (`all_member_push`, and the `timpush`
//! paths sharing its state), on both clients: attribute names, users'
//! attributes and tags, pushes to all, by attribute and by tag read back
//! with their recipients (`EmulatorHandle::pushes`), recalls, and the
//! documented refusals.

use std::sync::Arc;

use tim_api::Error;
use tim_emulator::{Edition, Emulator, RecordedPush};
use tim_protocol::message::OfflinePushInfo;
use tim_protocol::push::{
    AttrNames, Attrs, ImAddTagRequest, ImGetAttrNameRequest, ImGetAttrRequest, ImGetTagRequest, ImPushRequest,
    ImRemoveAllTagsRequest, ImRemoveAttrRequest, ImRemoveTagRequest, ImSetAttrNameRequest, ImSetAttrRequest,
    PushCondition, TimpushGetAttrNameRequest, TimpushGetTagRequest, TimpushPushRequest, TimpushRevokeRequest,
    UserAttrNamesItem, UserTagsItem, PUSHES_PER_DAY_DEFAULT,
};
use tim_protocol::ErrorCode;
use tim_tests::emulator::{code, import};
use tim_tests::harness::{Harness, ADMIN};
use tim_usersig::{Clock, ManualClock, SystemClock};

/// An emulator on a clock the test moves (pushes must be a second apart).
fn harness() -> (Harness, ManualClock) {
    let clock = ManualClock::new(SystemClock.now());
    let harness = Harness::start(Emulator::builder().clock(Arc::new(clock.clone())));
    (harness, clock)
}

/// The recorded push of `task_id`.
fn recorded(harness: &Harness, task_id: &str) -> RecordedPush {
    harness
        .emulator
        .pushes()
        .into_iter()
        .find(|push| push.task_id == task_id)
        .expect("the push is recorded")
}

/// The recipients of `push` among `users` (the other client's users are
/// imported in the same emulator).
fn among(push: &RecordedPush, users: &[&String]) -> Vec<String> {
    push.recipients
        .iter()
        .filter(|user| users.contains(user))
        .cloned()
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn attributes_and_tags_pick_the_recipients_of_pushes() {
    let (harness, clock) = harness();
    for driver in harness.drivers() {
        let n = driver.name();
        let [a, b, c, d] = ["pa", "pb", "pc", "pd"].map(|u| format!("{u}-{n}"));
        let users = [&a, &b, &c, &d];
        import(&driver, &[&a, &b, &c, &d]).await;
        let (vip, new) = (format!("vip-{n}"), format!("new-{n}"));
        let (sz, bj, gold) = (format!("sz-{n}"), format!("bj-{n}"), format!("gold-{n}"));

        // The app's attribute names, read back on both services.
        let names = AttrNames::new().with(0, "city").with(1, "level");
        driver.send(&ImSetAttrNameRequest::new(names.clone())).await.unwrap();
        assert_eq!(
            driver.send(&ImGetAttrNameRequest::new()).await.unwrap().attr_names,
            names
        );
        let timpush = driver.send(&TimpushGetAttrNameRequest::new()).await.unwrap();
        assert_eq!(timpush.attr_names, names);

        // Attributes: a and b in one city, c in another; d has none.
        let set = ImSetAttrRequest::new([
            tim_protocol::push::UserAttrsItem::new(&a, Attrs::new().with("city", &sz).with("level", &gold)),
            tim_protocol::push::UserAttrsItem::new(&b, Attrs::new().with("city", &sz)),
            tim_protocol::push::UserAttrsItem::new(&c, Attrs::new().with("city", &bj)),
        ]);
        driver.send(&set).await.unwrap();
        let read = driver.send(&ImGetAttrRequest::new([&a, &d])).await.unwrap();
        assert_eq!(read.attrs(&a).unwrap().get("level"), Some(gold.as_str()));
        assert!(read.attrs(&d).unwrap().is_empty());

        // Tags: a and c are vip, c and d new.
        let add = ImAddTagRequest::new([
            UserTagsItem::new(&a, [&vip]),
            UserTagsItem::new(&c, [&vip, &new]),
            UserTagsItem::new(&d, [&new]),
        ]);
        driver.send(&add).await.unwrap();
        let tags = driver.send(&ImGetTagRequest::new([&c, &b])).await.unwrap();
        assert_eq!(tags.tags(&c).unwrap(), [new.clone(), vip.clone()]);
        assert_eq!(tags.tags(&b).unwrap(), [] as [String; 0]);

        // To all: every imported account but the sender (a here).
        clock.advance(2);
        let all = driver
            .send(&ImPushRequest::text("to all", 1).from_account(&a).life_time(120))
            .await
            .unwrap();
        let task = all.task_id.clone().expect("a TaskId");
        let push = recorded(&harness, &task);
        assert_eq!(push.path, "v4/all_member_push/im_push");
        assert_eq!(push.from_account, a);
        assert_eq!(among(&push, &users), [b.clone(), c.clone(), d.clone()]);

        // By attribute.
        clock.advance(2);
        let by_city = ImPushRequest::text("sz", 2).condition(PushCondition::attrs_and(Attrs::new().with("city", &sz)));
        let reply = driver.send(&by_city).await.unwrap();
        let push = recorded(&harness, reply.task_id.as_deref().unwrap());
        assert_eq!(
            push.from_account, ADMIN,
            "the administrator when From_Account is absent"
        );
        assert_eq!(push.recipients, [a.clone(), b.clone()]);
        clock.advance(2);
        let either = PushCondition::attrs_or(Attrs::new().with("city", &bj).with("level", &gold));
        let reply = driver
            .send(&ImPushRequest::text("bj or gold", 3).condition(either))
            .await
            .unwrap();
        assert_eq!(
            recorded(&harness, reply.task_id.as_deref().unwrap()).recipients,
            [a.clone(), c.clone()]
        );

        // By tag, on both services.
        clock.advance(2);
        let both = ImPushRequest::text("vip and new", 4).condition(PushCondition::tags_and([&vip, &new]));
        let reply = driver.send(&both).await.unwrap();
        assert_eq!(
            recorded(&harness, reply.task_id.as_deref().unwrap()).recipients,
            [c.as_str()]
        );
        clock.advance(2);
        let vip_not_new = TimpushPushRequest::new(5)
            .condition(PushCondition::tags_or([&vip]).and_tags_not([&new]))
            .offline_push(OfflinePushInfo::new().title("vip").desc("only vip"));
        let reply = driver.send(&vip_not_new).await.unwrap();
        let vip_task = reply.task_id.clone().unwrap();
        let push = recorded(&harness, &vip_task);
        assert_eq!(push.path, "v4/timpush/push");
        assert_eq!(push.recipients, [a.as_str()]);
        assert!(push.msg_body.is_none());
        // TagsNot leaves out only the users with every one of its tags.
        clock.advance(2);
        let not_both = TimpushPushRequest::new(7)
            .condition(PushCondition::tags_not([&vip, &new]))
            .offline_push(OfflinePushInfo::new().desc("not vip and new"));
        let reply = driver.send(&not_both).await.unwrap();
        let push = recorded(&harness, reply.task_id.as_deref().unwrap());
        assert_eq!(among(&push, &users), [a.clone(), b.clone(), d.clone()]);

        // Removing tags and attributes changes whom the next push reaches.
        driver.send(&ImRemoveTagRequest::one(&c, [&vip])).await.unwrap();
        driver.send(&ImRemoveAllTagsRequest::new([&d])).await.unwrap();
        let tags = driver.send(&TimpushGetTagRequest::new([&c, &d])).await.unwrap();
        assert_eq!(tags.tags(&c).unwrap(), [new.as_str()]);
        assert_eq!(tags.tags(&d).unwrap(), [] as [String; 0]);
        clock.advance(2);
        let reply = driver
            .send(&ImPushRequest::text("new", 6).condition(PushCondition::tags_or([&new])))
            .await
            .unwrap();
        assert_eq!(
            recorded(&harness, reply.task_id.as_deref().unwrap()).recipients,
            [c.as_str()]
        );
        driver
            .send(&ImRemoveAttrRequest::new([UserAttrNamesItem::new(&b, ["city"])]))
            .await
            .unwrap();
        clock.advance(2);
        let reply = driver.send(&by_city).await.unwrap();
        assert_eq!(
            recorded(&harness, reply.task_id.as_deref().unwrap()).recipients,
            [a.as_str()]
        );

        // A recall marks the push; a second one, or one of an unknown task, is refused.
        driver.send(&TimpushRevokeRequest::new(&vip_task)).await.unwrap();
        assert!(recorded(&harness, &vip_task).revoked);
        clock.advance(2);
        assert_eq!(
            code(driver.send(&TimpushRevokeRequest::new(&vip_task)).await),
            ErrorCode::PushAlreadyRevoked
        );
        clock.advance(2);
        assert_eq!(
            code(driver.send(&TimpushRevokeRequest::new("no-such-task")).await),
            ErrorCode::PushTaskNotFound
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_services_refusals_carry_their_codes() {
    let (harness, clock) = harness();
    for driver in harness.drivers() {
        let n = driver.name();
        let [a, ghost] = ["ra", "ghost"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&a]).await;
        driver
            .send(&ImSetAttrNameRequest::new(AttrNames::new().with(0, "city")))
            .await
            .unwrap();

        // Attribute names the app does not have (90033).
        let unknown = ImSetAttrRequest::one(&a, Attrs::new().with("planet", "mars"));
        assert_eq!(code(driver.send(&unknown).await), ErrorCode::PushAttrInvalid);
        let remove = ImRemoveAttrRequest::new([UserAttrNamesItem::new(&a, ["planet"])]);
        assert_eq!(code(driver.send(&remove).await), ErrorCode::PushAttrInvalid);
        clock.advance(2);
        let by_planet =
            ImPushRequest::text("hi", 1).condition(PushCondition::attrs_and(Attrs::new().with("planet", "mars")));
        assert_eq!(code(driver.send(&by_planet).await), ErrorCode::PushAttrInvalid);

        // Two pushes in one second (90024).
        clock.advance(2);
        driver.send(&ImPushRequest::text("one", 2)).await.unwrap();
        assert_eq!(
            code(driver.send(&ImPushRequest::text("two", 3)).await),
            ErrorCode::PushTooFrequent
        );

        // A user holds at most 100 tags (90032): eleven requests of ten.
        for round in 0..10 {
            let tags: Vec<String> = (0..10).map(|i| format!("t{round}-{i}")).collect();
            driver.send(&ImAddTagRequest::one(&a, tags)).await.unwrap();
        }
        assert_eq!(
            code(driver.send(&ImAddTagRequest::one(&a, ["one too many"])).await),
            ErrorCode::PushTooManyTags
        );
        assert_eq!(
            driver
                .send(&ImGetTagRequest::new([&a]))
                .await
                .unwrap()
                .tags(&a)
                .unwrap()
                .len(),
            100
        );

        // timpush lists an account that is not imported in ErrorList (70107).
        let reply = driver.send(&TimpushGetTagRequest::new([&a, &ghost])).await.unwrap();
        let errors = reply.error_list.clone().unwrap();
        assert_eq!(
            (errors[0].to_account.as_str(), errors[0].error_code),
            (ghost.as_str(), ErrorCode::AccountNotFound)
        );
        assert!(reply.tags(&ghost).is_none());

        // Validation: more than 10 tags in one condition never leaves the client.
        let too_many = PushCondition::tags_or((0..11).map(|i| format!("t{i}")));
        match driver.send(&ImPushRequest::text("x", 4).condition(too_many)).await {
            Err(Error::Validation(error)) => {
                assert_eq!(error.field(), "Condition.TagsOr");
                assert_eq!(error.error_code(), Some(ErrorCode::PushTooManyTags));
            }
            other => panic!("expected a validation error, got {other:?}"),
        }
    }
    // The emulator checks the same rules on what it is sent.
    let body = r#"{"UserTags":[{"To_Account":"u","Tags":["a","b","c","d","e","f","g","h","i","j","k"]}]}"#;
    assert_eq!(harness.raw_code("v4/all_member_push/im_add_tag", body), 90032);
    let body = r#"{"MsgRandom":1,"Condition":{"TagsOr":["a"],"AttrsAnd":{"city":"x"}},"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}]}"#;
    assert_eq!(harness.raw_code("v4/all_member_push/im_push", body), 90039);
}

#[tokio::test(flavor = "multi_thread")]
async fn pushes_are_capped_per_day_and_need_the_feature() {
    let (harness, clock) = harness();
    // Keep the day's pushes on one UTC day (and the clients' UserSigs, signed
    // by the system clock, valid on the emulator's).
    let now = clock.now();
    if now % 86_400 > 86_400 - 600 {
        clock.advance(86_400 - now % 86_400 + 1);
    }
    // The day's pushes, sent raw (the clients space im_push calls a second
    // apart, as its rate says), each signed at the emulator's time.
    let body = r#"{"MsgRandom":7,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"daily"}}]}"#;
    for _ in 0..PUSHES_PER_DAY_DEFAULT {
        assert_eq!(harness.raw_code("v4/all_member_push/im_push", body), 0);
        clock.advance(2);
    }
    assert_eq!(harness.emulator.pushes().len(), PUSHES_PER_DAY_DEFAULT as usize);
    for driver in harness.drivers() {
        clock.advance(2);
        assert_eq!(
            code(driver.send(&ImPushRequest::text("one more", 0)).await),
            ErrorCode::PushDailyLimitReached
        );
        // timpush counts its own pushes.
        let push = TimpushPushRequest::new(1).offline_push(OfflinePushInfo::new().desc("d"));
        driver.send(&push).await.unwrap();
    }

    let standard = Harness::start(Emulator::builder().edition(Edition::Standard));
    for driver in standard.drivers() {
        assert_eq!(
            code(driver.send(&ImGetTagRequest::new(["u"])).await),
            ErrorCode::PushDisabled
        );
        assert_eq!(
            code(driver.send(&ImPushRequest::text("hi", 1)).await),
            ErrorCode::PushDisabled
        );
    }
}
