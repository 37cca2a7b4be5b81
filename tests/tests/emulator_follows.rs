//! The emulator's follow relations (`follow`), on both clients: following
//! and unfollowing, the three lists page by page, the relation of two
//! users and the counts, with the per-item refusals.

use tim_emulator::Emulator;
use tim_protocol::follow::{
    FollowAddRequest, FollowCheckRequest, FollowDeleteRequest, FollowGetInfoRequest, FollowGetRequest, FollowListType,
    FollowRelation,
};
use tim_protocol::{ErrorCode, Paged};
use tim_tests::driver::Driver;
use tim_tests::emulator::{code, import};
use tim_tests::harness::Harness;

/// Every user of `user`'s list `list`, read `per_page` at a time.
async fn list(driver: &Driver, user: &str, list: FollowListType, per_page: u32) -> Vec<String> {
    let mut request = Some(FollowGetRequest::new(user, list).want_num(per_page));
    let mut users = Vec::new();
    let mut pages = 0;
    while let Some(this) = request {
        let reply = driver.send(&this).await.unwrap();
        let page = reply.follow_item.clone().unwrap_or_default();
        assert!(page.len() <= per_page as usize);
        users.extend(page.into_iter().map(|item| item.to_account));
        request = this.next_request(&reply);
        pages += 1;
        assert!(pages < 100, "paging does not end");
    }
    users
}

#[tokio::test(flavor = "multi_thread")]
async fn follows_are_added_listed_checked_counted_and_deleted() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let [a, b, c, d] = ["fa", "fb", "fc", "fd"].map(|u| format!("{u}-{n}"));
        let ghost = format!("ghost-{n}");
        import(&driver, &[&a, &b, &c, &d]).await;

        // a follows b, c and d; b and c follow a back.
        let reply = driver
            .send(&FollowAddRequest::new(&a, [&b, &c, &d, &ghost, &a]))
            .await
            .unwrap();
        assert!(reply.result(&b).unwrap().is_success());
        assert_eq!(reply.result(&ghost).unwrap().result_code, ErrorCode::SnsAccountNotFound);
        assert_eq!(reply.result(&a).unwrap().result_code, ErrorCode::SnsParameterInvalid);
        assert_eq!(reply.fail_account.clone().unwrap(), [ghost.clone(), a.clone()]);
        for follower in [&b, &c] {
            driver.send(&FollowAddRequest::one(follower, &a)).await.unwrap();
        }

        assert_eq!(
            list(&driver, &a, FollowListType::Following, 2).await,
            [b.clone(), c.clone(), d.clone()]
        );
        assert_eq!(
            list(&driver, &a, FollowListType::Followers, 1).await,
            [b.clone(), c.clone()]
        );
        assert_eq!(
            list(&driver, &a, FollowListType::Mutual, 5).await,
            [b.clone(), c.clone()]
        );
        assert_eq!(list(&driver, &d, FollowListType::Followers, 5).await, vec![a.clone()]);

        let check = driver
            .send(&FollowCheckRequest::new(&d, [&a, &b, &ghost]))
            .await
            .unwrap();
        assert_eq!(check.relation(&a), Some(FollowRelation::FollowedBy));
        assert_eq!(check.relation(&b), Some(FollowRelation::Neither));
        assert_eq!(check.relation(&ghost), None);
        let check = driver.send(&FollowCheckRequest::new(&a, [&b, &d])).await.unwrap();
        assert_eq!(check.relation(&b), Some(FollowRelation::Mutual));
        assert_eq!(check.relation(&d), Some(FollowRelation::Following));

        let info = driver.send(&FollowGetInfoRequest::new(&a, [&a, &d])).await.unwrap();
        let of_a = info.info(&a).unwrap();
        assert_eq!(
            (of_a.follower_count, of_a.following_count, of_a.mutual_following_count),
            (Some(2), Some(3), Some(2))
        );
        assert_eq!(info.info(&d).unwrap().follower_count, Some(1));

        // Unfollowing ends the relation on both sides.
        driver.send(&FollowDeleteRequest::one(&a, &b)).await.unwrap();
        assert_eq!(
            list(&driver, &a, FollowListType::Following, 10).await,
            [c.clone(), d.clone()]
        );
        assert_eq!(
            list(&driver, &b, FollowListType::Followers, 10).await,
            Vec::<String>::new()
        );
        assert_eq!(list(&driver, &a, FollowListType::Mutual, 10).await, vec![c.clone()]);

        assert_eq!(
            code(driver.send(&FollowAddRequest::one(&ghost, &a)).await),
            ErrorCode::SnsAccountNotFound
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn follow_and_unfollow_conveniences_turn_the_users_refusal_into_the_error() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        let n = driver.name();
        let [a, b] = ["ca", "cb"].map(|u| format!("{u}-{n}"));
        import(&driver, &[&a, &b]).await;
        let (following_of_a, refused, unfollowed) = match &driver {
            Driver::Async(client) => (
                client.follow(&a, &b).await,
                client.follow(&a, "ghost").await,
                client.unfollow(&a, &b).await,
            ),
            Driver::Blocking(client) => {
                let (client, a, b) = (client.clone(), a.clone(), b.clone());
                tokio::task::spawn_blocking(move || {
                    (
                        client.follow(&a, &b),
                        client.follow(&a, "ghost"),
                        client.unfollow(&a, &b),
                    )
                })
                .await
                .unwrap()
            }
        };
        following_of_a.unwrap();
        match refused {
            Err(tim_api::Error::Api { code, .. }) => assert_eq!(code, ErrorCode::SnsAccountNotFound, "{n}"),
            other => panic!("{n}: following an unknown account answered {other:?}"),
        }
        unfollowed.unwrap();
        let check = driver.send(&FollowCheckRequest::new(&a, [&b])).await.unwrap();
        assert_eq!(check.relation(&b), Some(FollowRelation::Neither), "{n}");
    }
}
