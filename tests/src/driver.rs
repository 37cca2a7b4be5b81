//! Both clients behind one async interface, so one test body checks both.

use tim_api::{BlockingClient, Client, ClientConfig, Error};
use tim_protocol::Api;

/// One of the two clients, driven from async test code; the blocking one runs
/// on tokio's blocking pool.
pub enum Driver {
    /// The async client.
    Async(Client),
    /// The blocking client.
    Blocking(BlockingClient),
}

impl Driver {
    /// Both clients, each from its own config.
    pub fn both(config: impl Fn() -> ClientConfig) -> [Driver; 2] {
        [
            Driver::Async(Client::new(config()).expect("client")),
            Driver::Blocking(BlockingClient::new(config())),
        ]
    }

    /// `async` or `blocking`, for assertion messages.
    pub fn name(&self) -> &'static str {
        match self {
            Driver::Async(_) => "async",
            Driver::Blocking(_) => "blocking",
        }
    }

    /// Sends any request through the client.
    pub async fn send<R>(&self, request: &R) -> Result<R::Response, Error>
    where
        R: Api + Clone + Send + 'static,
        R::Response: Send + 'static,
    {
        match self {
            Driver::Async(client) => client.send(request).await,
            Driver::Blocking(client) => {
                let (client, request) = (client.clone(), request.clone());
                tokio::task::spawn_blocking(move || client.send(&request))
                    .await
                    .expect("the blocking call panicked")
            }
        }
    }
}
