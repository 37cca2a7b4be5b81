//! The emulator's moderation, on both clients: the keyword library of cloud
//! moderation (`im_msg_audit_mgr`) and on-demand moderation against it
//! (`im_msg_audit`): words added, content judged against them, words
//! deleted and the same content passing, with the refusals and a
//! validation failure.

use tim_api::Error;
use tim_emulator::Emulator;
use tim_protocol::moderation::{
    AddCloudAuditKeywordsRequest, BatchContentModerationRequest, ContentModerationRequest,
    DeleteCloudAuditKeywordsRequest, GetCloudAuditKeywordsIdsRequest, GetCloudAuditKeywordsRequest, KeywordLabel,
    ModerationContent, ModerationContentType, ModerationSuggestion, UserKeyword,
};
use tim_protocol::{ErrorCode, Paged};
use tim_tests::driver::Driver;
use tim_tests::emulator::code;
use tim_tests::harness::Harness;

fn text(content: &str) -> ContentModerationRequest {
    ContentModerationRequest::new("C2C", ModerationContentType::Text, content)
}

/// Every word of the library `lib` containing `search`, read `per_page` at a time.
async fn words(driver: &Driver, app: u64, lib: &str, search: Option<&str>, per_page: u32) -> Vec<String> {
    let mut request = GetCloudAuditKeywordsRequest::new(app, lib, per_page);
    if let Some(search) = search {
        request = request.content(search);
    }
    let mut request = Some(request);
    let mut found = Vec::new();
    while let Some(this) = request {
        let reply = driver.send(&this).await.unwrap();
        found.extend(reply.infos().iter().map(|info| info.content.clone()));
        request = this.next_request(&reply);
        assert!(found.len() < 1000, "paging does not end");
    }
    found
}

#[tokio::test(flavor = "multi_thread")]
async fn content_is_judged_against_the_words_the_app_added() {
    let harness = Harness::start(Emulator::builder());
    let app = harness.emulator.sdkappid();
    for driver in harness.drivers() {
        let n = driver.name();
        let (buy, cheap, rude) = (format!("buy-{n}"), format!("cheap-{n}"), format!("rude-{n}"));

        let libraries = driver
            .send(&GetCloudAuditKeywordsIdsRequest::new(app, 10))
            .await
            .unwrap();
        assert_eq!(libraries.total_count, Some(1));
        let lib = libraries.infos()[0].id.clone();

        // Before any word, everything passes.
        let sentence = format!("{buy} now, {cheap}!");
        let verdict = driver.send(&text(&sentence)).await.unwrap().verdict;
        assert_eq!(verdict.result, Some(ModerationSuggestion::Pass));
        assert_eq!(verdict.score, Some(0));

        driver
            .send(&AddCloudAuditKeywordsRequest::new(
                app,
                &lib,
                [
                    UserKeyword::new(&buy).label(KeywordLabel::Ad),
                    UserKeyword::new(&cheap).label(KeywordLabel::Ad),
                    UserKeyword::new(&rude).label(KeywordLabel::Abuse),
                ],
            ))
            .await
            .unwrap();
        assert_eq!(
            words(&driver, app, &lib, Some(n), 2).await,
            [buy.clone(), cheap.clone(), rude.clone()]
        );
        assert_eq!(
            words(&driver, app, &lib, Some(&rude), 10).await,
            std::slice::from_ref(&rude)
        );

        let reply = driver.send(&text(&sentence)).await.unwrap();
        assert!(reply.request_id.is_some());
        let verdict = reply.verdict;
        assert_eq!(verdict.result, Some(ModerationSuggestion::Block));
        assert_eq!(verdict.label, Some(KeywordLabel::Ad));
        assert_eq!(verdict.score, Some(100));
        assert_eq!(verdict.keywords(), [buy.clone(), cheap.clone()]);

        let batch = driver
            .send(&BatchContentModerationRequest::new(
                "Group",
                [
                    ModerationContent::text(0, "hello"),
                    ModerationContent::text(1, format!("you are {rude}")),
                    ModerationContent::image(2, "https://www.simple.com/1.jpg"),
                ],
            ))
            .await
            .unwrap();
        assert!(!batch.result(0).unwrap().verdict.is_blocked());
        let one = &batch.result(1).unwrap().verdict;
        assert_eq!(
            (one.label.clone(), one.keywords()),
            (Some(KeywordLabel::Abuse), &[rude.clone()][..])
        );
        assert!(!batch.result(2).unwrap().verdict.is_blocked(), "images pass");

        // Deleted words no longer block; a word not there is reported.
        let deleted = driver
            .send(&DeleteCloudAuditKeywordsRequest::new(
                app,
                &lib,
                [buy.clone(), cheap.clone(), format!("never-{n}")],
            ))
            .await
            .unwrap();
        let missed: Vec<_> = deleted.not_deleted().map(|item| item.keyword.clone()).collect();
        assert_eq!(missed, [format!("never-{n}")]);
        let verdict = driver.send(&text(&sentence)).await.unwrap().verdict;
        assert_eq!(verdict.result, Some(ModerationSuggestion::Pass));
        assert_eq!(
            words(&driver, app, &lib, Some(n), 10).await,
            std::slice::from_ref(&rude)
        );
        driver
            .send(&DeleteCloudAuditKeywordsRequest::new(app, &lib, [rude.clone()]))
            .await
            .unwrap();
        assert!(words(&driver, app, &lib, Some(n), 10).await.is_empty());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn refusals_carry_their_codes() {
    let harness = Harness::start(Emulator::builder());
    let app = harness.emulator.sdkappid();
    for driver in harness.drivers() {
        let lib = driver
            .send(&GetCloudAuditKeywordsIdsRequest::new(app, 1))
            .await
            .unwrap()
            .infos()[0]
            .id
            .clone();
        // Another app's SDKAppID, another library: 2003.
        assert_eq!(
            code(driver.send(&GetCloudAuditKeywordsRequest::new(app + 1, &lib, 10)).await),
            ErrorCode::AuditParameterInvalid
        );
        assert_eq!(
            code(
                driver
                    .send(&AddCloudAuditKeywordsRequest::new(
                        app,
                        "no-such-library",
                        [UserKeyword::new("w")]
                    ))
                    .await
            ),
            ErrorCode::AuditParameterInvalid
        );
        // Audio is judged later by webhook on the service: not emulated.
        let audio = ContentModerationRequest::new("C2C", ModerationContentType::Audio, "https://x/1.mp3");
        assert_eq!(code(driver.send(&audio).await), ErrorCode::CallDisabled);

        // Validation failures are caught before anything is sent.
        let too_many = BatchContentModerationRequest::new("Group", (0..11).map(|i| ModerationContent::text(i, "t")));
        match driver.send(&too_many).await {
            Err(Error::Validation(error)) => {
                assert_eq!(error.field(), "Contents");
                assert_eq!(error.error_code(), Some(ErrorCode::AuditParameterInvalid));
            }
            other => panic!("expected a validation failure, got {other:?}"),
        }
        match driver.send(&text("")).await {
            Err(Error::Validation(error)) => assert_eq!(error.field(), "Content"),
            other => panic!("expected a validation failure, got {other:?}"),
        }
    }
}
