//! The HTTP face of the emulator: one route for every API, answering like
//! the service: HTTP 200 with the JSON envelope, failures included.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};

use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State as AxumState};
use axum::http::{header, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use axum::Router;
use serde::Serialize;
use tim_protocol::{Api, ErrorCode};
use tim_usersig::{Clock, SecretKey};

use crate::failure::Failure;
use crate::state::State;
use crate::{accounts, auth, contact_groups, marks, recent, Edition, Faults, Limits};

/// The emulated app and its state, shared by every request.
pub(crate) struct App {
    pub(crate) settings: Settings,
    pub(crate) faults: RwLock<Faults>,
    state: Mutex<State>,
    /// UserSigs already verified, per identifier, with their expiry: checking
    /// one costs tens of microseconds, and clients reuse theirs for hours.
    verified: Mutex<HashMap<(String, String), u64>>,
}

/// Verified UserSigs kept at most; the cache is emptied when full.
const VERIFIED_CACHE_MAX: usize = 1024;

/// What an emulated app is, as the builder collected it.
pub(crate) struct Settings {
    pub(crate) sdkappid: u64,
    pub(crate) key: SecretKey,
    pub(crate) admins: HashSet<String>,
    pub(crate) edition: Edition,
    pub(crate) limits: Limits,
    pub(crate) disbanded: HashSet<String>,
    pub(crate) clock: Arc<dyn Clock>,
}

impl App {
    pub(crate) fn new(settings: Settings, faults: Faults) -> Self {
        Self {
            settings,
            faults: RwLock::new(faults),
            state: Mutex::new(State::default()),
            verified: Mutex::new(HashMap::new()),
        }
    }

    /// The state, locked. A handler that panicked cannot leave it half
    /// changed (every change is made after all checks), so a poisoned lock is
    /// taken over rather than failing every later request.
    pub(crate) fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn now(&self) -> u64 {
        self.settings.clock.now()
    }

    pub(crate) fn faults(&self) -> Faults {
        self.faults.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    pub(crate) fn verified_until(&self, identifier: &str, usersig: &str) -> Option<u64> {
        let verified = self.verified.lock().unwrap_or_else(PoisonError::into_inner);
        verified.get(&(identifier.to_owned(), usersig.to_owned())).copied()
    }

    pub(crate) fn remember_verified(&self, identifier: &str, usersig: &str, until: u64) {
        let mut verified = self.verified.lock().unwrap_or_else(PoisonError::into_inner);
        if verified.len() >= VERIFIED_CACHE_MAX {
            verified.clear();
        }
        verified.insert((identifier.to_owned(), usersig.to_owned()), until);
    }
}

/// The services the emulator serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Service {
    RecentContact,
    Account,
}

impl Service {
    /// The code for a body that does not parse into the request type: 50002
    /// for recentcontact, 70402 for the account APIs, as each documents.
    fn invalid_parameter(self) -> ErrorCode {
        match self {
            Self::RecentContact => ErrorCode::ContactParameterInvalid,
            Self::Account => ErrorCode::AccountParameterInvalid,
        }
    }
}

pub(crate) fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/v4/{service}/{command}", any(call))
        .fallback(unknown_path)
        .with_state(app)
}

async fn unknown_path(AxumState(app): AxumState<Arc<App>>, body: Body) -> Response {
    match read_body(&app, body).await {
        Ok(_) => not_found(),
        Err(too_large) => too_large,
    }
}

fn not_found() -> Response {
    reply(&Failure::new(ErrorCode::InvalidResource, "the requested resource does not exist").envelope())
}

/// Reads the whole body, up to the cap, before anything is answered: a reply
/// sent with the body unread makes the server drop the connection, and a
/// client that pooled it would fail on its next call. Over the cap: HTTP 413,
/// closing the connection.
async fn read_body(app: &App, body: Body) -> Result<Bytes, Response> {
    let limit = app.settings.limits.max_body_bytes;
    axum::body::to_bytes(body, limit).await.map_err(|_| {
        let failure = Failure::new(
            ErrorCode::HttpParseFailed,
            format!("request body larger than {limit} bytes"),
        );
        (
            StatusCode::PAYLOAD_TOO_LARGE,
            [(header::CONNECTION, "close")],
            reply(&failure.envelope()),
        )
            .into_response()
    })
}

