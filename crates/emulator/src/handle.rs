//! Configuring, starting and stopping an emulator.

use std::collections::HashSet;
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;

use tim_protocol::{BaseUrl, Conversation, Endpoint, ErrorCode, ENDPOINTS};
use tim_usersig::{Clock, SecretKey, SystemClock, UserSig};
use tokio::sync::oneshot;

use crate::app_settings::AppSettings;
use crate::config::{CallbackConfig, ConnectionLimits, Edition, Limits, Settings};
use crate::context::Context;
use crate::faults::Faults;
use crate::request_log::{RecordedRequest, RequestLog, DEFAULT_REQUEST_LOG_CAPACITY};
use crate::seed::SeedSource;
use crate::state::push::RecordedPush;
use crate::state::recent::Recent;
use crate::webhooks::deliveries::WebhookDelivery;
use crate::webhooks::sender::check_url;
use crate::{handlers, router, server, snapshot};

/// The SDKAppID an emulator uses unless told otherwise.
pub const DEFAULT_SDKAPPID: u64 = 1400000000;

/// The secret key an emulator uses unless told otherwise. It is public: never
/// use it for a real app.
pub const DEFAULT_SECRET_KEY: &str = "tim-emulator-development-key-not-a-secret";

/// Entry point: `Emulator::builder()`.
#[derive(Debug)]
pub struct Emulator;

impl Emulator {
    /// A builder with the defaults: SDKAppID [`DEFAULT_SDKAPPID`], key
    /// [`DEFAULT_SECRET_KEY`], admin `administrator` unless admins are given,
    /// Pro edition, the documented limits, no faults, the system clock, a
    /// free port.
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder {
            sdkappid: DEFAULT_SDKAPPID,
            key: SecretKey::new(DEFAULT_SECRET_KEY).expect("the default key is not empty"),
            admins: Vec::new(),
            edition: Edition::default(),
            limits: Limits::default(),
            faults: Faults::none(),
            clock: Arc::new(SystemClock),
            port: 0,
            disbanded: HashSet::new(),
            connections: ConnectionLimits::default(),
            callbacks: None,
            app: AppSettings::default(),
            host: std::net::IpAddr::from([127, 0, 0, 1]),
            request_log_capacity: DEFAULT_REQUEST_LOG_CAPACITY,
            request_log_writer: RequestLogWriter(None),
            seeds: Vec::new(),
            state_file: None,
            #[cfg(feature = "console")]
            console: None,
        }
    }

    /// The endpoints of [`tim_protocol::ENDPOINTS`] the emulator models, in
    /// the table's order. Every other endpoint of the table is answered
    /// FAIL 60017 with an `ErrorInfo` saying it is not emulated.
    pub fn emulated_endpoints() -> impl Iterator<Item = &'static Endpoint> {
        ENDPOINTS.iter().filter(|endpoint| router::emulated(endpoint.path()))
    }
}

/// Configures an emulator.
#[derive(Debug)]
pub struct EmulatorBuilder {
    sdkappid: u64,
    key: SecretKey,
    admins: Vec<String>,
    edition: Edition,
    limits: Limits,
    faults: Faults,
    clock: Arc<dyn Clock>,
    port: u16,
    disbanded: HashSet<String>,
    connections: ConnectionLimits,
    callbacks: Option<CallbackConfig>,
    app: AppSettings,
    host: std::net::IpAddr,
    request_log_capacity: usize,
    request_log_writer: RequestLogWriter,
    seeds: Vec<SeedSource>,
    state_file: Option<PathBuf>,
    /// The web console, if asked for (its `Debug` hides the token).
    #[cfg(feature = "console")]
    console: Option<crate::console::ConsoleConfig>,
}

/// Where each request-log line goes, if anywhere.
struct RequestLogWriter(Option<Box<dyn std::io::Write + Send>>);

impl std::fmt::Debug for RequestLogWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() { "Some(..)" } else { "None" })
    }
}

impl EmulatorBuilder {
    /// The address to listen on (default `127.0.0.1`). Any other address
    /// serves anyone who can reach it (the binary warns of it): the
    /// emulator's development key and UserSigs are no protection.
    pub fn host(mut self, host: std::net::IpAddr) -> Self {
        self.host = host;
        self
    }

