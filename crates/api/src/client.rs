//! The async client: a loop around the core that awaits and sleeps on tokio.
//! Its methods are in `methods.rs` (one per endpoint, written from the table)
//! and `conveniences.rs`.

mod conveniences;
mod methods;

use tim_protocol::Api;
use tim_transport::{HttpRequest, HttpResponse, RequestTimeout, ReqwestTransport, Transport, TransportError};
use tracing::Instrument as _;

use crate::core::{Action, Event, Shared};
use crate::{ClientConfig, Error};

/// The async client. Cheap to clone; clones share connections, the UserSig
/// cache and the rate limit.
///
/// Time (rate-limit waits, backoff, the call's deadline) runs on tokio's
/// clock, so tests can pause it. An attempt still waiting for its reply when
/// the call's deadline passes is dropped, whatever the transport.
pub struct Client<T = ReqwestTransport>(Shared<T>);

// By hand: a derive would ask `T: Clone` / `T: Debug`, which the shared transport does not need.
impl<T> Clone for Client<T> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<T> std::fmt::Debug for Client<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Client").field(&self.0).finish()
    }
}

impl Client<ReqwestTransport> {
    /// A client on a [`ReqwestTransport`] built from the config's transport settings.
    pub fn new(config: ClientConfig) -> Result<Self, Error> {
        let transport = ReqwestTransport::new(&config.transport)?;
        Ok(Self::with_transport(config, transport))
    }
}

impl<T: Transport> Client<T> {
    /// A client on any [`Transport`].
    pub fn with_transport(config: ClientConfig, transport: T) -> Self {
        Self(Shared::new(config, transport))
    }

    /// Sends any request: validates it (nothing is sent if that fails), signs,
    /// waits for the rate limit, retries per the policy, and parses the reply.
    pub async fn send<R: Api>(&self, request: &R) -> Result<R::Response, Error> {
        let span = crate::observability::call_span(R::PATH);
        self.send_in_span(request).instrument(span).await
    }

    async fn send_in_span<R: Api>(&self, request: &R) -> Result<R::Response, Error> {
        let Shared { core, transport } = &self.0;
        let now = || tokio::time::Instant::now().into_std();
        let mut call = core.call(request);
        let mut event = Event::Start;
        loop {
            event = match call.step(event, now()) {
                Action::Wait(delay) => {
                    tokio::time::sleep(delay).await;
                    Event::Woke
                }
                Action::Reserve(store, permit) => Event::Reserved(store.acquire(&permit).await),
                Action::Send(request) => Event::Replied(send_within(&**transport, request).await),
                Action::Done(result) => return result,
            };
        }
    }
}

/// Sends `request`, giving up at its [`RequestTimeout`] even if the transport
/// does not honour it (one that does is left to do it, saving a timer).
async fn send_within<T: Transport + ?Sized>(
    transport: &T,
    request: HttpRequest,
) -> Result<HttpResponse, TransportError> {
    match RequestTimeout::of(&request).filter(|_| !transport.honours_request_timeout()) {
        Some(limit) => tokio::time::timeout(limit, transport.send(request))
            .await
            .unwrap_or_else(|_| Err(TransportError::timeout(false, Some(limit)))),
        None => transport.send(request).await,
    }
}
