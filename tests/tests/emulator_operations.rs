//! The emulator's operations calls, on both clients: `ConfigSvc/GetIPList`
//! (its path with capitals, answered with the fixed loopback list),
//! `openconfigsvr/getappinfo` (today's figures the emulator counts from its
//! operations log) and `open_msg_svc/get_history` (an hour's archive, a
//! gzip of JSON lines the emulator serves itself, downloaded here over
//! plain HTTP). The `im_cos_msg` calls are in `emulator_cos_msg.rs`.

use std::io::Read;
use std::sync::Arc;

use flate2::read::GzDecoder;
use serde_json::Value;
use tim_emulator::{emulated, Emulator};
use tim_protocol::account::AccountDeleteRequest;
use tim_protocol::group::{CreateGroupRequest, GroupType, SendGroupMsgRequest};
use tim_protocol::openconfig::{AppInfo, AppInfoField, GetappinfoRequest};
use tim_protocol::openim::SendmsgRequest;
use tim_protocol::operations::{GetHistoryRequest, GetIpListRequest, HistoryChatType};
use tim_protocol::ErrorCode;
use tim_tests::driver::Driver;
use tim_tests::emulator::{code, import};
use tim_tests::harness::Harness;
use tim_usersig::ManualClock;

/// 2023-11-14 22:13:20 UTC: 2023-11-15 06:13:20 in Beijing.
const NOW: u64 = 1_700_000_000;
const TODAY: &str = "20231115";
const THIS_HOUR: &str = "2023111506";

#[tokio::test(flavor = "multi_thread")]
async fn the_ip_list_is_the_emulators_and_the_archives_are_emulated() {
    let harness = Harness::start(Emulator::builder());
    assert!(emulated("v4/ConfigSvc/GetIPList"));
    // get_history was answered 60017 before the emulator modelled it.
    assert!(emulated("v4/open_msg_svc/get_history"));
    for driver in harness.drivers() {
        let reply = driver.send(&GetIpListRequest::new()).await.unwrap();
        assert_eq!(reply.ips(), ["127.0.0.1", "127.0.0.0/8"]);
        let history = GetHistoryRequest::new(HistoryChatType::C2c, "2015120121");
        assert!(
            driver.send(&history).await.unwrap().files().is_empty(),
            "older than seven days"
        );
    }
    // The path is matched as spelt.
    assert_eq!(
        harness.raw_code("v4/configsvc/getiplist", "{}"),
        ErrorCode::InvalidResource.code()
    );
}

fn started() -> (Harness, ManualClock) {
    let clock = ManualClock::new(NOW);
    let harness = Harness::start(Emulator::builder().clock(Arc::new(clock.clone())));
    (harness, clock)
}

/// Today's figures, as `driver` reads them.
async fn today(driver: &Driver, request: &GetappinfoRequest) -> AppInfo {
    let reply = driver.send(request).await.unwrap();
    assert!(reply.envelope.is_success());
    let days = reply.result.expect("a Result");
    assert_eq!(days.len(), 1, "today alone");
    days.into_iter().next().unwrap()
}

/// `a{round}` sends one one-to-one message to `b{round}` and one message in
/// group `g{round}`; the administrator sends one there without
/// `From_Account`.
async fn send_round(driver: &Driver, round: usize) -> String {
    let (a, b) = (format!("a{round}"), format!("b{round}"));
    import(driver, &[&a, &b]).await;
    let mut hello = SendmsgRequest::text(&a, &b, format!("hello {round}"), 7);
    hello.cloud_custom_data = Some(format!("data {round}"));
    driver.send(&hello).await.unwrap();
    let group = CreateGroupRequest::with_members(GroupType::Public, format!("g{round}"), &a, [b.as_str()]);
    let group = driver.send(&group).await.unwrap().group_id.unwrap();
    driver
        .send(&SendGroupMsgRequest::text(&group, format!("to the group {round}"), 8).from(&a))
        .await
        .unwrap();
    driver
        .send(&SendGroupMsgRequest::text(&group, "from the administrator", 9))
        .await
        .unwrap();
    group
}

