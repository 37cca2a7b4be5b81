//! The blocking transport, on ureq.

use std::net::{IpAddr, SocketAddr};
use std::sync::{PoisonError, RwLock};
use std::time::{Duration, Instant};

use ureq::config::Config;
use ureq::http::uri::{Authority, Scheme};
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};

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
    /// The agent's configuration already returns statuses as replies and
    /// follows no redirect: a request then needs a configuration of its own
    /// (a copy of the agent's, per request) only for a shorter timeout.
    replies_as_is: bool,
}

impl UreqTransport {
    /// A transport with its own agent, built from `config`: its timeouts,
    /// user agent and [root certificates](TransportConfig::root_certificates).
    pub fn new(config: &TransportConfig) -> Self {
        #[allow(unused_mut)] // without a TLS feature there are no roots to add
        let mut builder = ureq::Agent::config_builder()
            .timeout_connect(Some(config.connect_timeout()))
            .timeout_global(Some(config.timeout()))
            .http_status_as_error(false)
            .max_redirects(0)
            .max_redirects_will_error(false)
            .user_agent(config.user_agent());
        #[cfg(any(feature = "rustls", feature = "native-tls"))]
        if !config.root_certificates().is_empty() {
            builder = builder.tls_config(tls_with_roots(config.root_certificates()));
        }
        Self::from_config(builder.build(), config)
    }

    /// A transport on the configuration of an agent the caller built: its
    /// timeouts, TLS (roots, client certificates), proxy, pool limits,
    /// middleware and user agent apply. Only the body cap is taken from
    /// `config`. Whatever the agent says, a 4xx or 5xx status is returned as a
    /// reply with its body, and redirects are not followed.
    ///
    /// The transport sends through an agent of its own made from that
    /// configuration, with ureq's connector and the resolver
    /// [`UreqTransport::new`] uses, so its connections are pooled apart from
    /// the agent passed in; a connector or resolver of the caller's given to
    /// `Agent::with_parts` is not used. The reason is speed: ureq looks the
    /// host up before every request, and its own resolver, with a timeout set
    /// (tim-rs sets one on every request: what is left of the call's
    /// deadline), does so on a new thread each time, which cost about as much
    /// as the rest of a kept-alive call.
    ///
    /// ureq's defaults turn 4xx and 5xx into errors, follow redirects and set
    /// no timeout, so each request then carries a copy of the configuration
    /// with those changed (a few percent of a kept-alive call). An agent built
    /// with `http_status_as_error(false)`, `max_redirects(0)`,
    /// `max_redirects_will_error(false)` and a `timeout_global` no longer
    /// than the client's deadline needs none.
    ///
    /// ```
    /// use std::time::Duration;
    /// use tim_transport::{TransportConfig, UreqTransport};
    ///
    /// let agent: ureq::Agent = ureq::Agent::config_builder()
    ///     .timeout_global(Some(Duration::from_secs(5)))
    ///     .build()
    ///     .new_agent();
    /// let transport = UreqTransport::from_agent(agent, &TransportConfig::default());
    /// # drop(transport);
    /// ```
    pub fn from_agent(agent: ureq::Agent, config: &TransportConfig) -> Self {
        Self::from_config(agent.config().clone(), config)
    }

    fn from_config(agent: Config, config: &TransportConfig) -> Self {
        let replies_as_is =
            !agent.http_status_as_error() && agent.max_redirects() == 0 && !agent.max_redirects_will_error();
        Self {
            agent: ureq::Agent::with_parts(agent, DefaultConnector::new(), CachingResolver::default()),
            max_response_bytes: config.max_response_bytes(),
            replies_as_is,
        }
    }
}

/// TLS trusting `extra` as well as the built-in roots. ureq takes either its
/// built-in set or a list, so the list is the same Mozilla set (from
/// `webpki-root-certs`) plus `extra`.
#[cfg(any(feature = "rustls", feature = "native-tls"))]
fn tls_with_roots(extra: &[Vec<u8>]) -> ureq::tls::TlsConfig {
    use ureq::tls::{Certificate, RootCerts, TlsConfig};

    let built_in = webpki_root_certs::TLS_SERVER_ROOT_CERTS
        .iter()
        .map(|der| Certificate::from_der(der.as_ref()).to_owned());
    let extra = extra.iter().map(|der| Certificate::from_der(der).to_owned());
    TlsConfig::builder()
        .root_certs(RootCerts::from(built_in.chain(extra)))
        .build()
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
        let request = if self.replies_as_is && global == timeouts.global {
            request
        } else {
            self.agent
                .configure_request(request)
                .http_status_as_error(false)
                .max_redirects(0)
                .max_redirects_will_error(false)
                .timeout_global(global)
                .build()
        };
        let (parts, body) = self.agent.run(request).map_err(|e| limits.error(e))?.into_parts();
        let body = body
            .into_with_config()
            .limit(self.max_response_bytes as u64)
            .read_to_vec()
            .map_err(|e| limits.error(e))?;
        Ok(http::Response::from_parts(parts, body))
    }
}

/// How long a host name's addresses are reused before it is looked up again.
const RESOLVED_TTL: Duration = Duration::from_secs(30);
/// Host names remembered at most (a client talks to one region and its backup).
const RESOLVED_MAX: usize = 16;

/// ureq looks the host up before every request, pooled connection or not,
/// and with a timeout set (as here) it does so on a new thread each time:
/// about as costly as the rest of a kept-alive call. This resolver answers
/// an IP address at once, and reuses a host name's addresses for
/// [`RESOLVED_TTL`] (about as long as resolvers cache the service's
/// records), looking it up with ureq's own resolver otherwise.
#[derive(Debug, Default)]
struct CachingResolver {
    inner: DefaultResolver,
    resolved: RwLock<Vec<Resolved>>,
}

#[derive(Debug)]
struct Resolved {
    scheme: Scheme,
    authority: Authority,
    addrs: ResolvedSocketAddrs,
    at: Instant,
}

impl Resolver for CachingResolver {
    fn resolve(&self, uri: &Uri, config: &Config, timeout: NextTimeout) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let (Some(scheme), Some(authority)) = (uri.scheme(), uri.authority()) else {
            return self.inner.resolve(uri, config, timeout);
        };
        let port = authority.port_u16().or_else(|| match scheme.as_str() {
            "https" => Some(443),
            "http" => Some(80),
            _ => None,
        });
        let host = authority.host().trim_start_matches('[').trim_end_matches(']');
        if let (Ok(ip), Some(port)) = (host.parse::<IpAddr>(), port) {
            let mut addrs = self.empty();
            addrs.push(SocketAddr::new(ip, port));
            return Ok(addrs);
        }
        let now = Instant::now();
        let fresh = |entry: &&Resolved| {
            entry.scheme == *scheme && entry.authority == *authority && now.duration_since(entry.at) < RESOLVED_TTL
        };
        if let Some(entry) = self
            .resolved
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .find(fresh)
        {
            return Ok(entry.addrs.clone());
        }
        let addrs = self.inner.resolve(uri, config, timeout)?;
        let mut resolved = self.resolved.write().unwrap_or_else(PoisonError::into_inner);
        resolved.retain(|entry| !(entry.scheme == *scheme && entry.authority == *authority));
        if resolved.len() >= RESOLVED_MAX {
            resolved.remove(0);
        }
        resolved.push(Resolved {
            scheme: scheme.clone(),
            authority: authority.clone(),
            addrs: addrs.clone(),
            at: now,
        });
        Ok(addrs)
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
