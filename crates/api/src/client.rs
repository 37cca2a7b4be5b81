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
///
/// Every endpoint has a method named for its path's last segment
/// (`account_import` for `v4/im_open_login_svc/account_import`), taking its
/// request type; [`send`](Self::send) takes any request.
///
/// ```
/// use tim_api::{Client, ClientConfig};
/// use tim_protocol::account::{AccountCheckRequest, AccountImportRequest, AccountStatus};
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// // A local emulator stands in for the service here; in production the
/// // config names your region, SDKAppID, admin and secret key.
/// let emulator = tim_emulator::Emulator::builder().admin("administrator").start()?;
/// let config = ClientConfig::builder()
///     .base_url(emulator.base_url())
///     .sdkappid(emulator.sdkappid())
///     .identifier("administrator")
///     .secret_key(emulator.secret_key().clone())
///     .build()?;
/// let client = Client::new(config)?;
/// client.account_import(&AccountImportRequest::new("user_0001")).await?;
/// let check = client.account_check(&AccountCheckRequest::new(["user_0001", "user_0002"])).await?;
/// let imported: Vec<bool> = check.results.iter().map(|item| item.status == AccountStatus::Imported).collect();
/// assert_eq!(imported, [true, false]);
/// # Ok(()) }
/// ```
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
    ///
    /// A request that breaks one of its endpoint's documented rules fails
    /// before anything is sent, with the field and the rule:
    ///
    /// ```
    /// use tim_api::{Client, ClientConfig};
    /// use tim_protocol::recentcontact::UpdateContactGroupRequest;
    /// use tim_protocol::BaseUrl;
    /// use tim_usersig::SecretKey;
    ///
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let config = ClientConfig::builder()
    ///     .base_url(BaseUrl::parse("http://127.0.0.1:9")?)
    ///     .sdkappid(1400000000)
    ///     .identifier("administrator")
    ///     .secret_key(SecretKey::new("key")?)
    ///     .build()?;
    /// let client = Client::new(config)?;
    /// // Group names are at most 64 bytes: refused here, never sent.
    /// let request = UpdateContactGroupRequest::rename("user_0001", "group_0001", "x".repeat(65));
    /// let error = client.send(&request).await.unwrap_err();
    /// assert!(error.is_validation());
    /// assert!(error.to_string().contains("NewGroupName"), "{error}");
    /// # Ok(()) }
    /// ```
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