    /// How many calls the request log keeps
    /// ([`EmulatorHandle::requests`]); past it, the oldest are dropped.
    /// Default [`DEFAULT_REQUEST_LOG_CAPACITY`] (100 000); 0 keeps none
    /// (a writer still gets every line).
    pub fn request_log_capacity(mut self, n: usize) -> Self {
        self.request_log_capacity = n;
        self
    }

    /// Writes every call answered to `writer` as one JSON line (a
    /// [`RecordedRequest`]), flushed line by line: the binary's
    /// `--request-log FILE`. Without a writer, no JSON is written on the
    /// request path.
    pub fn request_log_writer(mut self, writer: impl std::io::Write + Send + 'static) -> Self {
        self.request_log_writer = RequestLogWriter(Some(Box::new(writer)));
        self
    }

    /// Builds the world of a seed file at start (see the README's "Seed
    /// fixtures" for the format). [`start`](Self::start) fails with
    /// `InvalidData` if the file cannot be read, has an unknown field, names
    /// an account it does not import, or holds an entry the service would
    /// refuse. Seeds given several times are applied in order.
    pub fn seed(mut self, path: impl Into<std::path::PathBuf>) -> Self {
        self.seeds.push(SeedSource::File(path.into()));
        self
    }

    /// [`seed`](Self::seed) from JSON text rather than a file.
    ///
    /// ```
    /// use tim_emulator::Emulator;
    ///
    /// let emulator = Emulator::builder()
    ///     .seed_json(r#"{"accounts": ["alice", "bob"], "friends": [["alice", "bob"]]}"#)
    ///     .start()
    ///     .unwrap();
    /// assert!(emulator.is_imported("bob"));
    /// ```
    pub fn seed_json(mut self, json: impl Into<String>) -> Self {
        self.seeds.push(SeedSource::Json(json.into()));
        self
    }

    /// The app's SDKAppID.
    pub fn sdkappid(mut self, sdkappid: u64) -> Self {
        self.sdkappid = sdkappid;
        self
    }

    /// The app's secret key, which UserSigs must be signed with (never
    /// empty: [`SecretKey`] refuses an empty key when it is made).
    pub fn secret_key(mut self, key: SecretKey) -> Self {
        self.key = key;
        self
    }

    /// Adds an administrator account; call once per admin.
    pub fn admin(mut self, identifier: impl Into<String>) -> Self {
        self.admins.push(identifier.into());
        self
    }

    /// The app's edition.
    pub fn edition(mut self, edition: Edition) -> Self {
        self.edition = edition;
        self
    }

    /// The limits.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Faults to inject from the start (change them later with
    /// [`EmulatorHandle::set_faults`]).
    pub fn faults(mut self, faults: Faults) -> Self {
        self.faults = faults;
        self
    }

    /// The clock UserSig expiry is judged by.
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The port on 127.0.0.1 (0, the default, picks a free one).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Marks a group conversation as disbanded: adding it to a conversation
    /// group fails for that item with 51007.
    pub fn disbanded_group(mut self, group_id: impl Into<String>) -> Self {
        self.disbanded.insert(group_id.into());
        self
    }

    /// Limits on the server's connections (see [`ConnectionLimits`] for the
    /// defaults).
    pub fn connection_limits(mut self, limits: ConnectionLimits) -> Self {
        self.connections = limits;
        self
    }

    /// Delivers webhooks to `url` (plain `http://`), signed with `token`,
    /// with the documented timing: 2 s for the app to answer, after-events
    /// not retried. [`start`](Self::start) fails if the URL is not an
    /// `http://` URL. See [`CallbackConfig`] for the timing, and the crate's
    /// documentation for the webhooks delivered.
    ///
    /// ```no_run
    /// use tim_emulator::Emulator;
    ///
    /// let emulator = Emulator::builder()
    ///     .callback("http://127.0.0.1:8080/im/callback", "my-webhook-token")
    ///     .start()
    ///     .unwrap();
    /// # drop(emulator);
    /// ```
    pub fn callback(self, url: impl Into<String>, token: impl Into<tim_callback::Token>) -> Self {
        self.callbacks(CallbackConfig::new(url, token))
    }

