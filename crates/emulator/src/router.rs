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

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, LazyLock};
use std::task::Poll;

use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use axum::Router;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use rustc_hash::FxHashMap;
use serde::Serialize;
use tim_protocol::account::KickRequest;
use tim_protocol::account::{
    AccountCheckRequest, AccountDeleteRequest, AccountImportRequest, MultiaccountImportRequest,
};
use tim_protocol::group::{
    AddGroupMemberRequest, ChangeGroupOwnerRequest, ClearGroupAttrRequest, CreateGroupRequest,
    DeleteGroupMemberRequest, DeleteGroupMsgBySenderRequest, DestroyGroupRequest, ForbidSendMsgRequest,
    GetAppidGroupListRequest, GetGroupAttrRequest, GetGroupInfoRequest, GetGroupMemberInfoRequest,
    GetGroupMutedAccountRequest, GetJoinedGroupListRequest, GetRoleInGroupRequest, GroupMsgGetSimpleRequest,
    GroupMsgRecallRequest, ImportGroupMemberRequest, ImportGroupMsgRequest, ImportGroupRequest, ModifyGroupAttrRequest,
    ModifyGroupBaseInfoRequest, ModifyGroupMemberInfoRequest, ModifyGroupMsgRequest, SendGroupMsgRequest,
    SendGroupSystemNotificationRequest, SetGroupAttrRequest, SetUnreadMsgNumRequest,
};
use tim_protocol::openim::{
    AdminGetroammsgRequest, AdminMsgwithdrawRequest, AdminSetMsgReadRequest, BatchsendmsgRequest,
    GetC2cUnreadMsgNumRequest, GetKeyValuesRequest, ImportmsgRequest, ModifyC2cMsgRequest, QueryOnlineStatusRequest,
    SendmsgRequest, SetKeyValuesRequest,
};
use tim_protocol::profile::{PortraitGetRequest, PortraitSetRequest};
use tim_protocol::recentcontact::{
    CreateContactGroupRequest, DelContactGroupRequest, DeleteRequest, GetContactGroupRequest, GetListRequest,
    MarkContactRequest, SearchContactGroupRequest, UpdateContactGroupRequest,
};
use tim_protocol::sns::{
    BlackListAddRequest, BlackListCheckRequest, BlackListDeleteRequest, BlackListGetRequest, FriendAddRequest,
    FriendCheckRequest, FriendDeleteAllRequest, FriendDeleteRequest, FriendGetListRequest, FriendGetRequest,
    FriendImportRequest, FriendUpdateRequest, GroupAddRequest, GroupDeleteRequest, GroupGetRequest,
};
use tim_protocol::{Api, Endpoint, ErrorCode, ENDPOINTS};

use crate::auth;
use crate::context::Context;
use crate::failure::Failure;
use crate::faults::Faults;
use crate::handlers::friends;
use crate::handlers::{accounts, contact_groups, marks, recent};
use crate::handlers::{extensions, history, messages, profiles, sessions, unread};
use crate::handlers::{group_attrs, group_members, group_messages, groups};
use crate::webhooks::sender::Sender;
use crate::webhooks::{c2c, groups as group_hooks, profiles as profile_hooks, Decision, Hooks};

