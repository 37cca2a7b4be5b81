//! The async client: a loop around the core that awaits and sleeps on tokio.

use tim_protocol::Api;
use tim_transport::{ReqwestTransport, Transport};
use tracing::Instrument as _;

use crate::core::{Shared, Step};
use crate::methods::api_methods;
use crate::{ClientConfig, Error};

/// The async client. Cheap to clone; clones share connections, the UserSig
/// cache and the rate limit.
///
/// Time (rate-limit waits, backoff, the retry deadline) runs on tokio's clock,
/// so tests can pause it.
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
        let span = tracing::debug_span!(
            "tim.call",
            path = R::PATH,
            attempt = tracing::field::Empty,
            random = tracing::field::Empty
        );
        self.send_in_span(request).instrument(span).await
    }

    async fn send_in_span<R: Api>(&self, request: &R) -> Result<R::Response, Error> {
        let Shared { core, transport } = &self.0;
        let now = || tokio::time::Instant::now().into_std();
        let mut call = core.begin(request, now())?;
        loop {
            let wait = core.rate_wait(&call, now());
            if !wait.is_zero() {
                tokio::time::sleep(wait).await;
            }
            let reply = transport.send(core.prepare(&mut call)?).await;
            match core.finish(&mut call, reply, now()) {
                Step::Done(result) => return result,
                Step::Retry { delay } => tokio::time::sleep(delay).await,
            }
        }
    }

    api_methods!(async, await);
}
