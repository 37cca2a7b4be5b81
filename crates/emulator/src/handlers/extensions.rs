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
//! The rules of `Seq`, deletes, clears, the 300-pair cap and the read's
//! pages are shared with group messages (`state::extensions`). Choices
//! where the pages are silent:
//!
//! - Without `From_Account`, the message is looked for among every
//!   conversation of `To_Account`, as a message sent to `To_Account`.

use tim_protocol::message::MsgKey;
use tim_protocol::openim::{ExtensionResultsResponse, GetKeyValuesRequest, KeyValuesResponse, SetKeyValuesRequest};
use tim_protocol::{Envelope, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::extensions::Extensions;

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
        |extensions| extensions.apply(&request.operate_type, &pairs),
    )?;
    let mut reply = ExtensionResultsResponse::default();
    reply.envelope = Envelope::ok();
    reply.extension_list = results;
    Ok(reply)
}

pub(crate) fn get(ctx: &Context, request: GetKeyValuesRequest) -> Result<KeyValuesResponse, Failure> {
    let start = request.start_seq.unwrap_or(0);
    with_extensions(
        ctx,
        request.from_account.as_deref(),
        &request.to_account,
        &request.msg_key,
        |extensions| Ok(extensions.read(start)),
    )
}
