//! What a user pays for a whole call, end to end over keep-alive connections
//! on 127.0.0.1, against what the same work costs with the bare HTTP client
//! or server (the baseline), measured side by side in one process with the
//! rounds alternating (see BENCHMARKS.md):
//!
//! - `client_sequential`: `Client` against a bare `reqwest::Client`, one
//!   call at a time, over HTTPS;
//! - `client_64_tasks`: the same with 64 tasks sharing one client;
//! - `blocking_sequential`: `BlockingClient` against a bare `ureq::Agent`;
//! - `emulator_8_clients`: the emulator against a bare hyper server that
//!   answers the same reply, 8 keep-alive clients sending
//!   update_contact_group edits; with the emulator's memory (RSS) before and
//!   after a long run.
//!
//! Both sides of a client comparison do a caller's whole job: encode the
//! request, POST it, read and parse the reply into the typed response. Each
//! comparison reports the median over rounds of the ratio of throughputs
//! (tim-rs / bare; higher is better, 1.0 is parity). `--quick` runs fewer
//! and shorter rounds. A name given as an argument runs only the
//! comparisons whose names contain it. This bench reports; it never fails on
//! a figure.

#[path = "support/servers.rs"]
mod servers;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

use servers::{BareServer, SelfSigned};
use tim_api::{BlockingClient, Client, ClientConfig, RateLimit};
use tim_emulator::{Emulator, EmulatorHandle};
use tim_protocol::recentcontact::{UpdateContactGroupRequest, UpdateContactGroupResponse};
use tim_protocol::{BaseUrl, QueryParams, RequestUrl};
use tim_transport::TransportConfig;
use tim_usersig::{SecretKey, Signer};

/// The seed's reply, as the bare servers send it.
const REPLY: &[u8] = include_bytes!("../../crates/protocol/samples/recentcontact/update_contact_group/response.json");
const SDKAPPID: u64 = 1400000000;
const ADMIN: &str = "administrator";
const KEY: &str = "bench-key-not-a-secret";

/// `--only=tim` or `--only=bare`: the side to run alone, if any.
static SIDE: std::sync::OnceLock<Option<bool>> = std::sync::OnceLock::new();

#[derive(Clone, Copy)]
struct Plan {
    rounds: usize,
    /// Calls per round and side.
    calls: usize,
    /// Calls per round and side where both cores are kept busy (64 tasks;
    /// 8 clients against the servers), ten times as many: a round of 2,000
    /// lasts 30 ms there, short enough for one hiccup of the scheduler, or
    /// the 64 tasks' start, to decide it.
    busy_calls: usize,
    /// Emulator calls between the two RSS readings.
    soak_calls: usize,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = args.iter().any(|arg| arg == "--quick");
    let filter = args.iter().find(|arg| !arg.starts_with('-')).cloned();
    // `cargo test --benches` runs bench targets with neither flag: do nothing then.
    if !args.iter().any(|arg| arg == "--bench") {
        return;
    }
    let plan = if quick {
        Plan {
            rounds: 7,
            calls: 1000,
            busy_calls: 10_000,
            soak_calls: 200_000,
        }
    } else {
        // 15 rounds: on a shared 2-core VM single rounds swing by ±0.3, and
        // the median of 7 still moved by ±0.05 between runs.
        Plan {
            rounds: 15,
            calls: 2000,
            busy_calls: 20_000,
            soak_calls: 1_000_000,
        }
    };
    // For profiling: the comparisons alone.
    let plan = if args.iter().any(|arg| arg == "--no-soak") {
        Plan { soak_calls: 0, ..plan }
    } else {
        plan
    };
    // For profiling: N calls per round in every comparison.
    let plan = match args.iter().find_map(|arg| arg.strip_prefix("--calls=")) {
        Some(calls) => {
            let calls = calls.parse().expect("--calls=N");
            Plan {
                calls,
                busy_calls: calls,
                ..plan
            }
        }
        None => plan,
    };
    // For profiling one side alone (`perf stat`, `perf record`): the other
    // side is skipped and the ratios are meaningless.
    let only = args
        .iter()
        .find_map(|arg| arg.strip_prefix("--only="))
        .map(|side| side == "tim");
    SIDE.set(only).unwrap();
    let wanted = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    let tls = SelfSigned::generate();
    let https = BareServer::start(REPLY, Some(&tls));
    let addrs = [https.addr; 2];
    let accepted = || https.accepted.load(std::sync::atomic::Ordering::Relaxed);
    let mut report = Report::default();
    println!(
        "e2e: {} rounds of {} calls each side ({} with 64 tasks or against the servers), alternating{}",
        plan.rounds,
        plan.calls,
        plan.busy_calls,
        if quick { " (--quick)" } else { "" }
    );
    if wanted("client_sequential") || wanted("client_64_tasks") {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let sides = runtime.block_on(AsyncSides::new(addrs, &tls));
        let busy = Plan {
            calls: plan.busy_calls,
            ..plan
        };
        for (name, tasks, plan) in [("client_sequential", 1, &plan), ("client_64_tasks", 64, &busy)] {
            if wanted(name) {
                report.push(compare(name, plan, Some(&accepted), |tim, calls| {
                    runtime.block_on(sides.run(tim, calls, tasks))
                }));
            }
        }
    }
    if wanted("blocking_sequential") {
        let sides = BlockingSides::new(addrs, &tls);
        report.push(compare("blocking_sequential", &plan, Some(&accepted), |tim, calls| {
            sides.run(tim, calls)
        }));
    }
    drop(https);
    if wanted("emulator_8_clients") {
        report.push(emulator(&plan, quick));
    }
    report.print();
}

