//! The web console: pages of the emulator's world (accounts,
//! conversations, groups, webhook deliveries, the request log) and the
//! actions a tester needs (import an account, send a message as a user,
//! inject a fault, save a snapshot), served on a listener of its own,
//! never on the API port. Behind the cargo feature `console`.
//!
//! Safe by default: it listens on 127.0.0.1 only, is off unless asked for
//! ([`EmulatorBuilder::console`](crate::EmulatorBuilder::console),
//! `--console`), and every request needs the console's token (`token`):
//! random unless given, printed once at start in the URL to open, as
//! Jupyter does. Pages are rendered on the server with maud, which escapes
//! every value it writes: account names, message texts and group names are
//! user input and are shown as text, never run. The script (`assets`) is a
//! few lines served from the binary; nothing is fetched from elsewhere.
//!
//! Reads lock the state a user, a conversation or the group registry at a
//! time, copy what a page shows and let go before rendering. Actions build
//! the REST API's request types and answer them through the router's own
//! path (`router::answer_call`), as the app's administrator: the same
//! checks, handlers, faults, webhooks and request-log entry as a call from
//! the backend under test.
//!
//! The parts: `token` (the secret and the check of every request),
//! `layout` (the page frame), one file per page (`accounts`,
//! `conversations`, `groups`, `webhooks`, `requests`), `actions` (the forms
//! and their handlers), `live` (the change counter the script polls) and
//! `assets` (the script and the style sheet).

mod accounts;
mod actions;
mod assets;
mod conversations;
mod groups;
mod layout;
mod live;
mod requests;
mod token;
mod webhooks;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::routing::{get, post};
use axum::Router;

use crate::context::Context;
use crate::router::App;

pub use token::ConsoleToken;

/// The console's settings: its port on 127.0.0.1 and its token.
///
/// `Debug` never shows the token.
///
/// ```
/// use tim_emulator::{ConsoleConfig, Emulator};
///
/// let emulator = Emulator::builder().console(ConsoleConfig::new()).start().unwrap();
/// let url = emulator.console_url().unwrap();
/// assert!(url.starts_with("http://127.0.0.1:") && url.contains("/?token="));
/// let config = ConsoleConfig::new().token("s3cret-console-token");
/// assert!(!format!("{config:?}").contains("s3cret"));
/// ```
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ConsoleConfig {
    /// The port on 127.0.0.1; 0 (the default) picks a free one.
    pub port: u16,
    /// The token every request must carry; `None`: a random one is made at
    /// start.
    pub token: Option<ConsoleToken>,
}

impl ConsoleConfig {
    /// A console on a free port with a random token.
    pub fn new() -> Self {
        Self::default()
    }

    /// The port on 127.0.0.1 (0 picks a free one).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// The token instead of a random one (an empty one is replaced by a
    /// random one: a console is never open without a token).
    pub fn token(mut self, token: impl Into<String>) -> Self {
        let token = token.into();
        self.token = (!token.is_empty()).then(|| ConsoleToken::new(token));
        self
    }
}

/// A console bound to its port, ready to be served.
pub(crate) struct Bound {
    listener: std::net::TcpListener,
    pub(crate) addr: SocketAddr,
    pub(crate) token: ConsoleToken,
    /// Whether the token was made at start (then the URL printed holds it).
    pub(crate) generated: bool,
}

impl std::fmt::Debug for Bound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bound")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

/// Binds the console's listener on 127.0.0.1 (whatever address the API
/// listens on: the console needs no UserSig, so it is never served to
/// other machines).
pub(crate) fn bind(config: &ConsoleConfig) -> std::io::Result<Bound> {
    let listener = std::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], config.port)))?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let (token, generated) = match &config.token {
        Some(token) => (token.clone(), false),
        None => (ConsoleToken::random(), true),
    };
    Ok(Bound {
        listener,
        addr,
        token,
        generated,
    })
}

impl Bound {
    /// The URL to open: with the token in its query.
    pub(crate) fn url_with_token(&self) -> String {
        format!("http://{}/?token={}", self.addr, self.token.expose())
    }

    /// Serves the console until the runtime stops.
    pub(crate) fn serve(self, ctx: Arc<Context>) -> impl std::future::Future<Output = ()> + Send + 'static {
        let Bound {
            listener, addr, token, ..
        } = self;
        async move {
            let listener = match tokio::net::TcpListener::from_std(listener) {
                Ok(listener) => listener,
                Err(error) => {
                    tracing::error!(%error, "the tim-emulator console cannot listen");
                    return;
                }
            };
            let router = router(Console::new(ctx, token, addr));
            if let Err(error) = axum::serve(listener, router).await {
                tracing::error!(%error, "the tim-emulator console stopped");
            }
        }
    }
}

/// What every console request shares.
#[derive(Clone)]
pub(crate) struct Console {
    pub(crate) ctx: Arc<Context>,
    /// The API's router path, for the actions.
    pub(crate) app: App,
    pub(crate) token: ConsoleToken,
    pub(crate) addr: SocketAddr,
}

impl Console {
    fn new(ctx: Arc<Context>, token: ConsoleToken, addr: SocketAddr) -> Self {
        Self {
            app: App::new(Arc::clone(&ctx)),
            ctx,
            token,
            addr,
        }
    }
}

/// Every page, the actions, the assets and the change counter, each behind
/// the token check.
fn router(console: Console) -> Router {
    Router::new()
        .route("/", get(|| async { axum::response::Redirect::to("/accounts") }))
        .route("/accounts", get(accounts::list))
        .route("/account", get(accounts::detail))
        .route("/conversations", get(conversations::list))
        .route("/conversation", get(conversations::view))
        .route("/groups", get(groups::list))
        .route("/group", get(groups::detail))
        .route("/webhooks", get(webhooks::list))
        .route("/requests", get(requests::list))
        .route("/actions", get(actions::show))
        .route("/actions/import", post(actions::import))
        .route("/actions/send", post(actions::send))
        .route("/actions/group-send", post(actions::group_send))
        .route("/actions/fault", post(actions::fault))
        .route("/actions/snapshot", post(actions::snapshot))
        .route("/changes", get(live::changes))
        .route("/assets/console.js", get(assets::script))
        .route("/assets/console.css", get(assets::style))
        .layer(axum::middleware::from_fn_with_state(console.clone(), token::require))
        .with_state(console)
}
