//! The blocking client: the same loop as the async one, on threads.

use std::sync::Arc;
use std::time::Instant;

use tim_protocol::Api;
use tim_transport::{BlockingTransport, UreqTransport};

use crate::core::{Core, Step};
use crate::methods::api_methods;
use crate::{ClientConfig, Error};

/// The blocking client. Cheap to clone; clones share connections, the UserSig
/// cache and the rate limit. Safe to use from any thread, including one
/// where a tokio runtime runs.
pub struct BlockingClient<T = UreqTransport> {
    core: Arc<Core>,
    transport: Arc<T>,
}

impl<T> Clone for BlockingClient<T> {
    fn clone(&self) -> Self {
        Self {
            core: Arc::clone(&self.core),
            transport: Arc::clone(&self.transport),
        }
    }
}

impl<T> std::fmt::Debug for BlockingClient<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlockingClient")
            .field("core", &self.core)
            .finish_non_exhaustive()
    }
}

impl BlockingClient<UreqTransport> {
    /// A client on a [`UreqTransport`] built from the config's transport settings.
    pub fn new(config: ClientConfig) -> Self {
        let transport = UreqTransport::new(&config.transport);
        Self::with_transport(config, transport)
    }
}

impl<T: BlockingTransport> BlockingClient<T> {
    /// A client on any [`BlockingTransport`].
    pub fn with_transport(config: ClientConfig, transport: T) -> Self {
        Self {
            core: Arc::new(Core::new(config)),
            transport: Arc::new(transport),
        }
    }

    /// Sends any request: validates it (nothing is sent if that fails), signs,
    /// waits for the rate limit, retries per the policy, and parses the reply.
    pub fn send<R: Api>(&self, request: &R) -> Result<R::Response, Error> {
        let span = tracing::debug_span!(
            "tim.call",
            path = R::PATH,
            attempt = tracing::field::Empty,
            random = tracing::field::Empty
        );
        let _entered = span.enter();
        let mut call = self.core.begin(request, Instant::now())?;
        loop {
            let wait = self.core.rate_wait(&call, Instant::now());
            if !wait.is_zero() {
                tracing::trace!(wait_ms = wait.as_millis() as u64, "rate limit");
                std::thread::sleep(wait);
            }
            let (http_request, random) = self.core.prepare(&mut call);
            span.record("attempt", call.attempt);
            span.record("random", random);
            tracing::debug!("sending");
            let reply = self.transport.send(http_request);
            match self.core.finish(&mut call, reply, Instant::now()) {
                Step::Done(result) => {
                    if let Err(error) = &result {
                        tracing::debug!(%error, "failed");
                    }
                    return result;
                }
                Step::Retry { delay, error } => {
                    tracing::info!(%error, delay_ms = delay.as_millis() as u64, "retrying");
                    std::thread::sleep(delay);
                }
            }
        }
    }

    api_methods!();
}