    /// Keeps the emulator's world in the file `path` (a snapshot, see the
    /// README's "Snapshots"): [`start`](Self::start) loads it if it exists
    /// (if not, the emulator starts empty and creates it on its first save),
    /// and the world is saved there on [`EmulatorHandle::shutdown`], on drop,
    /// on [`EmulatorHandle::snapshot`] and on `POST /emulator/snapshot`.
    /// `start` fails with `InvalidData`, and leaves the file as it is, if
    /// the file is damaged, not a state file, written by a newer
    /// tim-emulator, or another SDKAppID's. A router from
    /// [`into_router`](Self::into_router) neither loads nor saves it.
    pub fn state(mut self, path: impl Into<PathBuf>) -> Self {
        self.state_file = Some(path.into());
        self
    }

    /// Serves the web console (the module `console`; feature `console`) on
    /// a listener of its own on 127.0.0.1, whatever the [`host`](Self::host):
    /// pages of accounts, conversations, groups, webhook deliveries and the
    /// request log, and actions, for anyone with its token
    /// ([`EmulatorHandle::console_url`] holds it). A router from
    /// [`into_router`](Self::into_router) has no console.
    ///
    /// ```
    /// use tim_emulator::{ConsoleConfig, Emulator};
    ///
    /// let emulator = Emulator::builder().console(ConsoleConfig::new().token("my-token")).start().unwrap();
    /// assert!(emulator.console_url().unwrap().ends_with("/?token=my-token"));
    /// assert_ne!(emulator.console_addr().unwrap().port(), emulator.addr().port());
    /// ```
    #[cfg(feature = "console")]
    #[cfg_attr(docsrs, doc(cfg(feature = "console")))]
    pub fn console(mut self, config: crate::console::ConsoleConfig) -> Self {
        self.console = Some(config);
        self
    }

    /// Delivers webhooks as `config` says (URL, token, timeouts, retries).
    pub fn callbacks(mut self, config: CallbackConfig) -> Self {
        self.callbacks = Some(config);
        self
    }

    /// The app's console settings that change answers (the relationship
    /// check of one-to-one messages, the recall window, how long history is
    /// kept); [`AppSettings::default`] is the service's defaults.
    pub fn app_settings(mut self, settings: AppSettings) -> Self {
        self.app = settings;
        self
    }

    /// The context of the emulated app: the state file's world if it
    /// exists, else a new world with the seeds applied.
    fn context(self) -> std::io::Result<(Arc<Context>, std::net::SocketAddr, ConnectionLimits)> {
        let saved = match &self.state_file {
            Some(path) => snapshot::load(path, self.sdkappid)?,
            None => None,
        };
        let mut admins: HashSet<String> = self.admins.into_iter().collect();
        if admins.is_empty() {
            admins.insert("administrator".to_owned());
        }
        let state_file = self.state_file;
        let mut ctx = Context::new(
            Settings {
                sdkappid: self.sdkappid,
                key: self.key,
                admins,
                edition: self.edition,
                limits: self.limits,
                disbanded: self.disbanded,
                clock: self.clock,
                connections: self.connections.clone(),
                callbacks: self.callbacks,
                app: self.app,
            },
            self.faults,
        );
        ctx.requests = RequestLog::new(self.request_log_capacity, self.request_log_writer.0);
        if let Some(path) = state_file {
            let _ = ctx.state_file.set(path);
        }
        // A saved world is the world: seeds build a new one only, so a
        // restart with the same flags does not apply them twice.
        match saved {
            Some(state) => ctx.state = state,
            None => {
                for seed in &self.seeds {
                    let (name, parsed) = seed.load()?;
                    parsed.apply(&name, &ctx)?;
                }
            }
        }
        Ok((Arc::new(ctx), (self.host, self.port).into(), self.connections))
    }

    /// Fails with `InvalidInput` unless the webhook URL, if any, is an
    /// `http://` URL.
    fn check_callbacks(&self) -> std::io::Result<()> {
        match &self.callbacks {
            Some(config) => {
                check_url(&config.url).map_err(|reason| std::io::Error::new(std::io::ErrorKind::InvalidInput, reason))
            }
            None => Ok(()),
        }
    }