/// A boxed future that can cross threads.
type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The endpoints the emulator models, one handler each; `hooked` ones also
/// deliver webhooks (see the module `webhooks`).
fn handlers() -> Vec<Handler> {
    vec![
        // im_open_login_svc
        route::<AccountImportRequest>(accounts::import),
        route::<MultiaccountImportRequest>(accounts::import_many),
        route::<AccountCheckRequest>(accounts::check),
        route::<AccountDeleteRequest>(accounts::delete),
        // recentcontact
        route::<CreateContactGroupRequest>(contact_groups::create),
        route::<UpdateContactGroupRequest>(contact_groups::update),
        route::<DelContactGroupRequest>(contact_groups::delete),
        route::<GetContactGroupRequest>(contact_groups::get),
        route::<MarkContactRequest>(marks::mark),
        route::<SearchContactGroupRequest>(marks::search),
        route::<GetListRequest>(recent::list),
        route::<DeleteRequest>(recent::delete),
        // group_open_http_svc: groups
        hooked::<CreateGroupRequest>(groups::create, group_hooks::create),
        route::<ImportGroupRequest>(groups::import),
        hooked::<DestroyGroupRequest>(groups::destroy, group_hooks::destroy),
        route::<GetGroupInfoRequest>(groups::info),
        hooked::<ModifyGroupBaseInfoRequest>(groups::modify, group_hooks::modify_info),
        route::<GetAppidGroupListRequest>(groups::app_list),
        route::<GetJoinedGroupListRequest>(groups::joined),
        // group_open_http_svc: members and mutes
        hooked::<AddGroupMemberRequest>(group_members::add, group_hooks::add_members),
        route::<ImportGroupMemberRequest>(group_members::import),
        hooked::<DeleteGroupMemberRequest>(group_members::delete, group_hooks::delete_members),
        route::<ModifyGroupMemberInfoRequest>(group_members::modify),
        route::<GetGroupMemberInfoRequest>(group_members::info),
        route::<GetRoleInGroupRequest>(group_members::roles),
        hooked::<ChangeGroupOwnerRequest>(group_members::change_owner, group_hooks::change_owner),
        route::<ForbidSendMsgRequest>(group_members::forbid),
        route::<GetGroupMutedAccountRequest>(group_members::muted),
        // group_open_http_svc: messages (and openim/modify_group_msg)
        hooked::<SendGroupMsgRequest>(group_messages::send, group_hooks::send_msg),
        route::<SendGroupSystemNotificationRequest>(group_messages::notify),
        route::<GroupMsgGetSimpleRequest>(group_messages::history),
        hooked::<GroupMsgRecallRequest>(group_messages::recall, group_hooks::recall),
        route::<DeleteGroupMsgBySenderRequest>(group_messages::delete_by_sender),
        route::<ImportGroupMsgRequest>(group_messages::import),
        route::<SetUnreadMsgNumRequest>(group_messages::set_unread),
        route::<ModifyGroupMsgRequest>(group_messages::modify),
        // group attributes
        route::<GetGroupAttrRequest>(group_attrs::get),
        route::<ModifyGroupAttrRequest>(group_attrs::modify),
        route::<SetGroupAttrRequest>(group_attrs::set),
        route::<ClearGroupAttrRequest>(group_attrs::clear),
        // openim: one-to-one messages and login status
        hooked::<SendmsgRequest>(messages::send, c2c::sendmsg),
        route::<BatchsendmsgRequest>(messages::send_batch),
        route::<ImportmsgRequest>(messages::import),
        route::<AdminGetroammsgRequest>(history::get),
        hooked::<AdminMsgwithdrawRequest>(history::recall, c2c::msgwithdraw),
        route::<ModifyC2cMsgRequest>(history::modify),
        route::<AdminSetMsgReadRequest>(unread::set_read),
        route::<GetC2cUnreadMsgNumRequest>(unread::counts),
        route::<QueryOnlineStatusRequest>(sessions::query),
        route::<KickRequest>(sessions::kick),
        // openim_msg_ext_http_svc
        route::<SetKeyValuesRequest>(extensions::set),
        route::<GetKeyValuesRequest>(extensions::get),
        // profile
        hooked::<PortraitSetRequest>(profiles::set, profile_hooks::portrait_set),
        route::<PortraitGetRequest>(profiles::get),
        // sns
        route::<FriendAddRequest>(friends::add),
        route::<FriendImportRequest>(friends::import),
        route::<FriendUpdateRequest>(friends::update),
        route::<FriendDeleteRequest>(friends::delete),
        route::<FriendDeleteAllRequest>(friends::delete_all),
        route::<FriendCheckRequest>(friends::check),
        route::<FriendGetRequest>(friends::get),
        route::<FriendGetListRequest>(friends::get_list),
        route::<BlackListAddRequest>(friends::black_add),
        route::<BlackListDeleteRequest>(friends::black_delete),
        route::<BlackListGetRequest>(friends::black_get),
        route::<BlackListCheckRequest>(friends::black_check),
        route::<GroupAddRequest>(friends::group_add),
        route::<GroupDeleteRequest>(friends::group_delete),
        route::<GroupGetRequest>(friends::group_get),
    ]
}

/// A handler's body: bytes in, bytes out.
type Run = dyn Fn(&Context, &[u8]) -> Result<Vec<u8>, Failure> + Send + Sync;

