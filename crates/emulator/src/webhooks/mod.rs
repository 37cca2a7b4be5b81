//! Webhooks ("callbacks"): what the emulator tells the app's backend, and
//! what it lets the backend decide.
//!
//! With a [`CallbackConfig`](crate::CallbackConfig), an endpoint of the
//! router may carry hooks ([`Hooks`]): a function of the context and the
//! parsed request that gives, for one call, the before-event to ask about
//! (and how to apply the app's answer) and a builder of the after-events
//! from the request and the reply. The router does the HTTP work
//! (`sender`); the handlers stay synchronous and know nothing of webhooks.
//! Each module here builds one family's events, as `tim-callback` types
//! them: `c2c` (one-to-one messages), `groups` (groups, members, group
//! messages), `profiles`.
//!
//! The app's answer to a before-event, where the pages leave room:
//!
//! - `ErrorCode` 0 lets the operation go ahead; a non-empty `MsgBody`
//!   replaces the message's body and a `CloudCustomData` its custom data
//!   (an empty `MsgBody` would make a message with nothing in it, so it
//!   leaves the body as it was).
//! - 2 drops the message silently: nothing is stored or delivered, and the
//!   sender is answered as if it had been sent.
//! - A code in the command's own range (`tim_callback::reply_error_codes`:
//!   \[120001, 130000\] for one-to-one messages, \[10100, 10200\] for groups)
//!   refuses with that code and the app's `ErrorInfo`.
//! - 1, and any other code, refuses with the service's code for a refusal
//!   by the app (20006 for one-to-one messages, 10016 for groups).
//! - No usable answer in time (timeout, connection refused, a status other
//!   than 200, a body that is not an envelope) lets the operation go ahead,
//!   as the service does on a timeout.

pub(crate) mod c2c;
pub(crate) mod deliveries;
pub(crate) mod groups;
pub(crate) mod profiles;
pub(crate) mod sender;

