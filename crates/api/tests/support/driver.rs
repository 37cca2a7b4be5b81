//! The same call through either client, so one test body runs both.

use tim_api::{BlockingClient, Client, ClientConfig, Error};
use tim_protocol::Api;

/// One of the two clients.
pub enum Driver {
    Async(Client),
    Blocking(BlockingClient),
}

impl Driver {
    pub fn new(blocking: bool, config: ClientConfig) -> Self {
        if blocking {
            Self::Blocking(BlockingClient::new(config))
        } else {
            Self::Async(Client::new(config).unwrap())
        }
    }

    pub async fn send<R: Api + Sync>(&self, request: &R) -> Result<R::Response, Error> {
        match self {
            Self::Async(client) => client.send(request).await,
            Self::Blocking(client) => tokio::task::block_in_place(|| client.send(request)),
        }
    }
}
