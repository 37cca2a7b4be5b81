//! The Actions page and its forms: import an account, send a one-to-one or
//! a group message as a user, inject a latency or an error code for a path,
//! save a snapshot.
//!
//! Each action builds the REST API's request type and answers it through
//! the router's own path (`router::answer_call`), as the app's
//! administrator with a UserSig signed by the app's key: the same checks,
//! handlers, webhooks and request-log entry as the backend's calls (so an
//! injected fault for `openim/sendmsg` fails the console's send too). The
//! snapshot goes through `POST /emulator/snapshot`'s own handler. Faults are
//! the one setting not behind an endpoint: they replace the emulator's
//! faults ([`EmulatorHandle::set_faults`](crate::EmulatorHandle::set_faults)),
//! command-line ones included.
//!
//! Each form posts, then is redirected back to the Actions page with the
//! outcome (the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`).

use std::time::Duration;

use axum::body::Body;
use axum::extract::{Form, Query, State};
use axum::http::Method;
use axum::response::{Redirect, Response};
use http_body_util::BodyExt as _;
use maud::{html, Markup};
use serde::{Deserialize, Serialize};
use tim_protocol::account::AccountImportRequest;
use tim_protocol::group::SendGroupMsgRequest;
use tim_protocol::openim::SendmsgRequest;
use tim_protocol::ErrorCode;

use super::layout::{link, page};
use super::Console;
use crate::faults::Faults;
use crate::router::answer_call;

/// How long the UserSig of a console action is valid.
const USERSIG_VALIDITY_SECS: u64 = 300;

/// The outcome shown after an action.
#[derive(Debug, Deserialize, Default)]
pub(super) struct Outcome {
    #[serde(default)]
    result: String,
    #[serde(default)]
    ok: String,
}

/// The Actions page, with `outcome` if an action just ran.
fn page_view(console: &Console, outcome: &Outcome) -> Markup {
    let faults = console.ctx.faults();
    let state_file = console.ctx.state_file.get().map(|path| path.display().to_string());
    let controls = html! {
        @if !outcome.result.is_empty() {
            div.result.bad[outcome.ok != "1"] #result { (outcome.result) }
        }
        p.muted { "Each action is a REST call as the administrator " code { (console.ctx.admin_sender()) }
            ": it goes through the same checks and handlers, fires the same webhooks and shows in the request log." }
        h2 { "Import an account" }
        form.action #import method="post" action="/actions/import" {
            label { "UserID" input name="user_id" required; }
            label { "Nickname" input name="nick"; }
            button type="submit" { "Import" }
        }
        h2 { "Send a one-to-one message" }
        form.action #send method="post" action="/actions/send" {
            label { "From" input name="from" required; }
            label { "To" input name="to" required; }
            label { "Text" input name="text" required size="40"; }
            button type="submit" { "Send" }
        }
        h2 { "Send a group message" }
        form.action #group-send method="post" action="/actions/group-send" {
            label { "GroupId" input name="group_id" required; }
            label { "From (a member; empty: the administrator)" input name="from"; }
            label { "Text" input name="text" required size="40"; }
            button type="submit" { "Send" }
        }
        h2 { "Inject a fault" }
        form.action #fault method="post" action="/actions/fault" {
            label { "Path (empty: every call)" input name="path" placeholder="openim/sendmsg"; }
            label { "Latency (ms)" input name="latency_ms" type="number" min="0" value="0"; }
            label { "ErrorCode (empty: none)" input name="error_code" type="number" placeholder="90018"; }
            label { "Rate (0 to 1)" input name="error_rate" value="1"; }
            button type="submit" name="clear" value="" { "Inject" }
            button type="submit" name="clear" value="1" { "Clear faults" }
        }
        h2 { "Save a snapshot" }
        form.action #snapshot method="post" action="/actions/snapshot" {
            span.muted {
                @match &state_file {
                    Some(path) => { "To the state file " code { (path) } }
                    None => { "The emulator has no state file (--state FILE): saving will say so." }
                }
            }
            button type="submit" { "Save now" }
        }
    };
    let live = html! {
        h2 { "Faults now" }
        p #faults-now {
            @if faults == Faults::none() { "None." } @else {
                "Latency " (faults.added_latency().as_millis()) " ms"
                @if faults.error_rate() > 0.0 { ", ErrorCode " (faults.error_code().code()) " for " (faults.error_rate() * 100.0) "% of calls" }
                ", on " (faults.path().unwrap_or("every path")) "."
            }
        }
    };
    page("/actions", "Actions", controls, live)
}

/// `GET /actions?result=&ok=`.
pub(super) async fn show(State(console): State<Console>, Query(outcome): Query<Outcome>) -> Markup {
    page_view(&console, &outcome)
}

/// The import form.
#[derive(Debug, Deserialize)]
pub(super) struct ImportForm {
    user_id: String,
    #[serde(default)]
    nick: String,
}

/// `POST /actions/import`: `account_import`.
pub(super) async fn import(State(console): State<Console>, Form(form): Form<ImportForm>) -> Response {
    let mut request = AccountImportRequest::new(form.user_id.trim());
    if !form.nick.is_empty() {
        request = request.nick(form.nick);
    }
    let outcome = call(&console, "im_open_login_svc/account_import", &request).await;
    back(&format!("import {}", form.user_id.trim()), outcome)
}

/// The one-to-one send form.
#[derive(Debug, Deserialize)]
pub(super) struct SendForm {
    from: String,
    to: String,
    text: String,
}

