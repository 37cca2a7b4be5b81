//! Serving the router on a listener, within [`ConnectionLimits`]: a cap on
//! open connections, a time limit on each request's head and on idle
//! kept-alive connections, and `TCP_NODELAY` on every accepted socket (so a
//! small reply is sent at once rather than held back by Nagle's algorithm
//! while the client delays its ACK).
//!
//! hyper's own header timeout also runs while a kept-alive connection waits
//! for its next request, so the two times are watched here instead: every
//! connection is in one of three phases, and a watchdog closes it when its
//! phase lasts too long.
//!
//! - reading a head: from the connection's opening, or from the first byte
//!   after an answer, until the head is read (`header_read_timeout`);
//! - busy: from the head until the answer is made (the body's own limit is
//!   `body_read_timeout`, applied by the router);
//! - idle: from the answer until the next byte (`idle_timeout`).
//!
//! A phase change is a store to an atomic and wakes nobody: the watchdog
//! wakes by itself often enough to meet every deadline (see [`watchdog`]),
//! so a kept-alive call costs no task wake-up, no timer and no lock here.
//!
//! At the cap, the accepted connection waits for a slot while the one idle
//! the longest is closed to make room.

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, Response};
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, Notify, OwnedSemaphorePermit, Semaphore};
use tokio::task::JoinSet;

use crate::config::ConnectionLimits;
use crate::context::Context as Emulated;
use crate::router;
use crate::router::App;

/// How long a stopping server waits for its connections to finish.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// Serves `router` on `listener` until `shutdown` completes, then closes
/// every connection once its call in progress, if any, is answered.
pub(crate) async fn serve(
    listener: TcpListener,
    ctx: Arc<Emulated>,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()>,
) {
    let app = App::new(Arc::clone(&ctx));
    let router = router::router_for(app.clone());
    let limits = Arc::new(limits);
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let registry = Arc::new(Registry::default());
    let (stop, stopping) = watch::channel(());
    let mut connections = JoinSet::new();
    tokio::pin!(shutdown);
    loop {
        let stream = tokio::select! {
            accepted = accept(&listener) => accepted,
            Some(_) = connections.join_next() => continue,
            () = &mut shutdown => break,
        };
        let Some(slot) = slot(&slots, &registry, shutdown.as_mut()).await else {
            break;
        };
        let activity = registry.add();
        connections.spawn(connection(
            stream,
            app.clone(),
            router.clone(),
            Arc::clone(&limits),
            activity,
            slot,
            stopping.clone(),
        ));
    }
    drop(stop);
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
}

/// The next connection, with `TCP_NODELAY` set. Errors (a peer gone before
/// it was accepted, no descriptor left) are logged and waited out.
pub(crate) async fn accept(listener: &TcpListener) -> TcpStream {
    loop {
        match listener.accept().await {
            Ok((stream, _)) => {
                if let Err(error) = stream.set_nodelay(true) {
                    tracing::debug!(%error, "tim-emulator cannot set TCP_NODELAY");
                }
                return stream;
            }
            Err(error) => {
                tracing::warn!(%error, "tim-emulator cannot accept a connection");
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
        }
    }
}

/// A slot for one more connection: at once if one is free, otherwise after
/// closing the connection idle the longest (again every 100 ms while none
/// frees up, as the chosen one may have just become busy). `None` if the
/// server stops first.
async fn slot<S: Future<Output = ()>>(
    slots: &Arc<Semaphore>,
    registry: &Registry,
    mut shutdown: Pin<&mut S>,
) -> Option<OwnedSemaphorePermit> {
    loop {
        if let Ok(slot) = Arc::clone(slots).try_acquire_owned() {
            return Some(slot);
        }
        registry.evict_idlest();
        tokio::select! {
            slot = Arc::clone(slots).acquire_owned() => return slot.ok(),
            () = tokio::time::sleep(Duration::from_millis(100)) => {}
            () = shutdown.as_mut() => return None,
        }
    }
}

/// Serves one connection until it ends, a limit closes it, or the server
/// stops.
async fn connection(
    stream: TcpStream,
    app: App,
    router: Router,
    limits: Arc<ConnectionLimits>,
    activity: Registered,
    _slot: OwnedSemaphorePermit,
    mut stopping: watch::Receiver<()>,
) {
    let io = TokioIo::new(Watched {
        stream,
        activity: Arc::clone(&activity.0),
    });
    let service = Tracked {
        app,
        inner: TowerToHyperService::new(router),
        activity: Arc::clone(&activity.0),
    };
    let mut builder = hyper::server::conn::http1::Builder::new();
    // The head's time limit is the watchdog's: hyper's would also cut idle
    // kept-alive connections at the same time.
    builder.header_read_timeout(None).keep_alive(true);
    let connection = builder.serve_connection(io, service);
    tokio::pin!(connection);
    let watchdog = watchdog(&activity.0, &limits);
    tokio::pin!(watchdog);
    let mut stopped = false;
    loop {
        // In order, not in tokio's random order: the connection is the
        // branch that is ready nearly every time, and the draw is per poll.
        tokio::select! {
            biased;
            result = connection.as_mut() => {
                if let Err(error) = result {
                    tracing::debug!(%error, "tim-emulator connection ended");
                }
                return;
            }
            // A limit passed: dropping the connection closes the socket.
            () = &mut watchdog => return,
            _ = stopping.changed(), if !stopped => {
                stopped = true;
                connection.as_mut().graceful_shutdown();
            }
        }
    }
}

/// Completes when the connection's current phase has lasted too long.
///
/// Phase changes do not wake it (that would cost a wake-up per call): it
/// wakes by itself at least every `step`, the shorter of the head and idle
/// limits, which is soon enough. A phase that starts while it sleeps (at or
/// after the time it went to sleep) ends no sooner than `step` after its
/// start, so no later than the watchdog's next look. Only an eviction wakes
/// it at once.
async fn watchdog(activity: &Activity, limits: &ConnectionLimits) {
    let step = limits
        .header_read_timeout
        .min(limits.idle_timeout)
        .max(Duration::from_millis(1));
    loop {
        let evicted = activity.changed.notified();
        // The deadline first: an evicted connection's is "now", read after it.
        let deadline = activity.deadline(limits);
        let now = Instant::now();
        let next_look = now.checked_add(step);
        let wake = match (deadline, next_look) {
            (Some(deadline), _) if deadline <= now => return,
            (Some(deadline), Some(look)) => Some(deadline.min(look)),
            (deadline, look) => deadline.or(look),
        };
        match wake {
            Some(wake) => {
                tokio::select! {
                    () = tokio::time::sleep_until(wake.into()) => {}
                    () = evicted => {}
                }
            }
            None => evicted.await,
        }
    }
}

/// What a connection is doing, and since when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Waiting for the rest of a request's head.
    Head(Instant),
    /// A call is being answered.
    Busy,
    /// Kept alive, waiting for the next request.
    Idle(Instant),
}