/// Per-round throughputs of both sides of one comparison.
struct Comparison {
    name: &'static str,
    bare: Vec<f64>,
    tim: Vec<f64>,
    notes: Vec<String>,
}

impl Comparison {
    fn ratios(&self) -> Vec<f64> {
        self.tim.iter().zip(&self.bare).map(|(tim, bare)| tim / bare).collect()
    }
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

/// Runs `rounds` rounds of both sides, alternating which goes first, after
/// one warm-up call batch each. `run(tim, calls)` makes `calls` calls.
/// `accepted`, if given, counts the server's connections: each side's new
/// ones (warm-up included) are noted.
fn compare(
    name: &'static str,
    plan: &Plan,
    accepted: Option<&dyn Fn() -> usize>,
    mut run: impl FnMut(bool, usize),
) -> Comparison {
    let mut opened = [0; 2];
    let mut run = |tim: bool, calls| {
        if SIDE.get().copied().flatten().is_some_and(|only| only != tim) {
            return;
        }
        let before = accepted.map_or(0, |count| count());
        run(tim, calls);
        opened[usize::from(tim)] += accepted.map_or(0, |count| count()) - before;
    };
    run(false, plan.calls / 4);
    run(true, plan.calls / 4);
    let mut comparison = Comparison {
        name,
        bare: Vec::new(),
        tim: Vec::new(),
        notes: Vec::new(),
    };
    for round in 0..plan.rounds {
        let order = if round % 2 == 0 { [false, true] } else { [true, false] };
        for tim in order {
            let start = Instant::now();
            run(tim, plan.calls);
            let per_sec = plan.calls as f64 / start.elapsed().as_secs_f64();
            if tim {
                comparison.tim.push(per_sec);
            } else {
                comparison.bare.push(per_sec);
            }
        }
    }
    if accepted.is_some() {
        comparison
            .notes
            .push(format!("connections opened: bare {}, tim-rs {}", opened[0], opened[1]));
    }
    println!(
        "e2e: {name}: ratios per round {:?}",
        comparison
            .ratios()
            .iter()
            .map(|r| format!("{r:.3}"))
            .collect::<Vec<_>>()
    );
    comparison
}

#[derive(Default)]
struct Report(Vec<Comparison>);

impl Report {
    fn push(&mut self, comparison: Comparison) {
        self.0.push(comparison);
    }

