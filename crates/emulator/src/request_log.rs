//! The request log: every call the emulator answered, in order, for tests
//! to assert on what a client sent ([`EmulatorHandle::requests`](crate::EmulatorHandle::requests))
//! and for CI to keep (`--request-log FILE`, one JSON object a line).
//!
//! It is recorded at one place, where the router answers (`router::answer_call`,
//! the unknown-path fallback and the archive downloads), so every answer is
//! in it: successes, refusals of the credentials, bodies over the cap (413),
//! endpoints not emulated (60017), unknown paths (60009).
//!
//! The UserSig is never kept: of the query only `identifier` is read, and a
//! body field whose name looks like a UserSig (`UserSig`, `usersig`,
//! `User_Sig`, ...: the name, lowercased without `_` and `-`, contains
//! `usersig`) has its value replaced by `"<redacted>"`, at any depth. A body
//! that is not JSON and mentions a UserSig is replaced whole.
//!
//! The hot path stays cheap: a call costs a few small allocations and a
//! lock on a `VecDeque`; the body is kept as the bytes received (copied out
//! of the connection's buffer) and parsed to JSON only when the log is read, unless it may hold
//! a UserSig-looking field (it then is parsed and redacted at once, so no
//! UserSig is ever held). JSON lines are written only with a writer
//! (`--request-log`), each flushed as it is written.

use std::collections::VecDeque;
use std::io::Write;
use std::sync::{Mutex, PoisonError};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use serde::Serialize;
use serde_json::Value;
use tim_protocol::{ActionStatus, ErrorCode};

/// How many requests the log keeps unless told otherwise
/// ([`EmulatorBuilder::request_log_capacity`](crate::EmulatorBuilder::request_log_capacity)).
pub const DEFAULT_REQUEST_LOG_CAPACITY: usize = 100_000;

/// What replaces the value of a UserSig-looking body field.
pub const REDACTED: &str = "<redacted>";

/// One call the emulator answered, as the request log keeps it
/// ([`EmulatorHandle::requests`](crate::EmulatorHandle::requests)). It
/// never holds a UserSig (see the field `body`).
///
/// Serialized (as in `--request-log` files) with these field names;
/// `identifier`, `error_code`, `action_status`, `body` and `body_text` are
/// left out when absent:
///
/// ```json
/// {"time_ms":1765000000000,"method":"POST","path":"v4/im_open_login_svc/account_import",
///  "identifier":"administrator","http_status":200,"error_code":0,"action_status":"OK",
///  "body":{"UserID":"alice"}}
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// When the call arrived, in Unix milliseconds of the system clock (not
    /// the emulator's clock, which counts seconds and may be a test's).
    pub time_ms: u64,
    /// The HTTP method, e.g. `POST`.
    pub method: String,
    /// The path as called, without the leading `/`:
    /// `v4/im_open_login_svc/account_import`, an alias or an unknown path
    /// as it was sent (percent escapes kept).
    pub path: String,
    /// The query's `identifier`, if it had one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// The HTTP status of the answer: 200 for every envelope, 400, 408 or
    /// 413 for a body the server could not read, 404 for a missing archive.
    pub http_status: u16,
    /// The reply's `ErrorCode`; `None` for an answer that is not an
    /// envelope (an archive download).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_code: Option<ErrorCode>,
    /// The reply's `ActionStatus` (`OK` or `FAIL`), if it had one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action_status: Option<String>,
    /// The request body as JSON, with UserSig-looking fields redacted;
    /// `None` when the body is empty, was not read, or is not JSON.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<Value>,
    /// The request body as text (invalid UTF-8 replaced) when it is not
    /// empty and not JSON; `"<redacted>"` if it mentions a UserSig.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_text: Option<String>,
}

impl RecordedRequest {
    /// The reply's `ErrorCode` as a number (0 when there was none).
    pub fn code(&self) -> i64 {
        self.error_code.map_or(0, ErrorCode::code)
    }

