//! The sans-IO core both clients share: one step machine per call. It builds
//! each attempt's HTTP request, reads the reply, and decides what comes next;
//! the clients only sleep and move bytes:
//!
//! ```text
//! let mut call = core.call(&request);
//! let mut event = Event::Start;
//! loop {
//!     event = match call.step(event, now()) {
//!         Action::Wait(delay) => { sleep(delay); Event::Woke }
//!         Action::Reserve(store, permit) => Event::Reserved(store.acquire(&permit)),
//!         Action::Send(request) => Event::Replied(transport.send(request)),
//!         Action::Done(result) => return result,
//!     };
//! }
//! ```
//!
//! `Reserve` comes only with a configured [`RateLimitStore`] (which may need
//! I/O: the async client awaits it, the blocking one blocks); the default
//! in-process [`RateLimiter`] is asked inline.

use std::marker::PhantomData;
use std::sync::Arc;
use std::time::{Duration, Instant};

use http::header::{HeaderValue, CONTENT_TYPE};
use tim_protocol::{Api, BaseUrl, QueryParams, RequestUrl, Response};
use tim_transport::{HttpRequest, HttpResponse, RequestTimeout, TransportError, TransportErrorKind};
use tim_usersig::{Signer, UserSig, UserSigCache};

use crate::error::redact;
use crate::observability;
use crate::rate_limit::{PermitRequest, RateLimit, RateLimitStore, RateLimitStoreError, RateLimiter};
use crate::retry::{classify, Verdict};
use crate::{ClientConfig, Credentials, Error, RetryPolicy};

/// How much of a body an error quotes.
const SNIPPET_BYTES: usize = 256;
/// The most text of `ErrorInfo` or `ErrorDisplay` an error keeps.
const INFO_BYTES: usize = 1024;

/// Where UserSigs come from.
enum Sigs {
    Cache(UserSigCache),
    Fixed(UserSig),
}

pub(crate) struct Core {
    base_url: BaseUrl,
    backup_base_url: Option<BaseUrl>,
    sdkappid: u64,
    identifier: String,
    sigs: Sigs,
    retry: RetryPolicy,
    rate_limit: RateLimit,
    limiter: Limiter,
}

/// Where the permits come from.
enum Limiter {
    /// The client's own, asked inline.
    Local(RateLimiter),
    /// A configured store, asked through [`Action::Reserve`].
    Store(Arc<dyn RateLimitStore>),
}

/// What happened since the last [`Action`].
pub(crate) enum Event {
    /// The call begins.
    Start,
    /// The wait of an [`Action::Wait`] is over.
    Woke,
    /// The store's answer to an [`Action::Reserve`]: how long to wait for
    /// the slot it reserved, or why it gave none.
    Reserved(Result<Duration, RateLimitStoreError>),
    /// What the transport made of an [`Action::Send`]. A client that cuts an
    /// attempt short at its [`RequestTimeout`] passes a timeout error.
    Replied(Result<HttpResponse, TransportError>),
}

/// What the client does next.
pub(crate) enum Action<T> {
    /// Sleep this long, then step with [`Event::Woke`].
    Wait(Duration),
    /// Ask this store for this permit, then step with [`Event::Reserved`].
    Reserve(Arc<dyn RateLimitStore>, PermitRequest),
    /// Send this request (it carries a [`RequestTimeout`]: what is left of the
    /// call's deadline), then step with [`Event::Replied`].
    Send(HttpRequest),
    /// Return this to the caller.
    Done(Result<T, Error>),
}

/// The body of the next attempt.
enum Body {
    /// Encoded, not sent yet.
    Ready(Vec<u8>),
    /// Moved into an attempt: a retry encodes the request again (encoding
    /// is deterministic and cheap beside a retry's wait), so the first
    /// attempt, which is nearly always the only one, sends without a copy.
    Sent,
    /// Nothing is sent: why (taken once by the step that ends the call).
    Failed(Option<Error>),
}

/// One call in progress.
pub(crate) struct Call<'c, R: Api> {
    core: &'c Core,
    request: &'c R,
    body: Body,
    /// The rate-limit slot of the next attempt is reserved.
    reserved: bool,
    attempt: u32,
    /// When the first attempt was sent: the deadline counts from here.
    first_sent: Option<Instant>,
    resigned: bool,
    /// Every UserSig this call has sent, to redact from what comes back.
    sigs: Vec<UserSig>,
    /// Set once the base URL could not be reached and a backup exists.
    on_backup: bool,
    /// An attempt may have reached the service without its reply being read.
    maybe_applied: bool,
    /// The failure a pending retry follows, returned if the retry cannot start.
    last_error: Option<Error>,
    /// When the call began (its first step): its latency counts from here.
    started: Option<Instant>,
    /// The call's span (`tim.call`), current when the call was made.
    span: tracing::Span,
    _response: PhantomData<fn() -> R::Response>,
}

