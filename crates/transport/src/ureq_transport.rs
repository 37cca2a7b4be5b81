//! The blocking transport, on ureq.

use std::time::Duration;

use crate::error::is_tls_text;
use crate::{
    BlockingTransport, HttpRequest, HttpResponse, RequestTimeout, TransportConfig, TransportError, TransportErrorKind,
};

/// A [`BlockingTransport`] on a [`ureq::Agent`]: connection pooling with
/// keep-alive, redirects off, rustls (or native TLS) by feature.
///
/// Plain blocking I/O with no runtime of its own, so it is safe on any
/// thread, including one where a tokio runtime runs (where
/// `reqwest::blocking` would panic); inside async code, call it from
/// `spawn_blocking`. A [`RequestTimeout`] on a request shortens that
/// request's timeout.
#[derive(Debug, Clone)]
pub struct UreqTransport {
    agent: ureq::Agent,
    max_response_bytes: usize,
}

impl UreqTransport {
    /// A transport with its own agent, built from `config`.
    pub fn new(config: &TransportConfig) -> Self {
        let agent = ureq::Agent::config_builder()
            .timeout_connect(Some(config.connect_timeout()))
            .timeout_global(Some(config.timeout()))
            .user_agent(config.user_agent())
            .build()
            .new_agent();
        Self::from_agent(agent, config)
    }

    /// Wraps an agent the caller built; its own timeouts, TLS and proxy
    /// settings apply. Only the body cap is taken from `config`. Whatever the
    /// agent says, a 4xx or 5xx status is returned as a reply with its body,
    /// and redirects are not followed.
    pub fn from_agent(agent: ureq::Agent, config: &TransportConfig) -> Self {
        Self {
            agent,
            max_response_bytes: config.max_response_bytes(),
        }
    }
}

impl BlockingTransport for UreqTransport {
    fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        let timeouts = self.agent.config().timeouts();
        let global = match (timeouts.global, RequestTimeout::of(&request)) {
            (Some(own), Some(limit)) => Some(own.min(limit)),
            (own, limit) => own.or(limit),
        };
        let limits = Limits {
            connect: timeouts.connect,
            global,
        };
        // ureq would turn 4xx/5xx into an error and drop the body, and follow
        // redirects: both off, per request, so a caller's agent is covered too.
        let request = self
            .agent
            .configure_request(request)
            .http_status_as_error(false)
            .max_redirects(0)
            .max_redirects_will_error(false)
            .timeout_global(global)
            .build();
        let (parts, body) = self.agent.run(request).map_err(|e| limits.error(e))?.into_parts();
        let body = body
            .into_with_config()
            .limit(self.max_response_bytes as u64)
            .read_to_vec()
            .map_err(|e| limits.error(e))?;
        Ok(http::Response::from_parts(parts, body))
    }
}

/// The limits of one request, for the texts of its timeouts.
struct Limits {
    connect: Option<Duration>,
    global: Option<Duration>,
}

impl Limits {
    /// Classifies a ureq error; its text is scrubbed of query strings because
    /// some variants (`BadUri`) quote the URL.
    fn error(&self, error: ureq::Error) -> TransportError {
        use std::io::ErrorKind as Io;
        use ureq::{Error as E, Timeout};

        let kind = match &error {
            E::Timeout(Timeout::Connect | Timeout::Resolve) => {
                return TransportError::timeout(true, self.connect.or(self.global))
            }
            E::Timeout(_) => return TransportError::timeout(false, self.global),
            E::ConnectionFailed | E::HostNotFound => TransportErrorKind::Connect,
            E::BodyExceedsLimit(_) => TransportErrorKind::BodyTooLarge,
            E::Tls(_) => TransportErrorKind::Tls,
            #[cfg(feature = "rustls")]
            E::Rustls(_) => TransportErrorKind::Tls,
            E::Io(io) if is_tls_text(&io.to_string()) => TransportErrorKind::Tls,
            E::Io(io) => match io.kind() {
                Io::ConnectionRefused | Io::AddrNotAvailable | Io::NotFound => TransportErrorKind::Connect,
                Io::TimedOut | Io::WouldBlock => return TransportError::timeout(false, self.global),
                _ => TransportErrorKind::Io,
            },
            E::Protocol(_) => TransportErrorKind::Io,
            _ => TransportErrorKind::Other,
        };
        let message = error.to_string();
        match error {
            // An OS error's text holds no URL; keep it as the cause.
            E::Io(io) => TransportError::new(kind, message).with_source(io),
            _ => TransportError::new(kind, message),
        }
    }
}