    /// Whether `path` is this request's path, with or without `v4/` or a
    /// leading `/`: `req.is("account_import")` is not enough, but
    /// `req.is("im_open_login_svc/account_import")` is.
    pub fn is(&self, path: &str) -> bool {
        crate::path_key::key(&self.path) == crate::path_key::key(path)
    }
}

/// A body as the log holds it: the bytes received (no UserSig-looking name
/// in them), or already parsed and redacted.
#[derive(Clone)]
enum Stored {
    None,
    Raw(Bytes),
    Redacted(Option<Value>, Option<String>),
}

/// One entry, before its body is read.
#[derive(Clone)]
struct Entry {
    time_ms: u64,
    method: String,
    path: String,
    identifier: Option<String>,
    http_status: u16,
    error_code: Option<ErrorCode>,
    action_status: Option<String>,
    body: Stored,
}

impl Entry {
    fn materialize(&self) -> RecordedRequest {
        let (body, body_text) = match &self.body {
            Stored::None => (None, None),
            Stored::Raw(bytes) => read_body(bytes),
            Stored::Redacted(body, text) => (body.clone(), text.clone()),
        };
        RecordedRequest {
            time_ms: self.time_ms,
            method: self.method.clone(),
            path: self.path.clone(),
            identifier: self.identifier.clone(),
            http_status: self.http_status,
            error_code: self.error_code,
            action_status: self.action_status.clone(),
            body,
            body_text,
        }
    }
}

/// The body as JSON (redacted) or as text.
fn read_body(bytes: &[u8]) -> (Option<Value>, Option<String>) {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return (None, None);
    }
    match serde_json::from_slice::<Value>(bytes) {
        Ok(mut value) => {
            redact(&mut value);
            (Some(value), None)
        }
        Err(_) => {
            let text = String::from_utf8_lossy(bytes);
            if may_hold_usersig(text.as_bytes()) {
                (None, Some(REDACTED.to_owned()))
            } else {
                (None, Some(text.into_owned()))
            }
        }
    }
}

/// Whether a field of this name holds a UserSig: lowercased, without `_`
/// and `-`, it contains `usersig`.
fn usersig_name(name: &str) -> bool {
    let folded: String = name
        .chars()
        .filter(|c| *c != '_' && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    folded.contains("usersig")
}

/// Replaces the value of every UserSig-looking field, at any depth.
fn redact(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (name, field) in map.iter_mut() {
                if usersig_name(name) {
                    *field = Value::String(REDACTED.to_owned());
                } else {
                    redact(field);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact),
        _ => {}
    }
}

/// Whether the bytes may name a UserSig-looking field: they hold `sig`
/// (any case) or a `\u` escape (a name could be spelled with escapes).
/// Cheap, and errs towards yes.
fn may_hold_usersig(bytes: &[u8]) -> bool {
    memchr::memmem::find(bytes, b"\\u").is_some()
        || memchr::memchr2_iter(b's', b'S', bytes)
            .any(|at| bytes.get(at..at + 3).is_some_and(|w| w.eq_ignore_ascii_case(b"sig")))
}

/// A call as the router saw it, to record.
pub(crate) struct Call<'a> {
    pub(crate) time_ms: u64,
    pub(crate) method: &'a str,
    pub(crate) path: &'a str,
    pub(crate) query: Option<&'a str>,
    pub(crate) body: Option<Bytes>,
    /// The endpoint's current path when the router found it (an older
    /// name's call counts under it), so the metrics need not look it up.
    pub(crate) endpoint: Option<&'static str>,
}

/// Its answer.
pub(crate) enum Answer<'a> {
    /// An envelope whose code and status are known.
    Envelope(u16, ErrorCode, bool),
    /// A reply whose status fields are known: its `ErrorCode` and
    /// `ActionStatus`.
    Typed(ErrorCode, Option<&'a ActionStatus>),
    /// An answer that is not an envelope.
    Other(u16),
}

/// Now, in Unix milliseconds.
pub(crate) fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX))
}

