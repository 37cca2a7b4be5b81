//! Reading a call's body, within the size cap and the read timeout.

use std::future::Future;
use std::task::Poll;

use axum::body::{Body, Bytes};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use tim_protocol::ErrorCode;

use super::reply::reply;
use crate::context::Context;
use crate::failure::Failure;

/// Reads the whole body, up to the cap, before anything is answered: a reply
/// sent with the body unread makes the server drop the connection, and a
/// client that pooled it would fail on its next call. A body that cannot be
/// read is answered with the HTTP status that says why, closing the
/// connection: 413 over the cap, 400 when its framing is broken (a bad
/// chunk), 408 when it does not arrive in time.
/// (The failure is given as its HTTP status and envelope, for the request
/// log; [`unreadable`] answers it.)
pub(super) async fn read_body_or_failure(ctx: &Context, body: Body) -> Result<Bytes, (StatusCode, Failure)> {
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
    Err((status, failure))
}

/// The answer to a body that cannot be read: `status`, closing the connection.
pub(super) fn unreadable(status: StatusCode, failure: &Failure) -> Response {
    (status, [(header::CONNECTION, "close")], reply(&failure.envelope())).into_response()
}