const HEAD: u64 = 0;
const BUSY: u64 = 1;
const IDLE: u64 = 2;

/// One connection's phase, shared by its socket, its service and its
/// watchdog.
#[derive(Debug)]
struct Activity {
    /// Phase times are kept as nanoseconds since this instant.
    opened: Instant,
    /// The phase: its kind in the low two bits, its start above them.
    phase: AtomicU64,
    /// Set to close the connection to make room for another.
    evicted: AtomicBool,
    /// Wakes the watchdog on eviction.
    changed: Notify,
}

impl Activity {
    fn new() -> Self {
        Self {
            opened: Instant::now(),
            phase: AtomicU64::new(HEAD),
            evicted: AtomicBool::new(false),
            changed: Notify::new(),
        }
    }

    fn phase(&self) -> Phase {
        let word = self.phase.load(Ordering::Acquire);
        let since = self.opened + Duration::from_nanos(word >> 2);
        match word & 3 {
            BUSY => Phase::Busy,
            IDLE => Phase::Idle(since),
            _ => Phase::Head(since),
        }
    }

    fn encode(&self, kind: u64) -> u64 {
        // 2^62 ns is 146 years: a connection's age always fits.
        let nanos = u64::try_from(self.opened.elapsed().as_nanos()).unwrap_or(u64::MAX >> 2);
        (nanos.min(u64::MAX >> 2) << 2) | kind
    }

    /// Bytes came in: an idle connection starts reading a head.
    fn bytes_arrived(&self) {
        let word = self.phase.load(Ordering::Acquire);
        if word & 3 == IDLE {
            // Lost only to another change of phase, which then stands.
            let _ = self
                .phase
                .compare_exchange(word, self.encode(HEAD), Ordering::AcqRel, Ordering::Acquire);
        }
    }

    fn busy(&self) {
        self.evicted.store(false, Ordering::Relaxed);
        self.phase.store(BUSY, Ordering::Release);
    }

    fn idle(&self) {
        self.phase.store(self.encode(IDLE), Ordering::Release);
    }

    fn evict(&self) {
        self.evicted.store(true, Ordering::Relaxed);
        self.changed.notify_one();
    }

    /// When the current phase runs out; `None` while busy.
    fn deadline(&self, limits: &ConnectionLimits) -> Option<Instant> {
        match self.phase() {
            Phase::Busy => None,
            _ if self.evicted.load(Ordering::Relaxed) => Some(Instant::now()),
            Phase::Head(since) => since.checked_add(limits.header_read_timeout),
            Phase::Idle(since) => since.checked_add(limits.idle_timeout),
        }
    }
}