/// The log: the last `capacity` calls, and where to write each as a line.
pub(crate) struct RequestLog {
    capacity: usize,
    entries: Mutex<VecDeque<Entry>>,
    writer: Option<Mutex<Box<dyn Write + Send>>>,
    /// Calls recorded since the start (the console's change counter).
    recorded: std::sync::atomic::AtomicU64,
}

impl Default for RequestLog {
    fn default() -> Self {
        Self::new(DEFAULT_REQUEST_LOG_CAPACITY, None)
    }
}

impl RequestLog {
    pub(crate) fn new(capacity: usize, writer: Option<Box<dyn Write + Send>>) -> Self {
        Self {
            capacity,
            entries: Mutex::new(VecDeque::new()),
            writer: writer.map(Mutex::new),
            recorded: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// Records one answered call.
    pub(crate) fn record(&self, call: Call<'_>, answer: Answer<'_>) {
        let (http_status, error_code, action_status) = match answer {
            Answer::Envelope(status, code, ok) => (status, Some(code), Some(if ok { "OK" } else { "FAIL" }.to_owned())),
            Answer::Typed(code, status) => (200, Some(code), status.map(|status| status.as_str().to_owned())),
            Answer::Other(status) => (status, None, None),
        };
        let identifier = crate::auth::identifier(call.query);
        let path = call.path.trim_start_matches('/');
        crate::observability::count(call.endpoint, path, http_status, error_code);
        tracing::debug!(
            target: "tim_emulator::requests",
            path,
            identifier = identifier.as_deref().unwrap_or(""),
            http_status,
            error_code = error_code.map_or(0, ErrorCode::code),
            "call answered"
        );
        let body = match call.body {
            None => Stored::None,
            Some(bytes) if bytes.is_empty() => Stored::None,
            Some(bytes) if may_hold_usersig(&bytes) => {
                let (body, text) = read_body(&bytes);
                Stored::Redacted(body, text)
            }
            // A copy of its own: the body as received is a view of the
            // connection's read buffer, which it would keep alive (kilobytes
            // an entry, and a fresh buffer for the connection's next call).
            Some(bytes) => Stored::Raw(Bytes::copy_from_slice(&bytes)),
        };
        let entry = Entry {
            time_ms: call.time_ms,
            method: call.method.to_owned(),
            path: path.to_owned(),
            identifier,
            http_status,
            error_code,
            action_status,
            body,
        };
        match &self.writer {
            // With a writer, its lock orders the lines and the log alike.
            Some(writer) => {
                let mut line = serde_json::to_vec(&entry.materialize()).unwrap_or_default();
                line.push(b'\n');
                let mut writer = writer.lock().unwrap_or_else(PoisonError::into_inner);
                if let Err(error) = writer.write_all(&line).and_then(|()| writer.flush()) {
                    tracing::warn!(%error, "tim-emulator cannot write the request log");
                }
                self.push(entry);
            }
            None => self.push(entry),
        }
    }

    fn push(&self, entry: Entry) {
        self.recorded.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if self.capacity == 0 {
            return;
        }
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        while entries.len() >= self.capacity {
            entries.pop_front();
        }
        entries.push_back(entry);
    }

    /// The calls kept, oldest first.
    pub(crate) fn requests(&self) -> Vec<RecordedRequest> {
        let entries: Vec<Entry> = self
            .entries
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .cloned()
            .collect();
        entries.iter().map(Entry::materialize).collect()
    }

    /// The newest `limit` calls whose path, HTTP status and code (0 when
    /// none) `keep` accepts, newest first: chosen under the lock by their
    /// plain fields, bodies read only for those (the console's Requests
    /// page, refreshed while the backend works).
    #[cfg_attr(not(feature = "console"), allow(dead_code))]
    pub(crate) fn newest(&self, limit: usize, keep: impl Fn(&str, u16, i64) -> bool) -> Vec<RecordedRequest> {
        let entries: Vec<Entry> = self
            .entries
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .rev()
            .filter(|entry| {
                keep(
                    &entry.path,
                    entry.http_status,
                    entry.error_code.map_or(0, ErrorCode::code),
                )
            })
            .take(limit)
            .cloned()
            .collect();
        entries.iter().map(Entry::materialize).collect()
    }

    /// How many calls were recorded since the start.
    #[cfg_attr(not(feature = "console"), allow(dead_code))]
    pub(crate) fn recorded(&self) -> u64 {
        self.recorded.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Forgets the calls kept (lines already written stay written).
    pub(crate) fn clear(&self) {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner).clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call<'a>(path: &'a str, query: Option<&'a str>, body: &'static [u8]) -> Call<'a> {
        Call {
            time_ms: 1,
            method: "POST",
            path,
            query,
            body: Some(Bytes::from_static(body)),
            endpoint: None,
        }
    }

    #[test]
    fn usersig_fields_are_redacted_at_any_depth_and_the_query_sig_is_never_kept() {
        let log = RequestLog::new(10, None);
        log.record(
            call(
                "/v4/x/y",
                Some("identifier=admin&usersig=SECRETSIG&sdkappid=1"),
                br#"{"UserSig":"SECRETSIG","A":[{"user_sig":"SECRETSIG","B":1}],"C":"d"}"#,
            ),
            Answer::Typed(ErrorCode::Success, Some(&ActionStatus::Ok)),
        );
        log.record(call("v4/x/y", None, b"usersig=SECRETSIG"), Answer::Other(413));
        log.record(
            call("v4/x/y", None, br#"{"\u0055serSig":"SECRETSIG"}"#),
            Answer::Other(200),
        );
        let requests = log.requests();
        let everything = format!("{requests:?} {}", serde_json::to_string(&requests).unwrap());
        assert!(!everything.contains("SECRETSIG"), "{everything}");
        assert_eq!(requests[0].identifier.as_deref(), Some("admin"));
        assert_eq!(requests[0].path, "v4/x/y");
        assert_eq!(requests[0].code(), 0);
        assert_eq!(requests[0].action_status.as_deref(), Some("OK"));
        assert_eq!(requests[0].body.as_ref().unwrap()["C"], "d");
        assert_eq!(requests[1].body_text.as_deref(), Some(REDACTED));
        assert_eq!(requests[2].body.as_ref().unwrap()["UserSig"], REDACTED);
    }

    #[test]
    fn the_oldest_are_dropped_past_the_capacity() {
        let log = RequestLog::new(2, None);
        for path in ["a", "b", "c"] {
            log.record(
                call(path, None, b"not json"),
                Answer::Envelope(200, ErrorCode::from(60009), false),
            );
        }
        let paths: Vec<_> = log.requests().into_iter().map(|r| r.path).collect();
        assert_eq!(paths, ["b", "c"]);
        assert_eq!(log.requests()[0].body_text.as_deref(), Some("not json"));
        log.clear();
        assert!(log.requests().is_empty());
    }

    /// What recording costs per call (run with `--release -- --ignored
    /// --nocapture`): a typical call, with and without a writer.
    #[test]
    #[ignore]
    fn cost_per_call() {
        let sig = "x".repeat(300);
        let query = format!("sdkappid=1400000000&identifier=admin&usersig={sig}&random=1&contenttype=json");
        let body = Bytes::from_static(br#"{"From_Account":"alice","To_Account":"bob","MsgRandom":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hello"}}]}"#);
        for (name, writer) in [
            ("no writer", None),
            (
                "a writer (io::sink)",
                Some(Box::new(std::io::sink()) as Box<dyn Write + Send>),
            ),
        ] {
            let log = RequestLog::new(100_000, writer);
            let n = 200_000;
            let started = std::time::Instant::now();
            for _ in 0..n {
                let call = Call {
                    time_ms: now_ms(),
                    method: "POST",
                    path: "/v4/openim/sendmsg",
                    query: Some(&query),
                    body: Some(body.clone()),
                    endpoint: None,
                };
                log.record(call, Answer::Typed(ErrorCode::Success, Some(&ActionStatus::Ok)));
            }
            println!("{name}: {:?} per call", started.elapsed() / n);
        }
    }
}
