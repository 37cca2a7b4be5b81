//! Transports made of closures: for tests of the layers above, and for small
//! adapters (a recording wrapper, a canned reply) without a type of their own.

use std::future::Future;

use crate::{async_trait, BlockingTransport, HttpRequest, HttpResponse, Transport, TransportError};

/// A transport that answers every request by calling a closure; it is both a
/// [`Transport`] and a [`BlockingTransport`].
///
/// ```
/// use tim_transport::{BlockingTransport, FnTransport};
///
/// let transport = FnTransport::new(|request| {
///     assert_eq!(request.method(), "POST");
///     Ok(http::Response::new(br#"{"ActionStatus":"OK","ErrorCode":0}"#.to_vec()))
/// });
/// let reply = transport.send(http::Request::post("http://127.0.0.1/x").body(Vec::new()).unwrap()).unwrap();
/// assert_eq!(reply.status(), 200);
/// ```
pub struct FnTransport<F>(F);

impl<F> FnTransport<F>
where
    F: Fn(HttpRequest) -> Result<HttpResponse, TransportError> + Send + Sync,
{
    /// A transport answering with `respond`.
    pub fn new(respond: F) -> Self {
        Self(respond)
    }
}

#[async_trait]
impl<F> Transport for FnTransport<F>
where
    F: Fn(HttpRequest) -> Result<HttpResponse, TransportError> + Send + Sync,
{
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        (self.0)(request)
    }
}

impl<F> BlockingTransport for FnTransport<F>
where
    F: Fn(HttpRequest) -> Result<HttpResponse, TransportError> + Send + Sync,
{
    fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        (self.0)(request)
    }
}

impl<F> std::fmt::Debug for FnTransport<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FnTransport")
    }
}

/// A [`Transport`] made of a closure that returns a future, for replies that
/// take time (or never come).
///
/// ```
/// use tim_transport::{AsyncFnTransport, Transport};
///
/// # async fn demo() {
/// let transport = AsyncFnTransport::new(|_request| async {
///     Ok(http::Response::new(br#"{"ActionStatus":"OK","ErrorCode":0}"#.to_vec()))
/// });
/// let reply = transport.send(http::Request::post("http://127.0.0.1/x").body(Vec::new()).unwrap()).await;
/// assert_eq!(reply.unwrap().status(), 200);
/// # }
/// ```
pub struct AsyncFnTransport<F>(F);

impl<F, Fut> AsyncFnTransport<F>
where
    F: Fn(HttpRequest) -> Fut + Send + Sync,
    Fut: Future<Output = Result<HttpResponse, TransportError>> + Send,
{
    /// A transport answering with the future `respond` returns.
    pub fn new(respond: F) -> Self {
        Self(respond)
    }
}

#[async_trait]
impl<F, Fut> Transport for AsyncFnTransport<F>
where
    F: Fn(HttpRequest) -> Fut + Send + Sync,
    Fut: Future<Output = Result<HttpResponse, TransportError>> + Send,
{
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        (self.0)(request).await
    }
}

impl<F> std::fmt::Debug for AsyncFnTransport<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AsyncFnTransport")
    }
}