/// A handler's body with its webhooks: the context, the webhook sender and
/// the bytes in, the bytes out later.
type HookedRun = dyn Fn(Arc<Context>, Arc<Sender>, Bytes) -> BoxFuture<'static, Result<Vec<u8>, Failure>> + Send + Sync;

/// A typed handler, erased to bytes in, bytes out.
pub(crate) struct Handler {
    path: &'static str,
    run: Box<Run>,
    /// The same with webhooks, for an endpoint that has some; used when the
    /// app has a webhook URL.
    hooked: Option<Box<HookedRun>>,
}

/// The handler `operation` for the endpoint of `R`: parses the body into
/// `R` (the same type the SDK sends), checks the documented rules, runs
/// `operation`, and encodes its reply.
fn route<R: Api + 'static>(operation: fn(&Context, R) -> Result<R::Response, Failure>) -> Handler {
    Handler {
        path: R::PATH,
        run: Box::new(move |ctx, body| {
            let request = parse::<R>(body)?;
            Ok(encode(&operation(ctx, request)?))
        }),
        hooked: None,
    }
}

/// [`route`], with webhooks: once the request is parsed and checked,
/// `hooks` says which webhooks this call makes; the before-event is sent
/// and the app's answer applied (a refusal or a silent drop answers without
/// running `operation`; a rewrite changes the request), then `operation`
/// runs, and once it succeeds the after-events are sent without waiting.
fn hooked<R>(
    operation: fn(&Context, R) -> Result<R::Response, Failure>,
    hooks: fn(&Context, &mut R) -> Hooks<R>,
) -> Handler
where
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
                    Decision::Discard(reply) => return Ok(encode(&reply)),
                }
            }
            let kept = after.is_some().then(|| request.clone());
            let reply = operation(&ctx, request)?;
            if let (Some(after), Some(request)) = (after, kept) {
                sender.tell(after(&ctx, &request, &reply));
            }
            Ok(encode(&reply))
        })
    };
    Handler {
        hooked: Some(Box::new(hooked)),
        ..route(operation)
    }
}

impl Handler {
    /// Runs the handler, with its webhooks when the app has a webhook URL.
    async fn call(&self, ctx: &Arc<Context>, webhooks: Option<&Arc<Sender>>, body: Bytes) -> Result<Vec<u8>, Failure> {
        match (&self.hooked, webhooks) {
            (Some(hooked), Some(sender)) => hooked(Arc::clone(ctx), Arc::clone(sender), body).await,
            _ => (self.run)(ctx, &body),
        }
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

/// Every endpoint of the table, each with its handler if it has one.
pub(crate) struct Routes(FxHashMap<&'static str, (&'static Endpoint, Option<Handler>)>);

impl Routes {
    fn new(handlers: Vec<Handler>) -> Self {
        let mut handlers: HashMap<&'static str, Handler> =
            handlers.into_iter().map(|handler| (handler.path, handler)).collect();
        let routes = ENDPOINTS
            .iter()
            .map(|endpoint| (key(endpoint.path()), (endpoint, handlers.remove(endpoint.path()))))
            .collect();
        // Request types get their paths from the table, so no handler is left.
        debug_assert!(handlers.is_empty(), "handlers off the table: {:?}", handlers.keys());
        Self(routes)
    }