/// What both clients hold: the core and the transport, shared by clones.
pub(crate) struct Shared<T> {
    pub(crate) core: Arc<Core>,
    pub(crate) transport: Arc<T>,
}

impl<T> Shared<T> {
    pub(crate) fn new(config: ClientConfig, transport: T) -> Self {
        Self {
            core: Arc::new(Core::new(config)),
            transport: Arc::new(transport),
        }
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self {
            core: Arc::clone(&self.core),
            transport: Arc::clone(&self.transport),
        }
    }
}

impl<T> std::fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.core.fmt(f)
    }
}

impl Core {
    pub(crate) fn new(config: ClientConfig) -> Self {
        let sigs = match config.credentials {
            Credentials::SecretKey(key) => Sigs::Cache(
                UserSigCache::new(
                    Signer::new(config.sdkappid, key).with_clock(config.clock),
                    &config.identifier,
                )
                .validity_secs(config.usersig_validity.as_secs())
                .margin_secs(config.usersig_margin.as_secs()),
            ),
            Credentials::UserSig(sig) => Sigs::Fixed(sig),
        };
        Self {
            base_url: config.base_url,
            backup_base_url: config.backup_base_url,
            sdkappid: config.sdkappid,
            identifier: config.identifier,
            sigs,
            retry: config.retry,
            rate_limit: config.rate_limit,
            limiter: match config.rate_limit_store {
                Some(store) => Limiter::Store(store),
                None => Limiter::Local(RateLimiter::new()),
            },
        }
    }

    /// A call of `request`: validated and encoded here, but nothing is sent
    /// (and the first step answers the failure) if that fails.
    pub(crate) fn call<'c, R: Api>(&'c self, request: &'c R) -> Call<'c, R> {
        let body = match request.validate().map_err(Error::from).and_then(|()| encode(request)) {
            Ok(body) => Body::Ready(body),
            Err(error) => Body::Failed(Some(error)),
        };
        Call {
            core: self,
            request,
            body,
            reserved: false,
            attempt: 0,
            first_sent: None,
            resigned: false,
            sigs: Vec::new(),
            on_backup: false,
            maybe_applied: false,
            last_error: None,
            started: None,
            span: tracing::Span::current(),
            _response: PhantomData,
        }
    }
}

