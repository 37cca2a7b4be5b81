//! The emulator's profiles, online status and kick, on both clients.

use serde_json::json;
use tim_emulator::Emulator;
use tim_protocol::account::{AccountImportRequest, KickRequest};
use tim_protocol::openim::{OnlineStatus, QueryOnlineStatusRequest};
use tim_protocol::profile::{Gender, PortraitGetRequest, PortraitSetRequest, ProfileItem, ProfileTag};
use tim_protocol::ErrorCode;
use tim_tests::emulator::{code, import};
use tim_tests::harness::{Harness, ADMIN};

#[tokio::test(flavor = "multi_thread")]
async fn profiles_keep_standard_and_custom_fields() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let user = format!("user-{}", driver.name());
        let ghost = format!("ghost-{}", driver.name());
        let mut imported = AccountImportRequest::new(&user);
        imported.nick = Some("Imported".into());
        imported.face_url = Some("http://face".into());
        driver.send(&imported).await.unwrap();

        // account_import's Nick and FaceUrl read back as tags; fields never
        // written read as their defaults; a custom one never written is left out.
        let tags = [
            ProfileTag::Nick,
            ProfileTag::Image,
            ProfileTag::Gender,
            ProfileTag::Level,
            ProfileTag::Custom("Hobby".into()),
        ];
        let read = driver
            .send(&PortraitGetRequest::new([&user], tags.clone()))
            .await
            .unwrap();
        assert_eq!(
            read.user(&user).unwrap().profile_item.as_deref().unwrap(),
            [
                ProfileItem::Nick("Imported".into()),
                ProfileItem::Image("http://face".into()),
                ProfileItem::Gender(Gender::Unknown),
                ProfileItem::Level(0),
            ]
        );

        driver
            .send(&PortraitSetRequest::new(
                &user,
                [
                    ProfileItem::Nick("Renamed".into()),
                    ProfileItem::Gender(Gender::Female),
                    ProfileItem::Level(3),
                    ProfileItem::custom_text("Hobby", "chess"),
                ],
            ))
            .await
            .unwrap();
        let read = driver.send(&PortraitGetRequest::new([&user], tags)).await.unwrap();
        assert_eq!(
            read.user(&user).unwrap().profile_item.as_deref().unwrap(),
            [
                ProfileItem::Nick("Renamed".into()),
                ProfileItem::Image("http://face".into()),
                ProfileItem::Gender(Gender::Female),
                ProfileItem::Level(3),
                ProfileItem::custom_text("Hobby", "chess"),
            ]
        );
        assert_eq!(harness.emulator.profile(&user).unwrap().0.as_deref(), Some("Renamed"));

        // Unknown users fail one by one.
        let mixed = driver
            .send(&PortraitGetRequest::nick_and_face([&user, &ghost]))
            .await
            .unwrap();
        assert_eq!(mixed.fail_account, Some(vec![ghost.clone()]));
        assert_eq!(
            mixed.user(&ghost).unwrap().result_code,
            ErrorCode::ProfileAccountNotFound
        );
        assert_eq!(mixed.user(&user).unwrap().result_code, ErrorCode::Success);

        // Refusals: an unknown writer, an unknown tag, a value of the wrong
        // type, a value outside its set. Nothing of a refused set is written.
        assert_eq!(
            code(driver.send(&PortraitSetRequest::nick(&ghost, "x")).await),
            ErrorCode::ProfileAccountNotFound
        );
        let refused = [
            (
                json!({"Tag": "Tag_Profile_IM_Unheard", "Value": "x"}),
                ErrorCode::ProfileTagNotFound,
            ),
            (
                json!({"Tag": "Tag_Profile_IM_Level", "Value": "three"}),
                ErrorCode::ProfileValueTypeInvalid,
            ),
            (
                json!({"Tag": "Tag_Profile_IM_Gender", "Value": "Gender_Type_Other"}),
                ErrorCode::ProfileValueInvalid,
            ),
        ];
        for (item, expected) in refused {
            let item: ProfileItem = serde_json::from_value(item).unwrap();
            let request = PortraitSetRequest::new(&user, [ProfileItem::Nick("Not written".into()), item]);
            assert_eq!(code(driver.send(&request).await), expected);
        }
        assert_eq!(harness.emulator.profile(&user).unwrap().0.as_deref(), Some("Renamed"));
        let unknown_tag = PortraitGetRequest::new([&user], [ProfileTag::from("Tag_Profile_IM_Unheard")]);
        assert_eq!(code(driver.send(&unknown_tag).await), ErrorCode::ProfileTagNotFound);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn everyone_is_offline_and_kick_needs_an_account() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let user = format!("user-{}", driver.name());
        let ghost = format!("ghost-{}", driver.name());
        import(&driver, &[&user]).await;

        let reply = driver
            .send(&QueryOnlineStatusRequest::new([&user, ADMIN, &ghost]).with_detail())
            .await
            .unwrap();
        let statuses: Vec<_> = reply
            .query_result
            .unwrap()
            .iter()
            .map(|s| (s.to_account.clone(), s.status().cloned(), s.detail.clone()))
            .collect();
        assert_eq!(
            statuses,
            [
                (user.clone(), Some(OnlineStatus::Offline), None),
                (ADMIN.to_owned(), Some(OnlineStatus::Offline), None),
            ]
        );
        let errors = reply.error_list.unwrap();
        assert_eq!(
            (errors[0].to_account.as_str(), errors[0].error_code),
            (ghost.as_str(), ErrorCode::AccountNotFound)
        );
        assert_eq!(
            code(driver.send(&QueryOnlineStatusRequest::new([&ghost])).await),
            ErrorCode::AccountNotFound
        );

        driver.send(&KickRequest::new(&user)).await.unwrap();
        assert_eq!(
            code(driver.send(&KickRequest::new(&ghost)).await),
            ErrorCode::AccountNotFound
        );
    }
    // The status is written in the field table's `Status`.
    let (_, raw) = harness.raw(
        "v4/openim/query_online_status",
        &harness.query(),
        br#"{"To_Account": ["administrator"]}"#,
    );
    assert_eq!(raw["QueryResult"][0]["Status"], "Offline");
}
