//! The layer of tim-rs that moves bytes: it knows HTTP, not the Chat protocol.
//!
//! Requests and replies are plain [`http::Request<Vec<u8>>`] and
//! [`http::Response<Vec<u8>>`]. Two traits send them: [`Transport`] (async,
//! through [`macro@async_trait`]) and [`BlockingTransport`]. Any HTTP status is a
//! reply, never an error: the layer above reads the body, because the Chat
//! service puts its own status in it.
//!
//! | feature | what it adds |
//! |---|---|
//! | `reqwest` (default) | [`ReqwestTransport`], async, on tokio |
//! | `ureq` (default) | [`UreqTransport`], blocking, safe to call anywhere |
//! | `rustls` (default) | TLS through rustls on the ring provider, for both |
//! | `native-tls` | TLS through the platform's library |
//!
//! A closure is a transport through [`FnTransport`] (both traits) or
//! [`AsyncFnTransport`] (async).
//!
//! No error of this crate shows the request's query string, where the Chat
//! API carries the UserSig.
//!
//! A custom transport:
//!
//! ```
//! use tim_transport::{async_trait, HttpRequest, HttpResponse, Transport, TransportError};
//!
//! struct Canned;
//!
//! #[async_trait]
//! impl Transport for Canned {
//!     async fn send(&self, _request: HttpRequest) -> Result<HttpResponse, TransportError> {
//!         Ok(http::Response::new(br#"{"ActionStatus":"OK","ErrorCode":0}"#.to_vec()))
//!     }
//! }
//!
//! let shared: std::sync::Arc<dyn Transport> = std::sync::Arc::new(Canned);
//! let boxed: Box<dyn Transport> = Box::new(Canned);
//! # let _ = (shared, boxed);
//! ```
// docs.rs shows which feature each item needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

mod closure;
mod config;
mod error;
#[cfg(feature = "reqwest")]
mod reqwest_transport;
mod scrub;
#[cfg(feature = "ureq")]
mod ureq_transport;

use std::{sync::Arc, time::Duration};

pub use async_trait::async_trait;
pub use closure::{AsyncFnTransport, FnTransport};
pub use config::{TransportConfig, TransportConfigBuilder};
pub use error::{TransportError, TransportErrorKind};
#[cfg(feature = "reqwest")]
pub use reqwest_transport::ReqwestTransport;
pub use scrub::redact_query;
#[cfg(feature = "ureq")]
pub use ureq_transport::UreqTransport;

pub use http;

/// A request: method, URL, headers and body bytes.
pub type HttpRequest = http::Request<Vec<u8>>;

/// A reply: status, headers and body bytes.
pub type HttpResponse = http::Response<Vec<u8>>;

/// The most time one request may take, set by the caller as a request
/// extension (`request.extensions_mut().insert(RequestTimeout(..))`).
///
/// The clients of tim-api set it to what is left of a call's deadline, so an
/// attempt never outlives the call. [`ReqwestTransport`] and
/// [`UreqTransport`] honour it together with their own timeout (the shorter
/// wins); a custom transport should too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestTimeout(pub Duration);

impl RequestTimeout {
    /// The limit set on `request`, if any.
    pub fn of(request: &HttpRequest) -> Option<Duration> {
        request.extensions().get::<Self>().map(|limit| limit.0)
    }
}

/// Sends requests asynchronously. Object-safe: `Arc<dyn Transport>` and
/// `Box<dyn Transport>` work.
///
/// Implement it with [`macro@async_trait`] (re-exported here), writing
/// `async fn send`.
#[async_trait]
pub trait Transport: Send + Sync {
    /// Sends `request` and reads the whole reply. Any HTTP status is `Ok`.
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError>;

    /// Whether [`send`](Self::send) always ends by the [`RequestTimeout`] of
    /// its request. If not (the default), a caller bounding an attempt wraps
    /// the send in a timer of its own; saying `true` saves that timer.
    fn honours_request_timeout(&self) -> bool {
        false
    }
}

/// Sends requests and blocks until the reply is read. Object-safe.
pub trait BlockingTransport: Send + Sync {
    /// Sends `request` and reads the whole reply. Any HTTP status is `Ok`.
    fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError>;
}

#[async_trait]
impl<T: Transport + ?Sized> Transport for Arc<T> {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        (**self).send(request).await
    }

    fn honours_request_timeout(&self) -> bool {
        (**self).honours_request_timeout()
    }
}

#[async_trait]
impl<T: Transport + ?Sized> Transport for Box<T> {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        (**self).send(request).await
    }

    fn honours_request_timeout(&self) -> bool {
        (**self).honours_request_timeout()
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
