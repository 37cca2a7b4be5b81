//! The script and the style sheet, served from the binary.

use axum::http::header;
use axum::response::IntoResponse;

/// The live-update script (`assets/console.js`).
const SCRIPT: &str = include_str!("assets/console.js");

/// The style sheet (`assets/console.css`).
const STYLE: &str = include_str!("assets/console.css");

/// `GET /assets/console.js`.
pub(super) async fn script() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], SCRIPT)
}

/// `GET /assets/console.css`.
pub(super) async fn style() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLE)
}
