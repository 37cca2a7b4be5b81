//! The emulator's `im_cos_msg` calls, on both clients: banning a chat file
//! (`forbid_illegal_object`), lifting the ban (`allow_banned_object`) and
//! reading signed URLs with each file's status (`get_cos_sig`: the
//! emulator's made-up `?sign=emulator&expires=<clock+900>` link, `Status` 0
//! or 1), with the refusals the gateway answers.

use std::sync::Arc;

use tim_api::Error;
use tim_emulator::{emulated, Emulator};
use tim_protocol::cos_msg::{
    AllowBannedObjectRequest, CosFileStatus, ForbidIllegalObjectRequest, GetCosSigRequest, RawUrlItem,
};
use tim_protocol::ErrorCode;
use tim_tests::driver::Driver;
use tim_tests::emulator::code;
use tim_tests::harness::Harness;
use tim_usersig::{Clock, ManualClock};

const NOW: u64 = 1_700_000_000;

#[tokio::test(flavor = "multi_thread")]
async fn banned_files_read_as_banned_until_allowed() {
    let clock = ManualClock::new(NOW);
    let harness = Harness::start(Emulator::builder().clock(Arc::new(clock.clone())));
    for path in [
        "v4/im_cos_msg/forbid_illegal_object",
        "v4/im_cos_msg/allow_banned_object",
        "v4/im_cos_msg/get_cos_sig",
    ] {
        assert!(emulated(path), "{path}");
    }
    for driver in harness.drivers() {
        let n = driver.name();
        let now = clock.now();
        let bad = format!("https://cos.example/{n}/bad.png");
        let good = format!("https://cos.example/{n}/good.png?v=2");
        let sig = GetCosSigRequest::new([RawUrlItem::new(7, &bad), RawUrlItem::new(8, &good)]);

        let reply = driver.send(&sig).await.unwrap();
        let statuses: Vec<_> = reply.urls().iter().map(|url| url.file_status()).collect();
        assert_eq!(statuses, [Some(CosFileStatus::Normal), Some(CosFileStatus::Normal)]);

        driver.send(&ForbidIllegalObjectRequest::new(&bad)).await.unwrap();
        driver.send(&ForbidIllegalObjectRequest::new(&bad)).await.unwrap();
        let reply = driver.send(&sig).await.unwrap();
        let urls = reply.urls();
        assert_eq!(
            (urls[0].resource_id, urls[0].code, urls[0].file_status()),
            (Some(7), Some(0), Some(CosFileStatus::Banned))
        );
        assert_eq!(
            urls[0].pre_sig_url.as_deref(),
            Some(format!("{bad}?sign=emulator&expires={}", now + 900).as_str())
        );
        assert_eq!(
            (urls[1].resource_id, urls[1].file_status()),
            (Some(8), Some(CosFileStatus::Normal))
        );
        assert_eq!(
            urls[1].pre_sig_url.as_deref(),
            Some(format!("{good}&sign=emulator&expires={}", now + 900).as_str())
        );

        // Allowing lifts the ban; allowing a file not banned changes nothing.
        driver.send(&AllowBannedObjectRequest::new(&bad)).await.unwrap();
        driver.send(&AllowBannedObjectRequest::new(&good)).await.unwrap();
        clock.advance(60);
        let reply = driver.send(&sig).await.unwrap();
        assert_eq!(reply.urls()[0].file_status(), Some(CosFileStatus::Normal));
        assert!(reply.urls()[0]
            .pre_sig_url
            .as_deref()
            .unwrap()
            .ends_with(&format!("expires={}", now + 60 + 900)));

        // Refusals: validate() catches an empty URL or an empty batch before
        // sending (the gateway's 60003 on the service).
        for result in [
            driver.send(&ForbidIllegalObjectRequest::new("")).await.map(|_| ()),
            driver.send(&AllowBannedObjectRequest::new("")).await.map(|_| ()),
            driver.send(&GetCosSigRequest::new([])).await.map(|_| ()),
        ] {
            assert!(matches!(result, Err(Error::Validation(_))), "{result:?}");
        }
    }

    // 60010: only an administrator may call them (the gateway's code).
    for driver in Driver::both(|| harness.config_as("not-an-admin")) {
        let ban = ForbidIllegalObjectRequest::new("https://cos.example/x.png");
        assert_eq!(code(driver.send(&ban).await), ErrorCode::AdminRequired);
    }
}