    /// The emulator as an axum router, to serve on a server of your own
    /// (whose connection limits then apply, not the builder's). Webhooks, if
    /// configured, are sent from the runtime that serves it.
    ///
    /// Fails as [`start`](Self::start) does: a webhook URL that is not
    /// `http://` (`InvalidInput`), or a seed that is refused. A router keeps
    /// no state file, so [`state`](Self::state) is not read.
    pub fn into_router(self) -> std::io::Result<axum::Router> {
        self.check_callbacks()?;
        let mut builder = self;
        // A router has no shutdown to save on: it keeps no state file.
        builder.state_file = None;
        Ok(router::router(builder.context()?.0))
    }

    /// Starts serving on 127.0.0.1 (or the [`host`](Self::host)) on a thread of its own (with its own tokio
    /// runtime), so it works the same from async code and from a plain
    /// program. Returns once the port is bound. Fails if the port cannot be
    /// bound, if the webhook URL is not an `http://` URL, or if the state
    /// file cannot be loaded ([`state`](Self::state): `InvalidData`, with
    /// the file and the reason).
    pub fn start(self) -> std::io::Result<EmulatorHandle> {
        self.check_callbacks()?;
        #[cfg(feature = "console")]
        let console = self.console.as_ref().map(crate::console::bind).transpose()?;
        let (ctx, at, connections) = self.context()?;
        let listener = TcpListener::bind(at)?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let _ = ctx.served_at.set(format!("http://{}", reachable(addr)));
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let (stop, stopped) = oneshot::channel::<()>();
        let served = Arc::clone(&ctx);
        #[cfg(feature = "console")]
        let (console_info, console_task) = match console {
            Some(bound) => (
                Some(ConsoleInfo {
                    addr: bound.addr,
                    url: bound.url_with_token(),
                    generated: bound.generated,
                }),
                Some(bound.serve(Arc::clone(&ctx))),
            ),
            None => (None, None),
        };
        let thread = std::thread::Builder::new().name("tim-emulator".into()).spawn(move || {
            runtime.block_on(async move {
                let listener = match tokio::net::TcpListener::from_std(listener) {
                    Ok(listener) => listener,
                    Err(error) => {
                        tracing::error!(%error, "tim-emulator cannot listen");
                        return;
                    }
                };
                let shutdown = async {
                    let _ = stopped.await;
                };
                // The console's server ends with the runtime, once the API's has.
                #[cfg(feature = "console")]
                if let Some(task) = console_task {
                    tokio::spawn(task);
                }
                server::serve(listener, served, connections, shutdown).await;
            });
        })?;
        Ok(EmulatorHandle {
            addr,
            ctx,
            stop: Some(stop),
            thread: Some(thread),
            #[cfg(feature = "console")]
            console: console_info,
        })
    }
}

/// Where a client on this machine reaches a server listening on `addr`:
/// loopback for an unspecified address (`0.0.0.0`, `::`).
fn reachable(addr: SocketAddr) -> SocketAddr {
    match addr.ip() {
        std::net::IpAddr::V4(ip) if ip.is_unspecified() => SocketAddr::from(([127, 0, 0, 1], addr.port())),
        std::net::IpAddr::V6(ip) if ip.is_unspecified() => {
            SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, addr.port()))
        }
        _ => addr,
    }
}

/// A running emulator. Dropping it (or calling [`shutdown`](Self::shutdown))
/// stops the server.
pub struct EmulatorHandle {
    addr: SocketAddr,
    ctx: Arc<Context>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
    #[cfg(feature = "console")]
    console: Option<ConsoleInfo>,
}

/// Where the console listens, and the URL to open it (which holds the
/// token: never in `Debug`).
#[cfg(feature = "console")]
struct ConsoleInfo {
    addr: SocketAddr,
    url: String,
    /// Whether the token was made at start (not given).
    generated: bool,
}

