//! The rate limit shared through Redis, against a real `redis-server` (on
//! 127.0.0.1, a free port, a temporary directory, no persistence) and the
//! emulator. A machine without `redis-server` fails these tests, saying how
//! to install it: they never pass by skipping.

use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tim_api::{
    BlockingClient, Client, ClientConfig, Error, PermitRequest, RateLimit, RateLimitStore, RedisFailure,
    RedisRateLimitStore, RetryPolicy,
};
use tim_emulator::{Emulator, EmulatorHandle};
use tim_protocol::account::AccountCheckRequest;
use tim_protocol::Api as _;
use tracing::field::{Field, Visit};
use tracing::{Dispatch, Level};
use tracing_subscriber::layer::{Context, SubscriberExt as _};
use tracing_subscriber::Layer;

/// A `redis-server` of the test's own, killed (and its directory removed)
/// on drop.
struct RedisServer {
    child: Option<Child>,
    port: u16,
    dir: PathBuf,
}

impl RedisServer {
    fn start() -> Self {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        Self::start_on(port)
    }

    /// A server on `port` (where one was killed, to bring Redis back).
    fn start_on(port: u16) -> Self {
        let dir = std::env::temp_dir().join(format!("tim-redis-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        let child = Command::new("redis-server")
            .args([
                "--port",
                &port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .arg("--dir")
            .arg(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|error| {
                panic!(
                    "cannot start redis-server ({error}): these tests need it on PATH; install it with \
                     `apt-get install redis-server` (Debian, Ubuntu) or your system's package, or run .ci/run, \
                     which installs it"
                )
            });
        let server = Self {
            child: Some(child),
            port,
            dir,
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while !server.answers_ping() {
            assert!(
                Instant::now() < deadline,
                "redis-server did not answer PING within 10 s"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        server
    }

    fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }

    fn answers_ping(&self) -> bool {
        let Ok(mut stream) = TcpStream::connect(("127.0.0.1", self.port)) else {
            return false;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(1)));
        let mut reply = [0; 7];
        stream.write_all(b"PING\r\n").is_ok() && stream.read_exact(&mut reply).is_ok() && &reply == b"+PONG\r\n"
    }

    /// Kills the server now.
    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn emulator() -> EmulatorHandle {
    Emulator::builder()
        .admin("administrator")
        .start()
        .expect("the emulator starts")
}

fn config(emulator: &EmulatorHandle, per_second: u32, store: impl RateLimitStore + 'static) -> ClientConfig {
    ClientConfig::builder()
        .base_url(emulator.base_url())
        .sdkappid(emulator.sdkappid())
        .identifier("administrator")
        .secret_key(emulator.secret_key().clone())
        .retry(RetryPolicy::none())
        .rate_limit(RateLimit::PerSecond(per_second))
        .rate_limit_store(store)
        .build()
        .expect("config")
}

fn check() -> AccountCheckRequest {
    AccountCheckRequest::new(["user_0001"])
}

/// Records when each attempt is sent (the core's DEBUG "sending" event, just
/// before the client hands the request to its transport) and each WARN and
/// INFO event (the store's own).
#[derive(Clone, Default)]
struct Recorder {
    sent: Arc<Mutex<Vec<Instant>>>,
    warnings: Arc<Mutex<Vec<String>>>,
}

impl<S: tracing::Subscriber> Layer<S> for Recorder {
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        struct Message(String);
        impl Visit for Message {
            fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
                use std::fmt::Write as _;
                let _ = write!(self.0, " {}={value:?}", field.name());
            }
        }
        let mut message = Message(String::new());
        event.record(&mut message);
        let level = *event.metadata().level();
        if level == Level::DEBUG && message.0.contains("message=sending") {
            self.sent.lock().unwrap().push(Instant::now());
        } else if level == Level::WARN || level == Level::INFO {
            self.warnings.lock().unwrap().push(message.0);
        }
    }
}

impl Recorder {
    fn dispatch(&self) -> Dispatch {
        Dispatch::new(tracing_subscriber::registry().with(self.clone()))
    }
}

#[test]
fn the_script_spaces_permits_across_two_connections() {
    let redis = RedisServer::start();
    // Two stores, as two processes would have: each its own connection.
    let stores = [
        RedisRateLimitStore::new(&redis.url()).unwrap(),
        RedisRateLimitStore::new(&redis.url()).unwrap(),
    ];
    let start = Instant::now();
    // 10 per second: a permit every 100 ms, alternately from each store.
    let slots: Vec<Duration> = (0..10)
        .map(|k| {
            let permit = PermitRequest::new(1400000000, "v4/a/b", 10, Instant::now());
            let wait = stores[k % 2].acquire_blocking(&permit).expect("a permit");
            start.elapsed() + wait
        })
        .collect();
    for (k, slot) in slots.iter().enumerate() {
        let expected = Duration::from_millis(100 * k as u64);
        let off = slot.abs_diff(expected);
        assert!(
            off < Duration::from_millis(25),
            "permit {k} at {slot:?}, expected about {expected:?}"
        );
    }
    // Another bucket, and another app, have budgets of their own.
    let other = PermitRequest::new(1400000000, "v4/a/c", 10, Instant::now());
    assert_eq!(stores[0].acquire_blocking(&other), Ok(Duration::ZERO));
    let other_app = PermitRequest::new(1400000001, "v4/a/b", 10, Instant::now());
    assert_eq!(stores[1].acquire_blocking(&other_app), Ok(Duration::ZERO));
    // The TAT is kept in the documented key, and expires.
    let mut connection = redis::Client::open(redis.url()).unwrap().get_connection().unwrap();
    let ttl: i64 = redis::cmd("PTTL")
        .arg("tim:rl:1400000000:v4/a/b")
        .query(&mut connection)
        .unwrap();
    assert!((1000..=2100).contains(&ttl), "PTTL {ttl}");
}

#[test]
fn four_clients_share_one_budget() {
    const PER_SECOND: u32 = 50;
    const CALLS: usize = 100;
    let redis = RedisServer::start();
    let emulator = emulator();
    let recorder = Recorder::default();
    let store = || RedisRateLimitStore::new(&redis.url()).unwrap();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let start = Instant::now();
    std::thread::scope(|scope| {
        // Two blocking clients on threads of their own, each with its own store.
        for _ in 0..2 {
            let client = BlockingClient::new(config(&emulator, PER_SECOND, store()));
            let dispatch = recorder.dispatch();
            scope.spawn(move || {
                tracing::dispatcher::with_default(&dispatch, || {
                    for _ in 0..CALLS {
                        client.send(&check()).expect("a blocking call");
                    }
                });
            });
        }
        // Two async clients, each with its own store.
        let tasks: Vec<_> = (0..2)
            .map(|_| {
                let client = Client::new(config(&emulator, PER_SECOND, store())).unwrap();
                let task = async move {
                    for _ in 0..CALLS {
                        client.send(&check()).await.expect("an async call");
                    }
                };
                runtime.spawn(tracing::instrument::WithSubscriber::with_subscriber(
                    task,
                    recorder.dispatch(),
                ))
            })
            .collect();
        runtime.block_on(async {
            for task in tasks {
                task.await.unwrap();
            }
        });
    });
    let elapsed = start.elapsed();
    let total = 4 * CALLS;
    let floor = Duration::from_secs(total as u64 / u64::from(PER_SECOND) - 1);
    assert!(
        elapsed >= floor,
        "{total} calls at {PER_SECOND}/s took {elapsed:?}, under {floor:?}"
    );
    eprintln!("{total} calls at {PER_SECOND}/s in {elapsed:?}");
    let mut sent = recorder.sent.lock().unwrap().clone();
    assert_eq!(sent.len(), total, "one attempt per call");
    sent.sort();
    // No second holds more than the limit. The store spaces the permits
    // exactly; a send comes up to a timer tick (1 ms on tokio) and a thread
    // wake-up after its permit, so the windows are 1 s less a 10 ms margin
    // for that lateness: a window of send times that long holds only permits
    // of one second.
    let window = Duration::from_millis(990);
    let busiest = (0..sent.len())
        .map(|i| sent[i..].iter().take_while(|t| **t - sent[i] < window).count())
        .max()
        .unwrap();
    eprintln!("the busiest {window:?} holds {busiest} calls");
    assert!(
        busiest <= PER_SECOND as usize,
        "{busiest} calls in {window:?}, above {PER_SECOND}"
    );
}

#[test]
fn with_redis_down_calls_go_on_paced_locally_and_one_warning_says_so() {
    let mut redis = RedisServer::start();
    let emulator = emulator();
    let recorder = Recorder::default();
    let client = BlockingClient::new(config(&emulator, 100, RedisRateLimitStore::new(&redis.url()).unwrap()));
    tracing::dispatcher::with_default(&recorder.dispatch(), || {
        for _ in 0..5 {
            client.send(&check()).expect("a call with Redis up");
        }
        redis.kill();
        let start = Instant::now();
        for _ in 0..20 {
            client.send(&check()).expect("a call with Redis down");
        }
        // Still paced (by the local limiter): 20 calls at 100/s.
        assert!(start.elapsed() >= Duration::from_millis(180), "{:?}", start.elapsed());
    });
    let warnings = recorder.warnings.lock().unwrap();
    let store_warnings: Vec<_> = warnings.iter().filter(|w| w.contains("rate-limit store")).collect();
    assert_eq!(store_warnings.len(), 1, "one warning per failure episode: {warnings:?}");
    assert!(
        store_warnings[0].contains("paced by this process alone"),
        "{}",
        store_warnings[0]
    );
}

#[test]
fn once_redis_is_back_the_store_uses_it_again() {
    let mut redis = RedisServer::start();
    let port = redis.port;
    let emulator = emulator();
    let recorder = Recorder::default();
    let client = BlockingClient::new(config(&emulator, 100, RedisRateLimitStore::new(&redis.url()).unwrap()));
    let key = format!("tim:rl:{}:v4/im_open_login_svc/account_check", emulator.sdkappid());
    tracing::dispatcher::with_default(&recorder.dispatch(), || {
        client.send(&check()).expect("a call with Redis up");
        redis.kill();
        client.send(&check()).expect("a call with Redis down");
        let redis = RedisServer::start_on(port);
        // Past the store's rest after a failure.
        std::thread::sleep(Duration::from_millis(600));
        client.send(&check()).expect("a call with Redis back");
        let mut connection = redis::Client::open(redis.url()).unwrap().get_connection().unwrap();
        let exists: bool = redis::cmd("EXISTS").arg(&key).query(&mut connection).unwrap();
        assert!(exists, "the call after the restart took its permit from Redis");
    });
    let events = recorder.warnings.lock().unwrap();
    assert!(events.iter().any(|e| e.contains("answers again")), "{events:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_redis_down_and_fail_call_calls_fail_unsent() {
    let mut redis = RedisServer::start();
    let emulator = emulator();
    let store = RedisRateLimitStore::new(&redis.url())
        .unwrap()
        .on_failure(RedisFailure::FailCall)
        .timeout(Duration::from_millis(100));
    let client = Client::new(config(&emulator, 100, store)).unwrap();
    client.send(&check()).await.expect("a call with Redis up");
    redis.kill();
    for _ in 0..3 {
        let error = client.send(&check()).await.expect_err("no permit with Redis down");
        assert!(matches!(error, Error::RateLimitStore(_)), "{error:?}");
        assert!(!error.is_outcome_unknown());
        let text = error.to_string();
        assert!(
            text.contains("nothing was sent") && text.contains("127.0.0.1"),
            "{text}"
        );
    }
    // The blocking client fails the same way.
    let store = RedisRateLimitStore::new(&redis.url())
        .unwrap()
        .on_failure(RedisFailure::FailCall);
    let blocking = BlockingClient::new(config(&emulator, 100, store));
    let error = tokio::task::spawn_blocking(move || blocking.send(&check()))
        .await
        .unwrap()
        .expect_err("no permit with Redis down");
    assert!(matches!(error, Error::RateLimitStore(_)), "{error:?}");
}

#[test]
fn debug_shows_no_redis_password() {
    let emulator = emulator();
    let store = RedisRateLimitStore::new("redis://tim:hunter2@127.0.0.1:6379/0").unwrap();
    let config = config(&emulator, 100, store);
    let client = BlockingClient::new(config.clone());
    for debug in [format!("{config:?}"), format!("{client:?}")] {
        assert!(!debug.contains("hunter2"), "{debug}");
        assert!(debug.contains("RedisRateLimitStore"), "{debug}");
    }
}

#[test]
fn a_redis_that_does_not_answer_costs_one_timeout_per_episode() {
    // A listener that never answers: connections open, replies never come.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("redis://{}/", silent.local_addr().unwrap());
    let emulator = emulator();
    let recorder = Recorder::default();
    let store = RedisRateLimitStore::new(&url)
        .unwrap()
        .timeout(Duration::from_millis(100));
    let client = BlockingClient::new(config(&emulator, 1000, store));
    tracing::dispatcher::with_default(&recorder.dispatch(), || {
        let start = Instant::now();
        for _ in 0..10 {
            client.send(&check()).expect("a call, paced locally");
        }
        // One timeout (100 ms), then the store rests instead of waiting again.
        let elapsed = start.elapsed();
        assert!(
            elapsed >= Duration::from_millis(100) && elapsed < Duration::from_millis(400),
            "{elapsed:?}"
        );
    });
    let warnings = recorder.warnings.lock().unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("timed out"), "{}", warnings[0]);
    // FailCall says so, on the async client too.
    let store = RedisRateLimitStore::new(&url)
        .unwrap()
        .timeout(Duration::from_millis(100))
        .on_failure(RedisFailure::FailCall);
    let client = Client::new(config(&emulator, 1000, store)).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let start = Instant::now();
    let error = runtime.block_on(client.send(&check())).expect_err("no permit");
    assert!(start.elapsed() < Duration::from_millis(400), "{:?}", start.elapsed());
    assert!(matches!(error, Error::RateLimitStore(_)), "{error:?}");
    assert!(error.to_string().contains("no answer within 100 ms"), "{error}");
}

/// The environment a worker process of
/// `four_processes_share_one_budget_by_the_emulators_log` runs with.
const WORKER_ENV: &str = "TIM_RATE_LIMIT_WORKER";

/// A worker: makes its calls through the Redis store at the shared limit,
/// as one replica of a backend would. Run only by the four-process test,
/// which passes the emulator's address, its key and Redis's URL.
#[test]
#[ignore = "a worker process of four_processes_share_one_budget_by_the_emulators_log"]
fn rate_limit_worker_process() {
    let spec = std::env::var(WORKER_ENV)
        .unwrap_or_else(|_| panic!("run by four_processes_share_one_budget_by_the_emulators_log ({WORKER_ENV})"));
    let [base_url, sdkappid, key, redis_url, per_second, calls, identity]: [&str; 7] =
        spec.split(' ').collect::<Vec<_>>().try_into().expect("seven fields");
    let config = ClientConfig::builder()
        .base_url(tim_protocol::BaseUrl::parse(base_url).unwrap())
        .sdkappid(sdkappid.parse().unwrap())
        .identifier(identity)
        .secret_key(tim_usersig::SecretKey::new(key).unwrap())
        .retry(RetryPolicy::none())
        .rate_limit(RateLimit::PerSecond(per_second.parse().unwrap()))
        .rate_limit_store(RedisRateLimitStore::new(redis_url).unwrap())
        .build()
        .unwrap();
    let client = BlockingClient::new(config);
    for _ in 0..calls.parse::<usize>().unwrap() {
        client.send(&check()).expect("a call within the shared limit");
    }
}

/// Four processes, as four replicas of one app, share one budget through
/// Redis: together they take as long as the limit says, and the emulator's
/// request log (when each call arrived) shows no window of a second
/// holding more than the limit.
#[test]
fn four_processes_share_one_budget_by_the_emulators_log() {
    const PER_SECOND: u32 = 40;
    const CALLS: usize = 60;
    const PROCESSES: usize = 4;
    let redis = RedisServer::start();
    // Each worker calls as its own admin, so the log tells them apart.
    let mut builder = Emulator::builder();
    for n in 0..PROCESSES {
        builder = builder.admin(format!("replica_{n}"));
    }
    let emulator = builder.start().expect("the emulator starts");
    let exe = std::env::current_exe().unwrap();
    let start = Instant::now();
    let workers: Vec<Child> = (0..PROCESSES)
        .map(|n| {
            let spec = [
                emulator.base_url().as_str().to_owned(),
                emulator.sdkappid().to_string(),
                emulator.secret_key().expose().to_owned(),
                redis.url(),
                PER_SECOND.to_string(),
                CALLS.to_string(),
                format!("replica_{n}"),
            ]
            .join(" ");
            Command::new(&exe)
                .args(["--exact", "rate_limit_worker_process", "--ignored", "--test-threads=1"])
                .env(WORKER_ENV, spec)
                .stdout(Stdio::null())
                .spawn()
                .expect("a worker process")
        })
        .collect();
    for mut worker in workers {
        assert!(worker.wait().unwrap().success(), "a worker failed");
    }
    let elapsed = start.elapsed();
    let total = PROCESSES * CALLS;
    let floor = Duration::from_secs_f64((total - 1) as f64 / f64::from(PER_SECOND));
    assert!(
        elapsed >= floor,
        "{total} calls at {PER_SECOND}/s took {elapsed:?}, under {floor:?}"
    );

    let mut arrivals: Vec<u64> = emulator
        .requests()
        .iter()
        .filter(|request| request.path == AccountCheckRequest::PATH)
        .map(|request| request.time_ms)
        .collect();
    assert_eq!(arrivals.len(), total, "one call each, none retried");
    let replicas: std::collections::BTreeSet<String> = emulator
        .requests()
        .iter()
        .filter_map(|request| request.identifier.clone())
        .collect();
    assert_eq!(replicas.len(), PROCESSES, "{replicas:?}");
    arrivals.sort_unstable();
    // As in four_clients_share_one_budget: the permits are spaced exactly,
    // and a call arrives a timer tick and a wake-up after its permit, so a
    // window of arrivals 10 ms short of a second holds one second's permits.
    let window_ms = 990;
    let busiest = (0..arrivals.len())
        .map(|i| {
            arrivals[i..]
                .iter()
                .take_while(|t| **t - arrivals[i] < window_ms)
                .count()
        })
        .max()
        .unwrap();
    assert!(
        busiest <= PER_SECOND as usize,
        "{busiest} calls arrived within {window_ms} ms, above {PER_SECOND}"
    );
    emulator.shutdown();
}
