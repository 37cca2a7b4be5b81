//! The emulator's chatbots (`openim_robot_http_svc`), on both clients:
//! chatbots created, listed and deleted, a streaming message sent chunk by
//! chunk and read back from the one-to-one history, the chatbot as an
//! account of the other calls, the refusals with their codes and a
//! validation failure.

use tim_api::Error;
use tim_emulator::Emulator;
use tim_protocol::limits::ROBOTS_PER_APP_MAX;
use tim_protocol::message::{MsgElement, MsgKey};
use tim_protocol::openim::{AdminGetroammsgRequest, SendmsgRequest};
use tim_protocol::profile::{PortraitGetRequest, ProfileItem, ProfileTag};
use tim_protocol::robot::{CreateRobotRequest, DeleteRobotRequest, GetAllRobotsRequest, SendStreamMsgRequest};
use tim_protocol::ErrorCode;
use tim_tests::driver::Driver;
use tim_tests::emulator::{code, import};
use tim_tests::harness::Harness;

const ALL_TIME: i64 = i64::MAX / 2;

/// The texts of the one-to-one history of `a` with `b`, oldest first.
async fn texts(driver: &Driver, a: &str, b: &str) -> Vec<(String, String)> {
    let reply = driver
        .send(&AdminGetroammsgRequest::new(a, b, 100, 0, ALL_TIME))
        .await
        .unwrap();
    reply
        .msg_list
        .iter()
        .flatten()
        .map(|message| {
            let text = match &message.msg_body[..] {
                [MsgElement::Text(text)] => text.text.clone(),
                other => format!("{other:?}"),
            };
            (message.from_account.clone().unwrap_or_default(), text)
        })
        .collect()
}

async fn robots(driver: &Driver) -> Vec<String> {
    driver
        .send(&GetAllRobotsRequest::new())
        .await
        .unwrap()
        .robots()
        .to_vec()
}

