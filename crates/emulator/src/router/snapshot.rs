//! `POST /emulator/snapshot`: saves the world to the state file now (see
//! `crate::snapshot`). Outside `/v4/`, as it is the emulator's own, not the
//! service's; authenticated as `/v4/` calls are (the same query, an app
//! administrator's UserSig), answered with the usual envelope.
//!
//! Choices (no page documents this endpoint):
//! - the credentials are checked as for `openconfigsvr` (a non-admin is
//!   60010, the gateway's code);
//! - any method but POST is 60002, as for `/v4/`; the body is read (within
//!   the size cap) and ignored;
//! - no state file configured: FAIL 60017 ("this request is disabled for
//!   the app"), saying to start with `--state FILE`;
//! - the file cannot be written: FAIL 60013 (the service's "internal
//!   error"), with the reason.

use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::Method;
use axum::response::Response;
use tim_protocol::{Envelope, ErrorCode, Service};

use super::body::{read_body_or_failure, unreadable};
use super::reply::reply;
use super::App;
use crate::auth;
use crate::failure::Failure;

/// The path of the endpoint.
pub(super) const PATH: &str = "/emulator/snapshot";

pub(super) async fn snapshot(
    State(app): State<App>,
    method: Method,
    RawQuery(query): RawQuery,
    body: Body,
) -> Response {
    if let Err((status, failure)) = read_body_or_failure(&app.ctx, body).await {
        return unreadable(status, &failure);
    }
    match save(&app, &method, query.as_deref()).await {
        Ok(()) => reply(&Envelope::ok()),
        Err(failure) => reply(&failure.envelope()),
    }
}

async fn save(app: &App, method: &Method, query: Option<&str>) -> Result<(), Failure> {
    if method != Method::POST {
        return Err(Failure::new(ErrorCode::HttpParseFailed, "only POST is accepted"));
    }
    let ctx = &app.ctx;
    auth::check(&ctx.settings, &ctx.verified, query, Service::OpenConfig)?;
    if ctx.state_file.get().is_none() {
        return Err(Failure::new(
            ErrorCode::CallDisabled,
            "the emulator has no state file to save to: start it with --state FILE",
        ));
    }
    // Waiting for the calls under way and writing the file block: off the
    // runtime's workers.
    let ctx = std::sync::Arc::clone(ctx);
    tokio::task::spawn_blocking(move || crate::handle::save_configured(&ctx))
        .await
        .map_err(|error| Failure::new(ErrorCode::ResponseSerializeFailed, error.to_string()))?
        .map_err(|error| Failure::new(ErrorCode::ResponseSerializeFailed, error.to_string()))
}
