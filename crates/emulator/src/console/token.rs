//! The console's token, and the check every console request passes.
//!
//! A request is let through when it carries the token in the cookie the
//! console sets, or in the query (`?token=…`, the URL printed at start): a
//! right query token is answered with a redirect to the same page without
//! it, setting the cookie (`HttpOnly`, `SameSite=Strict`, so another site's
//! page cannot send the console's forms with it). Anything else is answered
//! 401, a page saying where the token is. Tokens are compared in constant
//! time. Where nothing says otherwise, the emulator's choices:
//!
//! - The cookie's name holds the console's port (`tim_console_<port>`):
//!   cookies are not kept apart by port, and two emulators on one machine
//!   must not log each other out.
//! - The `Host` header must name the loopback listener (`127.0.0.1:<port>`
//!   or `localhost:<port>`), else 403: a page of another site whose name
//!   is made to resolve to 127.0.0.1 (DNS rebinding) gets nothing.

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use subtle::ConstantTimeEq as _;

use super::Console;

/// The console's secret. `Debug` and `Display` do not show it.
#[derive(Clone, PartialEq, Eq)]
pub struct ConsoleToken(String);

impl ConsoleToken {
    /// A token of the given text.
    pub fn new(token: impl Into<String>) -> Self {
        Self(token.into())
    }

    /// A random token: 128 bits, as 32 hexadecimal digits.
    pub fn random() -> Self {
        Self(format!("{:032x}", rand::random::<u128>()))
    }

    /// The token's text.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether `candidate` is the token, compared in constant time.
    pub(crate) fn matches(&self, candidate: &str) -> bool {
        bool::from(self.0.as_bytes().ct_eq(candidate.as_bytes()))
    }
}

impl std::fmt::Debug for ConsoleToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ConsoleToken(<redacted>)")
    }
}

impl std::fmt::Display for ConsoleToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

impl From<&str> for ConsoleToken {
    fn from(token: &str) -> Self {
        Self::new(token)
    }
}

impl From<String> for ConsoleToken {
    fn from(token: String) -> Self {
        Self::new(token)
    }
}

/// The cookie's name for the console on `port`.
fn cookie_name(port: u16) -> String {
    format!("tim_console_{port}")
}

/// The middleware: lets a request with the token through, refuses the rest.
pub(super) async fn require(State(console): State<Console>, request: Request, next: Next) -> Response {
    let port = console.addr.port();
    if !host_is_loopback(&request, port) {
        return refused(StatusCode::FORBIDDEN, "this console answers only on 127.0.0.1");
    }
    let query = request.uri().query().unwrap_or_default();
    if let Some(given) = form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == "token")
        .map(|(_, value)| value.into_owned())
    {
        if !console.token.matches(&given) {
            return refused(StatusCode::UNAUTHORIZED, "wrong console token");
        }
        // The same page without the token in its URL (so it stays out of
        // the history and the Referer), the cookie set.
        let rest: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
            .filter(|(name, _)| name != "token")
            .map(|(name, value)| (name.into_owned(), value.into_owned()))
            .collect();
        let mut location = request.uri().path().to_owned();
        if !rest.is_empty() {
            location.push('?');
            location.push_str(
                &form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(rest)
                    .finish(),
            );
        }
        let cookie = format!(
            "{}={}; Path=/; HttpOnly; SameSite=Strict",
            cookie_name(port),
            console.token.expose()
        );
        let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().insert(header::SET_COOKIE, value);
        }
        return response;
    }
    let name = cookie_name(port);
    let has_cookie = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .any(|(key, value)| key == name && console.token.matches(value));
    if !has_cookie {
        return refused(
            StatusCode::UNAUTHORIZED,
            "open the console with the URL printed at start (…/?token=…), or give the token of --console-token",
        );
    }
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    // The pages are not to be framed or sniffed, and run only our script.
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Whether the request's `Host` is the loopback listener on `port`.
fn host_is_loopback(request: &Request, port: u16) -> bool {
    let Some(host) = request
        .headers()
        .get(header::HOST)
        .and_then(|value| value.to_str().ok())
    else {
        // HTTP/1.1 requires it; an HTTP/1.0 client without it is local.
        return true;
    };
    let expected = [format!("127.0.0.1:{port}"), format!("localhost:{port}")];
    expected.iter().any(|name| name.eq_ignore_ascii_case(host))
}

/// A refusal: a short plain-text page.
fn refused(status: StatusCode, reason: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("tim-emulator console: {reason}\n"),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_secret_and_compared_whole() {
        let token = ConsoleToken::random();
        assert_eq!(token.expose().len(), 32);
        assert_ne!(token, ConsoleToken::random());
        assert!(token.matches(token.expose()));
        assert!(!token.matches(&token.expose()[..31]));
        assert!(!token.matches(""));
        let shown = format!("{token:?} {token}");
        assert!(!shown.contains(token.expose()), "{shown}");
    }
}