async fn call(
    AxumState(app): AxumState<Arc<App>>,
    Path((service, command)): Path<(String, String)>,
    method: Method,
    RawQuery(query): RawQuery,
    body: Body,
) -> Response {
    let body = match read_body(&app, body).await {
        Ok(body) => body,
        Err(too_large) => return too_large,
    };
    let faults = app.faults();
    if !faults.added_latency().is_zero() {
        tokio::time::sleep(faults.added_latency()).await;
    }
    let Some(service) = service_of(&service, &command) else {
        return not_found();
    };
    if method != Method::POST {
        return reply(&Failure::new(ErrorCode::HttpParseFailed, "only POST is accepted").envelope());
    }
    if let Err(failure) = auth::check(&app, query.as_deref(), service) {
        return reply(&failure.envelope());
    }
    if let Some(code) = faults.draw() {
        return reply(&Failure::new(code, "fault injected by the emulator").envelope());
    }
    match dispatch(&app, service, &command, &body) {
        Ok(json) => ([(header::CONTENT_TYPE, "application/json")], json).into_response(),
        Err(failure) => reply(&failure.envelope()),
    }
}

fn service_of(service: &str, command: &str) -> Option<Service> {
    const RECENT_CONTACT: &[&str] = &[
        "create_contact_group",
        "update_contact_group",
        "del_contact_group",
        "get_contact_group",
        "mark_contact",
        "search_contact_group",
        "get_list",
        "delete",
    ];
    const ACCOUNT: &[&str] = &[
        "account_import",
        "multiaccount_import",
        "account_check",
        "account_delete",
    ];
    match service {
        "recentcontact" if RECENT_CONTACT.contains(&command) => Some(Service::RecentContact),
        "im_open_login_svc" if ACCOUNT.contains(&command) => Some(Service::Account),
        _ => None,
    }
}

fn dispatch(app: &App, service: Service, command: &str, body: &Bytes) -> Result<Vec<u8>, Failure> {
    match command {
        "create_contact_group" => run(app, service, body, contact_groups::create),
        "update_contact_group" => run(app, service, body, contact_groups::update),
        "del_contact_group" => run(app, service, body, contact_groups::delete),
        "get_contact_group" => run(app, service, body, contact_groups::get),
        "mark_contact" => run(app, service, body, marks::mark),
        "search_contact_group" => run(app, service, body, marks::search),
        "get_list" => run(app, service, body, recent::list),
        "delete" => run(app, service, body, recent::delete),
        "account_import" => run(app, service, body, accounts::import),
        "multiaccount_import" => run(app, service, body, accounts::import_many),
        "account_check" => run(app, service, body, accounts::check),
        "account_delete" => run(app, service, body, accounts::delete),
        _ => Err(Failure::new(
            ErrorCode::InvalidResource,
            "the requested resource does not exist",
        )),
    }
}

/// Parses the body into `R` (the same type the SDK sends), checks the
/// documented rules, runs `operation`, and encodes its reply.
fn run<R: Api>(
    app: &App,
    service: Service,
    body: &[u8],
    operation: fn(&App, R) -> Result<R::Response, Failure>,
) -> Result<Vec<u8>, Failure> {
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
            Failure::new(service.invalid_parameter(), format!("{at}{}", error.inner()))
        })?;
    // validate() already names the code of this API's documentation.
    request.validate().map_err(|error| {
        let code = error.error_code().unwrap_or_else(|| service.invalid_parameter());
        Failure::new(code, error.to_string())
    })?;
    let response = operation(app, request)?;
    Ok(encode(&response))
}

fn encode(value: &impl Serialize) -> Vec<u8> {
    // Our reply types always serialize: string keys, no non-finite floats.
    serde_json::to_vec(value).unwrap_or_else(|_| br#"{"ActionStatus":"FAIL","ErrorCode":60013}"#.to_vec())
}

fn reply(envelope: &tim_protocol::Envelope) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], encode(envelope)).into_response()
}
