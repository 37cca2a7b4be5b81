//! The Webhooks page: every delivery, newest first, with its command, time,
//! signature, event body, the app's reply and how long it took; filterable
//! by command and by outcome.

use axum::extract::{Query, State};
use maud::{html, Markup};
use serde::Deserialize;

use super::layout::{none, page, time_ms};
use super::Console;

/// How many deliveries the page shows (the newest).
const SHOWN: usize = 500;

/// The filters: a text the command contains, and the outcome.
#[derive(Debug, Deserialize, Default)]
pub(super) struct Filters {
    #[serde(default)]
    command: String,
    /// `failed`, `ok` or empty (all).
    #[serde(default)]
    outcome: String,
}

/// `GET /webhooks?command=&outcome=`.
pub(super) async fn list(State(console): State<Console>, Query(filters): Query<Filters>) -> Markup {
    let configured = console.ctx.settings.callbacks.as_ref().map(|config| config.url.clone());
    let needle = filters.command.to_lowercase();
    let deliveries: Vec<_> = console
        .ctx
        .deliveries
        .deliveries()
        .into_iter()
        .rev()
        .filter(|d| needle.is_empty() || d.command.to_lowercase().contains(&needle))
        .filter(|d| match filters.outcome.as_str() {
            "failed" => !d.succeeded(),
            "ok" => d.succeeded(),
            _ => true,
        })
        .take(SHOWN)
        .collect();
    let controls = html! {
        p.muted {
            @match &configured {
                Some(url) => { "Delivering to " code { (url) } " (signed with the webhook token)." }
                None => { "No webhook URL configured (--callback-url): nothing is delivered." }
            }
        }
        form.filters method="get" action="/webhooks" {
            label { "Command contains" input type="search" name="command" value=(filters.command) placeholder="C2C.CallbackAfterSendMsg"; }
            label { "Outcome"
                select name="outcome" {
                    option value="" selected[filters.outcome.is_empty()] { "all" }
                    option value="failed" selected[filters.outcome == "failed"] { "failed" }
                    option value="ok" selected[filters.outcome == "ok"] { "answered" }
                }
            }
            button type="submit" { "Filter" }
        }
    };
    let live = html! {
        @if deliveries.is_empty() { (none("No delivery.")) } @else {
            table #webhooks {
                thead { tr { th { "Time" } th { "Command" } th { "Signed" } th { "Event" } th { "Reply" } th { "Took" } } }
                tbody {
                    @for d in &deliveries {
                        tr.delivery.failed[!d.succeeded()] {
                            td { (time_ms(d.time_ms)) @if d.attempt > 0 { br; span.muted { "retry " (d.attempt) } } }
                            td.command { (d.command) }
                            td { @if d.signed { span.ok { "signed" } } @else { span.bad { "unsigned" } } }
                            td { pre { (serde_json::to_string_pretty(&d.body).unwrap_or_default()) } }
                            td {
                                @if let Some(status) = d.http_status { "HTTP " (status) }
                                @if let Some(reply) = &d.reply { pre { (reply) } }
                                @if let Some(error) = &d.error {
                                    div.bad { @if d.timed_out { "timeout: " } (error) }
                                }
                            }
                            td { (d.duration_ms) " ms" }
                        }
                    }
                }
            }
        }
    };
    page("/webhooks", "Webhooks", controls, live)
}
