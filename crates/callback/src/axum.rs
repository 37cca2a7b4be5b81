//! An axum `Router` for a webhook endpoint (feature `axum`).
//!
//! It verifies the request, parses the event, calls the app's async handler
//! and answers. The handler gets the webhook's deadline
//! ([`Webhook::with_deadline`], by default [`crate::DEFAULT_DEADLINE`]); if
//! it has not finished by then it is cancelled (dropped at its next `.await`)
//! and the overrun reply is sent ([`Webhook::with_overrun_reply`], by default
//! [`Reply::allow`], which is what the service itself does when a
//! before-event callback times out). A handler that blocks the thread
//! without awaiting cannot be cut short: use `spawn_blocking` inside it for
//! slow synchronous work.

use std::future::Future;

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;

use crate::handle::{Callback, HttpReply, Webhook};
use crate::reply::Reply;

/// A router answering POSTs to `path` with `handler`.
///
/// ```no_run
/// use tim_callback::{axum::router, Event, Reply, Token, Verifier, Webhook};
///
/// # async fn run() -> std::io::Result<()> {
/// let webhook = Webhook::new(Verifier::new(1400000000, Token::new("xxxxyyyy")));
/// let app = router("/im/callback", webhook, |callback: tim_callback::Callback| async move {
///     match callback.event {
///         Event::FriendAdd(added) => println!("{} new friend pairs", added.pair_list.len()),
///         other => println!("{}", other.command()),
///     }
///     Reply::allow()
/// });
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
/// axum::serve(listener, app).await
/// # }
/// ```
pub fn router<H, F>(path: &str, webhook: Webhook, handler: H) -> Router
where
    H: Fn(Callback) -> F + Clone + Send + Sync + 'static,
    F: Future<Output = Reply> + Send + 'static,
{
    let state = (webhook, handler);
    Router::new()
        .route(
            path,
            post(
                |State((webhook, handler)): State<(Webhook, H)>, RawQuery(query): RawQuery, body: Bytes| async move {
                    answer(&webhook, &handler, query.as_deref().unwrap_or(""), &body).await
                },
            ),
        )
        .with_state(state)
}

async fn answer<H, F>(webhook: &Webhook, handler: &H, query: &str, body: &[u8]) -> Response
where
    H: Fn(Callback) -> F,
    F: Future<Output = Reply>,
{
    let http = match webhook.parse(query, body) {
        Err(error) => HttpReply::refused(&error),
        Ok(callback) => match tokio::time::timeout(webhook.deadline(), handler(callback)).await {
            Ok(reply) => HttpReply::ok(&reply),
            Err(_) => HttpReply::ok(webhook.overrun_reply()),
        },
    };
    let status = StatusCode::from_u16(http.status).unwrap_or(StatusCode::BAD_REQUEST);
    (status, [(header::CONTENT_TYPE, "application/json")], http.body).into_response()
}
