//! `openim_msg_ext_http_svc`, one-to-one message extensions:
//! `set_key_values` and `get_key_values`.
//!
//! As documented: extensions need the Ultimate edition (the emulator's
//! `Edition::Enterprise`; any other answers 10008); the message must exist
//! (23004) and have been sent with `SupportMessageExtension` 1 (23002); a
//! message holds at most 300 pairs; a read returns at most 200 pairs with
//! `Seq` at least `StartSeq`, sorted by `Seq`, with `CompleteFlag`,
//! `LatestSeq` and `ClearSeq`. Every REST call is an administrator's, whose
//! `Seq` the service does not check: a set never conflicts (23001 is what a
//! client member would get).
//!
//! Choices where the pages are silent:
//!
//! - `Seq` is the message's version: each successful set, delete or clear
//!   moves it on by one, and every pair set by that call gets the new value
//!   (so pairs set together share a `Seq`, as in the page's sample).
//!   `LatestSeq` is that version; a clear sets `ClearSeq` to it.
//! - A delete answers each key with `ErrorCode` 0 and the key, an empty value
//!   and the new `Seq`, whether the key was there or not. A clear answers
//!   no list.
//! - A set that would leave more than 300 pairs fails whole with 10004.
//! - A read's pages end at a `Seq` boundary (never splitting the pairs of
//!   one `Seq`), so the next page, asked from the last `Seq` plus one, misses
//!   nothing.
//! - Without `From_Account`, the message is looked for among every
//!   conversation of `To_Account`, as a message sent to `To_Account`.

use tim_protocol::message::MsgKey;
use tim_protocol::openim::{
    ExtOperateType, ExtensionResult, ExtensionResultsResponse, GetKeyValuesRequest, KeyValuesResponse, MsgExtension,
    SetKeyValuesRequest,
};
use tim_protocol::{Envelope, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::messages::Extensions;

/// The most pairs one message holds.
pub(crate) const PAIRS_PER_MESSAGE: usize = 300;
/// The most pairs one read returns.
pub(crate) const PAIRS_PER_READ: usize = 200;

fn not_found(key: &MsgKey) -> Failure {
    Failure::new(
        ErrorCode::MsgExtMessageNotFound,
        format!("the one-to-one message {key} does not exist"),
    )
}

/// Runs `operation` on the extensions of the message `key` sent to `to`
/// (by `from`, when given), after the edition's and the message's checks.
fn with_extensions<T>(
    ctx: &Context,
    from: Option<&str>,
    to: &str,
    key: &MsgKey,
    operation: impl Fn(&mut Extensions) -> Result<T, Failure>,
) -> Result<T, Failure> {
    ctx.require_message_extensions()?;
    let peers = match from {
        Some(from) => vec![from.to_owned()],
        // The user's lock is released before any conversation's is taken.
        None => ctx
            .state
            .with_user(to, |user| user.messages.peers.iter().cloned().collect())
            .unwrap_or_default(),
    };
    for peer in peers {
        let found = ctx.state.conversations.with(&peer, to, |conversation| {
            let message = conversation.sent_mut(&peer, to, key)?;
            Some(match &mut message.extensions {
                Some(extensions) => operation(extensions),
                None => Err(Failure::new(
                    ErrorCode::MsgExtUnsupported,
                    "the message was not sent with SupportMessageExtension 1",
                )),
            })
        });
        if let Some(Some(result)) = found {
            return result;
        }
    }
    Err(not_found(key))
}

pub(crate) fn set(ctx: &Context, request: SetKeyValuesRequest) -> Result<ExtensionResultsResponse, Failure> {
    let pairs = request.extension_list.clone().unwrap_or_default();
    let results = with_extensions(
        ctx,
        request.from_account.as_deref(),
        &request.to_account,
        &request.msg_key,
        |extensions| {
            let seq = extensions.latest_seq + 1;
            let results = match request.operate_type {
                ExtOperateType::Set => {
                    let added = pairs
                        .iter()
                        .filter(|pair| !extensions.pairs.contains_key(&pair.key))
                        .map(|pair| &pair.key)
                        .collect::<std::collections::BTreeSet<_>>()
                        .len();
                    if extensions.pairs.len() + added > PAIRS_PER_MESSAGE {
                        return Err(Failure::new(
                            ErrorCode::GroupParameterInvalid,
                            format!("a message holds at most {PAIRS_PER_MESSAGE} extension pairs"),
                        ));
                    }
                    let results = pairs
                        .iter()
                        .map(|pair| {
                            extensions.pairs.insert(pair.key.clone(), (pair.value.clone(), seq));
                            ExtensionResult::new(
                                ErrorCode::Success,
                                Some(MsgExtension::new(&pair.key, &pair.value, seq)),
                            )
                        })
                        .collect();
                    Some(results)
                }
                ExtOperateType::Delete => {
                    let results = pairs
                        .iter()
                        .map(|pair| {
                            extensions.pairs.remove(&pair.key);
                            ExtensionResult::new(ErrorCode::Success, Some(MsgExtension::new(&pair.key, "", seq)))
                        })
                        .collect();
                    Some(results)
                }
                ExtOperateType::Clear => {
                    extensions.pairs.clear();
                    extensions.clear_seq = seq;
                    None
                }
                // validate() refused every other operation.
                _ => {
                    return Err(Failure::new(
                        ErrorCode::GroupParameterInvalid,
                        "OperateType must be 1, 2 or 3",
                    ))
                }
            };
            extensions.latest_seq = seq;
            Ok(results)
        },
    )?;
    let mut reply = ExtensionResultsResponse::default();
    reply.envelope = Envelope::ok();
    reply.extension_list = results;
    Ok(reply)
}

pub(crate) fn get(ctx: &Context, request: GetKeyValuesRequest) -> Result<KeyValuesResponse, Failure> {
    let start = request.start_seq.unwrap_or(0);
    let reply = with_extensions(
        ctx,
        request.from_account.as_deref(),
        &request.to_account,
        &request.msg_key,
        |extensions| {
            let pairs = extensions.since_seq(start);
            // Whole Seq groups only, up to PAIRS_PER_READ.
            let mut end = pairs.len().min(PAIRS_PER_READ);
            if end < pairs.len() {
                let boundary = pairs[end].seq;
                while end > 0 && pairs[end - 1].seq == boundary {
                    end -= 1;
                }
            }
            let complete = end == pairs.len();
            let mut reply = KeyValuesResponse::default();
            reply.envelope = Envelope::ok();
            reply.complete_flag = Some(u32::from(complete));
            reply.latest_seq = Some(extensions.latest_seq);
            reply.clear_seq = Some(extensions.clear_seq);
            reply.extension_list = Some(pairs[..end].to_vec());
            Ok(reply)
        },
    )?;
    Ok(reply)
}
