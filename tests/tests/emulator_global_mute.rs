//! The emulator's global mute (`openconfigsvr/setnospeaking`): a muted
//! user's sends are refused with the documented codes until the mute ends
//! on the emulator's clock, and `getnospeaking` reads what is left.

use std::sync::Arc;

use tim_api::BlockingClient;
use tim_emulator::Emulator;
use tim_protocol::account::MultiaccountImportRequest;
use tim_protocol::group::{CreateGroupRequest, GroupType, SendGroupMsgRequest};
use tim_protocol::openconfig::{GetnospeakingRequest, SetnospeakingRequest};
use tim_protocol::openim::SendmsgRequest;
use tim_protocol::ErrorCode;
use tim_tests::harness::{Harness, ADMIN};
use tim_usersig::ManualClock;

const NOW: u64 = 1_700_000_000;

fn code<T: std::fmt::Debug>(result: Result<T, tim_api::Error>) -> i64 {
    match result {
        Err(error) => error.code().expect("a service error").code(),
        Ok(value) => panic!("expected a refusal, got {value:?}"),
    }
}

#[test]
fn a_muted_user_cannot_send_until_the_mute_ends() {
    let clock = ManualClock::new(NOW);
    let harness = Harness::start(Emulator::builder().clock(Arc::new(clock.clone())));
    let client = BlockingClient::new(harness.config_as(ADMIN));
    client.send(&MultiaccountImportRequest::new(["a", "b"])).unwrap();
    let group = CreateGroupRequest::with_members(GroupType::Public, "g", "a", ["b"]);
    let group = client.send(&group).unwrap().group_id.unwrap();
    let to_b = || client.send(&SendmsgRequest::text("a", "b", "hi", 1));
    let to_group = || client.send(&SendGroupMsgRequest::text(&group, "hi", 1).from("a"));
    let left = || client.send(&GetnospeakingRequest::new("a")).unwrap();

    assert_eq!(left().c2c_msg_nospeaking_time, Some(0));
    client.send(&SetnospeakingRequest::new("a").c2c(60)).unwrap();
    assert_eq!(code(to_b()), 20012);
    to_group().expect("the group mute is separate");
    clock.advance(30);
    assert_eq!(
        (left().c2c_msg_nospeaking_time, left().group_msg_nospeaking_time),
        (Some(30), Some(0))
    );

    client.send(&SetnospeakingRequest::new("a").group_forever()).unwrap();
    assert_eq!(code(to_group()), ErrorCode::GroupMemberMuted.code());
    assert_eq!(left().group_msg_nospeaking_time, Some(u32::MAX));
    assert!(left().group_muted_forever());

    clock.advance(31);
    to_b().expect("the one-to-one mute has ended");
    clock.advance(1_000_000);
    assert_eq!(code(to_group()), 10017, "for ever");
    client.send(&SetnospeakingRequest::unmute("a")).unwrap();
    to_group().expect("unmuted");

    assert_eq!(
        code(client.send(&GetnospeakingRequest::new("ghost"))),
        ErrorCode::AccountNotFound.code()
    );
}