    fn print(&self) {
        let mut text = format!(
            "machine: {}, {} cores\n\n| comparison | bare calls/s | tim-rs calls/s | ratio (median of rounds) |\n|---|---:|---:|---:|\n",
            cpu_model(),
            std::thread::available_parallelism().map_or(0, |n| n.get())
        );
        for c in &self.0 {
            text.push_str(&format!(
                "| {} | {:.0} | {:.0} | {:.3} |\n",
                c.name,
                median(&c.bare),
                median(&c.tim),
                median(&c.ratios())
            ));
        }
        for c in &self.0 {
            for note in &c.notes {
                text.push_str(&format!("\n{}: {note}", c.name));
            }
        }
        println!("\n==> end to end (tim-rs / bare; higher is better)\n{text}");
        // For `cargo xtask bench`, which prints it again after criterion's figures.
        if let Some(dir) = target_dir() {
            let _ = std::fs::write(dir.join("e2e-report.md"), text);
        }
    }
}

/// The profile directory this bench was built in (`<target>/release`, from
/// `<target>/release/deps/e2e-…`).
fn target_dir() -> Option<std::path::PathBuf> {
    let exe = std::env::current_exe().ok()?;
    Some(exe.ancestors().nth(2)?.to_path_buf())
}

fn request() -> UpdateContactGroupRequest {
    UpdateContactGroupRequest::rename("user_0001", "group_0001", "group_0002")
}

fn config(addr: SocketAddr, tls: &SelfSigned) -> ClientConfig {
    ClientConfig::builder()
        .base_url(BaseUrl::parse(&format!("https://{addr}")).unwrap())
        .sdkappid(SDKAPPID)
        .identifier(ADMIN)
        .secret_key(SecretKey::new(KEY).unwrap())
        .rate_limit(RateLimit::Off)
        .transport(
            TransportConfig::builder()
                .root_certificate_der(tls.cert_der.clone())
                .build(),
        )
        .build()
        .unwrap()
}

/// The URL a bare client posts to: the same path and query, signed once.
fn bare_url(addr: SocketAddr) -> String {
    let sig = Signer::new(SDKAPPID, SecretKey::new(KEY).unwrap()).sign(ADMIN, 86_400);
    RequestUrl::new(
        &BaseUrl::parse(&format!("https://{addr}")).unwrap(),
        "v4/recentcontact/update_contact_group",
        QueryParams {
            sdkappid: SDKAPPID,
            identifier: ADMIN,
            usersig: sig.expose(),
            random: 12345678,
        },
    )
    .as_str()
    .to_owned()
}

struct AsyncSides {
    tim: Client,
    bare: reqwest::Client,
    url: Arc<str>,
}

impl AsyncSides {
    /// `addrs`: the bare side's server, then tim-rs's.
    async fn new(addrs: [SocketAddr; 2], tls: &SelfSigned) -> Self {
        let bare = reqwest::Client::builder()
            .add_root_certificate(reqwest::Certificate::from_der(&tls.cert_der).unwrap())
            .build()
            .unwrap();
        Self {
            tim: Client::new(config(addrs[1], tls)).unwrap(),
            bare,
            url: bare_url(addrs[0]).into(),
        }
    }

    async fn run(&self, tim: bool, calls: usize, tasks: usize) {
        let mut joins = Vec::with_capacity(tasks);
        for task in 0..tasks {
            let share = calls / tasks + usize::from(task < calls % tasks);
            let (client, bare, url) = (self.tim.clone(), self.bare.clone(), Arc::clone(&self.url));
            joins.push(tokio::spawn(async move {
                let request = request();
                for _ in 0..share {
                    if tim {
                        client.send(&request).await.unwrap();
                    } else {
                        bare_reqwest(&bare, &url, &request).await;
                    }
                }
            }));
        }
        for join in joins {
            join.await.unwrap();
        }
    }
}

async fn bare_reqwest(client: &reqwest::Client, url: &str, request: &UpdateContactGroupRequest) {
    let body = serde_json::to_vec(request).unwrap();
    let reply = client
        .post(url)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 200);
    let bytes = reply.bytes().await.unwrap();
    std::hint::black_box(serde_json::from_slice::<UpdateContactGroupResponse>(&bytes).unwrap());
}

struct BlockingSides {
    tim: BlockingClient,
    bare: ureq::Agent,
    url: String,
}

impl BlockingSides {
    /// `addrs`: the bare side's server, then tim-rs's.
    fn new(addrs: [SocketAddr; 2], tls: &SelfSigned) -> Self {
        let roots = ureq::tls::RootCerts::new_with_certs(&[ureq::tls::Certificate::from_der(&tls.cert_der).to_owned()]);
        let bare = ureq::Agent::config_builder()
            .tls_config(ureq::tls::TlsConfig::builder().root_certs(roots).build())
            .build()
            .new_agent();
        Self {
            tim: BlockingClient::new(config(addrs[1], tls)),
            bare,
            url: bare_url(addrs[0]),
        }
    }

    fn run(&self, tim: bool, calls: usize) {
        let request = request();
        for _ in 0..calls {
            if tim {
                self.tim.send(&request).unwrap();
            } else {
                let body = serde_json::to_vec(&request).unwrap();
                let mut reply = self
                    .bare
                    .post(&self.url)
                    .header("content-type", "application/json")
                    .send(&body[..])
                    .unwrap();
                let bytes = reply.body_mut().read_to_vec().unwrap();
                std::hint::black_box(serde_json::from_slice::<UpdateContactGroupResponse>(&bytes).unwrap());
            }
        }
    }
}

