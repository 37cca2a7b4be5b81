//! The blocking client: the same loop as the async one, on threads. Its
//! methods are in `methods.rs` (one per endpoint) and `conveniences.rs`, both
//! written by `cargo xtask codegen`.

mod conveniences;
mod methods;

use std::time::Instant;

use tim_protocol::Api;
use tim_transport::{BlockingTransport, UreqTransport};

use crate::core::{Action, Event, Shared};
use crate::{ClientConfig, Error};

/// The blocking client. Cheap to clone; clones share connections, the UserSig
/// cache and the rate limit. Safe to use from any thread, including one
/// where a tokio runtime runs.
///
/// Each request carries what is left of the call's deadline as a
/// [`RequestTimeout`](tim_transport::RequestTimeout); [`UreqTransport`]
/// honours it, and a custom [`BlockingTransport`] should, since a blocking
/// send cannot be cut short from outside.
///
/// ```no_run
/// use tim_api::{BlockingClient, ClientConfig};
/// use tim_protocol::Region;
/// use tim_usersig::SecretKey;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let client = BlockingClient::new(
///     ClientConfig::builder()
///         .region(Region::Frankfurt)
///         .sdkappid(1400000000)
///         .identifier("administrator")
///         .secret_key(SecretKey::new(std::env::var("TIM_SECRET_KEY")?)?)
///         .build()?,
/// );
/// client.rename_contact_group("user_0001", "group_0001", "group_0002")?;
/// # Ok(()) }
/// ```
pub struct BlockingClient<T = UreqTransport>(Shared<T>);

// By hand: a derive would ask `T: Clone` / `T: Debug`, which the shared transport does not need.
impl<T> Clone for BlockingClient<T> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<T> std::fmt::Debug for BlockingClient<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("BlockingClient").field(&self.0).finish()
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
        Self(Shared::new(config, transport))
    }

    /// Sends any request: validates it (nothing is sent if that fails), signs,
    /// waits for the rate limit, retries per the policy, and parses the reply.
    ///
    /// ```
    /// use tim_api::{BlockingClient, ClientConfig};
    /// use tim_protocol::group::{CreateGroupRequest, GetGroupInfoRequest, GroupType};
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// // A local emulator stands in for the service here.
    /// let emulator = tim_emulator::Emulator::builder().admin("administrator").start()?;
    /// let config = ClientConfig::builder()
    ///     .base_url(emulator.base_url())
    ///     .sdkappid(emulator.sdkappid())
    ///     .identifier("administrator")
    ///     .secret_key(emulator.secret_key().clone())
    ///     .build()?;
    /// let client = BlockingClient::new(config);
    /// let created = client.send(&CreateGroupRequest::new(GroupType::Public, "Release notes"))?;
    /// let group_id = created.group_id.expect("the new group's ID");
    /// let info = client.send(&GetGroupInfoRequest::new([group_id.as_str()]))?;
    /// assert_eq!(info.group_info.map(|groups| groups.len()), Some(1));
    /// # Ok(()) }
    /// ```
    pub fn send<R: Api>(&self, request: &R) -> Result<R::Response, Error> {
        let span = crate::observability::call_span(R::PATH);
        let _entered = span.enter();
        let Shared { core, transport } = &self.0;
        let mut call = core.call(request);
        let mut event = Event::Start;
        loop {
            event = match call.step(event, Instant::now()) {
                Action::Wait(delay) => {
                    std::thread::sleep(delay);
                    Event::Woke
                }
                Action::Reserve(store, permit) => Event::Reserved(store.acquire_blocking(&permit)),
                Action::Send(request) => Event::Replied(transport.send(request)),
                Action::Done(result) => return result,
            };
        }
    }
}
