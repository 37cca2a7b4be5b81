//! The layer of tim-rs that moves bytes: it knows HTTP, not the Chat protocol.
//!
//! Requests and replies are plain [`http::Request<Vec<u8>>`] and
//! [`http::Response<Vec<u8>>`]. Two traits send them: [`Transport`] (async)
//! and [`BlockingTransport`]. Any HTTP status is a reply, never an error: the
//! layer above reads the body, because the Chat service puts its own status
//! in it.
//!
//! | feature | what it adds |
//! |---|---|
//! | `reqwest` (default) | [`ReqwestTransport`], async, on tokio |
//! | `ureq` (default) | [`UreqTransport`], blocking, safe to call anywhere |
//! | `rustls` (default) | TLS through rustls on the ring provider, for both |
//! | `native-tls` | TLS through the platform's library |
//! | `test-util` | `FnTransport`, a transport made of a closure |
//!
//! No error of this crate shows the request's query string, where the Chat
//! API carries the UserSig.

mod config;
mod error;
#[cfg(feature = "reqwest")]
mod reqwest_transport;
mod scrub;
pub use scrub::redact_query;
#[cfg(feature = "test-util")]
mod test_util;
#[cfg(feature = "ureq")]
mod ureq_transport;

use std::{future::Future, pin::Pin, sync::Arc};

pub use config::{TransportConfig, TransportConfigBuilder};
pub use error::{TransportError, TransportErrorKind};
#[cfg(feature = "reqwest")]
pub use reqwest_transport::ReqwestTransport;
#[cfg(feature = "test-util")]
pub use test_util::FnTransport;
#[cfg(feature = "ureq")]
pub use ureq_transport::UreqTransport;

pub use http;

/// A request: method, URL, headers and body bytes.
pub type HttpRequest = http::Request<Vec<u8>>;

/// A reply: status, headers and body bytes.
pub type HttpResponse = http::Response<Vec<u8>>;

/// The future [`Transport::send`] returns.
pub type SendFuture<'a> = Pin<Box<dyn Future<Output = Result<HttpResponse, TransportError>> + Send + 'a>>;

/// Sends requests asynchronously. Object-safe: `Arc<dyn Transport>` works.
pub trait Transport: Send + Sync {
    /// Sends `request` and reads the whole reply. Any HTTP status is `Ok`.
    fn send(&self, request: HttpRequest) -> SendFuture<'_>;
}

/// Sends requests and blocks until the reply is read. Object-safe.
pub trait BlockingTransport: Send + Sync {
    /// Sends `request` and reads the whole reply. Any HTTP status is `Ok`.
    fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError>;
}

impl<T: Transport + ?Sized> Transport for Arc<T> {
    fn send(&self, request: HttpRequest) -> SendFuture<'_> {
        (**self).send(request)
    }
}

impl<T: Transport + ?Sized> Transport for Box<T> {
    fn send(&self, request: HttpRequest) -> SendFuture<'_> {
        (**self).send(request)
    }
}

impl<T: BlockingTransport + ?Sized> BlockingTransport for Arc<T> {
    fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        (**self).send(request)
    }
}

impl<T: BlockingTransport + ?Sized> BlockingTransport for Box<T> {
    fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        (**self).send(request)
    }
}
