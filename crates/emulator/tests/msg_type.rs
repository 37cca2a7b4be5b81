//! A made-up `MsgType` is refused with the service's parameter-error code.

mod support;

use std::time::Duration;

use support::Connection;
use tim_emulator::Emulator;

#[test]
fn a_made_up_msg_type_is_refused() {
    let emulator = Emulator::builder()
        .seed_json(r#"{"accounts": ["a", "b"], "groups": [{"id": "g", "owner": "a", "members": ["b"]}]}"#)
        .start()
        .unwrap();
    let sig = emulator.sign(emulator.admin(), 3600);
    let call = |path: &str, body: &str| -> i64 {
        let query = format!(
            "sdkappid={}&identifier={}&usersig={}&random=1&contenttype=json",
            emulator.sdkappid(),
            emulator.admin(),
            sig.expose()
        );
        let reply = Connection::open(emulator.addr())
            .post(&format!("/v4/{path}?{query}"), body, Duration::ZERO)
            .unwrap();
        serde_json::from_str::<serde_json::Value>(&reply).unwrap()["ErrorCode"]
            .as_i64()
            .unwrap()
    };
    let foo = r#"[{"MsgType": "TIMFooElem", "MsgContent": {"Text": "hi"}}]"#;
    let text = r#"[{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]"#;
    let c2c = |body: &str| format!(r#"{{"From_Account": "a", "To_Account": "b", "MsgRandom": 1, "MsgBody": {body}}}"#);
    let group = |body: &str| format!(r#"{{"GroupId": "g", "From_Account": "a", "Random": 1, "MsgBody": {body}}}"#);
    assert_eq!(call("openim/sendmsg", &c2c(foo)), 90001);
    assert_eq!(call("group_open_http_svc/send_group_msg", &group(foo)), 10004);
    assert_eq!(call("openim/sendmsg", &c2c(text)), 0);
    assert_eq!(call("group_open_http_svc/send_group_msg", &group(text)), 0);
    // The log holds the refused body as sent.
    let refused = emulator.requests().into_iter().find(|r| r.code() == 90001).unwrap();
    assert_eq!(refused.body.unwrap()["MsgBody"][0]["MsgType"], "TIMFooElem");
}