impl EmulatorHandle {
    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:<port>` (the host it listens on, loopback for an
    /// unspecified one), to give a client as its base URL.
    pub fn base_url(&self) -> BaseUrl {
        BaseUrl::parse(&format!("http://{}", reachable(self.addr))).expect("a loopback http URL is a valid base URL")
    }

    /// The app's SDKAppID.
    pub fn sdkappid(&self) -> u64 {
        self.ctx.settings.sdkappid
    }

    /// The URL that opens the console, with its token
    /// (`http://127.0.0.1:<port>/?token=…`); `None` without a console. The
    /// token is a secret: show it to the person who opens the console only.
    #[cfg(feature = "console")]
    #[cfg_attr(docsrs, doc(cfg(feature = "console")))]
    pub fn console_url(&self) -> Option<&str> {
        self.console.as_ref().map(|console| console.url.as_str())
    }

    /// The console's address on 127.0.0.1; `None` without a console.
    #[cfg(feature = "console")]
    #[cfg_attr(docsrs, doc(cfg(feature = "console")))]
    pub fn console_addr(&self) -> Option<SocketAddr> {
        self.console.as_ref().map(|console| console.addr)
    }

    /// Whether the console's token was made at start (rather than given).
    #[cfg(feature = "console")]
    pub(crate) fn console_token_generated(&self) -> bool {
        self.console.as_ref().is_some_and(|console| console.generated)
    }

    /// The app's secret key.
    pub fn secret_key(&self) -> &SecretKey {
        &self.ctx.settings.key
    }

    /// One administrator identifier (the first in name order).
    pub fn admin(&self) -> &str {
        self.ctx
            .settings
            .admins
            .iter()
            .min()
            .map(String::as_str)
            .unwrap_or("administrator")
    }

    /// A UserSig for `identifier` that this emulator accepts, valid for
    /// `validity_secs` from the emulator's clock.
    pub fn sign(&self, identifier: &str, validity_secs: u64) -> UserSig {
        self.ctx.sign(identifier, validity_secs)
    }

