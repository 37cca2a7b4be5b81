//! The async transport, on reqwest and tokio.

use std::error::Error as _;
use std::time::Duration;

use crate::error::is_tls_text;
use crate::{
    async_trait, HttpRequest, HttpResponse, RequestTimeout, Transport, TransportConfig, TransportError,
    TransportErrorKind,
};

/// An async [`Transport`] on a [`reqwest::Client`]: connection pooling with
/// keep-alive, redirects off, rustls (or native TLS) by feature.
///
/// Its futures must run on a tokio runtime (polled elsewhere they fail with
/// an error rather than panic); it may be built outside one. A
/// [`RequestTimeout`] on a request shortens that request's timeout.
///
/// ```no_run
/// # async fn demo() -> Result<(), tim_transport::TransportError> {
/// use tim_transport::{ReqwestTransport, Transport, TransportConfig};
///
/// let transport = ReqwestTransport::new(&TransportConfig::default())?;
/// let request = http::Request::post("https://console.tim.qq.com/v4/x/y").body(b"{}".to_vec()).unwrap();
/// let reply = transport.send(request).await?;
/// println!("{}", reply.status());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
    max_response_bytes: usize,
    /// The client's timeouts where this transport set them, for error texts.
    timeouts: Option<(Duration, Duration)>,
}

impl ReqwestTransport {
    /// A transport with its own client, built from `config`: its timeouts,
    /// user agent and [root certificates](TransportConfig::root_certificates)
    /// (a certificate that is not DER fails here).
    pub fn new(config: &TransportConfig) -> Result<Self, TransportError> {
        #[allow(unused_mut)] // without a TLS feature there are no roots to add
        let mut builder = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout())
            .timeout(config.timeout())
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(config.user_agent());
        #[cfg(any(feature = "rustls", feature = "native-tls"))]
        for der in config.root_certificates() {
            let certificate = reqwest::Certificate::from_der(der).map_err(|e| from_reqwest(e, None))?;
            builder = builder.add_root_certificate(certificate);
        }
        let client = builder.build().map_err(|e| from_reqwest(e, None))?;
        let mut transport = Self::from_client(client, config);
        transport.timeouts = Some((config.connect_timeout(), config.timeout()));
        Ok(transport)
    }

    /// Wraps a client the caller built; its own timeouts, TLS (root
    /// certificates included) and proxy settings apply. Only the body cap is
    /// taken from `config`.
    pub fn from_client(client: reqwest::Client, config: &TransportConfig) -> Self {
        Self {
            client,
            max_response_bytes: config.max_response_bytes(),
            timeouts: None,
        }
    }

    async fn send_inner(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        let request = into_reqwest(request)?;
        let mut response = self
            .client
            .execute(request)
            .await
            .map_err(|e| from_reqwest(e, self.timeouts))?;
        let too_large = || {
            TransportError::new(
                TransportErrorKind::BodyTooLarge,
                format!("the reply is larger than the {} bytes allowed", self.max_response_bytes),
            )
        };
        if response
            .content_length()
            .is_some_and(|len| len > self.max_response_bytes as u64)
        {
            return Err(too_large());
        }
        let mut reply = http::Response::builder()
            .status(response.status())
            .version(response.version());
        if let Some(headers) = reply.headers_mut() {
            *headers = std::mem::take(response.headers_mut());
        }
        let expected = response.content_length().unwrap_or(0) as usize;
        let mut body = Vec::with_capacity(expected);
        while let Some(chunk) = response.chunk().await.map_err(|e| from_reqwest(e, self.timeouts))? {
            if body.len() + chunk.len() > self.max_response_bytes {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        drop(response);
        // hyper hands the connection back to the pool from a task of its own
        // once the reply is read. On a current-thread runtime that task
        // cannot run before this one yields, so the caller's next request
        // would find no idle connection and race it with a new one (hyper's
        // pool would then keep both): yield once there. A multi-thread
        // runtime runs it on another worker; yielding there costs a trip
        // through the scheduler and the I/O driver per call (a third of a
        // kept-alive call on 127.0.0.1), for nothing.
        if tokio::runtime::Handle::current().runtime_flavor() == tokio::runtime::RuntimeFlavor::CurrentThread {
            tokio::task::yield_now().await;
        }
        reply
            .body(body)
            .map_err(|e| TransportError::new(TransportErrorKind::Other, e.to_string()))
    }
}

#[async_trait]
impl Transport for ReqwestTransport {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        // Polled outside tokio, hyper would panic for want of a reactor: say so instead.
        if tokio::runtime::Handle::try_current().is_err() {
            return Err(TransportError::new(
                TransportErrorKind::Other,
                "ReqwestTransport must run on a tokio runtime; use UreqTransport elsewhere",
            ));
        }
        let limit = RequestTimeout::of(&request).filter(|limit| match self.timeouts {
            Some((_, own)) => *limit < own,
            None => true,
        });
        match limit {
            None => self.send_inner(request).await,
            Some(limit) => tokio::time::timeout(limit, self.send_inner(request))
                .await
                .unwrap_or_else(|_| Err(TransportError::timeout(false, Some(limit)))),
        }
    }

    /// A shorter [`RequestTimeout`] than the client's own gets a timer of
    /// its own here.
    fn honours_request_timeout(&self) -> bool {
        true
    }
}

