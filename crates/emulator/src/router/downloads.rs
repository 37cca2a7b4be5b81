//! The files the emulator serves outside `/v4/`: the message archives whose
//! links `open_msg_svc/get_history` answers (see `handlers::msg_history`).
//! A plain `GET`, no query and no UserSig; an unknown name, or one whose
//! link expired by the app's clock, is HTTP 404.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

use super::App;

/// `GET /msg_history/{name}`: the archive's gzip bytes.
pub(super) async fn archive(State(app): State<App>, Path(name): Path<String>, uri: Uri) -> Response {
    let now = app.ctx.now();
    let found = app.ctx.state.operations.lock().archive(&name, now);
    let call = crate::request_log::Call {
        time_ms: crate::request_log::now_ms(),
        method: "GET",
        path: uri.path(),
        query: uri.query(),
        body: None,
        endpoint: None,
    };
    let status = if found.is_some() { 200 } else { 404 };
    app.ctx.requests.record(call, crate::request_log::Answer::Other(status));
    match found {
        Some(gzip) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/gzip")],
            Body::from(gzip),
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "no such archive, or its link expired").into_response(),
    }
}
