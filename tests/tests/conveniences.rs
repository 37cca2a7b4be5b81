//! The conveniences of the push and official-account services on both
//! clients, against the emulator: what each sends is what a user would
//! build by hand, and the emulator records it so.

use std::sync::Arc;

use tim_emulator::Emulator;
use tim_protocol::official_account::{
    AddSubscriberRequest, CreateOfficialAccountRequest, OfficialAccountMsgGetSimpleRequest,
};
use tim_protocol::push::ImAddTagRequest;
use tim_tests::driver::Driver;
use tim_tests::emulator::import;
use tim_tests::harness::Harness;
use tim_usersig::{Clock, ManualClock, SystemClock};

#[tokio::test(flavor = "multi_thread")]
async fn push_and_official_account_texts_reach_whom_they_say() {
    // The emulator refuses two pushes in one second; its clock moves here.
    let clock = ManualClock::new(SystemClock.now());
    let harness = Harness::start(Emulator::builder().clock(Arc::new(clock.clone())));
    for driver in harness.drivers() {
        let n = driver.name();
        let [fan, other, owner] = ["fan", "other", "owner"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&fan, &other, &owner]).await;
        driver
            .send(&ImAddTagRequest::one(&fan, [format!("tag-{n}")]))
            .await
            .unwrap();
        let account = format!("@TOA#_{n}");
        driver
            .send(&CreateOfficialAccountRequest::new(&owner, "News").with_id(&account))
            .await
            .unwrap();
        driver.send(&AddSubscriberRequest::new(&account, [&fan])).await.unwrap();

        let tag = format!("tag-{n}");
        let (all, tagged, sent) = match &driver {
            Driver::Async(client) => {
                let all = client.push_text_to_all("to everyone").await;
                clock.advance(2);
                let tagged = client.push_text_to_tag(&tag, "to the tag").await;
                let sent = client.send_official_account_text(&account, "extra!").await;
                (all, tagged, sent)
            }
            Driver::Blocking(client) => {
                let (client, clock, tag, account) = (client.clone(), clock.clone(), tag.clone(), account.clone());
                tokio::task::spawn_blocking(move || {
                    let all = client.push_text_to_all("to everyone");
                    clock.advance(2);
                    let tagged = client.push_text_to_tag(&tag, "to the tag");
                    (all, tagged, client.send_official_account_text(&account, "extra!"))
                })
                .await
                .unwrap()
            }
        };
        clock.advance(2);
        let pushes = harness.emulator.pushes();
        let find = |task: &Option<String>| {
            pushes
                .iter()
                .find(|push| Some(&push.task_id) == task.as_ref())
                .unwrap_or_else(|| panic!("{n}: push {task:?} not recorded"))
                .clone()
        };
        let everyone = find(&all.unwrap().task_id);
        assert!(
            everyone.recipients.contains(&fan) && everyone.recipients.contains(&other),
            "{n}"
        );
        assert_eq!(find(&tagged.unwrap().task_id).recipients, [fan], "{n}");

        let key = sent.unwrap().msg_key.expect("a MsgKey");
        let history = driver
            .send(&OfficialAccountMsgGetSimpleRequest::new(&account, 10))
            .await
            .unwrap();
        let newest = &history.rsp_msg_list.unwrap()[0];
        assert_eq!(newest.msg_key.as_deref(), Some(key.as_str()), "{n}");
        let text = newest.msg_body.as_ref().unwrap()[0].as_text().map(str::to_owned);
        assert_eq!(text.as_deref(), Some("extra!"), "{n}");
    }
}
