//! `timpush/all_member_push_trace` on the emulator, on both clients: what
//! the recorded push knows of one user (a recipient: when it was pushed and
//! the Chat service's stage; anyone else: no trace), and the refusals (an
//! unknown task, a task older than 7 days, the Standard edition).

use std::sync::Arc;

use tim_emulator::{Edition, Emulator};
use tim_protocol::message::OfflinePushInfo;
use tim_protocol::push::{
    AllMemberPushTraceRequest, ImAddTagRequest, ImPushRequest, PushCondition, TimpushPushRequest,
};
use tim_protocol::ErrorCode;
use tim_tests::emulator::{code, import};
use tim_tests::harness::Harness;
use tim_usersig::ManualClock;

/// 2023-11-14 22:13:20 UTC: 2023-11-15 06:13:20 in Beijing.
const NOW: u64 = 1_700_000_000;

#[tokio::test(flavor = "multi_thread")]
async fn a_trace_says_whether_and_when_the_push_reached_the_user() {
    // One emulator per client: the test moves the clock by 7 days.
    for index in 0..2 {
        let clock = ManualClock::new(NOW);
        let harness = Harness::start(Emulator::builder().clock(Arc::new(clock.clone())));
        let driver = harness.drivers().into_iter().nth(index).unwrap();
        let n = driver.name();
        let [a, b] = ["ta", "tb"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&a, &b]).await;
        let tag = format!("vip-{n}");
        driver.send(&ImAddTagRequest::one(&a, [&tag])).await.unwrap();

        clock.advance(2);
        let pushed_at = "2023-11-15 06:13:22";
        let push = TimpushPushRequest::new(1)
            .condition(PushCondition::tags_or([&tag]))
            .offline_push(OfflinePushInfo::new().desc("vip only"));
        let task = driver.send(&push).await.unwrap().task_id.unwrap();

        // a was a recipient: one trace, the push's time and the Chat
        // service's stage, no device fields.
        let reply = driver.send(&AllMemberPushTraceRequest::new(&task, &a)).await.unwrap();
        assert_eq!(reply.instance_trace.len(), 1);
        let trace = &reply.instance_trace[0];
        assert_eq!(trace.push_time.as_deref(), Some(pushed_at));
        let stage = trace.im_commit_stat.as_ref().unwrap().im_stat.as_ref().unwrap();
        assert_eq!((stage.push_status, stage.error_code), (Some(1), Some(0)));
        assert_eq!(stage.event_time.as_deref(), Some(pushed_at));
        assert_eq!(trace.instance_id, None);
        assert_eq!(trace.system, None);
        assert_eq!(trace.token, None);
        assert!(trace.offline_push_stat.is_none() && trace.online_push_stat.is_none());

        // b (no tag) and an unknown user were not reached: no trace.
        let reply = driver.send(&AllMemberPushTraceRequest::new(&task, &b)).await.unwrap();
        assert!(reply.instance_trace.is_empty());
        let nobody = AllMemberPushTraceRequest::new(&task, format!("nobody-{n}"));
        assert!(driver.send(&nobody).await.unwrap().instance_trace.is_empty());

        // An im_push task is traced too (the same feature).
        let to_all = driver
            .send(&ImPushRequest::text("all", 2))
            .await
            .unwrap()
            .task_id
            .unwrap();
        let reply = driver.send(&AllMemberPushTraceRequest::new(&to_all, &b)).await.unwrap();
        assert_eq!(reply.instance_trace.len(), 1);

        // 90049: no push has this TaskID; after 7 days the trace is gone.
        assert_eq!(
            code(driver.send(&AllMemberPushTraceRequest::new("no-such-task", &a)).await),
            ErrorCode::PushTaskNotFound
        );
        clock.advance(7 * 24 * 3600 + 1);
        assert_eq!(
            code(driver.send(&AllMemberPushTraceRequest::new(&task, &a)).await),
            ErrorCode::PushTaskNotFound
        );
        // validate() refuses an empty UserID before sending.
        assert!(driver.send(&AllMemberPushTraceRequest::new(&task, "")).await.is_err());
    }

    let standard = Harness::start(Emulator::builder().edition(Edition::Standard));
    for driver in standard.drivers() {
        assert_eq!(
            code(driver.send(&AllMemberPushTraceRequest::new("t", "u")).await),
            ErrorCode::PushDisabled
        );
    }
}
