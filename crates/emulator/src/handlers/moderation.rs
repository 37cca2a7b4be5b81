//! Moderation: the keyword library of cloud moderation (`im_msg_audit_mgr`:
//! `add_cloud_audit_keywords`, `get_cloud_audit_keywords`,
//! `delete_cloud_audit_keywords`, `get_cloud_audit_keywords_ids`) and
//! on-demand moderation judging content against its words (`im_msg_audit`:
//! `content_moderation`, `batch_content_moderation`). The words live in
//! `state::moderation`.
//!
//! The pages document the codes 2003 (invalid parameters) and 2004 (no
//! permission). Where they are silent, the emulator's choices:
//!
//! - **One library.** The app has one keyword library, ID
//!   `00000000-0000-4000-8000-000000000001`, named `{SDKAppID}_emulator`,
//!   `Suggestion` `Block`, created with the emulator. `LibID` must be it,
//!   and `SdkAppId` the emulated app's; anything else is 2003. Moderation
//!   is always enabled (2015 is never answered).
//! - **Words.** Adding a word already there keeps it once (its ID and time)
//!   and takes the new `Label` if one is given. IDs count from 1 in the
//!   order added; `CreateTime` is the emulator's time in UTC
//!   (`YYYY-MM-DD HH:MM:SS`). `get_cloud_audit_keywords` with `Content`
//!   lists the words containing it, in the order added, paged by `Offset`
//!   and `Limit` with `TotalCount` the number of matches. Deleting a word
//!   not there answers its `Details` item with `Deleted` false and
//!   `ErrorInfo` "keyword not found".
//! - **Judging** (any `AuditName`: every configuration uses the one
//!   library). A `Text` containing any word is `Block` with `Score` 100,
//!   `Keywords` the words found (in the order added) and `Label` the first
//!   found word's (`Custom` for a word added without one, the name Tencent
//!   Cloud's text moderation gives words of a custom library); otherwise
//!   `Pass`, `Score` 0, `Label` `Normal`. The emulator looks at no image:
//!   an `Image` passes. `Audio` and `Video`, judged later by webhook, are
//!   not emulated (60017). Each reply has a fresh `RequestId`.

