//! Webhooks end to end: the emulator, given the URL and token of a webhook
//! server built on tim-callback's axum router, delivers signed callbacks of
//! what it models; the server verifies each with tim-callback's `Verifier`
//! and parses it into the typed events; before-send answers refuse, drop or
//! rewrite messages; and requests the emulator signed, tampered with, are
//! refused. Everything runs on 127.0.0.1 and is bounded in time.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use tim_callback::axum::router;
use tim_callback::events::{C2cAfterSendMsg, GroupAfterSendMsg};
use tim_callback::{
    sign, CallbackCommand, CallbackQuery, Event, FixedClock, OptPlatform, Reply, Token, Verifier, VerifyError, Webhook,
};
use tim_emulator::{CallbackConfig, Emulator, EmulatorBuilder};
use tim_protocol::group::{
    AddGroupMemberRequest, ChangeGroupOwnerRequest, CreateGroupRequest, DeleteGroupMemberRequest, DestroyGroupRequest,
    GroupMsgGetSimpleRequest, GroupMsgRecallRequest, GroupType, ModifyGroupBaseInfoRequest, SendGroupMsgRequest,
};
use tim_protocol::message::{ForbidCallbackControl, MsgBody, MsgElement};
use tim_protocol::openim::{AdminGetroammsgRequest, AdminMsgwithdrawRequest, SendmsgRequest};
use tim_protocol::profile::PortraitSetRequest;
use tim_protocol::ErrorCode;
use tim_tests::driver::Driver;
use tim_tests::emulator::{code, import};
use tim_tests::harness::{Harness, ADMIN};
use tim_transport::{BlockingTransport, TransportConfig, UreqTransport};

const TOKEN: &str = "webhook-token-for-tests";
/// How long a test waits for an after-event before failing.
const PATIENCE: Duration = Duration::from_secs(10);

/// What the webhook server saw: every request as it arrived (query string
/// and body), and every callback tim-callback verified and parsed.
#[derive(Default)]
struct Seen {
    raw: Mutex<Vec<(String, Vec<u8>)>>,
    verified: Mutex<Vec<tim_callback::Callback>>,
}