/// reqwest's request for `request`. reqwest's own `TryFrom` formats the URI
/// into a string grown as it goes, then parses that: the same, with the
/// string written once at its size (a request URL is hundreds of bytes, the
/// UserSig). The URI's extensions stay behind: reqwest reads none of ours.
fn into_reqwest(request: HttpRequest) -> Result<reqwest::Request, TransportError> {
    let (parts, body) = request.into_parts();
    let (scheme, authority) = (parts.uri.scheme_str(), parts.uri.authority().map(|a| a.as_str()));
    let path = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    let mut text = String::with_capacity(scheme.map_or(0, str::len) + 3 + authority.map_or(0, str::len) + path.len());
    if let Some(scheme) = scheme {
        text.push_str(scheme);
        text.push_str("://");
    }
    if let Some(authority) = authority {
        text.push_str(authority);
    }
    text.push_str(path);
    // The error would quote the URL, UserSig included: name the rule only.
    let url = reqwest::Url::parse(&text).map_err(|e| {
        TransportError::new(
            TransportErrorKind::Other,
            format!("the request URI is not an absolute URL ({e})"),
        )
    })?;
    let mut out = reqwest::Request::new(parts.method, url);
    *out.headers_mut() = parts.headers;
    *out.version_mut() = parts.version;
    *out.body_mut() = Some(body.into());
    Ok(out)
}

/// Classifies a reqwest error, after removing the URL it carries. `timeouts`
/// (connect, whole request) name the limit in a timeout's text.
fn from_reqwest(error: reqwest::Error, timeouts: Option<(Duration, Duration)>) -> TransportError {
    let error = error.without_url();
    if error.is_timeout() {
        let connect = error.is_connect();
        let after = timeouts.map(|(connect_timeout, timeout)| if connect { connect_timeout } else { timeout });
        return TransportError::timeout(connect, after).with_source(error);
    }
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    let kind = if is_tls_text(&text) {
        TransportErrorKind::Tls
    } else if error.is_connect() {
        TransportErrorKind::Connect
    } else if error.is_body() || error.is_decode() || error.is_request() {
        TransportErrorKind::Io
    } else {
        TransportErrorKind::Other
    };
    TransportError::new(kind, text).with_source(error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn into_reqwest_keeps_what_reqwests_own_conversion_keeps() {
        let url = "https://127.0.0.1:8443/v4/a/b?sdkappid=1&usersig=eJ*x-y_%20z&random=7";
        let request = || {
            http::Request::post(url)
                .header("content-type", "application/json")
                .body(b"{}".to_vec())
                .unwrap()
        };
        let ours = into_reqwest(request()).unwrap();
        let theirs = reqwest::Request::try_from(request()).unwrap();
        assert_eq!(ours.method(), theirs.method());
        assert_eq!(ours.url(), theirs.url());
        assert_eq!(ours.url().as_str(), url);
        assert_eq!(ours.headers(), theirs.headers());
        assert_eq!(ours.version(), theirs.version());
        assert_eq!(
            ours.body().and_then(reqwest::Body::as_bytes),
            theirs.body().and_then(reqwest::Body::as_bytes)
        );
        let bare = http::Request::post("https://example.com").body(Vec::new()).unwrap();
        assert_eq!(into_reqwest(bare).unwrap().url().as_str(), "https://example.com/");
        let relative = http::Request::post("/v4/a/b").body(Vec::new()).unwrap();
        let error = into_reqwest(relative).unwrap_err();
        assert!(error.to_string().contains("not an absolute URL"), "{error}");
    }
}
