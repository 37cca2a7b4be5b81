//! The top floor: the HTTP face of the emulator, built from the endpoint
//! table. Every path in [`tim_protocol::ENDPOINTS`] is routed: to its
//! handler if the emulator models it, otherwise to a FAIL saying so. Every
//! answer is HTTP 200 with the JSON envelope, failures included, except
//! bodies the server cannot read (HTTP 400, 408, 413).
//!
//! Checks run in this order, the first failure answering: the path (60009
//! when it is not in the table), the method (60002 unless POST), the query
//! and the UserSig (see `auth`), whether the endpoint is modelled (60017),
//! an injected fault, then the handler: the body as JSON (60003), its shape
//! and documented rules (the service's parameter code, or the rule's own),
//! then the operation itself. With a webhook URL, a hooked endpoint sends
//! its before-event once the body passed its rules and before the
//! operation (whose answer may refuse, drop or rewrite the call), and its
//! after-events once the operation succeeded, without delaying the reply.
//!
//! An endpoint of the table that the emulator does not model answers 60017
//! ("this request is disabled for the app"): the service's own code for a
//! call it will not serve for this app, never retried by clients, and
//! unlike 60009 it tells that the path itself is right. Its `ErrorInfo`
//! says the endpoint is not emulated. It is checked after the credentials,
//! as the service checks them before anything else.
//!
//! Outside `/v4/`, the router serves the message archives whose links
//! `get_history` answers (`downloads`), and `POST /emulator/snapshot`,
//! which saves the world to the state file (`snapshot`).
//!
//! The parts: `routes` (the list of modelled endpoints), `erased` (a typed
//! handler as bytes in, bytes out, with its webhooks), `table` (every
//! endpoint of the table with its handler, if any), `admission` (the checks
//! before the handler), `body` (reading the body) and `reply` (writing the
//! answer). This file is the HTTP face that puts them together.

mod admission;
mod body;
mod downloads;
mod erased;
mod reply;
mod routes;
mod snapshot;
mod table;

use std::sync::{Arc, LazyLock};

use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::{Method, StatusCode, Uri};
use axum::response::Response;
use axum::routing::{any, get};
use axum::Router;
use tim_protocol::ENDPOINTS;

use crate::context::Context;
use crate::webhooks::sender::Sender;

use crate::request_log::{now_ms, Answer, Call};
use admission::{admit, not_found};
use body::{read_body_or_failure, unreadable};
use reply::{json_response, reply};
use table::Routes;

pub use routes::Route;

static ROUTES: LazyLock<Routes> = LazyLock::new(|| Routes::new(routes::list()));

/// Whether the emulator models the endpoint at `path`.
pub(crate) fn emulated(path: &str) -> bool {
    ROUTES.find(path).is_some_and(|(_, handler)| handler.is_some())
}

/// Runs the handler of `path` on `body` without the checks of admission
/// and without webhooks: how a seed (`seed`) makes its calls.
pub(crate) fn run(ctx: &Context, path: &str, body: &[u8]) -> Result<Vec<u8>, crate::failure::Failure> {
    match ROUTES.find(path) {
        Some((_, Some(handler))) => handler.run(ctx, body).map(|reply| reply.json),
        _ => Err(crate::failure::Failure::new(
            tim_protocol::ErrorCode::CallDisabled,
            format!("{path} is not emulated"),
        )),
    }
}

/// The modelled endpoints, in the endpoint table's order.
pub(crate) fn described() -> impl Iterator<Item = Route> {
    ENDPOINTS.iter().filter_map(|endpoint| {
        let (_, handler) = ROUTES.find(endpoint.path())?;
        handler.map(routes::describe)
    })
}

/// What every call shares: the app, and its webhook sender when it has a
/// webhook URL.
#[derive(Clone)]
pub(crate) struct App {
    ctx: Arc<Context>,
    webhooks: Option<Arc<Sender>>,
}

impl App {
    /// The app of `ctx`, with a webhook sender if it has a webhook URL.
    pub(crate) fn new(ctx: Arc<Context>) -> Self {
        let webhooks = Sender::new(&ctx.settings, Arc::clone(&ctx.deliveries)).map(Arc::new);
        Self { ctx, webhooks }
    }
}

pub(crate) fn router(ctx: Arc<Context>) -> Router {
    router_for(App::new(ctx))
}

/// The router of an app whose calls the server may also answer directly
/// ([`answer_call`]), sharing its webhook sender.
pub(crate) fn router_for(app: App) -> Router {
    Router::new()
        .route("/v4/{service}/{command}", any(call))
        // The archives get_history links to (handlers::msg_history).
        .route("/msg_history/{name}", get(downloads::archive))
        // Saving the world now (crate::snapshot).
        .route(snapshot::PATH, any(snapshot::snapshot))
        .fallback(unknown_path)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(app)
}