/// A webhook server on 127.0.0.1, built on tim-callback's axum router.
struct HookServer {
    url: String,
    seen: Arc<Seen>,
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

/// The first text of a message body.
fn text(body: &MsgBody) -> String {
    body.iter()
        .find_map(|element| match element {
            MsgElement::Text(text) => Some(text.text.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

/// The app's answer to a before-send callback, by the message's text.
async fn decide(event: &Event) -> Reply {
    let (command, body) = match event {
        Event::C2cBeforeSendMsg(message) => (CallbackCommand::C2cBeforeSendMsg, &message.msg_body),
        Event::GroupBeforeSendMsg(message) => (CallbackCommand::GroupBeforeSendMsg, &message.msg_body),
        _ => return Reply::allow(),
    };
    let text = text(body);
    if text.contains("forbidden") {
        Reply::refuse()
    } else if text.contains("app-code") {
        let code = if command == CallbackCommand::C2cBeforeSendMsg {
            120123
        } else {
            10123
        };
        Reply::refuse_with_error(&command, code, "no links please").unwrap()
    } else if text.contains("rewrite-me") {
        Reply::rewrite(vec![MsgElement::text("rewritten")]).with_cloud_custom_data("rewritten-data")
    } else if text.contains("drop-me") {
        Reply::discard()
    } else if text.contains("slow") {
        tokio::time::sleep(Duration::from_secs(1)).await;
        Reply::refuse()
    } else {
        Reply::allow()
    }
}

/// Records each request as it arrives, before tim-callback sees it.
async fn record(State(seen): State<Arc<Seen>>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, 1 << 20).await.unwrap_or_default();
    let query = parts.uri.query().unwrap_or_default().to_owned();
    seen.raw.lock().unwrap().push((query, bytes.to_vec()));
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

impl HookServer {
    /// Serves tim-callback's router for the app `sdkappid`, with the token.
    async fn start(sdkappid: u64) -> Self {
        let seen = Arc::new(Seen::default());
        let verified = Arc::clone(&seen);
        let webhook = Webhook::new(Verifier::new(sdkappid, Token::new(TOKEN)));
        let app = router("/im/callback", webhook, move |callback: tim_callback::Callback| {
            let seen = Arc::clone(&verified);
            async move {
                seen.verified.lock().unwrap().push(callback.clone());
                decide(&callback.event).await
            }
        })
        .layer(axum::middleware::from_fn_with_state(Arc::clone(&seen), record));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/im/callback", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Self { url, seen }
    }

    /// An emulator delivering to this server.
    fn emulator(&self, config: impl FnOnce(CallbackConfig) -> CallbackConfig) -> Harness {
        let builder: EmulatorBuilder = Emulator::builder().callbacks(config(CallbackConfig::new(&self.url, TOKEN)));
        Harness::start(builder)
    }

    /// Waits for a verified callback `find` picks.
    async fn wait_for<T>(&self, what: &str, find: impl Fn(&tim_callback::Callback) -> Option<T>) -> T {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(found) = self.seen.verified.lock().unwrap().iter().find_map(&find) {
                return found;
            }
            assert!(Instant::now() < deadline, "no {what} arrived within {PATIENCE:?}");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// The verified events `pick` keeps, now.
    fn events<T>(&self, pick: impl Fn(&Event) -> Option<T>) -> Vec<T> {
        self.seen
            .verified
            .lock()
            .unwrap()
            .iter()
            .filter_map(|callback| pick(&callback.event))
            .collect()
    }

    /// The raw request (query string, body) whose body `find` accepts.
    fn raw(&self, find: impl Fn(&Event) -> bool) -> (String, Vec<u8>) {
        self.seen
            .raw
            .lock()
            .unwrap()
            .iter()
            .find(|(_, body)| Event::from_slice(body).is_ok_and(|event| find(&event)))
            .cloned()
            .expect("a recorded request")
    }
}

/// The one-to-one history between `a` and `b`, as `a` sees it: texts and
/// custom data.
async fn c2c_history(driver: &Driver, a: &str, b: &str) -> Vec<(String, Option<String>)> {
    let reply = driver
        .send(&AdminGetroammsgRequest::new(a, b, 100, 0, i64::from(u32::MAX)))
        .await
        .unwrap();
    reply
        .msg_list
        .into_iter()
        .flatten()
        .map(|message| (text(&message.msg_body), message.cloud_custom_data))
        .collect()
}

async fn group_history(driver: &Driver, group: &str) -> Vec<(String, Option<String>)> {
    let reply = driver.send(&GroupMsgGetSimpleRequest::new(group, 20)).await.unwrap();
    reply
        .rsp_msg_list
        .into_iter()
        .flatten()
        .map(|message| (text(&message.msg_body.unwrap_or_default()), message.cloud_custom_data))
        .collect()
}

/// The query parameters the documentation gives, as the emulator sent them.
fn check_query(query: &CallbackQuery, sdkappid: u64, command: CallbackCommand) {
    assert_eq!(query.sdk_app_id, sdkappid);
    assert_eq!(query.callback_command, command);
    assert_eq!(query.content_type.as_deref(), Some("json"));
    assert_eq!(query.client_ip.as_deref(), Some("127.0.0.1"));
    assert_eq!(query.opt_platform, Some(OptPlatform::RestApi));
    let sign = query.sign.as_deref().expect("signed");
    assert_eq!(sign.len(), 64);
    assert!(
        sign.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()),
        "{sign}"
    );
    let time = query.request_time.expect("RequestTime");
    assert!(now().abs_diff(time) <= 5, "RequestTime {time} is not now");
}

#[tokio::test(flavor = "multi_thread")]
async fn one_to_one_messages_are_refused_dropped_rewritten_and_reported() {
    let hooks = HookServer::start(tim_emulator::DEFAULT_SDKAPPID).await;
    let harness = hooks.emulator(|config| config);
    let sdkappid = harness.emulator.sdkappid();
    for driver in harness.drivers() {
        let name = driver.name();
        let [alice, bob] = ["alice", "bob"].map(|user| format!("{user}-c2c-{name}"));
        import(&driver, &[&alice, &bob]).await;

        // (1) Refused: the sender gets 20006, nothing is stored, and no
        // after-send callback follows.
        let refused = driver
            .send(&SendmsgRequest::text(
                &alice,
                &bob,
                format!("forbidden words {name}"),
                1,
            ))
            .await;
        assert_eq!(code(refused), ErrorCode::from(20006), "{name}");
        // Refused with the app's own code, which reaches the sender with its text.
        let refused = driver
            .send(&SendmsgRequest::text(&alice, &bob, "app-code", 2))
            .await
            .unwrap_err();
        assert_eq!(refused.code(), Some(ErrorCode::from(120123)), "{name}");
        assert!(refused.to_string().contains("no links please"), "{refused}");
        // Dropped silently: the sender sees it sent; nobody gets it.
        let dropped = driver
            .send(&SendmsgRequest::text(&alice, &bob, "drop-me", 3))
            .await
            .unwrap();
        assert!(dropped.msg_key.is_some(), "{name}");
        assert_eq!(c2c_history(&driver, &alice, &bob).await, vec![], "{name}");
        assert_eq!(c2c_history(&driver, &bob, &alice).await, vec![], "{name}");

        // (2) Rewritten: what is stored is the app's version.
        let sent = driver
            .send(&SendmsgRequest::text(&alice, &bob, "rewrite-me please", 4))
            .await
            .unwrap();
        let stored = vec![("rewritten".to_owned(), Some("rewritten-data".to_owned()))];
        assert_eq!(c2c_history(&driver, &bob, &alice).await, stored, "{name}");
        assert_eq!(c2c_history(&driver, &alice, &bob).await, stored, "{name}");

        // (3) The before- and after-send callbacks, verified and typed.
        let before = hooks
            .wait_for("C2C.CallbackBeforeSendMsg", |callback| match &callback.event {
                Event::C2cBeforeSendMsg(message) if message.to_account == bob && message.msg_random == Some(4) => {
                    Some((callback.query.clone(), message.clone()))
                }
                _ => None,
            })
            .await;
        check_query(&before.0, sdkappid, CallbackCommand::C2cBeforeSendMsg);
        assert_eq!(before.1.from_account, alice);
        assert_eq!(text(&before.1.msg_body), "rewrite-me please");
        assert_eq!(before.1.msg_key, sent.msg_key, "one key before and after");

        let after: (CallbackQuery, C2cAfterSendMsg) = hooks
            .wait_for("C2C.CallbackAfterSendMsg", |callback| match &callback.event {
                Event::C2cAfterSendMsg(message) if message.to_account == bob => {
                    Some((callback.query.clone(), message.clone()))
                }
                _ => None,
            })
            .await;
        check_query(&after.0, sdkappid, CallbackCommand::C2cAfterSendMsg);
        let message = after.1;
        assert_eq!(message.from_account, alice);
        assert_eq!(message.msg_key, sent.msg_key);
        assert_eq!(message.msg_time, sent.msg_time.map(|time| time as u64));
        assert_eq!(message.msg_random, Some(4));
        assert_eq!(message.send_msg_result, Some(0));
        assert_eq!(message.unread_msg_num, Some(1));
        // The after-send callback carries the rewritten message.
        assert_eq!(text(&message.msg_body), "rewritten");
        assert_eq!(message.cloud_custom_data.as_deref(), Some("rewritten-data"));

        // ForbidCallbackControl skips the before-send callback: the text
        // the app would refuse goes through.
        let mut unchecked = SendmsgRequest::text(&alice, &bob, "forbidden but unchecked", 5);
        unchecked.forbid_callback_control = Some(vec![ForbidCallbackControl::ForbidBeforeSendMsgCallback]);
        driver.send(&unchecked).await.unwrap();
        assert_eq!(c2c_history(&driver, &bob, &alice).await.len(), 2, "{name}");

        // A recall is reported.
        let key = sent.msg_key.clone().unwrap();
        driver
            .send(&AdminMsgwithdrawRequest::new(&alice, &bob, key.clone()))
            .await
            .unwrap();
        let recalled = hooks
            .wait_for("C2C.CallbackAfterMsgWithDraw", |callback| match &callback.event {
                Event::C2cAfterMsgWithDraw(recall) if recall.to_account == bob => Some(recall.clone()),
                _ => None,
            })
            .await;
        assert_eq!(
            (recalled.from_account.as_str(), &recalled.msg_key),
            (alice.as_str(), &key)
        );

        // The refused, dropped and unchecked-by-before messages: the after
        // callbacks of the last one arrived, and none of the refused or
        // dropped ones ever did.
        hooks
            .wait_for("the after-send of the unchecked message", |callback| {
                match &callback.event {
                    Event::C2cAfterSendMsg(message) if message.msg_random == Some(5) && message.to_account == bob => {
                        Some(())
                    }
                    _ => None,
                }
            })
            .await;
        let reported: Vec<u64> = hooks.events(|event| match event {
            Event::C2cAfterSendMsg(message) if message.to_account == bob => message.msg_random,
            _ => None,
        });
        assert_eq!(reported.len(), 2, "{name}: {reported:?}");
        assert!(reported.iter().all(|random| [4, 5].contains(random)), "{reported:?}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn group_messages_and_the_groups_life_are_delivered() {
    let hooks = HookServer::start(tim_emulator::DEFAULT_SDKAPPID).await;
    let harness = hooks.emulator(|config| config);
    let sdkappid = harness.emulator.sdkappid();
    for driver in harness.drivers() {
        let name = driver.name();
        let [owner, member, guest] = ["owner", "member", "guest"].map(|user| format!("{user}-g-{name}"));
        import(&driver, &[&owner, &member, &guest]).await;
        let created = driver
            .send(&CreateGroupRequest::new(GroupType::Public, format!("hooks {name}")).owner(&owner))
            .await
            .unwrap();
        let group = created.group_id.unwrap();
        let made = hooks
            .wait_for("Group.CallbackAfterCreateGroup", |callback| match &callback.event {
                Event::AfterCreateGroup(made) if made.group_id == group => Some(made.clone()),
                _ => None,
            })
            .await;
        assert_eq!(made.owner_account.as_ref(), Some(&owner));
        assert_eq!(made.group_type, Some(GroupType::Public));
        assert_eq!(made.operator_account.as_deref(), Some(ADMIN));

        driver
            .send(&AddGroupMemberRequest::new(&group, [&member, &guest]))
            .await
            .unwrap();
        let joined = hooks
            .wait_for("Group.CallbackAfterNewMemberJoin", |callback| match &callback.event {
                Event::AfterNewMemberJoin(join) if join.group_id == group => Some(join.clone()),
                _ => None,
            })
            .await;
        let names: Vec<_> = joined
            .new_member_list
            .iter()
            .map(|m| m.member_account.clone())
            .collect();
        assert_eq!(names, [member.clone(), guest.clone()]);

        // Refused with 10016, or the app's code; nothing stored.
        let refused = driver
            .send(&SendGroupMsgRequest::text(&group, "forbidden", 1).from(&member))
            .await;
        assert_eq!(code(refused), ErrorCode::GroupCallbackRejected, "{name}");
        let refused = driver
            .send(&SendGroupMsgRequest::text(&group, "app-code", 2).from(&member))
            .await;
        assert_eq!(code(refused), ErrorCode::from(10123), "{name}");
        assert_eq!(group_history(&driver, &group).await, vec![], "{name}");

        // Rewritten: the history holds the app's version.
        let sent = driver
            .send(&SendGroupMsgRequest::text(&group, "rewrite-me", 3).from(&member))
            .await
            .unwrap();
        assert_eq!(
            group_history(&driver, &group).await,
            vec![("rewritten".to_owned(), Some("rewritten-data".to_owned()))],
            "{name}"
        );
        let after: (CallbackQuery, GroupAfterSendMsg) = hooks
            .wait_for("Group.CallbackAfterSendMsg", |callback| match &callback.event {
                Event::GroupAfterSendMsg(message) if message.group_id == group => {
                    Some((callback.query.clone(), message.clone()))
                }
                _ => None,
            })
            .await;
        check_query(&after.0, sdkappid, CallbackCommand::GroupAfterSendMsg);
        assert_eq!(after.1.from_account, member);
        assert_eq!(after.1.msg_seq, sent.msg_seq);
        assert_eq!(after.1.random, Some(3));
        assert_eq!(text(&after.1.msg_body), "rewritten");
        let before = hooks
            .wait_for("Group.CallbackBeforeSendMsg", |callback| match &callback.event {
                Event::GroupBeforeSendMsg(message) if message.group_id == group && message.random == Some(3) => {
                    Some(callback.query.clone())
                }
                _ => None,
            })
            .await;
        check_query(&before, sdkappid, CallbackCommand::GroupBeforeSendMsg);

        // Recall, profile, owner, removal, destruction.
        driver
            .send(&GroupMsgRecallRequest::new(&group, sent.msg_seq))
            .await
            .unwrap();
        let recall = hooks
            .wait_for("Group.CallbackAfterRecallMsg", |callback| match &callback.event {
                Event::GroupAfterRecallMsg(recall) if recall.group_id == group => Some(recall.clone()),
                _ => None,
            })
            .await;
        let seqs: Vec<u64> = recall.msg_seq_list.iter().map(|item| item.msg_seq).collect();
        assert_eq!(seqs, [sent.msg_seq.unwrap()]);

        driver
            .send(&ModifyGroupBaseInfoRequest::new(&group).name("renamed"))
            .await
            .unwrap();
        let changed = hooks
            .wait_for("Group.CallbackAfterGroupInfoChanged", |callback| {
                match &callback.event {
                    Event::GroupInfoChanged(change) if change.group_id == group => Some(change.clone()),
                    _ => None,
                }
            })
            .await;
        assert_eq!(
            (changed.name.as_deref(), changed.introduction.as_deref()),
            (Some("renamed"), None)
        );

        driver
            .send(&ChangeGroupOwnerRequest::new(&group, &member))
            .await
            .unwrap();
        let handed = hooks
            .wait_for("Group.CallbackAfterChangeGroupOwner", |callback| {
                match &callback.event {
                    Event::AfterChangeGroupOwner(change) if change.group_id == group => Some(change.clone()),
                    _ => None,
                }
            })
            .await;
        assert_eq!(handed.old_owner_account.as_ref(), Some(&owner));
        assert_eq!(handed.new_owner_account.as_ref(), Some(&member));

        driver
            .send(&DeleteGroupMemberRequest::new(&group, [&guest]))
            .await
            .unwrap();
        let left = hooks
            .wait_for("Group.CallbackAfterMemberExit", |callback| match &callback.event {
                Event::AfterMemberExit(exit) if exit.group_id == group => Some(exit.clone()),
                _ => None,
            })
            .await;
        assert_eq!(left.exit_member_list.len(), 1);
        assert_eq!(left.exit_member_list[0].member_account, guest);

        driver.send(&DestroyGroupRequest::new(&group)).await.unwrap();
        let gone = hooks
            .wait_for("Group.CallbackAfterGroupDestroyed", |callback| match &callback.event {
                Event::AfterGroupDestroyed(gone) if gone.group_id == group => Some(gone.clone()),
                _ => None,
            })
            .await;
        assert_eq!(gone.name.as_deref(), Some("renamed"));
        assert_eq!(gone.owner_account.as_ref(), Some(&member));
        assert_eq!(gone.member_list.as_ref().map(Vec::len), Some(2));

        // A profile change.
        driver.send(&PortraitSetRequest::nick(&owner, "Nick")).await.unwrap();
        let portrait = hooks
            .wait_for("Profile.CallbackPortraitSet", |callback| match &callback.event {
                Event::PortraitSet(set) if set.from_account == owner => Some(set.clone()),
                _ => None,
            })
            .await;
        assert_eq!(portrait.profile_item.len(), 1);
        assert_eq!(portrait.profile_item[0].tag, "Tag_Profile_IM_Nick");
        assert_eq!(portrait.profile_item[0].value, "Nick");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_before_send_callback_that_overruns_lets_the_message_through() {
    let hooks = HookServer::start(tim_emulator::DEFAULT_SDKAPPID).await;
    let harness = hooks.emulator(|config| config.before_timeout(Duration::from_millis(200)));
    for driver in harness.drivers() {
        let name = driver.name();
        let [alice, bob] = ["alice", "bob"].map(|user| format!("{user}-slow-{name}"));
        import(&driver, &[&alice, &bob]).await;
        let started = Instant::now();
        // The app would refuse it, after a second: too late.
        driver
            .send(&SendmsgRequest::text(&alice, &bob, "slow", 1))
            .await
            .unwrap();
        let took = started.elapsed();
        assert!(took < Duration::from_millis(900), "{name}: took {took:?}");
        // The app was asked, and answered too late.
        hooks
            .wait_for("C2C.CallbackBeforeSendMsg", |callback| match &callback.event {
                Event::C2cBeforeSendMsg(message) if message.to_account == bob => Some(()),
                _ => None,
            })
            .await;
        assert_eq!(c2c_history(&driver, &bob, &alice).await.len(), 1, "{name}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_webhook_server_that_is_down_stops_nothing() {
    // A port nobody listens on (bound, then closed).
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let harness = Harness::start(Emulator::builder().callback(format!("http://127.0.0.1:{port}/"), TOKEN));
    for driver in harness.drivers() {
        let name = driver.name();
        let [alice, bob] = ["alice", "bob"].map(|user| format!("{user}-down-{name}"));
        import(&driver, &[&alice, &bob]).await;
        driver
            .send(&SendmsgRequest::text(&alice, &bob, "forbidden", 1))
            .await
            .unwrap();
        assert_eq!(c2c_history(&driver, &bob, &alice).await.len(), 1, "{name}");
    }
}

/// A server that answers every request HTTP 500 and counts them.
async fn failing_server() -> (String, Arc<Mutex<Vec<String>>>) {
    let hits = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&hits);
    let app = axum::Router::new().fallback(move |request: Request| {
        let seen = Arc::clone(&seen);
        async move {
            seen.lock()
                .unwrap()
                .push(request.uri().query().unwrap_or_default().to_owned());
            axum::http::StatusCode::INTERNAL_SERVER_ERROR
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, hits)
}

#[tokio::test(flavor = "multi_thread")]
async fn after_events_are_not_retried_unless_configured() {
    for retries in [0u32, 2] {
        let (url, hits) = failing_server().await;
        let harness =
            Harness::start(Emulator::builder().callbacks(CallbackConfig::new(url, TOKEN).after_retries(retries)));
        let driver = harness.drivers().into_iter().next().unwrap();
        import(&driver, &["a", "b"]).await;
        driver.send(&SendmsgRequest::text("a", "b", "hello", 1)).await.unwrap();
        let after = |hits: &Mutex<Vec<String>>| {
            hits.lock()
                .unwrap()
                .iter()
                .filter(|query| query.contains("CallbackCommand=C2C.CallbackAfterSendMsg"))
                .count()
        };
        let expected = 1 + retries as usize;
        let deadline = Instant::now() + PATIENCE;
        while after(&hits) < expected && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // Give a surplus attempt the time to show.
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(after(&hits), expected, "retries {retries}");
        let before = hits
            .lock()
            .unwrap()
            .iter()
            .filter(|q| q.contains("CallbackBeforeSendMsg"))
            .count();
        assert_eq!(before, 1, "a before-event is never retried");
    }
}

/// POSTs `query` and `body` to `url`; the HTTP status.
async fn post(url: &str, query: &str, body: &[u8]) -> u16 {
    let request = axum::http::Request::post(format!("{url}?{query}"))
        .header("content-type", "application/json")
        .body(body.to_vec())
        .unwrap();
    let transport = UreqTransport::new(&TransportConfig::default());
    tokio::task::spawn_blocking(move || transport.send(request).unwrap().status().as_u16())
        .await
        .unwrap()
}

/// The value of the parameter `name` in `query`, replaced by `value`.
fn replace_param(query: &str, name: &str, value: &str) -> String {
    query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if key == name => format!("{key}={value}"),
            _ => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

#[tokio::test(flavor = "multi_thread")]
async fn tampered_requests_the_emulator_signed_are_refused() {
    let hooks = HookServer::start(tim_emulator::DEFAULT_SDKAPPID).await;
    let harness = hooks.emulator(|config| config);
    let sdkappid = harness.emulator.sdkappid();
    let driver = harness.drivers().into_iter().next().unwrap();
    import(&driver, &["tamper-a", "tamper-b"]).await;
    driver
        .send(&SendmsgRequest::text("tamper-a", "tamper-b", "original", 1))
        .await
        .unwrap();
    hooks
        .wait_for("the after-send", |callback| match &callback.event {
            Event::C2cAfterSendMsg(message) if message.to_account == "tamper-b" => Some(()),
            _ => None,
        })
        .await;
    let (query, body) = hooks.raw(|event| matches!(event, Event::C2cAfterSendMsg(m) if m.to_account == "tamper-b"));
    let verifier = Verifier::new(sdkappid, Token::new(TOKEN));
    let signed = verifier
        .verify_query(&query)
        .expect("the emulator's signature verifies");
    let time = signed.request_time.unwrap();

    // Sent again as it was, it is accepted: what follows is refused for
    // the tampering alone.
    assert_eq!(post(&hooks.url, &query, &body).await, 200);

    // A forged Sign.
    let sign = signed.sign.clone().unwrap();
    let flipped = format!("{}{}", if sign.starts_with('0') { '1' } else { '0' }, &sign[1..]);
    let forged = replace_param(&query, "Sign", &flipped);
    assert_eq!(verifier.verify_query(&forged), Err(VerifyError::BadSignature));
    assert_eq!(post(&hooks.url, &forged, &body).await, 401);
    // A RequestTime moved without the Sign.
    let moved = replace_param(&query, "RequestTime", &(time - 3600).to_string());
    assert_eq!(verifier.verify_query(&moved), Err(VerifyError::BadSignature));

    // A stale RequestTime: the emulator's request replayed a minute and
    // more later, and one signed with the right token an hour ago.
    let later = Verifier::new(sdkappid, Token::new(TOKEN)).with_clock(FixedClock::new(time + 61));
    assert!(matches!(
        later.verify_query(&query),
        Err(VerifyError::StaleRequestTime { skew: 61, .. })
    ));
    let old = replace_param(
        &replace_param(&query, "RequestTime", &(time - 3600).to_string()),
        "Sign",
        &sign_of(time - 3600),
    );
    assert!(matches!(
        verifier.verify_query(&old),
        Err(VerifyError::StaleRequestTime { .. })
    ));
    assert_eq!(post(&hooks.url, &old, &body).await, 401);

    // Another app's SDKAppID.
    let other = replace_param(&query, "SdkAppid", &(sdkappid + 1).to_string());
    assert!(matches!(
        verifier.verify_query(&other),
        Err(VerifyError::WrongSdkAppId { actual, .. }) if actual == sdkappid + 1
    ));
    assert_eq!(post(&hooks.url, &other, &body).await, 403);

    // A body of another command than the query's.
    let mut value: serde_json::Value = serde_json::from_slice(&body).unwrap();
    value["CallbackCommand"] = "C2C.CallbackBeforeSendMsg".into();
    assert_eq!(post(&hooks.url, &query, value.to_string().as_bytes()).await, 400);
}

fn sign_of(time: u64) -> String {
    sign(&Token::new(TOKEN), time)
}
