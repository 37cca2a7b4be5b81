//! Handlers with their types erased: a typed
//! `fn(&Context, Request) -> Result<Reply, Failure>` becomes bytes in, bytes
//! out, so that one map holds every endpoint's handler. The request type is
//! the handler's own parameter type, the same type the SDK sends; the
//! handler's signature is all a route needs.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use axum::body::Bytes;
use tim_protocol::{ActionStatus, Api, ErrorCode, Response};

use super::reply::encode;
use crate::context::Context;
use crate::failure::Failure;
use crate::webhooks::sender::Sender;
use crate::webhooks::{Decision, Hooks};

/// A boxed future that can cross threads.
type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A handler's body: bytes in, bytes out.
type Run = dyn Fn(&Context, &[u8]) -> Result<Encoded, Failure> + Send + Sync;

/// A handler's body with its webhooks: the context, the webhook sender and
/// the bytes in, the bytes out later.
type HookedRun = dyn Fn(Arc<Context>, Arc<Sender>, Bytes) -> BoxFuture<'static, Result<Encoded, Failure>> + Send + Sync;

/// A reply as JSON, with its status fields as the typed reply had them: the
/// request log records those, and reading them back out of the JSON (where a
/// reply's own fields come first) would cost as much as the handler's work.
pub(crate) struct Encoded {
    pub(crate) json: Vec<u8>,
    pub(crate) code: ErrorCode,
    pub(crate) action_status: Option<ActionStatus>,
}

impl Encoded {
    fn of<T: Response>(reply: &T) -> Self {
        let envelope = reply.envelope();
        Self {
            json: encode(reply),
            code: envelope.error_code,
            action_status: envelope.action_status.clone(),
        }
    }
}

/// A typed handler, erased to bytes in, bytes out.
pub(super) struct Handler {
    pub(super) path: &'static str,
    /// The handler function's full path (`std::any::type_name` of the
    /// function item), for the list of routes.
    pub(super) operation: &'static str,
    /// The full path of the function that gives a hooked endpoint's
    /// webhooks.
    pub(super) hooks: Option<&'static str>,
    run: Box<Run>,
    /// The same with webhooks, for an endpoint that has some; used when the
    /// app has a webhook URL.
    hooked: Option<Box<HookedRun>>,
}

/// The handler `operation` for the endpoint of its request type `R`:
/// parses the body into `R`, checks the documented rules, runs
/// `operation`, and encodes its reply.
pub(super) fn route<F, R>(operation: F) -> Handler
where
    F: Fn(&Context, R) -> Result<R::Response, Failure> + Send + Sync + 'static,
    R: Api + 'static,
{
    Handler {
        path: R::PATH,
        operation: std::any::type_name::<F>(),
        hooks: None,
        run: Box::new(move |ctx, body| {
            let request = parse::<R>(body)?;
            Ok(Encoded::of(&operation(ctx, request)?))
        }),
        hooked: None,
    }
}

/// [`route`], with webhooks: once the request is parsed and checked,
/// `hooks` says which webhooks this call makes; the before-event is sent
/// and the app's answer applied (a refusal or a silent drop answers without
/// running `operation`; a rewrite changes the request), then `operation`
/// runs, and once it succeeds the after-events are sent without waiting.
pub(super) fn hooked<F, H, R>(operation: F, hooks: H) -> Handler
where
    // Copy: each call's future gets its own copy (handlers are fn items).
    F: Fn(&Context, R) -> Result<R::Response, Failure> + Copy + Send + Sync + 'static,
    H: Fn(&Context, &mut R) -> Hooks<R> + Copy + Send + Sync + 'static,
    R: Api + Clone + Send + 'static,
    R::Response: Send,
{
    let hooked = move |ctx: Arc<Context>, sender: Arc<Sender>, body: Bytes| -> BoxFuture<'static, _> {
        Box::pin(async move {
            let mut request = parse::<R>(&body)?;
            let Hooks { before, after } = hooks(&ctx, &mut request);
            if let Some(before) = before {
                let reply = sender.ask(&before.event).await;
                match before.decide(&ctx, reply, &mut request) {
                    Decision::Proceed => {}
                    Decision::Refuse(failure) => return Err(failure),
                    Decision::Discard(reply) => return Ok(Encoded::of(&reply)),
                }
            }
            let kept = after.is_some().then(|| request.clone());
            // The state changes here alone: under the snapshot's gate,
            // the before-event's wait above outside it.
            let reply = {
                let _entered = ctx.gate.enter();
                operation(&ctx, request)?
            };
            if let (Some(after), Some(request)) = (after, kept) {
                sender.tell(after(&ctx, &request, &reply));
            }
            Ok(Encoded::of(&reply))
        })
    };
    Handler {
        hooks: Some(std::any::type_name::<H>()),
        hooked: Some(Box::new(hooked)),
        ..route(operation)
    }
}

impl Handler {
    /// Runs the handler, with its webhooks when the app has a webhook URL.
    pub(super) async fn call(
        &self,
        ctx: &Arc<Context>,
        webhooks: Option<&Arc<Sender>>,
        body: Bytes,
    ) -> Result<Encoded, Failure> {
        match (&self.hooked, webhooks) {
            (Some(hooked), Some(sender)) => hooked(Arc::clone(ctx), Arc::clone(sender), body).await,
            _ => self.run(ctx, &body),
        }
    }

    /// Runs the handler without its webhooks.
    pub(super) fn run(&self, ctx: &Context, body: &[u8]) -> Result<Encoded, Failure> {
        // Under the snapshot's gate: no snapshot holds half of this call.
        let _entered = ctx.gate.enter();
        (self.run)(ctx, body)
    }
}

fn parse<R: Api>(body: &[u8]) -> Result<R, Failure> {
    // The common case in one pass; a body that fails is read again to say why.
    let request = match serde_json::from_slice::<R>(body) {
        Ok(request) => request,
        Err(_) => parse_error::<R>(body)?,
    };
    // validate() already names the code of this API's documentation.
    request.validate().map_err(|error| {
        let code = error.error_code().unwrap_or_else(|| R::SERVICE.invalid_parameter());
        Failure::new(code, error.to_string())
    })?;
    Ok(request)
}

/// Why `body` is not an `R`: not JSON at all (60003), or which field is
/// wrong (the service's parameter code).
#[cold]
fn parse_error<R: Api>(body: &[u8]) -> Result<R, Failure> {
    if serde_json::from_slice::<serde::de::IgnoredAny>(body).is_err() {
        return Err(Failure::new(
            ErrorCode::InvalidJson,
            "the request body is not valid JSON",
        ));
    }
    let request: R =
        serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_slice(body)).map_err(|error| {
            let path = error.path().to_string();
            let at = if path == "." {
                String::new()
            } else {
                format!("{path}: ")
            };
            Failure::new(R::SERVICE.invalid_parameter(), format!("{at}{}", error.inner()))
        })?;
    Ok(request)
}