impl<R: Api> Call<'_, R> {
    /// The next action, given what happened since the last one.
    pub(crate) fn step(&mut self, event: Event, now: Instant) -> Action<R::Response> {
        if self.started.is_none() {
            self.started = Some(now);
            observability::count_call(R::PATH);
        }
        let action = self.next(event, now);
        if let Action::Done(result) = &action {
            self.finish(result, now);
        }
        action
    }

    fn next(&mut self, event: Event, now: Instant) -> Action<R::Response> {
        let reserved = match event {
            Event::Replied(reply) => {
                if let Some(action) = self.on_reply(reply, now) {
                    return action;
                }
                None
            }
            Event::Reserved(reserved) => Some(reserved),
            Event::Start | Event::Woke => None,
        };
        if let Body::Failed(error) = &mut self.body {
            let error = error.take().unwrap_or_else(|| Error::Encode("the call is over".into()));
            if self.attempt == 0 {
                self.span.record("retry", "not_sent");
            }
            return Action::Done(Err(error));
        }
        match reserved {
            Some(Ok(wait)) => {
                if let Some(action) = self.wait_for_slot(wait) {
                    return action;
                }
            }
            // Nothing is sent without a permit: the outcome is known.
            Some(Err(error)) => {
                return self.fail(
                    Error::RateLimitStore(error),
                    "not_sent",
                    "failed: the rate-limit store gave no permit",
                )
            }
            None => {}
        }
        if !self.reserved {
            if let Some(per_second) = self.core.rate_limit.per_second(R::RATE_LIMIT_PER_SEC) {
                let permit = PermitRequest::new(self.core.sdkappid, R::PATH, per_second, now);
                match &self.core.limiter {
                    Limiter::Local(limiter) => {
                        if let Some(action) = self.wait_for_slot(limiter.reserve(&permit)) {
                            return action;
                        }
                    }
                    Limiter::Store(store) => return Action::Reserve(Arc::clone(store), permit),
                }
            }
        }
        self.reserved = false;
        let first_sent = *self.first_sent.get_or_insert(now);
        let left = (first_sent + self.core.retry.deadline()).saturating_duration_since(now);
        if left.is_zero() {
            let error = self.last_error.take().unwrap_or_else(|| self.deadline_error());
            return self.fail(error, "deadline", "failed: no time left before the deadline");
        }
        let body = match std::mem::replace(&mut self.body, Body::Sent) {
            Body::Ready(body) => Ok(body),
            _ => encode(self.request),
        };
        match body.and_then(|body| self.prepare(body, left)) {
            Ok(request) => Action::Send(request),
            Err(error) => self.fail(error, "not_sent", "failed"),
        }
    }

    /// The next attempt's slot is reserved, `wait` from now: the wait, if any.
    fn wait_for_slot(&mut self, wait: Duration) -> Option<Action<R::Response>> {
        self.reserved = true;
        if wait.is_zero() {
            return None;
        }
        observability::count_rate_limit_wait(R::PATH);
        Some(Action::Wait(wait))
    }

    /// The HTTP request of the next attempt, with a fresh `random` and the
    /// current UserSig; the attempt and random go on the current span.
    fn prepare(&mut self, body: Vec<u8>, left: Duration) -> Result<HttpRequest, Error> {
        let core = self.core;
        self.attempt += 1;
        let sig = match &core.sigs {
            Sigs::Cache(cache) => cache.get(),
            Sigs::Fixed(sig) => sig.clone(),
        };
        let random = rand::random::<u32>();
        let base = match (&core.backup_base_url, self.on_backup) {
            (Some(backup), true) => backup,
            _ => &core.base_url,
        };
        let url = || {
            RequestUrl::new(
                base,
                R::PATH,
                QueryParams {
                    sdkappid: core.sdkappid,
                    identifier: &core.identifier,
                    usersig: sig.expose(),
                    random,
                },
            )
        };
        // A parsed base URL and an encoded query make a valid URI; should one
        // not, say so without quoting it (its Display hides the UserSig). The
        // URI takes the URL's buffer as it is, without a copy.
        let uri = http::Uri::try_from(url().into_string())
            .map_err(|_| Error::Encode(format!("the request URL {} is not a valid URI", url())))?;
        if !self.sigs.contains(&sig) {
            self.sigs.push(sig);
        }
        self.span.record("attempt", self.attempt);
        self.span.record("random", random);
        tracing::debug!("sending");
        let mut request = http::Request::new(body);
        *request.method_mut() = http::Method::POST;
        *request.uri_mut() = uri;
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        request.extensions_mut().insert(RequestTimeout(left));
        Ok(request)
    }

    /// Reads the reply of an attempt: the action that ends the call or waits
    /// for a retry, or `None` to retry at once.
    fn on_reply(&mut self, reply: Result<HttpResponse, TransportError>, now: Instant) -> Option<Action<R::Response>> {
        let mut error = match reply.map_err(Error::Transport).and_then(|reply| self.parse(reply)) {
            Ok(value) => {
                self.span.record("retry", "not_needed");
                return Some(Action::Done(Ok(value)));
            }
            Err(error) => error,
        };
        let deadline = self.core.retry.deadline();
        let elapsed = self
            .first_sent
            .map_or(Duration::ZERO, |first| now.saturating_duration_since(first));
        if matches!(&error, Error::Transport(e) if e.kind() == TransportErrorKind::Timeout) && elapsed >= deadline {
            error = self.deadline_error();
        }
        let verdict = classify(&error);
        let retry = match verdict {
            Verdict::NotApplied { failover } => {
                // Nothing reached the server: go on at the backup domain, if any.
                self.on_backup |= failover && self.core.backup_base_url.is_some();
                true
            }
            Verdict::Resign => self.renew(),
            Verdict::Ambiguous => {
                self.maybe_applied = true;
                R::IDEMPOTENT || self.core.retry.retries_ambiguous()
            }
            Verdict::AmbiguousFinal => {
                self.maybe_applied = true;
                false
            }
            Verdict::Final => false,
        };
        if !retry {
            // Not retried because it may have been applied, or because it is definite.
            let why = match verdict {
                Verdict::Ambiguous => "not_idempotent",
                _ => "not_retryable",
            };
            return Some(self.fail(error, why, "failed"));
        }
        if self.attempt >= self.core.retry.max_attempts() {
            return Some(self.fail(error, "attempts_exhausted", "failed"));
        }
        let (delay, decision) = match verdict {
            // A fresh UserSig fixes 70001 at once.
            Verdict::Resign => (Duration::ZERO, "resign"),
            _ => (self.core.retry.backoff(self.attempt), "backoff"),
        };
        if elapsed + delay >= deadline {
            return Some(self.fail(error, "deadline", "failed: no time left before the deadline"));
        }
        self.span.record("retry", decision);
        observability::count_retry(R::PATH);
        // Events are contextual (the call runs in its span), so a subscriber
        // that leaves INFO spans out still sees them in the app's own span;
        // the path then says which call it was.
        tracing::warn!(
            path = R::PATH,
            %error,
            attempt = self.attempt,
            delay_ms = delay.as_millis() as u64,
            "retrying"
        );
        self.last_error = Some(error);
        (!delay.is_zero()).then_some(Action::Wait(delay))
    }

    /// Ends the call with `error`, said to leave the outcome unknown if an
    /// attempt of a call that changes state may have been applied; `retry`
    /// says why it is not retried, `message` what the log says.
    fn fail(&mut self, error: Error, retry: &'static str, message: &'static str) -> Action<R::Response> {
        let error = if self.maybe_applied && !R::IDEMPOTENT && !error.is_outcome_unknown() {
            Error::OutcomeUnknown(Box::new(error))
        } else {
            error
        };
        self.span.record("retry", retry);
        if error.is_outcome_unknown() {
            tracing::warn!(path = R::PATH, %error, "{message}: the outcome is unknown");
        } else {
            tracing::debug!(%error, "{message}");
        }
        self.body = Body::Failed(None);
        Action::Done(Err(error))
    }

    /// Records how the call ended on its span and in the metrics; a DEBUG
    /// event then shows the span's fields to a subscriber that prints events
    /// only (`tim -v`).
    fn finish(&self, result: &Result<R::Response, Error>, now: Instant) {
        let latency = self
            .started
            .map_or(Duration::ZERO, |started| now.saturating_duration_since(started));
        let span = &self.span;
        span.record("outcome", observability::outcome(result));
        if let Some(code) = result.as_ref().err().and_then(observability::service_code) {
            span.record("code", code);
        }
        span.record("latency_ms", u64::try_from(latency.as_millis()).unwrap_or(u64::MAX));
        observability::count_end(R::PATH, result.as_ref().err(), latency);
        tracing::debug!("done");
    }

    fn deadline_error(&self) -> Error {
        Error::Deadline {
            deadline: self.core.retry.deadline(),
            attempts: self.attempt,
        }
    }

    /// After a 70001: sign a fresh UserSig, once per call, if the client holds
    /// the key.
    fn renew(&mut self) -> bool {
        match (&self.core.sigs, self.sigs.last()) {
            (Sigs::Cache(cache), Some(rejected)) if !self.resigned => {
                cache.renew(rejected);
                self.resigned = true;
                true
            }
            _ => false,
        }
    }

    fn parse(&self, reply: HttpResponse) -> Result<R::Response, Error> {
        let status = reply.status();
        let body = reply.into_body();
        if status != http::StatusCode::OK {
            return Err(Error::Http {
                status,
                snippet: self.redact(&String::from_utf8_lossy(&body), SNIPPET_BYTES),
            });
        }
        match serde_json::from_slice::<R::Response>(&body) {
            Ok(value) if value.envelope().is_success() => Ok(value),
            Ok(value) => Err(self.api_error(value.envelope())),
            // A failure reply may lack fields a success needs: read its envelope alone.
            Err(error) => match serde_json::from_slice::<tim_protocol::Envelope>(&body) {
                Ok(envelope) if !envelope.is_success() => Err(self.api_error(&envelope)),
                _ => Err(Error::Decode {
                    // serde quotes the strings it did not expect.
                    message: self.redact(&error.to_string(), INFO_BYTES),
                    snippet: self.redact(&String::from_utf8_lossy(&body), SNIPPET_BYTES),
                }),
            },
        }
    }

    /// The service (or a gateway) may echo the UserSig in `ErrorInfo` or
    /// `ErrorDisplay`: both are redacted.
    fn api_error(&self, envelope: &tim_protocol::Envelope) -> Error {
        Error::Api {
            code: envelope.error_code,
            info: self.redact(envelope.error_info.as_deref().unwrap_or_default(), INFO_BYTES),
            display: envelope
                .error_display
                .as_deref()
                .map(|display| self.redact(display, INFO_BYTES)),
        }
    }

    /// `text` without this call's UserSigs (in any spelling) or query
    /// strings, cut to `max` bytes after redaction.
    fn redact(&self, text: &str, max: usize) -> String {
        let sigs: Vec<&str> = self.sigs.iter().map(UserSig::expose).collect();
        redact(text, &sigs, max)
    }
}

fn encode<R: Api>(request: &R) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(request).map_err(|e| Error::Encode(e.to_string()))
}

impl std::fmt::Debug for Core {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Core")
            .field("base_url", &self.base_url)
            .field("sdkappid", &self.sdkappid)
            .field("identifier", &self.identifier)
            .field("retry", &self.retry)
            .field("rate_limit", &self.rate_limit)
            .field(
                "rate_limit_store",
                match &self.limiter {
                    Limiter::Local(limiter) => limiter as &dyn std::fmt::Debug,
                    Limiter::Store(store) => store as &dyn std::fmt::Debug,
                },
            )
            .finish_non_exhaustive()
    }
}
