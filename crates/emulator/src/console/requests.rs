//! The Requests page: the request log, newest first (path, identifier,
//! code, time), failures highlighted, filterable by path and code.

use axum::extract::{Query, State};
use maud::{html, Markup};
use serde::Deserialize;

use super::layout::{none, page, time_ms};
use super::Console;

/// How many calls the page shows (the newest that pass the filters).
const SHOWN: usize = 500;

/// The filters: a text the path contains, an exact code, failures only.
#[derive(Debug, Deserialize, Default)]
pub(super) struct Filters {
    #[serde(default)]
    path: String,
    /// An `ErrorCode` number; empty: any.
    #[serde(default)]
    code: String,
    /// `1`: failures only.
    #[serde(default)]
    failed: String,
}

/// `GET /requests?path=&code=&failed=`.
pub(super) async fn list(State(console): State<Console>, Query(filters): Query<Filters>) -> Markup {
    let needle = filters.path.to_lowercase();
    let code: Option<i64> = filters.code.trim().parse().ok();
    let failed_only = !filters.failed.is_empty();
    let requests = console.ctx.requests.newest(SHOWN, |path, status, number| {
        (needle.is_empty() || path.to_lowercase().contains(&needle))
            && code.is_none_or(|code| number == code)
            && (!failed_only || failed(status, number))
    });
    let controls = html! {
        form.filters method="get" action="/requests" {
            label { "Path contains" input type="search" name="path" value=(filters.path) placeholder="openim/sendmsg"; }
            label { "ErrorCode" input type="text" name="code" value=(filters.code) size="8" placeholder="any"; }
            label { "Failures only" input type="checkbox" name="failed" value="1" checked[failed_only]; }
            button type="submit" { "Filter" }
        }
    };
    let live = html! {
        @if requests.is_empty() { (none("No call.")) } @else {
            table #requests {
                thead { tr { th { "Time" } th { "Path" } th { "Identifier" } th { "HTTP" } th { "ErrorCode" } th { "Body" } } }
                tbody {
                    @for r in &requests {
                        tr.request.failed[is_failure(r)] {
                            td { (time_ms(r.time_ms)) }
                            td.path { (r.path) }
                            td { (r.identifier.as_deref().unwrap_or("")) }
                            td { (r.http_status) }
                            td.code.code-bad[is_failure(r)] { (r.code()) }
                            td {
                                @if let Some(body) = &r.body { pre { (serde_json::to_string(body).unwrap_or_default()) } }
                                @else if let Some(text) = &r.body_text { pre { (text) } }
                            }
                        }
                    }
                }
            }
        }
    };
    page("/requests", "Requests", controls, live)
}

/// Whether the call failed: an HTTP status other than 200, or an
/// `ErrorCode` other than 0.
fn failed(http_status: u16, code: i64) -> bool {
    http_status != 200 || code != 0
}

fn is_failure(request: &crate::RecordedRequest) -> bool {
    failed(request.http_status, request.code())
}