/// A method other than `GET` for an archive: HTTP 405, as axum answers it,
/// recorded in the request log.
async fn method_not_allowed(State(app): State<App>, method: Method, uri: Uri) -> Response {
    let call = Call {
        time_ms: now_ms(),
        method: method.as_str(),
        path: uri.path(),
        query: uri.query(),
        body: None,
        endpoint: None,
    };
    app.ctx.requests.record(call, Answer::Other(405));
    axum::response::IntoResponse::into_response(StatusCode::METHOD_NOT_ALLOWED)
}

async fn unknown_path(State(app): State<App>, method: Method, uri: Uri, body: Body) -> Response {
    let time_ms = now_ms();
    let (body, failure, status) = match read_body_or_failure(&app.ctx, body).await {
        Ok(body) => (Some(body), not_found(), StatusCode::OK),
        Err((status, failure)) => (None, failure, status),
    };
    let call = Call {
        time_ms,
        method: method.as_str(),
        path: uri.path(),
        query: uri.query(),
        body,
        endpoint: None,
    };
    app.ctx
        .requests
        .record(call, Answer::Envelope(status.as_u16(), failure.code, false));
    if status == StatusCode::OK {
        reply(&failure.envelope())
    } else {
        unreadable(status, &failure)
    }
}

async fn call(
    State(app): State<App>,
    Path((service, command)): Path<(String, String)>,
    method: Method,
    uri: Uri,
    RawQuery(query): RawQuery,
    body: Body,
) -> Response {
    let path = format!("{service}/{command}");
    answer_call(&app, uri.path(), &path, &method, query.as_deref(), body).await
}

/// The answer of `POST /emulator/snapshot` with `query` (its credentials):
/// how the console saves a snapshot through the endpoint's own checks.
#[cfg(feature = "console")]
pub(crate) async fn answer_snapshot(app: &App, query: Option<String>) -> Response {
    snapshot::snapshot(State(app.clone()), Method::POST, RawQuery(query), Body::empty()).await
}

/// The path of `uri` if [`router`] would route it to its `call` handler
/// with the same text (`/v4/{service}/{command}`, no escapes to decode), for
/// the server to answer it with [`answer_call`] without the router's work.
pub(crate) fn direct_path(uri: &Uri) -> Option<&str> {
    let path = uri.path();
    let (service, command) = path.strip_prefix("/v4/")?.split_once('/')?;
    // Segments are short: a byte loop beats two memchr calls set up for long text.
    let plain = |segment: &str| !segment.is_empty() && !segment.bytes().any(|b| b == b'/' || b == b'%');
    (plain(service) && plain(command)).then_some(path)
}

/// The answer to a call of `path` (`called` as the URI gave it, for the
/// request log): what the router's `call` handler answers. The one place
/// every `/v4/` call is recorded in the request log.
pub(crate) async fn answer_call(
    app: &App,
    called: &str,
    path: &str,
    method: &Method,
    query: Option<&str>,
    body: Body,
) -> Response {
    let ctx = &app.ctx;
    let time_ms = now_ms();
    let mut call = Call {
        time_ms,
        method: method.as_str(),
        path: called,
        query,
        body: None,
        endpoint: None,
    };
    let body = match read_body_or_failure(ctx, body).await {
        Ok(body) => body,
        Err((status, failure)) => {
            ctx.requests
                .record(call, Answer::Envelope(status.as_u16(), failure.code, false));
            return unreadable(status, &failure);
        }
    };
    call.body = Some(body.clone());
    let faults = ctx.faults();
    let result = match admit(ctx, &ROUTES, &faults, path, method, query) {
        Ok(handler) => {
            call.endpoint = Some(handler.path);
            handler.call(ctx, app.webhooks.as_ref(), body).await
        }
        Err(failure) => Err(failure),
    };
    // The added latency delays the reply, not the work: the call is served
    // first, so a client that gives up meanwhile leaves its change made (the
    // case of an unknown outcome that a blind retry would repeat).
    let latency = faults.latency_for(path);
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    match result {
        Ok(reply) => {
            ctx.requests
                .record(call, Answer::Typed(reply.code, reply.action_status.as_ref()));
            json_response(reply.json)
        }
        Err(failure) => {
            ctx.requests.record(call, Answer::Envelope(200, failure.code, false));
            reply(&failure.envelope())
        }
    }
}