#[tokio::test(flavor = "multi_thread")]
async fn chatbots_are_created_listed_stream_and_are_deleted() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let (bot, other_bot, user) = (
            format!("@RBT#jarvis-{n}"),
            format!("@RBT#friday-{n}"),
            format!("ru-{n}"),
        );
        import(&driver, &[&user]).await;

        driver
            .send(
                &CreateRobotRequest::new(&bot)
                    .nick("Jarvis")
                    .self_signature("hello, world"),
            )
            .await
            .unwrap();
        // A repeat creates nothing and changes nothing.
        driver.send(&CreateRobotRequest::new(&bot).nick("Other")).await.unwrap();
        driver.send(&CreateRobotRequest::new(&other_bot)).await.unwrap();
        assert_eq!(robots(&driver).await, [other_bot.clone(), bot.clone()]);

        // The chatbot is an account: its profile reads back.
        let profile = driver
            .send(&PortraitGetRequest::new(
                [&bot],
                [ProfileTag::Nick, ProfileTag::SelfSignature],
            ))
            .await
            .unwrap();
        assert_eq!(
            profile.user(&bot).unwrap().profile_item.as_deref().unwrap(),
            [
                ProfileItem::Nick("Jarvis".into()),
                ProfileItem::SelfSignature("hello, world".into())
            ]
        );

        // A streaming message: nothing in the history until the last chunk.
        let first = SendStreamMsgRequest::new(&bot, &user, "hello, ");
        let reply = driver.send(&first).await.unwrap();
        let key = reply.msg_key.clone().expect("the first chunk answers a MsgKey");
        assert!(key.parts().is_some(), "{key}");
        assert!(texts(&driver, &user, &bot).await.is_empty());
        let second = first.next_chunk(&reply, "wor").unwrap();
        assert_eq!(driver.send(&second).await.unwrap().msg_key, Some(key.clone()));
        let last = second.next_chunk(&reply, "ld").unwrap().finish();
        driver.send(&last).await.unwrap();
        assert_eq!(
            texts(&driver, &user, &bot).await,
            [(bot.clone(), "hello, world".to_owned())]
        );
        assert_eq!(texts(&driver, &bot, &user).await.len(), 1, "the chatbot's side too");

        // One chunk can be the whole message; the chatbot takes part in sendmsg.
        driver
            .send(&SendStreamMsgRequest::new(&bot, &user, "bye").finish())
            .await
            .unwrap();
        let mut answer = SendmsgRequest::new(&bot, vec![MsgElement::text("thanks")], 7);
        answer.from_account = Some(user.clone());
        driver.send(&answer).await.unwrap();
        let mut all: Vec<String> = texts(&driver, &user, &bot)
            .await
            .into_iter()
            .map(|(_, text)| text)
            .collect();
        // Messages of one second sort by their random MsgSeq: compare as a set.
        all.sort();
        assert_eq!(all, ["bye", "hello, world", "thanks"]);

        // Refusals: a finished stream, a key never given, a sender that is
        // not a chatbot, a recipient that does not exist.
        assert_eq!(code(driver.send(&last).await), ErrorCode::GroupParameterInvalid);
        let unknown_key = SendStreamMsgRequest::new(&bot, &user, "x").msg_key(MsgKey::new("1_2_3"));
        assert_eq!(code(driver.send(&unknown_key).await), ErrorCode::GroupParameterInvalid);
        assert_eq!(
            code(driver.send(&SendStreamMsgRequest::new(&user, &bot, "x")).await),
            ErrorCode::GroupParameterInvalid
        );
        assert_eq!(
            code(
                driver
                    .send(&SendStreamMsgRequest::new(&bot, format!("ghost-{n}"), "x"))
                    .await
            ),
            ErrorCode::GroupParameterInvalid
        );

        // A validation failure is caught before anything is sent.
        match driver.send(&CreateRobotRequest::new(format!("jarvis-{n}"))).await {
            Err(Error::Validation(error)) => {
                assert_eq!(error.field(), "UserID");
                assert_eq!(error.error_code(), Some(ErrorCode::GroupParameterInvalid));
            }
            other => panic!("expected a validation failure, got {other:?}"),
        }

        // Deleting: unlisted, no longer an account, no longer streaming.
        driver.send(&DeleteRobotRequest::new(&bot)).await.unwrap();
        driver.send(&DeleteRobotRequest::new(&bot)).await.unwrap();
        assert_eq!(robots(&driver).await, std::slice::from_ref(&other_bot));
        assert_eq!(
            code(driver.send(&SendStreamMsgRequest::new(&bot, &user, "x")).await),
            ErrorCode::GroupParameterInvalid
        );
        // The invalid account is no peer to read a history with; created
        // again, the chatbot finds its history as it was.
        assert_eq!(
            code(
                driver
                    .send(&AdminGetroammsgRequest::new(&user, &bot, 100, 0, ALL_TIME))
                    .await
            ),
            ErrorCode::OpenimToAccountInvalid
        );
        driver.send(&CreateRobotRequest::new(&bot)).await.unwrap();
        assert_eq!(texts(&driver, &user, &bot).await.len(), 3);
        driver.send(&DeleteRobotRequest::new(&bot)).await.unwrap();
        assert_eq!(
            code(driver.send(&DeleteRobotRequest::new(format!("@RBT#never-{n}"))).await),
            ErrorCode::GroupParameterInvalid
        );
        driver.send(&DeleteRobotRequest::new(&other_bot)).await.unwrap();
        assert!(robots(&driver).await.is_empty());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_app_has_at_most_twenty_chatbots() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let ids: Vec<String> = (0..ROBOTS_PER_APP_MAX).map(|i| format!("@RBT#{n}-{i}")).collect();
        for id in &ids {
            driver.send(&CreateRobotRequest::new(id)).await.unwrap();
        }
        assert_eq!(
            code(driver.send(&CreateRobotRequest::new(format!("@RBT#{n}-more"))).await),
            ErrorCode::GroupRequestInvalid
        );
        // A repeat of one of the twenty is not a new one.
        driver.send(&CreateRobotRequest::new(&ids[0])).await.unwrap();
        for id in &ids {
            driver.send(&DeleteRobotRequest::new(id)).await.unwrap();
        }
        assert!(robots(&driver).await.is_empty());
    }
}