#[tokio::test(flavor = "multi_thread")]
async fn the_operations_data_counts_todays_registrations_and_sends() {
    let (harness, clock) = started();
    assert!(emulated("v4/openconfigsvr/getappinfo"));
    let drivers = harness.drivers();
    // Yesterday: two registrations and a message, not today's.
    clock.set(NOW - 86_400);
    import(&drivers[0], &["old1", "old2"]).await;
    drivers[0]
        .send(&SendmsgRequest::text("old1", "old2", "yesterday", 1))
        .await
        .unwrap();
    clock.set(NOW);

    for (round, driver) in drivers.iter().enumerate() {
        send_round(driver, round).await;
        let n = round + 1;
        let day = today(driver, &GetappinfoRequest::new()).await;
        let number = |field| day.number(&field);
        assert_eq!(day.date.as_deref(), Some(TODAY));
        assert_eq!(day.app_id, Some(harness.emulator.sdkappid().to_string()));
        assert_eq!(number(AppInfoField::RegistUserNumTotal), Some(2 + 2 * n as u64));
        assert_eq!(number(AppInfoField::RegistUserNumOneDay), Some(2 * n as u64));
        assert_eq!(number(AppInfoField::C2cUpMsgNum), Some(n as u64));
        assert_eq!(number(AppInfoField::GroupUpMsgNum), Some(2 * n as u64));
        assert_eq!(number(AppInfoField::UpMsgNum), Some(3 * n as u64));
        assert_eq!(number(AppInfoField::C2cSendMsgUserNum), Some(n as u64));
        // Each round's a, and the administrator.
        assert_eq!(number(AppInfoField::GroupSendMsgUserNum), Some(n as u64 + 1));
        assert_eq!(number(AppInfoField::SendMsgUserNum), Some(n as u64 + 1));
        assert_eq!(number(AppInfoField::GroupSendMsgGroupNum), Some(n as u64));
        assert_eq!(number(AppInfoField::GroupAllGroupNum), Some(n as u64));
        // What the emulator cannot count is left out, never 0.
        for field in [
            AppInfoField::ActiveUserNum,
            AppInfoField::LoginTimes,
            AppInfoField::MaxOnlineNum,
            AppInfoField::ChainIncrease,
            AppInfoField::AppName,
            AppInfoField::CallBackReq,
        ] {
            assert_eq!(day.get(&field), None, "{field:?}");
        }

        // RequestField picks; Date is always there.
        let asked = GetappinfoRequest::fields([AppInfoField::C2cUpMsgNum, AppInfoField::LoginTimes]);
        let picked = today(driver, &asked).await;
        assert_eq!(picked.number(&AppInfoField::C2cUpMsgNum), Some(n as u64));
        assert_eq!((picked.login_times.as_deref(), picked.app_id.as_deref()), (None, None));
        assert_eq!(picked.date.as_deref(), Some(TODAY));
    }

    // A deleted account is no longer registered.
    drivers[1].send(&AccountDeleteRequest::new(["a0"])).await.unwrap();
    let day = today(&drivers[1], &GetappinfoRequest::new()).await;
    assert_eq!(day.number(&AppInfoField::RegistUserNumTotal), Some(5));
    assert_eq!(day.number(&AppInfoField::RegistUserNumOneDay), Some(3));

    // Tomorrow (in Beijing) starts from nothing but the totals.
    clock.set(NOW + 86_400);
    for driver in &drivers {
        let day = today(driver, &GetappinfoRequest::new()).await;
        assert_eq!(day.date.as_deref(), Some("20231116"));
        assert_eq!(day.number(&AppInfoField::RegistUserNumOneDay), Some(0));
        assert_eq!(day.number(&AppInfoField::UpMsgNum), Some(0));
        assert_eq!(day.number(&AppInfoField::RegistUserNumTotal), Some(5));
        assert_eq!(day.number(&AppInfoField::GroupAllGroupNum), Some(2));
    }
}

