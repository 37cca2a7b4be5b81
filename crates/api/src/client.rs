//! The async client: a loop around the core that awaits and sleeps on tokio.

use std::sync::Arc;

use tim_protocol::Api;
use tim_transport::{ReqwestTransport, Transport};
use tracing::Instrument as _;

use crate::core::{Core, Step};
use crate::methods::api_methods;
use crate::{ClientConfig, Error};

/// The async client. Cheap to clone; clones share connections, the UserSig
/// cache and the rate limit.
///
/// Time (rate-limit waits, backoff, the retry deadline) runs on tokio's clock,
/// so tests can pause it.
pub struct Client<T = ReqwestTransport> {
    core: Arc<Core>,
    transport: Arc<T>,
}

impl<T> Clone for Client<T> {
    fn clone(&self) -> Self {
        Self {
            core: Arc::clone(&self.core),
            transport: Arc::clone(&self.transport),
        }
    }
}

impl<T> std::fmt::Debug for Client<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("core", &self.core)
            .finish_non_exhaustive()
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
        Self {
            core: Arc::new(Core::new(config)),
            transport: Arc::new(transport),
        }
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
        let now = || tokio::time::Instant::now().into_std();
        let mut call = self.core.begin(request, now())?;
        loop {
            let wait = self.core.rate_wait(&call, now());
            if !wait.is_zero() {
                tracing::trace!(wait_ms = wait.as_millis() as u64, "rate limit");
                tokio::time::sleep(wait).await;
            }
            let (http_request, random) = self.core.prepare(&mut call);
            let span = tracing::Span::current();
            span.record("attempt", call.attempt);
            span.record("random", random);
            tracing::debug!("sending");
            let reply = self.transport.send(http_request).await;
            match self.core.finish(&mut call, reply, now()) {
                Step::Done(result) => {
                    if let Err(error) = &result {
                        tracing::debug!(%error, "failed");
                    }
                    return result;
                }
                Step::Retry { delay, error } => {
                    tracing::info!(%error, delay_ms = delay.as_millis() as u64, "retrying");
                    tokio::time::sleep(delay).await;
                }
            }
        }
    }

    api_methods!(async, await);
}
