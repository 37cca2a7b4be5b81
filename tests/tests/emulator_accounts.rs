//! Both clients import, check and delete accounts on the emulator.

use tim_emulator::Emulator;
use tim_protocol::account::{AccountCheckRequest, AccountDeleteRequest, AccountImportRequest, AccountStatus};
use tim_protocol::ErrorCode;
use tim_tests::emulator::import;
use tim_tests::harness::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn accounts_are_imported_checked_and_deleted() {
    let harness = Harness::start(Emulator::builder());
    for driver in harness.drivers() {
        driver
            .send(&AccountImportRequest::new("alice").nick("Alice"))
            .await
            .unwrap();
        assert_eq!(harness.emulator.profile("alice"), Some((Some("Alice".into()), None)));
        driver.send(&AccountImportRequest::new("alice")).await.unwrap(); // idempotent
        assert_eq!(
            harness.emulator.profile("alice"),
            Some((Some("Alice".into()), None)),
            "the nick is kept"
        );
        import(&driver, &["bob", "carol"]).await;
        let check = driver
            .send(&AccountCheckRequest::new(["alice", "bob", "dave"]))
            .await
            .unwrap();
        let statuses: Vec<_> = check.results.iter().map(|r| r.status.clone()).collect();
        assert_eq!(
            statuses,
            [
                AccountStatus::Imported,
                AccountStatus::Imported,
                AccountStatus::NotImported
            ]
        );
        let deleted = driver.send(&AccountDeleteRequest::new(["bob", "dave"])).await.unwrap();
        let codes: Vec<_> = deleted.results.iter().map(|r| r.result_code).collect();
        assert_eq!(
            codes,
            [ErrorCode::Success, ErrorCode::AccountNotFound],
            "{}",
            driver.name()
        );
        assert!(!harness.emulator.is_imported("bob"));
    }
}
