//! The emulator's operations calls, on both clients: `ConfigSvc/GetIPList`
//! (its path with capitals, answered with the fixed loopback list) and
//! `open_msg_svc/get_history`, not emulated (60017).

use tim_emulator::{emulated, Emulator};
use tim_protocol::operations::{GetHistoryRequest, GetIpListRequest, HistoryChatType};
use tim_protocol::ErrorCode;
use tim_tests::emulator::code;
use tim_tests::harness::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn the_ip_list_is_the_emulators_and_the_archives_are_not_emulated() {
    let harness = Harness::start(Emulator::builder());
    assert!(emulated("v4/ConfigSvc/GetIPList"));
    assert!(!emulated("v4/open_msg_svc/get_history"));
    for driver in harness.drivers() {
        let reply = driver.send(&GetIpListRequest::new()).await.unwrap();
        assert_eq!(reply.ips(), ["127.0.0.1", "127.0.0.0/8"]);
        let history = GetHistoryRequest::new(HistoryChatType::C2c, "2015120121");
        assert_eq!(code(driver.send(&history).await), ErrorCode::CallDisabled);
    }
    // The path is matched as spelt.
    assert_eq!(
        harness.raw_code("v4/configsvc/getiplist", "{}"),
        ErrorCode::InvalidResource.code()
    );
}