use tim_protocol::moderation::{
    AddCloudAuditKeywordsRequest, AddCloudAuditKeywordsResponse, AuditResult, BatchContentModerationRequest,
    BatchContentModerationResponse, ContentModerationRequest, ContentModerationResponse,
    DeleteCloudAuditKeywordsRequest, DeleteCloudAuditKeywordsResponse, DeletedKeyword, GetCloudAuditKeywordsIdsRequest,
    GetCloudAuditKeywordsIdsResponse, GetCloudAuditKeywordsRequest, GetCloudAuditKeywordsResponse, KeywordInfo,
    KeywordLabel, KeywordLibrary, ModerationContentType, ModerationVerdict,
};
use tim_protocol::{Envelope, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::moderation::{format_time, LIBRARY_ID};

/// A fresh `RequestId`, in the UUID form of the pages' samples.
fn request_id() -> String {
    let (a, b, c, d, e): (u32, u16, u16, u16, u64) = rand::random();
    format!(
        "{a:08x}-{b:04x}-4{:03x}-{:04x}-{:012x}",
        c & 0x0fff,
        (d & 0x3fff) | 0x8000,
        e & 0xffff_ffff_ffff
    )
}

fn invalid(info: impl Into<String>) -> Failure {
    Failure::new(ErrorCode::AuditParameterInvalid, info)
}

/// 2003 unless `sdk_app_id` is the emulated app's.
fn require_app(ctx: &Context, sdk_app_id: u64) -> Result<(), Failure> {
    if sdk_app_id == ctx.settings.sdkappid {
        Ok(())
    } else {
        Err(invalid(format!("SdkAppId {sdk_app_id} is not this app's")))
    }
}

/// 2003 unless `lib_id` is the app's library.
fn require_library(lib_id: &str) -> Result<(), Failure> {
    if lib_id == LIBRARY_ID {
        Ok(())
    } else {
        Err(invalid(format!("no keyword library has LibID {lib_id:?}")))
    }
}

/// The page of `items` from `offset`, at most `limit` long.
fn page<T: Clone>(items: &[T], offset: u64, limit: u32) -> Vec<T> {
    let start = usize::try_from(offset).unwrap_or(usize::MAX).min(items.len());
    let end = start
        .saturating_add(usize::try_from(limit).unwrap_or(usize::MAX))
        .min(items.len());
    items[start..end].to_vec()
}

pub(crate) fn add_keywords(
    ctx: &Context,
    request: AddCloudAuditKeywordsRequest,
) -> Result<AddCloudAuditKeywordsResponse, Failure> {
    require_app(ctx, request.sdk_app_id)?;
    require_library(&request.lib_id)?;
    let now = ctx.now();
    for keyword in request.user_keywords {
        ctx.state.moderation.add(&keyword.content, keyword.label, now);
    }
    let mut reply = AddCloudAuditKeywordsResponse::default();
    reply.request_id = Some(request_id());
    reply.envelope = Envelope::ok();
    Ok(reply)
}

pub(crate) fn get_keywords(
    ctx: &Context,
    request: GetCloudAuditKeywordsRequest,
) -> Result<GetCloudAuditKeywordsResponse, Failure> {
    require_app(ctx, request.sdk_app_id)?;
    require_library(&request.lib_id)?;
    let search = request.content.as_deref().filter(|text| !text.is_empty());
    let words = ctx.state.moderation.words(search);
    let infos = page(&words, request.offset, request.limit)
        .into_iter()
        .map(|word| {
            let mut info = KeywordInfo::new(word.id.to_string(), word.content);
            info.create_time = Some(format_time(word.created));
            info
        })
        .collect();
    let mut reply = GetCloudAuditKeywordsResponse::default();
    reply.request_id = Some(request_id());
    reply.total_count = Some(words.len() as u64);
    reply.infos = Some(infos);
    reply.envelope = Envelope::ok();
    Ok(reply)
}

pub(crate) fn delete_keywords(
    ctx: &Context,
    request: DeleteCloudAuditKeywordsRequest,
) -> Result<DeleteCloudAuditKeywordsResponse, Failure> {
    require_app(ctx, request.sdk_app_id)?;
    require_library(&request.lib_id)?;
    let details: Vec<DeletedKeyword> = request
        .keywords
        .iter()
        .map(|word| match ctx.state.moderation.delete(word) {
            Some(id) => DeletedKeyword::new(id.to_string(), word),
            None => {
                let mut item = DeletedKeyword::new(String::new(), word);
                item.keyword_id = None;
                item.deleted = false;
                item.error_info = Some("keyword not found".to_owned());
                item
            }
        })
        .collect();
    let mut reply = DeleteCloudAuditKeywordsResponse::default();
    reply.request_id = Some(request_id());
    reply.count = Some(details.len() as u64);
    reply.details = Some(details);
    reply.envelope = Envelope::ok();
    Ok(reply)
}

pub(crate) fn get_libraries(
    ctx: &Context,
    request: GetCloudAuditKeywordsIdsRequest,
) -> Result<GetCloudAuditKeywordsIdsResponse, Failure> {
    require_app(ctx, request.sdk_app_id)?;
    let mut library = KeywordLibrary::new(LIBRARY_ID);
    library.lib_name = Some(format!("{}_emulator", ctx.settings.sdkappid));
    library.describe = Some(String::new());
    library.suggestion = Some("Block".to_owned());
    let libraries = [library];
    let mut reply = GetCloudAuditKeywordsIdsResponse::default();
    reply.request_id = Some(request_id());
    reply.total_count = Some(libraries.len() as u64);
    reply.infos = Some(page(&libraries, request.offset, request.limit));
    reply.envelope = Envelope::ok();
    Ok(reply)
}

/// The verdict on `content` of type `kind`; `None` for audio and video.
fn judge(ctx: &Context, kind: &ModerationContentType, content: &str) -> Option<ModerationVerdict> {
    match kind {
        ModerationContentType::Text => {
            let found = ctx.state.moderation.found_in(content);
            let Some(first) = found.first() else {
                return Some(ModerationVerdict::pass());
            };
            let label = first
                .label
                .clone()
                .unwrap_or_else(|| KeywordLabel::Other("Custom".to_owned()));
            Some(ModerationVerdict::block(
                label,
                found.into_iter().map(|word| word.content),
            ))
        }
        ModerationContentType::Audio | ModerationContentType::Video => None,
        // Images, and types the crate does not know: nothing to read.
        _ => Some(ModerationVerdict::pass()),
    }
}

fn not_emulated(kind: &ModerationContentType) -> Failure {
    Failure::new(
        ErrorCode::CallDisabled,
        format!(
            "moderation of {} content (answered by webhook) is not emulated by tim-emulator",
            kind.as_str()
        ),
    )
}

pub(crate) fn content(ctx: &Context, request: ContentModerationRequest) -> Result<ContentModerationResponse, Failure> {
    let verdict =
        judge(ctx, &request.content_type, &request.content).ok_or_else(|| not_emulated(&request.content_type))?;
    Ok(ContentModerationResponse::new(request_id(), verdict))
}

pub(crate) fn batch_content(
    ctx: &Context,
    request: BatchContentModerationRequest,
) -> Result<BatchContentModerationResponse, Failure> {
    let mut results = Vec::with_capacity(request.contents.len());
    for item in &request.contents {
        // validate() lets no audio or video through.
        let verdict = judge(ctx, &item.content_type, &item.content).ok_or_else(|| not_emulated(&item.content_type))?;
        let mut result = AuditResult::new(item.content_id, verdict);
        result.request_id = Some(request_id());
        results.push(result);
    }
    Ok(BatchContentModerationResponse::new(results))
}

#[cfg(test)]
mod tests {
    use tim_protocol::moderation::{ModerationContent, ModerationSuggestion, UserKeyword};

    use super::*;

    const APP: u64 = 1400000000;

    #[test]
    fn content_is_judged_against_the_words_added() {
        let ctx = Context::for_tests();
        let text = |t: &str| ContentModerationRequest::new("C2C", ModerationContentType::Text, t);
        assert_eq!(
            content(&ctx, text("buy now")).unwrap().verdict,
            ModerationVerdict::pass()
        );
        add_keywords(
            &ctx,
            AddCloudAuditKeywordsRequest::new(
                APP,
                LIBRARY_ID,
                [UserKeyword::new("buy").label(KeywordLabel::Ad), UserKeyword::new("now")],
            ),
        )
        .unwrap();
        let verdict = content(&ctx, text("buy now")).unwrap().verdict;
        assert_eq!(verdict.result, Some(ModerationSuggestion::Block));
        assert_eq!(verdict.keywords(), ["buy", "now"]);
        assert_eq!(verdict.label, Some(KeywordLabel::Ad));
        let only_now = content(&ctx, text("now")).unwrap().verdict;
        assert_eq!(only_now.label, Some(KeywordLabel::Other("Custom".into())));
        let batch = batch_content(
            &ctx,
            BatchContentModerationRequest::new(
                "Group",
                [
                    ModerationContent::text(0, "hi"),
                    ModerationContent::text(7, "now"),
                    ModerationContent::image(8, "https://x/1.jpg"),
                ],
            ),
        )
        .unwrap();
        assert!(!batch.result(0).unwrap().verdict.is_blocked());
        assert!(batch.result(7).unwrap().verdict.is_blocked());
        assert!(!batch.result(8).unwrap().verdict.is_blocked());
        let audio = content(
            &ctx,
            ContentModerationRequest::new("C2C", ModerationContentType::Audio, "https://x/1.mp3"),
        )
        .unwrap_err();
        assert_eq!(audio.code, ErrorCode::CallDisabled);
    }

    #[test]
    fn the_library_is_read_paged_and_refuses_others() {
        let ctx = Context::for_tests();
        let words = (0..5).map(|i| UserKeyword::new(format!("w{i}")));
        add_keywords(&ctx, AddCloudAuditKeywordsRequest::new(APP, LIBRARY_ID, words)).unwrap();
        let page2 = get_keywords(&ctx, GetCloudAuditKeywordsRequest::new(APP, LIBRARY_ID, 2).offset(2)).unwrap();
        let ids: Vec<_> = page2.infos().iter().map(|info| info.id.as_str()).collect();
        assert_eq!((ids, page2.total_count), (vec!["3", "4"], Some(5)));
        let other_app = get_keywords(&ctx, GetCloudAuditKeywordsRequest::new(1, LIBRARY_ID, 2)).unwrap_err();
        assert_eq!(other_app.code, ErrorCode::AuditParameterInvalid);
        let other_lib = delete_keywords(&ctx, DeleteCloudAuditKeywordsRequest::new(APP, "lib", ["w1"])).unwrap_err();
        assert_eq!(other_lib.code, ErrorCode::AuditParameterInvalid);
        let deleted = delete_keywords(
            &ctx,
            DeleteCloudAuditKeywordsRequest::new(APP, LIBRARY_ID, ["w1", "zz"]),
        )
        .unwrap();
        let missed: Vec<_> = deleted.not_deleted().map(|item| item.keyword.as_str()).collect();
        assert_eq!(missed, ["zz"]);
        let libraries = get_libraries(&ctx, GetCloudAuditKeywordsIdsRequest::new(APP, 10)).unwrap();
        assert_eq!(libraries.infos()[0].id, LIBRARY_ID);
    }
}