/// The JSON lines of the archive at `url`, downloaded with a plain GET,
/// and the sizes of the download and of its text.
async fn download(url: &str) -> (Vec<Value>, u64, u64) {
    let response = reqwest::get(url).await.expect("the emulator serves the link");
    assert_eq!(response.status(), 200, "{url}");
    assert_eq!(response.headers()["content-type"], "application/gzip");
    let gzip = response.bytes().await.unwrap();
    let mut text = String::new();
    GzDecoder::new(&gzip[..]).read_to_string(&mut text).expect("a gzip");
    let lines = text
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect();
    (lines, gzip.len() as u64, text.len() as u64)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_hours_archive_is_a_gzip_of_json_lines_served_by_the_emulator() {
    let (harness, clock) = started();
    let base = format!("http://{}/msg_history/", harness.emulator.addr());
    let mut groups = Vec::new();
    for (round, driver) in harness.drivers().iter().enumerate() {
        groups.push(send_round(driver, round).await);
        let n = round + 1;

        let reply = driver
            .send(&GetHistoryRequest::new(HistoryChatType::C2c, THIS_HOUR))
            .await
            .unwrap();
        let [file] = reply.files() else {
            panic!("one file: {reply:?}")
        };
        assert!(file.url.starts_with(&base), "{}", file.url);
        assert_eq!(file.expire_time.as_deref(), Some("2023-11-15 07:13:20"), "an hour");
        let (lines, gzip_size, file_size) = download(&file.url).await;
        assert_eq!((file.gzip_size, file.file_size), (Some(gzip_size), Some(file_size)));
        assert_eq!(lines.len(), n, "every one-to-one message of the hour");
        for (round, line) in lines.iter().enumerate() {
            assert_eq!(line["From_Account"], format!("a{round}"));
            assert_eq!(line["To_Account"], format!("b{round}"));
            assert_eq!(line["MsgBody"][0]["MsgType"], "TIMTextElem");
            assert_eq!(line["MsgBody"][0]["MsgContent"]["Text"], format!("hello {round}"));
            assert_eq!(line["CloudCustomData"], format!("data {round}"));
            assert_eq!(
                (line["MsgRandom"].as_u64(), line["MsgTimestamp"].as_u64()),
                (Some(7), Some(NOW))
            );
            assert!(line["MsgSeq"].is_u64());
            assert!(line.get("GroupId").is_none());
        }

        let reply = driver
            .send(&GetHistoryRequest::new(HistoryChatType::Group, THIS_HOUR))
            .await
            .unwrap();
        let (lines, _, _) = download(&reply.files()[0].url).await;
        assert_eq!(lines.len(), 2 * n);
        let last_two = &lines[2 * round..];
        assert_eq!(last_two[0]["GroupId"], groups[round].as_str());
        assert_eq!(last_two[0]["From_Account"], format!("a{round}"));
        assert_eq!(
            last_two[0]["MsgBody"][0]["MsgContent"]["Text"],
            format!("to the group {round}")
        );
        assert!(last_two[1].get("From_Account").is_none(), "the administrator's");
        assert_eq!(
            (last_two[0]["MsgSeq"].as_u64(), last_two[1]["MsgSeq"].as_u64()),
            (Some(1), Some(2)),
            "the group's sequence numbers"
        );

        // Another hour holds nothing; a date that does not exist is refused.
        let earlier = GetHistoryRequest::new(HistoryChatType::C2c, "2023111505");
        assert!(driver.send(&earlier).await.unwrap().files().is_empty());
        let no_such_day = GetHistoryRequest::new(HistoryChatType::C2c, "2023022900");
        assert_eq!(code(driver.send(&no_such_day).await), ErrorCode::InvalidJson);
    }

    // A link works for an hour, by the emulator's clock; a new call gives a new one.
    let drivers = harness.drivers();
    let reply = drivers[0]
        .send(&GetHistoryRequest::new(HistoryChatType::C2c, THIS_HOUR))
        .await
        .unwrap();
    let url = reply.files()[0].url.clone();
    clock.advance(3600);
    assert_eq!(reqwest::get(&url).await.unwrap().status(), 404);
    assert_eq!(reqwest::get(format!("{base}nothing.gz")).await.unwrap().status(), 404);
    let again = drivers[1]
        .send(&GetHistoryRequest::new(HistoryChatType::C2c, THIS_HOUR))
        .await
        .unwrap();
    assert_ne!(again.files()[0].url, url);
    assert_eq!(download(&again.files()[0].url).await.0.len(), 2);
}