    /// Every call the emulator answered, oldest first, up to the builder's
    /// [`request_log_capacity`](EmulatorBuilder::request_log_capacity)
    /// (100 000 by default; the oldest are dropped past it): refusals, 413s,
    /// endpoints not emulated and unknown paths included. No UserSig is in
    /// it (see [`RecordedRequest`]).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.ctx.requests.requests()
    }

    /// Every webhook request the emulator sent, oldest first (the last
    /// 1000; every attempt of a retried one): its command, time, event body,
    /// the app's reply and how long it took (see [`WebhookDelivery`]).
    pub fn webhook_deliveries(&self) -> Vec<WebhookDelivery> {
        self.ctx.deliveries.deliveries()
    }

    /// Forgets the calls recorded so far (lines written to a request-log
    /// file stay).
    pub fn clear_requests(&self) {
        self.ctx.requests.clear();
    }

    /// Replaces the injected faults.
    pub fn set_faults(&self, faults: Faults) {
        self.ctx.set_faults(faults);
    }

    /// Whether `user_id` is imported.
    pub fn is_imported(&self, user_id: &str) -> bool {
        self.ctx.state.is_imported(user_id)
    }

    /// The nickname and avatar URL `user_id` was imported with; `None` if it
    /// is not imported.
    pub fn profile(&self, user_id: &str) -> Option<(Option<String>, Option<String>)> {
        self.ctx
            .state
            .with_user(user_id, |user| {
                user.account
                    .as_ref()
                    .map(|account| (account.nick.clone(), account.face_url.clone()))
            })
            .flatten()
    }

    /// The conversations in `user`'s group `group`, in the order added;
    /// `None` if there is no such group.
    pub fn contact_group(&self, user: &str, group: &str) -> Option<Vec<Conversation>> {
        self.ctx
            .state
            .with_user(user, |user| {
                let contacts = &user.contacts;
                let index = contacts.find(group)?;
                Some(contacts.groups()[index].members().cloned().collect())
            })
            .flatten()
    }

    /// Puts `conversation` on `user`'s recent-conversation list (replacing
    /// its entry if it is there), as if its latest message were sent at
    /// `msg_time`; `pinned` puts it on top. The user need not be imported yet.
    pub fn add_recent_conversation(&self, user: &str, conversation: Conversation, msg_time: u64, pinned: bool) {
        let _entered = self.ctx.gate.enter();
        self.ctx.state.with_user_or_insert(user, |user| {
            user.recent.put(Recent {
                conversation,
                msg_time,
                pinned,
            })
        });
    }

    /// Every push the emulator accepted (`all_member_push/im_push` and
    /// `timpush/push`), oldest first: each with its `TaskId`, its condition
    /// and the accounts it reached (every imported account the condition
    /// picked, but the sender, in UserID order). A push is recorded, not
    /// delivered into histories; see the emulator's README.
    pub fn pushes(&self) -> Vec<RecordedPush> {
        self.ctx.state.with_push(|push| push.pushes.clone())
    }

    /// `user_id` joins the AVChatRoom `group_id` as a client app would: the
    /// emulator has no client logins, so this is how a user comes on an
    /// audio-video group's online member list (`get_members`,
    /// `check_members`, the marks of `modify_user_info`). Fails with 10010
    /// for no such group, 10007 for a group of another type or a user banned
    /// from it (`ban_group_member`), 10019 for a user not imported. Joining
    /// again changes nothing.
    pub fn join_avchatroom(&self, group_id: &str, user_id: &str) -> Result<(), ErrorCode> {
        let _entered = self.ctx.gate.enter();
        handlers::avchatroom::join(&self.ctx, group_id, user_id)
            .map(|_| ())
            .map_err(|failure| failure.code)
    }

    /// `user_id` leaves the AVChatRoom `group_id` as a client app would (a
    /// robot stays on the online list). Fails with 10010 for no such group,
    /// 10007 for a group of another type; leaving a group one has not joined
    /// changes nothing.
    pub fn leave_avchatroom(&self, group_id: &str, user_id: &str) -> Result<(), ErrorCode> {
        let _entered = self.ctx.gate.enter();
        handlers::avchatroom::leave(&self.ctx, group_id, user_id)
            .map(|_| ())
            .map_err(|failure| failure.code)
    }

    /// Saves the world to the state file ([`EmulatorBuilder::state`]),
    /// atomically, as no call's change is half in it. Fails with
    /// `NotFound` if the emulator has no state file, or with the error of
    /// writing it.
    pub fn snapshot(&self) -> std::io::Result<()> {
        save_configured(&self.ctx)
    }

    /// Saves the world to `path` (a state file [`EmulatorBuilder::state`]
    /// can load), atomically, as [`snapshot`](Self::snapshot) does.
    pub fn save_state(&self, path: impl AsRef<Path>) -> std::io::Result<()> {
        snapshot::save(&self.ctx, path.as_ref())
    }

    /// Stops the server and waits for its thread, then saves the world to
    /// the state file, if there is one (a failure to save is logged and
    /// printed to standard error).
    pub fn shutdown(mut self) {
        self.stop_and_join();
    }

    /// Stops the server and waits for its thread, then saves the world to
    /// the state file, if there is one: the result of saving.
    pub(crate) fn close(mut self) -> std::io::Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        match self.thread.take() {
            Some(thread) => {
                let _ = thread.join();
                match self.ctx.state_file.get() {
                    Some(_) => save_configured(&self.ctx),
                    None => Ok(()),
                }
            }
            None => Ok(()),
        }
    }

    fn stop_and_join(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
            // Once only, after the last call: the world as it ends.
            if self.ctx.state_file.get().is_some() {
                if let Err(error) = save_configured(&self.ctx) {
                    tracing::error!(%error, "tim-emulator cannot save its state");
                    eprintln!("tim-emulator: {error}");
                }
            }
        }
    }
}

/// Saves the world of `ctx` to its state file; `NotFound` if it has none.
pub(crate) fn save_configured(ctx: &Context) -> std::io::Result<()> {
    let path = ctx.state_file.get().ok_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "the emulator has no state file (EmulatorBuilder::state, --state FILE)",
        )
    })?;
    snapshot::save(ctx, path)
}

impl Drop for EmulatorHandle {
    fn drop(&mut self) {
        self.stop_and_join();
    }
}

impl std::fmt::Debug for EmulatorHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EmulatorHandle")
            .field("addr", &self.addr)
            .field("sdkappid", &self.ctx.settings.sdkappid)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builder_cannot_be_given_an_empty_key() {
        // SecretKey refuses it when it is made, so no emulator accepts
        // UserSigs signed with the empty key.
        assert!(SecretKey::new("").is_err());
        assert!(Emulator::builder().start().is_ok());
    }
}
