//! Every answer leaves the connection reusable, refusals included: a client
//! that pooled it must not fail on its next call.

mod support;

use std::time::Duration;

use support::Connection;
use tim_emulator::Emulator;

#[test]
fn refused_calls_keep_the_connection_open() {
    let emulator = Emulator::builder().start().unwrap();
    let sig = emulator.sign("administrator", 3600);
    let good = format!(
        "/v4/im_open_login_svc/account_check?sdkappid={}&identifier=administrator&usersig={}&random=1&contenttype=json",
        emulator.sdkappid(),
        sig.expose()
    );
    let body = r#"{"CheckItem":[{"UserID":"u"}]}"#;
    let refusals = [
        "/v4/im_open_login_svc/account_check?sdkappid=1&random=1&contenttype=json".to_owned(), // 60006
        good.replace("identifier=administrator", "identifier=someone"),                        // 70403
        good.replace(sig.expose(), "garbage"),                                                 // 70003
        "/v4/no/such_api".to_owned(),                                                          // 60009
    ];
    let mut connection = Connection::open(emulator.addr());
    // Each body follows its head a moment later, as it may from a client that
    // writes them separately: the answer must still wait for it.
    let gap = Duration::from_millis(20);
    for refusal in &refusals {
        let reply = connection.post(refusal, body, gap).expect("the refusal is answered");
        assert!(reply.contains("\"FAIL\""), "{reply}");
        let reply = connection
            .post(&good, body, gap)
            .expect("the same connection serves the next call");
        assert!(reply.contains("\"OK\""), "{reply}");
    }
}
