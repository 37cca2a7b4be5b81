//! The conveniences send the documented bodies, on both clients.

use std::sync::{Arc, Mutex};

use serde_json::{json, Value};
use tim_api::{BlockingClient, Client, ClientConfig};
use tim_protocol::group::GroupType;
use tim_protocol::BaseUrl;
use tim_transport::{FnTransport, HttpRequest, HttpResponse, TransportError};
use tim_usersig::SecretKey;

const OK: &str = r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#;

fn config() -> ClientConfig {
    ClientConfig::builder()
        .base_url(BaseUrl::parse("http://127.0.0.1:9").unwrap())
        .sdkappid(1400000000)
        .identifier("admin")
        .secret_key(SecretKey::new("key").unwrap())
        .build()
        .unwrap()
}

type Seen = Arc<Mutex<Vec<(String, Value)>>>;

/// A transport that records each request's path and JSON body and answers OK.
fn recorder() -> (
    Seen,
    FnTransport<impl Fn(HttpRequest) -> Result<HttpResponse, TransportError> + Send + Sync>,
) {
    let seen: Seen = Arc::default();
    let log = Arc::clone(&seen);
    let transport = FnTransport::new(move |request: HttpRequest| {
        let body = serde_json::from_slice(request.body()).unwrap();
        log.lock().unwrap().push((request.uri().path().to_owned(), body));
        Ok(http::Response::new(OK.as_bytes().to_vec()))
    });
    (seen, transport)
}

/// The requests both clients sent must be these, `MsgRandom` aside (drawn
/// per call), which must be a u32.
fn check(seen: &Seen) {
    let mut seen = seen.lock().unwrap();
    for (path, body) in seen.iter_mut() {
        let fields = body.as_object_mut().unwrap();
        let random = fields.remove("MsgRandom").or_else(|| fields.remove("Random"));
        if path.contains("msg") {
            assert!(
                random
                    .and_then(|r| r.as_u64())
                    .is_some_and(|r| r <= u64::from(u32::MAX)),
                "{path}"
            );
        }
    }
    let text = json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hello"}}]);
    let expected = [
        (
            "/v4/openim/sendmsg",
            json!({"SyncOtherMachine": 1, "From_Account": "alice", "To_Account": "bob", "MsgBody": text}),
        ),
        (
            "/v4/openim/batchsendmsg",
            json!({"SyncOtherMachine": 1, "From_Account": "alice", "To_Account": ["bob", "carol"], "MsgBody": text}),
        ),
        (
            "/v4/group_open_http_svc/create_group",
            json!({"Owner_Account": "alice", "Type": "Public", "Name": "team", "MemberList": [{"Member_Account": "bob"}]}),
        ),
        (
            "/v4/group_open_http_svc/add_group_member",
            json!({"GroupId": "@TGS#1", "MemberList": [{"Member_Account": "carol"}]}),
        ),
        (
            "/v4/group_open_http_svc/send_group_msg",
            json!({"GroupId": "@TGS#1", "From_Account": "alice", "MsgBody": text}),
        ),
    ];
    assert_eq!(seen.len(), expected.len() * 2);
    for (index, (path, body)) in seen.iter().enumerate() {
        let (want_path, want_body) = &expected[index % expected.len()];
        assert_eq!(path, want_path);
        assert_eq!(body, want_body, "{path}");
    }
}

#[tokio::test]
async fn both_clients_send_the_documented_bodies() {
    let (seen, transport) = recorder();
    let transport = Arc::new(transport);
    let blocking = BlockingClient::with_transport(config(), Arc::clone(&transport));
    blocking.send_text("alice", "bob", "hello").unwrap();
    blocking.send_text_to_many("alice", &["bob", "carol"], "hello").unwrap();
    blocking
        .create_group_with_members(GroupType::Public, "team", "alice", &["bob"])
        .unwrap();
    blocking.add_group_members("@TGS#1", &["carol"]).unwrap();
    blocking.send_group_text("@TGS#1", "alice", "hello").unwrap();

    let client = Client::with_transport(config(), transport);
    client.send_text("alice", "bob", "hello").await.unwrap();
    client
        .send_text_to_many("alice", &["bob", "carol"], "hello")
        .await
        .unwrap();
    client
        .create_group_with_members(GroupType::Public, "team", "alice", &["bob"])
        .await
        .unwrap();
    client.add_group_members("@TGS#1", &["carol"]).await.unwrap();
    client.send_group_text("@TGS#1", "alice", "hello").await.unwrap();
    check(&seen);
}
