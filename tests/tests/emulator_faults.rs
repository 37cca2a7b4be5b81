//! Injected faults, and malformed input that does no harm.

use std::time::Duration;

use tim_api::Client;
use tim_emulator::{Emulator, Faults, Limits};
use tim_protocol::account::MultiaccountImportRequest;
use tim_protocol::recentcontact::CreateContactGroupRequest;
use tim_protocol::ErrorCode;
use tim_tests::emulator::{code, UPDATE};
use tim_tests::harness::{Harness, ADMIN};

#[tokio::test(flavor = "multi_thread")]
async fn faults_are_injected_and_malformed_input_does_no_harm() {
    let harness = Harness::start(Emulator::builder());
    let client = Client::new(harness.config_as(ADMIN)).unwrap();
    client
        .multiaccount_import(&MultiaccountImportRequest::new(["u"]))
        .await
        .unwrap();

    harness
        .emulator
        .set_faults(Faults::none().errors(1.0, ErrorCode::RateLimited));
    assert_eq!(
        code(
            client
                .create_contact_group(&CreateContactGroupRequest::new("u", "g", []))
                .await
        ),
        ErrorCode::RateLimited
    );
    assert_eq!(
        harness.emulator.contact_group("u", "g"),
        None,
        "a faulted call changes nothing"
    );

    harness
        .emulator
        .set_faults(Faults::none().latency(Duration::from_millis(150)));
    let start = std::time::Instant::now();
    client
        .create_contact_group(&CreateContactGroupRequest::new("u", "g", []))
        .await
        .unwrap();
    assert!(start.elapsed() >= Duration::from_millis(150));
    harness.emulator.set_faults(Faults::none());

    // Garbage of every kind, then the state is intact and the server answers.
    let deep = "[".repeat(100_000);
    let bodies: Vec<Vec<u8>> = vec![
        vec![0xff, 0xfe, 0x00],
        deep.into_bytes(),
        br#"{"From_Account":"u","UpdateType":1,"UpdateGroup":{"UpdateGroupType":2,"OldGroupName":"g","ContactUpdateItem":[{"ContactOptType":1,"ContactItem":{"Type":99}}]}}"#.to_vec(),
        br#"{"From_Account":"u","UpdateType":18446744073709551616}"#.to_vec(),
        b"null".to_vec(),
        b"[]".to_vec(),
    ];
    for body in bodies {
        let (status, reply) = harness.raw(UPDATE, &harness.query(), &body);
        assert_eq!(status, 200);
        assert_eq!(reply["ActionStatus"], "FAIL", "{reply}");
    }
    let renamed = client.rename_contact_group("u", "g", "h").await.unwrap();
    assert_eq!(renamed.result.unwrap().group_name, "h");

    // A body over the cap gets 413. (The cap is small here so that the whole
    // request fits in the socket buffers: with a body of megabytes, the
    // client may still be sending when the server answers and closes.)
    let small = Harness::start(Emulator::builder().limits(Limits::default().max_body_bytes(1024)));
    let (status, reply) = small.raw(UPDATE, &small.query(), &[b' '; 4096]);
    assert_eq!(status, 413, "{reply}");
    assert_eq!(
        small.raw(UPDATE, &small.query(), &[b' '; 1000]).1["ErrorCode"],
        60003,
        "under the cap it is read"
    );
}