/// `POST /actions/send`: `openim/sendmsg` from `from` to `to`.
pub(super) async fn send(State(console): State<Console>, Form(form): Form<SendForm>) -> Response {
    let request = SendmsgRequest::text(form.from.trim(), form.to.trim(), form.text, rand::random());
    let outcome = call(&console, "openim/sendmsg", &request).await;
    back(&format!("sendmsg {} → {}", form.from.trim(), form.to.trim()), outcome)
}

/// The group send form.
#[derive(Debug, Deserialize)]
pub(super) struct GroupSendForm {
    group_id: String,
    #[serde(default)]
    from: String,
    text: String,
}

/// `POST /actions/group-send`: `group_open_http_svc/send_group_msg`.
pub(super) async fn group_send(State(console): State<Console>, Form(form): Form<GroupSendForm>) -> Response {
    let mut request = SendGroupMsgRequest::text(form.group_id.trim(), form.text, rand::random());
    if !form.from.trim().is_empty() {
        request = request.from(form.from.trim());
    }
    let outcome = call(&console, "group_open_http_svc/send_group_msg", &request).await;
    back(&format!("send_group_msg to {}", form.group_id.trim()), outcome)
}

/// The fault form.
#[derive(Debug, Deserialize)]
pub(super) struct FaultForm {
    #[serde(default)]
    path: String,
    #[serde(default)]
    latency_ms: String,
    #[serde(default)]
    error_code: String,
    #[serde(default)]
    error_rate: String,
    #[serde(default)]
    clear: String,
}

/// `POST /actions/fault`: replaces the faults (or clears them).
pub(super) async fn fault(State(console): State<Console>, Form(form): Form<FaultForm>) -> Response {
    if !form.clear.is_empty() {
        console.ctx.set_faults(Faults::none());
        return back("faults", Ok("cleared".into()));
    }
    let latency = match form.latency_ms.trim() {
        "" => 0,
        text => match text.parse::<u64>() {
            Ok(ms) => ms,
            Err(_) => return back("faults", Err(format!("{text:?} is not a latency in milliseconds"))),
        },
    };
    let mut faults = Faults::none().latency(Duration::from_millis(latency));
    if !form.error_code.trim().is_empty() {
        let Ok(code) = form.error_code.trim().parse::<i64>() else {
            return back("faults", Err(format!("{:?} is not an ErrorCode", form.error_code)));
        };
        let rate = match form.error_rate.trim() {
            "" => 1.0,
            text => match crate::faults::parse_rate(text) {
                Ok(rate) => rate,
                Err(error) => return back("faults", Err(error)),
            },
        };
        faults = faults.errors(rate, ErrorCode::from(code));
    }
    if !form.path.trim().is_empty() {
        faults = faults.only_path(form.path.trim());
    }
    console.ctx.set_faults(faults);
    back("faults", Ok("injected".into()))
}

/// `POST /actions/snapshot`: through `POST /emulator/snapshot`.
pub(super) async fn snapshot(State(console): State<Console>) -> Response {
    let response = crate::router::answer_snapshot(&console.app, Some(credentials(&console))).await;
    back("snapshot", envelope_outcome(response).await)
}

/// The query of a call as the app's administrator.
fn credentials(console: &Console) -> String {
    let ctx = &console.ctx;
    let admin = ctx.admin_sender();
    let usersig = ctx.sign(admin, USERSIG_VALIDITY_SECS);
    form_urlencoded::Serializer::new(String::new())
        .append_pair("sdkappid", &ctx.settings.sdkappid.to_string())
        .append_pair("identifier", admin)
        .append_pair("usersig", usersig.expose())
        .append_pair("random", &rand::random::<u32>().to_string())
        .append_pair("contenttype", "json")
        .finish()
}

/// Answers `request` as a call of `path` (`service/command`) through the
/// router: `Ok` with `OK`, `Err` with the failure's code and info.
async fn call(console: &Console, path: &str, request: &impl Serialize) -> Result<String, String> {
    let body = serde_json::to_vec(request).map_err(|error| error.to_string())?;
    let query = credentials(console);
    let response = answer_call(
        &console.app,
        &format!("/v4/{path}"),
        path,
        &Method::POST,
        Some(&query),
        Body::from(body),
    )
    .await;
    envelope_outcome(response).await
}

/// The outcome an envelope reply says.
async fn envelope_outcome(response: Response) -> Result<String, String> {
    let status = response.status();
    let bytes = response
        .into_body()
        .collect()
        .await
        .map_err(|error| error.to_string())?
        .to_bytes();
    let reply: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|_| format!("HTTP {status}: {}", String::from_utf8_lossy(&bytes)))?;
    let code = reply.get("ErrorCode").and_then(serde_json::Value::as_i64).unwrap_or(0);
    let info = reply.get("ErrorInfo").and_then(serde_json::Value::as_str).unwrap_or("");
    if code == 0 {
        Ok("OK".into())
    } else {
        Err(format!("FAIL {code}: {info}"))
    }
}

/// Back to the Actions page with the outcome of `what`.
fn back(what: &str, outcome: Result<String, String>) -> Response {
    let (ok, text) = match outcome {
        Ok(text) => ("1", format!("{what}: {text}")),
        Err(text) => ("0", format!("{what}: {text}")),
    };
    axum::response::IntoResponse::into_response(Redirect::to(&link("/actions", &[("result", &text), ("ok", ok)])))
}
