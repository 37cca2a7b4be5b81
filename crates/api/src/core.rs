//! The sans-IO core both clients share: it builds each attempt's HTTP
//! request, reads the reply, and decides whether to retry. The clients only
//! move bytes and sleep.

use std::sync::Arc;
use std::time::{Duration, Instant};

use http::header::CONTENT_TYPE;
use tim_protocol::{Api, BaseUrl, ErrorCode, QueryParams, RequestUrl, Response, RetryClass};
use tim_transport::{redact_query, HttpRequest, HttpResponse, TransportError, TransportErrorKind};
use tim_usersig::{Signer, UserSig, UserSigCache};

use crate::rate_limit::RateLimiter;
use crate::{ClientConfig, Credentials, Error, RetryPolicy};

/// How much of an unexpected body an error quotes.
const SNIPPET_BYTES: usize = 256;

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
    limiter: RateLimiter,
}

/// One call in progress.
pub(crate) struct Call {
    pub(crate) path: &'static str,
    rate: u32,
    body: Vec<u8>,
    idempotent: bool,
    started: Instant,
    pub(crate) attempt: u32,
    resigned: bool,
    sig: Option<UserSig>,
    /// Set once the base URL refused a connection and a backup exists.
    on_backup: bool,
}

/// What to do after an attempt.
pub(crate) enum Step<T> {
    /// Return this to the caller.
    Done(Result<T, Error>),
    /// Wait this long, then try again.
    Retry { delay: Duration },
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
            limiter: RateLimiter::new(config.rate_limit),
        }
    }

    /// Validates and encodes the request. Nothing is sent if this fails.
    pub(crate) fn begin<R: Api>(&self, request: &R, now: Instant) -> Result<Call, Error> {
        request.validate()?;
        let body = serde_json::to_vec(request).map_err(|e| Error::Encode(e.to_string()))?;
        Ok(Call {
            path: R::PATH,
            rate: R::RATE_LIMIT_PER_SEC,
            body,
            idempotent: R::IDEMPOTENT,
            started: now,
            attempt: 0,
            resigned: false,
            sig: None,
            on_backup: false,
        })
    }

    /// How long to wait before the next attempt may start, reserving its slot.
    pub(crate) fn rate_wait(&self, call: &Call, now: Instant) -> Duration {
        self.limiter.reserve(call.path, call.rate, now)
    }

    /// The HTTP request of the next attempt, with a fresh `random` and the
    /// current UserSig; the attempt and random go on the current span.
    pub(crate) fn prepare(&self, call: &mut Call) -> Result<HttpRequest, Error> {
        call.attempt += 1;
        let sig = match &self.sigs {
            Sigs::Cache(cache) => cache.get(),
            Sigs::Fixed(sig) => sig.clone(),
        };
        let random = rand::random::<u32>();
        let base = match (&self.backup_base_url, call.on_backup) {
            (Some(backup), true) => backup,
            _ => &self.base_url,
        };
        let url = RequestUrl::new(
            base,
            call.path,
            QueryParams {
                sdkappid: self.sdkappid,
                identifier: &self.identifier,
                usersig: sig.expose(),
                random,
            },
        );
        call.sig = Some(sig);
        let span = tracing::Span::current();
        span.record("attempt", call.attempt);
        span.record("random", random);
        tracing::debug!("sending");
        // A parsed base URL and an encoded query make a valid URI; should one
        // not, say so without quoting it (it holds the UserSig).
        http::Request::post(url.as_str())
            .header(CONTENT_TYPE, "application/json")
            .body(call.body.clone())
            .map_err(|_| Error::Encode(format!("the request URL {url} is not a valid URI")))
    }

    /// Reads the reply of an attempt and decides what comes next.
    pub(crate) fn finish<T: Response>(
        &self,
        call: &mut Call,
        reply: Result<HttpResponse, TransportError>,
        now: Instant,
    ) -> Step<T> {
        let error = match reply
            .map_err(Error::Transport)
            .and_then(|reply| self.parse(call, reply))
        {
            Ok(value) => return Step::Done(Ok(value)),
            Err(error) => error,
        };
        let retry = match &error {
            Error::Transport(error) => match error.kind() {
                TransportErrorKind::Connect => {
                    // Nothing reached the server: go on at the backup domain, if any.
                    call.on_backup |= self.backup_base_url.is_some();
                    true
                }
                TransportErrorKind::Timeout | TransportErrorKind::Io => self.ambiguous_ok(call),
                _ => false,
            },
            Error::Http { status, .. } => matches!(status.as_u16(), 502..=504),
            Error::Api { code, .. } if code.is_rate_limit() => true,
            Error::Api {
                code: ErrorCode::UserSigExpired,
                ..
            } => self.renew(call),
            Error::Api { code, .. } => {
                matches!(code.retry_class(), RetryClass::AfterBackoff | RetryClass::Maybe) && self.ambiguous_ok(call)
            }
            _ => false,
        };
        if !retry || call.attempt >= self.retry.max_attempts() {
            tracing::debug!(%error, "failed");
            return Step::Done(Err(error));
        }
        let delay = match &error {
            // A fresh UserSig fixes 70001 at once.
            Error::Api {
                code: ErrorCode::UserSigExpired,
                ..
            } => Duration::ZERO,
            _ => self.retry.backoff(call.attempt),
        };
        if now.saturating_duration_since(call.started) + delay > self.retry.deadline() {
            tracing::debug!(%error, "failed: no time left before the deadline");
            return Step::Done(Err(error));
        }
        tracing::info!(%error, delay_ms = delay.as_millis() as u64, "retrying");
        Step::Retry { delay }
    }

    fn ambiguous_ok(&self, call: &Call) -> bool {
        call.idempotent || self.retry.retries_ambiguous()
    }

    /// After a 70001: sign a fresh UserSig, once per call, if the client holds
    /// the key.
    fn renew(&self, call: &mut Call) -> bool {
        match (&self.sigs, &call.sig) {
            (Sigs::Cache(cache), Some(rejected)) if !call.resigned => {
                cache.renew(rejected);
                call.resigned = true;
                true
            }
            _ => false,
        }
    }

    fn parse<T: Response>(&self, call: &Call, reply: HttpResponse) -> Result<T, Error> {
        let status = reply.status();
        let body = reply.into_body();
        if status != http::StatusCode::OK {
            return Err(Error::Http {
                status,
                snippet: self.snippet(call, &body),
            });
        }
        match serde_json::from_slice::<T>(&body) {
            Ok(value) if value.envelope().is_success() => Ok(value),
            Ok(value) => Err(api_error(value.envelope())),
            // A failure reply may lack fields a success needs: read its envelope alone.
            Err(error) => match serde_json::from_slice::<tim_protocol::Envelope>(&body) {
                Ok(envelope) if !envelope.is_success() => Err(api_error(&envelope)),
                _ => Err(Error::Decode {
                    message: error.to_string(),
                    snippet: self.snippet(call, &body),
                }),
            },
        }
    }

    /// The start of a body, for an error. A gateway's error page may quote the
    /// request URL, so query strings and the UserSig are removed.
    fn snippet(&self, call: &Call, body: &[u8]) -> String {
        let text = String::from_utf8_lossy(&body[..body.len().min(SNIPPET_BYTES)]);
        let mut snippet = redact_query(&text);
        if let Some(sig) = &call.sig {
            snippet = snippet.replace(sig.expose(), "<redacted>");
        }
        snippet
    }
}

fn api_error(envelope: &tim_protocol::Envelope) -> Error {
    Error::Api {
        code: envelope.error_code,
        info: envelope.error_info.clone().unwrap_or_default(),
        display: envelope.error_display.clone(),
    }
}

impl std::fmt::Debug for Core {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Core")
            .field("base_url", &self.base_url)
            .field("sdkappid", &self.sdkappid)
            .field("identifier", &self.identifier)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}
