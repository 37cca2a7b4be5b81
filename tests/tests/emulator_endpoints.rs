//! Every endpoint of the table is routed: the emulated ones to their
//! handlers, every other one to FAIL 60017 saying it is not emulated, never
//! a fake success; a path off the table is 60009.

use tim_emulator::{emulated, Emulator};
use tim_protocol::{Endpoint, ErrorCode, ENDPOINTS};
use tim_tests::harness::Harness;

#[test]
fn every_endpoint_of_the_table_is_answered_as_emulated_or_not() {
    let harness = Harness::start(Emulator::builder());
    for endpoint in ENDPOINTS {
        let (status, reply) = harness.raw(endpoint.path(), &harness.query(), b"{}");
        assert_eq!(status, 200, "{}", endpoint.path());
        let code = reply["ErrorCode"].as_i64().unwrap();
        if emulated(endpoint.path()) {
            assert_ne!(code, ErrorCode::CallDisabled.code(), "{}: {reply}", endpoint.path());
            assert_ne!(code, ErrorCode::InvalidResource.code(), "{}: {reply}", endpoint.path());
        } else {
            assert_eq!(code, ErrorCode::CallDisabled.code(), "{}: {reply}", endpoint.path());
            assert_eq!(reply["ActionStatus"], "FAIL");
            assert!(
                reply["ErrorInfo"].as_str().unwrap().contains("not emulate"),
                "{}: {reply}",
                endpoint.path()
            );
        }
    }
    assert_eq!(harness.raw_code("v4/recentcontact/no_such_api", "{}"), 60009);
}

#[test]
fn the_emulated_endpoints_are_rows_of_the_table() {
    let listed: Vec<&Endpoint> = Emulator::emulated_endpoints().collect();
    assert!(!listed.is_empty());
    for endpoint in ENDPOINTS {
        assert_eq!(
            listed.contains(&endpoint),
            emulated(endpoint.path()),
            "{}",
            endpoint.path()
        );
        let short = endpoint.path().trim_start_matches("v4/");
        assert_eq!(emulated(short), emulated(endpoint.path()), "{short}");
    }
    assert!(emulated("v4/recentcontact/update_contact_group"));
    assert!(!emulated("v4/recentcontact/no_such_api"));
}
