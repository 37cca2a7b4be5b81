//! A transport made of a closure, for unit tests of the layers above.

use crate::{BlockingTransport, HttpRequest, HttpResponse, SendFuture, Transport, TransportError};

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

impl<F> Transport for FnTransport<F>
where
    F: Fn(HttpRequest) -> Result<HttpResponse, TransportError> + Send + Sync,
{
    fn send(&self, request: HttpRequest) -> SendFuture<'_> {
        let reply = (self.0)(request);
        Box::pin(std::future::ready(reply))
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