    /// The endpoint at `path`, given as `Endpoint::find` takes it.
    fn find(&self, path: &str) -> Option<(&'static Endpoint, Option<&Handler>)> {
        self.0
            .get(key(path))
            .map(|(endpoint, handler)| (*endpoint, handler.as_ref()))
    }
}

/// `service/command` of a path with or without a leading `/` and `v4/`.
fn key(path: &str) -> &str {
    let path = path.trim_start_matches('/');
    path.strip_prefix("v4/").unwrap_or(path)
}

static ROUTES: LazyLock<Routes> = LazyLock::new(|| Routes::new(handlers()));

/// Whether the emulator models the endpoint at `path`.
pub(crate) fn emulated(path: &str) -> bool {
    ROUTES.find(path).is_some_and(|(_, handler)| handler.is_some())
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
        let webhooks = Sender::new(&ctx.settings).map(Arc::new);
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
        .fallback(unknown_path)
        .with_state(app)
}

async fn unknown_path(State(app): State<App>, body: Body) -> Response {
    match read_body(&app.ctx, body).await {
        Ok(_) => reply(&not_found().envelope()),
        Err(unreadable) => unreadable,
    }
}

fn not_found() -> Failure {
    Failure::new(ErrorCode::InvalidResource, "the requested resource does not exist")
}

async fn call(
    State(app): State<App>,
    Path((service, command)): Path<(String, String)>,
    method: Method,
    RawQuery(query): RawQuery,
    body: Body,
) -> Response {
    let path = format!("{service}/{command}");
    answer_call(&app, &path, &method, query.as_deref(), body).await
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

/// The answer to a call of `path`: what the router's `call` handler answers.
pub(crate) async fn answer_call(app: &App, path: &str, method: &Method, query: Option<&str>, body: Body) -> Response {
    let ctx = &app.ctx;
    let body = match read_body(ctx, body).await {
        Ok(body) => body,
        Err(unreadable) => return unreadable,
    };
    let faults = ctx.faults();
    if !faults.added_latency().is_zero() {
        tokio::time::sleep(faults.added_latency()).await;
    }
    let result = match admit(ctx, &ROUTES, &faults, path, method, query) {
        Ok(handler) => handler.call(ctx, app.webhooks.as_ref(), body).await,
        Err(failure) => Err(failure),
    };
    match result {
        Ok(json) => json_response(json),
        Err(failure) => reply(&failure.envelope()),
    }
}

/// The handler of a call whose body has been read, once the checks before
/// it pass, in the documented order.
fn admit<'r>(
    ctx: &Context,
    routes: &'r Routes,
    faults: &Faults,
    path: &str,
    method: &Method,
    query: Option<&str>,
) -> Result<&'r Handler, Failure> {
    let (endpoint, handler) = routes.find(path).ok_or_else(not_found)?;
    if method != Method::POST {
        return Err(Failure::new(ErrorCode::HttpParseFailed, "only POST is accepted"));
    }
    auth::check(&ctx.settings, &ctx.verified, query, endpoint.service())?;
    let handler = handler.ok_or_else(|| {
        Failure::new(
            ErrorCode::CallDisabled,
            format!(
                "{} is an endpoint of the API that tim-emulator does not emulate",
                endpoint.path()
            ),
        )
    })?;
    if let Some(code) = faults.draw() {
        return Err(Failure::new(code, "fault injected by the emulator"));
    }
    Ok(handler)
}

/// The answer to a call without webhooks, for the tests of this module.
#[cfg(test)]
fn answer(
    ctx: &Context,
    routes: &Routes,
    faults: &Faults,
    path: &str,
    method: &Method,
    query: Option<&str>,
    body: &[u8],
) -> Result<Vec<u8>, Failure> {
    admit(ctx, routes, faults, path, method, query).and_then(|handler| (handler.run)(ctx, body))
}

/// Reads the whole body, up to the cap, before anything is answered: a reply
/// sent with the body unread makes the server drop the connection, and a
/// client that pooled it would fail on its next call. A body that cannot be
/// read is answered with the HTTP status that says why, closing the
/// connection: 413 over the cap, 400 when its framing is broken (a bad
/// chunk), 408 when it does not arrive in time.
async fn read_body(ctx: &Context, body: Body) -> Result<Bytes, Response> {
    let limit = ctx.settings.limits.max_body_bytes;
    let timeout = ctx.settings.connections.body_read_timeout;
    let mut body = Limited::new(body, limit);
    // http-body-util's `collect` keeps a list of frames and copies them out;
    // a call's body is one frame, kept as it came.
    let collect = async move {
        let mut whole: Option<Bytes> = None;
        let mut joined = Vec::new();
        while let Some(frame) = body.frame().await {
            let Ok(data) = frame?.into_data() else { continue };
            if let Some(first) = whole.take() {
                joined.extend_from_slice(&first);
            }
            if joined.is_empty() {
                whole = Some(data);
            } else {
                joined.extend_from_slice(&data);
            }
        }
        Ok::<_, axum::BoxError>(whole.unwrap_or_else(|| Bytes::from(joined)))
    };
    tokio::pin!(collect);
    // A small body has usually come in with the head: take it without
    // setting a timer.
    let ready = std::future::poll_fn(|cx| {
        Poll::Ready(match collect.as_mut().poll(cx) {
            Poll::Ready(result) => Some(result),
            Poll::Pending => None,
        })
    })
    .await;
    let read = match ready {
        Some(result) => Ok(result),
        None => tokio::time::timeout(timeout, collect).await,
    };
    let (status, failure) = match read {
        Ok(Ok(collected)) => return Ok(collected),
        Ok(Err(error)) if error.is::<LengthLimitError>() => (
            StatusCode::PAYLOAD_TOO_LARGE,
            Failure::new(
                ErrorCode::HttpParseFailed,
                format!("request body larger than {limit} bytes"),
            ),
        ),
        Ok(Err(error)) => (
            StatusCode::BAD_REQUEST,
            Failure::new(
                ErrorCode::HttpParseFailed,
                format!("the request body cannot be read: {error}"),
            ),
        ),
        Err(_) => (
            StatusCode::REQUEST_TIMEOUT,
            Failure::new(
                ErrorCode::ServiceTimeout,
                format!("the request body did not arrive within {timeout:?}"),
            ),
        ),
    };
    Err((status, [(header::CONNECTION, "close")], reply(&failure.envelope())).into_response())
}