use serde::de::DeserializeOwned;
use serde_json::Value;
use tim_callback::events::EventTime;
use tim_callback::{reply_error_codes, Event, Reply};
use tim_protocol::message::{ForbidCallbackControl, MsgBody};
use tim_protocol::{Api, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;

/// Builds the after-events of a call from the request (as the handler got
/// it, rewrite included) and its reply.
pub(crate) type After<R> = Box<dyn FnOnce(&Context, &R, &<R as Api>::Response) -> Vec<Event> + Send>;

/// A hooked endpoint's webhooks for one call.
pub(crate) struct Hooks<R: Api> {
    /// The before-event to ask the app about, if any.
    pub(crate) before: Option<Before<R>>,
    /// The after-events, once the handler succeeded.
    pub(crate) after: Option<After<R>>,
}

impl<R: Api> Hooks<R> {
    /// No webhook for this call.
    pub(crate) fn none() -> Self {
        Self {
            before: None,
            after: None,
        }
    }

    /// Only after-events.
    pub(crate) fn after(after: impl FnOnce(&Context, &R, &R::Response) -> Vec<Event> + Send + 'static) -> Self {
        Self {
            before: None,
            after: Some(Box::new(after)),
        }
    }
}

/// A before-event and what its answers do to the request.
pub(crate) struct Before<R: Api> {
    /// The event sent.
    pub(crate) event: Event,
    /// The code a refusal (`ErrorCode` 1) answers the sender with.
    pub(crate) refused: ErrorCode,
    /// Puts a rewritten body and custom data into the request.
    pub(crate) rewrite: fn(&mut R, Option<MsgBody>, Option<String>),
    /// The reply to a message dropped silently (`ErrorCode` 2).
    pub(crate) discarded: fn(&Context, &R) -> R::Response,
}

/// What the app's answer to a before-event makes of the call.
pub(crate) enum Decision<T> {
    /// Go ahead with the request (rewritten, if the app said so).
    Proceed,
    /// Answer the sender with this failure; nothing changes.
    Refuse(Failure),
    /// Answer the sender with this reply; nothing changes.
    Discard(T),
}

impl<R: Api> Before<R> {
    /// Applies the app's `reply` (`None`: no usable answer in time) to
    /// `request`.
    pub(crate) fn decide(&self, ctx: &Context, reply: Option<Reply>, request: &mut R) -> Decision<R::Response> {
        let Some(reply) = reply else {
            return Decision::Proceed;
        };
        let command = self.event.command();
        match reply.error_code {
            0 => {
                let body = reply.msg_body.filter(|body| !body.is_empty());
                if body.is_some() || reply.cloud_custom_data.is_some() {
                    (self.rewrite)(request, body, reply.cloud_custom_data);
                }
                Decision::Proceed
            }
            2 => Decision::Discard((self.discarded)(ctx, request)),
            code if reply_error_codes(&command).is_some_and(|range| range.contains(&code)) => {
                Decision::Refuse(Failure::new(ErrorCode::from(code), reply.error_info))
            }
            code => Decision::Refuse(Failure::new(
                self.refused,
                format!("refused by the app's {command} webhook (ErrorCode {code})"),
            )),
        }
    }
}

/// An event of type `E` from its required fields, as JSON: `tim-callback`'s
/// event types are `#[non_exhaustive]`, so outside their crate they are made
/// through their serde form (which checks the fields against the type) and
/// completed field by field.
pub(crate) fn typed<E: DeserializeOwned>(required: Value) -> E {
    serde_json::from_value(required).unwrap_or_else(|error| {
        // The callers pass the required fields of the type: a failure here is
        // a bug in this crate, caught by its tests.
        panic!(
            "webhook event fields do not fit {}: {error}",
            std::any::type_name::<E>()
        )
    })
}

/// Which send webhooks a message's `ForbidCallbackControl` leaves on: the
/// before-event's, the after-event's.
pub(crate) fn send_hooks_on(controls: Option<&Vec<ForbidCallbackControl>>) -> (bool, bool) {
    let forbids = |which| controls.is_some_and(|list| list.contains(&which));
    (
        !forbids(ForbidCallbackControl::ForbidBeforeSendMsgCallback),
        !forbids(ForbidCallbackControl::ForbidAfterSendMsgCallback),
    )
}

/// `EventTime`: now, in milliseconds, by the emulator's clock.
pub(crate) fn event_time(ctx: &Context) -> Option<EventTime> {
    Some(EventTime::millis(ctx.now().saturating_mul(1000)))
}

#[cfg(test)]
mod tests {
    use tim_protocol::message::MsgElement;
    use tim_protocol::openim::SendmsgRequest;

    use super::*;

    /// The before-event of a `sendmsg` from a to b, both accounts.
    fn before(ctx: &Context, request: &mut SendmsgRequest) -> Before<SendmsgRequest> {
        for user in ["a", "b"] {
            ctx.state.with_user_or_insert(user, |user| {
                user.account = Some(Default::default());
            });
        }
        c2c::sendmsg(ctx, request).before.expect("a before-event")
    }

    fn request() -> SendmsgRequest {
        SendmsgRequest::text("a", "b", "hello", 7)
    }

    fn refused(decision: Decision<impl std::fmt::Debug>) -> Failure {
        match decision {
            Decision::Refuse(failure) => failure,
            Decision::Proceed => panic!("proceeds"),
            Decision::Discard(reply) => panic!("discarded: {reply:?}"),
        }
    }

    #[test]
    fn answers_decide_as_documented() {
        let ctx = Context::for_tests();
        let mut sent = request();
        let hook = before(&ctx, &mut sent);
        assert!(sent.msg_seq.is_some(), "the number is drawn before the event");

        // No answer: go ahead, unchanged.
        let mut request = sent.clone();
        assert!(matches!(hook.decide(&ctx, None, &mut request), Decision::Proceed));
        assert_eq!(request, sent);

        // 1 and unlisted codes: the service's code for a refusal by the app.
        for code in [1, 3, 500, 10123] {
            let failure = refused(hook.decide(&ctx, Some(Reply::new(code, "x")), &mut request));
            assert_eq!(failure.code, ErrorCode::from(20006), "{code}");
        }
        // A code of the command's range reaches the sender with its text.
        let failure = refused(hook.decide(&ctx, Some(Reply::new(120001, "mine")), &mut request));
        assert_eq!((failure.code, failure.info.as_str()), (ErrorCode::from(120001), "mine"));

        // 2: dropped; the sender is answered as if it were sent.
        match hook.decide(&ctx, Some(Reply::discard()), &mut request) {
            Decision::Discard(reply) => {
                let key = reply.msg_key.expect("a key");
                assert!(
                    key.as_str().starts_with(&format!("{}_7_", sent.msg_seq.unwrap())),
                    "{key:?}"
                );
            }
            _ => panic!("not dropped"),
        }
        assert_eq!(request, sent);

        // 0 with a body and custom data: rewritten; an empty body is ignored.
        let rewrite = Reply::rewrite(vec![MsgElement::text("new")]).with_cloud_custom_data("data");
        assert!(matches!(
            hook.decide(&ctx, Some(rewrite), &mut request),
            Decision::Proceed
        ));
        assert_eq!(request.msg_body, vec![MsgElement::text("new")]);
        assert_eq!(request.cloud_custom_data.as_deref(), Some("data"));
        let mut untouched = sent.clone();
        let empty = Reply::rewrite(Vec::new());
        assert!(matches!(
            hook.decide(&ctx, Some(empty), &mut untouched),
            Decision::Proceed
        ));
        assert_eq!(untouched, sent);
    }

    #[test]
    fn no_webhook_for_a_message_that_will_be_refused_anyway_or_is_forbidden() {
        let ctx = Context::for_tests();
        let mut request = SendmsgRequest::text("nobody", "b", "hello", 1);
        let hooks = c2c::sendmsg(&ctx, &mut request);
        assert!(hooks.before.is_none() && hooks.after.is_none());

        let mut request = self::request();
        before(&ctx, &mut request.clone());
        request.forbid_callback_control = Some(vec![
            tim_protocol::message::ForbidCallbackControl::ForbidBeforeSendMsgCallback,
            tim_protocol::message::ForbidCallbackControl::ForbidAfterSendMsgCallback,
        ]);
        let hooks = c2c::sendmsg(&ctx, &mut request);
        assert!(hooks.before.is_none() && hooks.after.is_none());
    }
}