/// The open connections, so that the one idle the longest can be closed.
#[derive(Debug, Default)]
struct Registry {
    next: AtomicU64,
    connections: Mutex<HashMap<u64, Arc<Activity>>>,
}

/// A connection's entry in the registry, removed when dropped.
struct Registered(Arc<Activity>, u64, Arc<Registry>);

impl Drop for Registered {
    fn drop(&mut self) {
        self.2.connections().remove(&self.1);
    }
}

impl Registry {
    fn connections(&self) -> MutexGuard<'_, HashMap<u64, Arc<Activity>>> {
        self.connections.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn add(self: &Arc<Self>) -> Registered {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let activity = Arc::new(Activity::new());
        self.connections().insert(id, Arc::clone(&activity));
        Registered(activity, id, Arc::clone(self))
    }

    /// Marks the connection idle the longest for closing, if any is idle.
    fn evict_idlest(&self) {
        let connections = self.connections();
        let idlest = connections
            .values()
            .filter_map(|activity| match activity.phase() {
                Phase::Idle(since) if !activity.evicted.load(Ordering::Relaxed) => Some((since, activity)),
                _ => None,
            })
            .min_by_key(|(since, _)| *since);
        if let Some((_, activity)) = idlest {
            activity.evict();
        }
    }
}

/// The socket, telling the connection's activity when bytes arrive.
struct Watched {
    stream: TcpStream,
    activity: Arc<Activity>,
}

impl AsyncRead for Watched {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let poll = Pin::new(&mut this.stream).poll_read(cx, buf);
        if matches!(poll, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            this.activity.bytes_arrived();
        }
        poll
    }
}

impl AsyncWrite for Watched {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }
}

/// The router, telling the connection's activity when a call starts and
/// when its answer is made. A call of `/v4/{service}/{command}` goes
/// straight to the router's call handler, sparing the per-request work of
/// axum's routing and extractors (a fifth of the emulator's own cost per
/// call); any other request goes through the router.
#[derive(Clone)]
struct Tracked {
    app: App,
    inner: TowerToHyperService<Router>,
    activity: Arc<Activity>,
}

impl hyper::service::Service<Request<Incoming>> for Tracked {
    type Response = Response<Body>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, Infallible>> + Send>>;

    fn call(&self, request: Request<Incoming>) -> Self::Future {
        self.activity.busy();
        let activity = Arc::clone(&self.activity);
        if router::direct_path(request.uri()).is_some() {
            let app = self.app.clone();
            return Box::pin(async move {
                let (parts, body) = request.into_parts();
                // What direct_path returned: the whole path.
                let path = parts.uri.path();
                let response =
                    router::answer_call(&app, path, path, &parts.method, parts.uri.query(), Body::new(body)).await;
                activity.idle();
                Ok(response)
            });
        }
        let answer = self.inner.call(request);
        Box::pin(async move {
            let response = answer.await;
            activity.idle();
            response
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn accepted_sockets_have_nodelay() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let client = tokio::spawn(TcpStream::connect(addr));
        let accepted = accept(&listener).await;
        assert!(accepted.nodelay().unwrap());
        drop(client.await.unwrap().unwrap());
    }

    #[test]
    fn phases_and_their_deadlines() {
        let limits = ConnectionLimits::default()
            .header_read_timeout(Duration::from_secs(1))
            .idle_timeout(Duration::from_secs(100));
        let activity = Activity::new();
        let opened = Instant::now();
        let head = activity.deadline(&limits).unwrap();
        assert!(
            head <= opened + Duration::from_secs(1),
            "a new connection must send a head in time"
        );
        activity.busy();
        assert_eq!(activity.deadline(&limits), None);
        activity.idle();
        let idle = activity.deadline(&limits).unwrap();
        assert!(idle >= opened + Duration::from_secs(100));
        activity.bytes_arrived();
        assert!(
            activity.deadline(&limits).unwrap() < idle,
            "a started head has the head's limit"
        );
        activity.idle();
        activity.evict();
        assert!(activity.deadline(&limits).unwrap() <= Instant::now());
        activity.busy();
        assert_eq!(activity.deadline(&limits), None, "a busy connection is never cut");
    }

    #[test]
    fn the_connection_idle_the_longest_is_evicted() {
        let registry = Arc::new(Registry::default());
        let (first, second, busy) = (registry.add(), registry.add(), registry.add());
        first.0.idle();
        second.0.idle();
        busy.0.busy();
        registry.evict_idlest();
        assert!(first.0.evicted.load(Ordering::Relaxed));
        assert!(!second.0.evicted.load(Ordering::Relaxed));
        registry.evict_idlest();
        assert!(second.0.evicted.load(Ordering::Relaxed));
        registry.evict_idlest();
        assert!(!busy.0.evicted.load(Ordering::Relaxed));
        drop(first);
        assert_eq!(registry.connections().len(), 2);
    }
}