fn encode(value: &impl Serialize) -> Vec<u8> {
    // Our reply types always serialize: string keys, no non-finite floats.
    // Room for a typical reply at once, rather than growing from 128 bytes.
    let mut json = Vec::with_capacity(512);
    match serde_json::to_writer(&mut json, value) {
        Ok(()) => json,
        Err(_) => br#"{"ActionStatus":"FAIL","ErrorCode":60013}"#.to_vec(),
    }
}

fn reply(envelope: &tim_protocol::Envelope) -> Response {
    json_response(encode(envelope))
}

/// HTTP 200 with a JSON body, built directly (no header parsing on the way).
fn json_response(json: Vec<u8>) -> Response {
    let mut response = Response::new(Body::from(json));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/json"),
    );
    response
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use tim_usersig::{SecretKey, Signer};

    use super::*;

    fn query() -> String {
        let sig = Signer::new(1400000000, SecretKey::new("key").unwrap()).sign("admin", 3600);
        format!(
            "sdkappid=1400000000&identifier=admin&usersig={}&random=1&contenttype=json",
            sig.expose()
        )
    }

    fn code(result: Result<Vec<u8>, Failure>) -> ErrorCode {
        match result {
            Ok(json) => {
                serde_json::from_slice::<tim_protocol::Envelope>(&json)
                    .unwrap()
                    .error_code
            }
            Err(failure) => failure.code,
        }
    }

    #[test]
    fn every_handler_is_an_endpoint_of_the_table_and_listed_once() {
        let handlers = handlers();
        let paths: HashSet<_> = handlers.iter().map(|handler| handler.path).collect();
        assert_eq!(paths.len(), handlers.len());
        for path in paths {
            assert!(Endpoint::find(path).is_some(), "{path}");
            assert!(emulated(path), "{path}");
        }
    }

    #[test]
    fn an_endpoint_without_a_handler_fails_saying_so_after_the_credentials() {
        let (ctx, none) = (Context::for_tests(), Routes::new(Vec::new()));
        let post = |routes: &Routes, path: &str, query: &str| {
            answer(&ctx, routes, &Faults::none(), path, &Method::POST, Some(query), b"{}")
        };
        for endpoint in ENDPOINTS {
            let failure = post(&none, endpoint.path(), &query()).unwrap_err();
            assert_eq!(failure.code, ErrorCode::CallDisabled, "{}", endpoint.path());
            assert!(failure.info.contains("not emulate"), "{}", failure.info);
            assert!(failure.info.contains(endpoint.path()), "{}", failure.info);
            // Credentials are checked first, with the service's own code.
            let stranger = query().replace("identifier=admin", "identifier=someone");
            assert_eq!(
                post(&none, endpoint.path(), &stranger).unwrap_err().code,
                endpoint.service().admin_required()
            );
            // The modelled routes never answer 60017.
            if emulated(endpoint.path()) {
                assert_ne!(code(post(&ROUTES, endpoint.path(), &query())), ErrorCode::CallDisabled);
            }
        }
        // A path off the table is 60009, handler or not.
        assert_eq!(
            post(&none, "recentcontact/no_such_api", &query()).unwrap_err().code,
            ErrorCode::InvalidResource
        );
    }
}