/// The emulator against a bare hyper server, 8 keep-alive clients each
/// alternating adding and removing its own contact in a conversation group,
/// then the emulator's RSS before and after `soak_calls` more calls.
fn emulator(plan: &Plan, quick: bool) -> Comparison {
    const CLIENTS: usize = 8;
    let emulator = Emulator::builder().start().unwrap();
    let bare = BareServer::start(REPLY, None);
    let query = format!(
        "sdkappid={}&identifier=administrator&usersig={}&random=1&contenttype=json",
        emulator.sdkappid(),
        emulator.sign("administrator", 86_400).expose()
    );
    let mut setup = Connection::open(emulator.addr(), &query);
    setup.post("im_open_login_svc/account_import", r#"{"UserID":"bench"}"#);
    let created = setup.post(
        "recentcontact/create_contact_group",
        r#"{"From_Account":"bench","GroupContactItem":[{"GroupName":"g"}]}"#,
    );
    assert!(created.contains(r#""ActionStatus":"OK""#), "{created}");
    let run = |addr: SocketAddr, calls: usize| {
        std::thread::scope(|scope| {
            for client in 0..CLIENTS {
                let share = calls / CLIENTS + usize::from(client < calls % CLIENTS);
                let query = &query;
                scope.spawn(move || {
                    let mut connection = Connection::open(addr, query);
                    let [add, remove] = [1, 2].map(|op| edit(op, client));
                    for call in 0..share {
                        let reply = connection.post(
                            "recentcontact/update_contact_group",
                            if call % 2 == 0 { &add } else { &remove },
                        );
                        debug_assert!(reply.contains(r#""ActionStatus":"OK""#), "{reply}");
                    }
                });
            }
        });
    };
    let check = Connection::open(emulator.addr(), &query).post("recentcontact/update_contact_group", &edit(1, 0));
    assert!(check.contains(r#""ActionStatus":"OK""#), "{check}");
    Connection::open(emulator.addr(), &query).post("recentcontact/update_contact_group", &edit(2, 0));
    let servers = Plan {
        calls: plan.busy_calls,
        ..*plan
    };
    let mut comparison = compare("emulator_8_clients", &servers, None, |tim, calls| {
        run(if tim { emulator.addr() } else { bare.addr }, calls)
    });
    let before = rss_kib();
    let start = Instant::now();
    run(emulator.addr(), plan.soak_calls);
    let elapsed = start.elapsed();
    let after = rss_kib();
    comparison.notes.push(format!(
        "RSS of the process {} KiB before and {} KiB after {} more emulator calls ({:.1} s){}",
        before.map_or("?".into(), |k| k.to_string()),
        after.map_or("?".into(), |k| k.to_string()),
        plan.soak_calls,
        elapsed.as_secs_f64(),
        if quick {
            "; --quick: the full run makes 1,000,000"
        } else {
            ""
        }
    ));
    drop::<EmulatorHandle>(emulator);
    comparison
}

fn edit(op: u8, client: usize) -> String {
    format!(
        r#"{{"From_Account":"bench","UpdateType":1,"UpdateGroup":{{"UpdateGroupType":2,"OldGroupName":"g","ContactUpdateItem":[{{"ContactOptType":{op},"ContactItem":{{"Type":1,"To_Account":"peer-{client}"}}}}]}}}}"#
    )
}

/// The CPU's model name, from /proc (Linux).
fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            let line = info.lines().find(|line| line.starts_with("model name"))?;
            Some(line.split_once(':')?.1.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned())
}

/// The resident set of this process, from /proc (Linux).
fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// A kept-alive HTTP/1.1 connection that POSTs and reads replies: as cheap
/// a client as can be, so the servers' costs show.
struct Connection {
    stream: BufReader<TcpStream>,
    query: String,
    request: Vec<u8>,
    line: String,
}

impl Connection {
    fn open(addr: SocketAddr, query: &str) -> Self {
        let stream = TcpStream::connect(addr).unwrap();
        stream.set_nodelay(true).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        Self {
            stream: BufReader::new(stream),
            query: query.to_owned(),
            request: Vec::new(),
            line: String::new(),
        }
    }

    fn post(&mut self, path: &str, body: &str) -> String {
        self.request.clear();
        write!(
            self.request,
            "POST /v4/{path}?{} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            self.query,
            body.len()
        )
        .unwrap();
        self.stream.get_mut().write_all(&self.request).unwrap();
        let mut length = 0;
        loop {
            self.line.clear();
            self.stream.read_line(&mut self.line).unwrap();
            if self.line == "\r\n" || self.line.is_empty() {
                break;
            }
            let lower = self.line.to_ascii_lowercase();
            if let Some(value) = lower.strip_prefix("content-length:") {
                length = value.trim().parse().unwrap();
            }
        }
        let mut reply = vec![0; length];
        self.stream.read_exact(&mut reply).unwrap();
        String::from_utf8(reply).unwrap()
    }
}
