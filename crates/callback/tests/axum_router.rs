//! The axum router end to end on 127.0.0.1: verification, the handler's
//! reply, refusals, and the default reply when the handler overruns.
#![cfg(feature = "axum")]

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};
use tim_callback::axum::router;
use tim_callback::{Callback, CallbackQuery, Event, Reply, Token, Verifier, Webhook};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const APP: u64 = 1400000000;
const TOKEN: &str = "e2e-SECRET-token";

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

async fn serve(webhook: Webhook) -> std::net::SocketAddr {
    let app = router("/callback", webhook, |callback: Callback| async move {
        match &callback.event {
            Event::FriendAdd(added) if added.pair_list.iter().any(|p| p.to_account == "slow") => {
                tokio::time::sleep(Duration::from_secs(30)).await;
                Reply::refuse()
            }
            Event::FriendAdd(_) => Reply::new(120005, "not today"),
            _ => Reply::allow(),
        }
    });
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    addr
}

/// One POST over a fresh connection; the status and the JSON body.
async fn post(addr: std::net::SocketAddr, query: &str, body: &Value) -> (u16, Value) {
    let body = body.to_string();
    let request = format!(
        "POST /callback?{query} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let exchange = async {
        let mut stream = TcpStream::connect(addr).await.unwrap();
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).await.unwrap();
        response
    };
    let response = tokio::time::timeout(Duration::from_secs(10), exchange)
        .await
        .expect("answered in time");
    let status = response[9..12].parse().unwrap();
    let (_, json) = response.split_once("\r\n\r\n").unwrap();
    (
        status,
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}")),
    )
}

fn friend_add(to: &str) -> Value {
    json!({"CallbackCommand": "Sns.CallbackFriendAdd", "PairList": [{"From_Account": "a", "To_Account": to}]})
}

fn signed(command: &str, time: u64) -> String {
    CallbackQuery::new(APP, command)
        .client_ip("127.0.0.1")
        .signed(&Token::new(TOKEN), time)
        .to_query_string()
}

#[tokio::test]
async fn verifies_parses_and_answers() {
    let webhook = Webhook::new(Verifier::new(APP, Token::new(TOKEN))).with_deadline(Duration::from_millis(300));
    let addr = serve(webhook).await;

    let (status, reply) = post(addr, &signed("Sns.CallbackFriendAdd", now()), &friend_add("b")).await;
    assert_eq!(status, 200);
    assert_eq!(
        reply,
        json!({"ActionStatus": "OK", "ErrorInfo": "not today", "ErrorCode": 120005})
    );

    let body = json!({"CallbackCommand": "Sns.CallbackFriendDelete", "PairList": []});
    let (status, reply) = post(addr, &signed("Sns.CallbackFriendDelete", now()), &body).await;
    assert_eq!(
        (status, reply),
        (200, json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0}))
    );

    // A forged Sign, a stale RequestTime and another app: refused, each its own way.
    let forged = signed("Sns.CallbackFriendAdd", now()).replace("Sign=", "Sign=f");
    let stale = signed("Sns.CallbackFriendAdd", now() - 3600);
    let other_app = signed("Sns.CallbackFriendAdd", now()).replace(&APP.to_string(), "1400000001");
    let mut infos = Vec::new();
    for (query, expected_status) in [(forged, 401), (stale, 401), (other_app, 403)] {
        let (status, reply) = post(addr, &query, &friend_add("b")).await;
        assert_eq!(status, expected_status, "{reply}");
        assert_eq!(reply["ActionStatus"], "FAIL");
        let info = reply["ErrorInfo"].as_str().unwrap().to_owned();
        assert!(!info.contains(TOKEN) && !info.contains("SECRET"), "{info}");
        infos.push(info);
    }
    assert!(infos[0].contains("Sign"), "{}", infos[0]);
    assert!(infos[1].contains("RequestTime"), "{}", infos[1]);
    assert!(infos[2].contains("SDKAppID"), "{}", infos[2]);
}

#[tokio::test]
async fn an_overrunning_handler_gets_the_default_reply_in_time() {
    let webhook = Webhook::new(Verifier::new(APP, Token::new(TOKEN))).with_deadline(Duration::from_millis(300));
    let addr = serve(webhook).await;
    let start = Instant::now();
    let (status, reply) = post(addr, &signed("Sns.CallbackFriendAdd", now()), &friend_add("slow")).await;
    let took = start.elapsed();
    assert_eq!(
        (status, reply),
        (200, json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0}))
    );
    assert!(
        took >= Duration::from_millis(300) && took < Duration::from_secs(2),
        "{took:?}"
    );
}

#[tokio::test]
async fn the_default_deadline_fits_the_two_second_budget() {
    let addr = serve(Webhook::new(Verifier::new(APP, Token::new(TOKEN)))).await;
    let start = Instant::now();
    let (status, reply) = post(addr, &signed("Sns.CallbackFriendAdd", now()), &friend_add("slow")).await;
    assert_eq!((status, reply["ErrorCode"].clone()), (200, json!(0)));
    assert!(start.elapsed() < Duration::from_secs(2), "{:?}", start.elapsed());
}
