//! What a user pays for a whole call, end to end over keep-alive connections
//! on 127.0.0.1, against what the same work costs with the bare HTTP client
//! or server (the baseline), measured side by side in one process, the two
//! sides alternating within every round (see BENCHMARKS.md):
//!
//! - `client_sequential`: `Client` against a bare `reqwest::Client`, one
//!   call at a time, over HTTPS; `client_64_tasks`: 64 tasks sharing one
//!   client; each also `…_own_client`: tim-rs on a `reqwest::Client` the
//!   user built like the bare one (`ReqwestTransport::from_client`);
//! - `blocking_sequential`: `BlockingClient` against a bare `ureq::Agent`;
//!   `blocking_own_agent`: tim-rs on the user's agent
//!   (`UreqTransport::from_agent`);
//! - `…_server_nagle`: the sequential cases against a server that leaves
//!   `TCP_NODELAY` off, as many do;
//! - `emulator_8_clients`: the emulator against a bare hyper server that
//!   answers the same reply, 8 keep-alive clients sending
//!   update_contact_group edits; with the emulator's memory (RSS) before and
//!   after a long run; `emulator_fresh_usersig`: the emulator with a UserSig
//!   it has not seen on every call, against the same with one UserSig per
//!   client (the "bare" side).
//!
//! Both sides of a client comparison do a caller's whole job: encode the
//! request, POST it, read and parse the reply into the typed response, and
//! talk to the same server. Each comparison reports the ratio of
//! throughputs (tim-rs / bare; higher is better, 1.0 is parity) of every
//! round: its min, median and max. `--quick` runs fewer and shorter rounds.
//! A name given as an argument runs only the comparisons whose names contain
//! it. This bench reports; it never fails on a figure.

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
use tim_transport::{ReqwestTransport, TransportConfig, UreqTransport};
use tim_usersig::{SecretKey, Signer};

/// The seed's reply, as the bare servers send it.
const REPLY: &[u8] = include_bytes!("../../crates/protocol/samples/recentcontact/update_contact_group/response.json");
const SDKAPPID: u64 = 1400000000;
const ADMIN: &str = "administrator";
const KEY: &str = "bench-key-not-a-secret";

/// The profiling flags, set once from the command line.
#[derive(Default)]
struct Flags {
    /// `--only=tim` or `--only=bare`: the side to run alone, if any.
    only: Option<bool>,
    /// `--bare-execute`: the bare reqwest side builds its request and reads
    /// its body as tim-rs's transport does (`Client::execute`,
    /// `Response::chunk`), to tell the API's shape from the rest.
    bare_execute: bool,
    /// `--plain-bare`: the one-task bare reqwest loop without its yield.
    plain_bare: bool,
}

static FLAGS: std::sync::OnceLock<Flags> = std::sync::OnceLock::new();

fn flags() -> &'static Flags {
    FLAGS.get_or_init(Flags::default)
}

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
    let flag = |name: &str| args.iter().any(|arg| arg == name);
    let _ = FLAGS.set(Flags {
        only,
        bare_execute: flag("--bare-execute"),
        plain_bare: flag("--plain-bare"),
    });
    let wanted = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    let tls = SelfSigned::generate();
    let https = BareServer::start(REPLY, Some(&tls));
    let nagle = BareServer::start_with(REPLY, Some(&tls), false);
    let mut report = Report::default();
    println!(
        "e2e: {} rounds of {} calls each side ({} with 64 tasks or against the servers), in {SLICES} alternating slices",
        plan.rounds,
        plan.calls,
        plan.busy_calls,
    );
    let busy = Plan {
        calls: plan.busy_calls,
        ..plan
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    for (server, suffix) in [(&https, ""), (&nagle, "_server_nagle")] {
        let accepted = || server.accepted.load(std::sync::atomic::Ordering::Relaxed);
        let sides = runtime.block_on(AsyncSides::new(server.addr, &tls));
        let blocking = BlockingSides::new(server.addr, &tls);
        let cases: [(&str, usize, &Plan, TimSide); 4] = [
            ("client_sequential", 1, &plan, TimSide::SdkBuilt),
            ("client_sequential_own_client", 1, &plan, TimSide::UserBuilt),
            ("client_64_tasks", 64, &busy, TimSide::SdkBuilt),
            ("client_64_tasks_own_client", 64, &busy, TimSide::UserBuilt),
        ];
        for (case, tasks, plan, side) in cases {
            // Against the server without TCP_NODELAY, the sequential cases only.
            let name = format!("{case}{suffix}");
            if !wanted(&name) || (!suffix.is_empty() && tasks > 1) {
                continue;
            }
            report.push(compare(name, plan, Some(&accepted), |tim, calls| {
                runtime.block_on(sides.run(tim.then_some(side), calls, tasks))
            }));
        }
        for (case, side) in [
            ("blocking_sequential", TimSide::SdkBuilt),
            ("blocking_own_agent", TimSide::UserBuilt),
        ] {
            let name = format!("{case}{suffix}");
            if wanted(&name) {
                report.push(compare(name, &plan, Some(&accepted), |tim, calls| {
                    blocking.run(tim.then_some(side), calls)
                }));
            }
        }
    }
    drop((https, nagle));
    if wanted("emulator_8_clients") || wanted("emulator_fresh_usersig") {
        report.extend(emulator(&plan, quick, &wanted));
    }
    report.print();
}

/// Which tim-rs client a comparison runs: on a transport the SDK built from
/// its `TransportConfig`, or on the user's own HTTP client, built as the
/// bare side's is (`ReqwestTransport::from_client`,
/// `UreqTransport::from_agent`).
#[derive(Clone, Copy)]
enum TimSide {
    SdkBuilt,
    UserBuilt,
}

/// Each round runs each side in this many slices, alternating (bare, tim-rs,
/// bare, … or the reverse, every other round), so that both sides meet the
/// same state of a shared, noisy machine: a side's throughput in a round is
/// its calls over the sum of its slices' times.
const SLICES: usize = 4;

/// Per-round throughputs of both sides of one comparison.
struct Comparison {
    name: String,
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

/// Runs `rounds` rounds of both sides, each in [`SLICES`] slices that
/// alternate between the sides, after one warm-up batch each.
/// `run(tim, calls)` makes `calls` calls. `accepted`, if given, counts the
/// server's connections: each side's new ones (warm-up included) are noted.
fn compare(
    name: String,
    plan: &Plan,
    accepted: Option<&dyn Fn() -> usize>,
    mut run: impl FnMut(bool, usize),
) -> Comparison {
    let opened = std::cell::Cell::new([0; 2]);
    let mut run = |tim: bool, calls| {
        if flags().only.is_some_and(|only| only != tim) {
            return;
        }
        let before = accepted.map_or(0, |count| count());
        run(tim, calls);
        let mut counts = opened.get();
        counts[usize::from(tim)] += accepted.map_or(0, |count| count()) - before;
        opened.set(counts);
    };
    run(false, plan.calls / 4);
    run(true, plan.calls / 4);
    let warm = opened.get();
    let mut comparison = Comparison {
        name,
        bare: Vec::new(),
        tim: Vec::new(),
        notes: Vec::new(),
    };
    let slice = plan.calls.div_ceil(SLICES);
    for round in 0..plan.rounds {
        let mut spent = [Duration::ZERO; 2];
        for part in 0..SLICES {
            let first = (round + part) % 2 == 1;
            for tim in [first, !first] {
                let start = Instant::now();
                run(tim, slice);
                spent[usize::from(tim)] += start.elapsed();
            }
        }
        let calls = (slice * SLICES) as f64;
        comparison.bare.push(calls / spent[0].as_secs_f64());
        comparison.tim.push(calls / spent[1].as_secs_f64());
    }
    if accepted.is_some() {
        let opened = opened.get();
        comparison.notes.push(format!(
            "connections opened: bare {} ({} in the warm-up), tim-rs {} ({} in the warm-up)",
            opened[0], warm[0], opened[1], warm[1]
        ));
    }
    println!(
        "e2e: {}: ratios per round {:?}",
        comparison.name,
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

    fn extend(&mut self, comparisons: impl IntoIterator<Item = Comparison>) {
        self.0.extend(comparisons);
    }

    fn print(&self) {
        let mut text = format!(
            "machine: {}, {} cores\n\n| comparison | bare calls/s (median) | tim-rs calls/s (median) | ratio: min | median | max |\n|---|---:|---:|---:|---:|---:|\n",
            cpu_model(),
            std::thread::available_parallelism().map_or(0, |n| n.get())
        );
        for c in &self.0 {
            let ratios = c.ratios();
            let (min, max) = ratios.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &r| {
                (lo.min(r), hi.max(r))
            });
            text.push_str(&format!(
                "| {} | {:.0} | {:.0} | {min:.3} | **{:.3}** | {max:.3} |\n",
                c.name,
                median(&c.bare),
                median(&c.tim),
                median(&ratios)
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
    /// On the transport the SDK builds.
    tim: Client,
    /// On `ReqwestTransport::from_client`, a client built as `bare` is.
    own: Client,
    bare: reqwest::Client,
    url: Arc<str>,
}

/// The bare side's client, as a user builds one: trusting the server's
/// certificate, otherwise reqwest's defaults.
fn user_reqwest(tls: &SelfSigned) -> reqwest::Client {
    reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_der(&tls.cert_der).unwrap())
        .build()
        .unwrap()
}

/// The bare side's agent, as a user builds one.
fn user_agent(tls: &SelfSigned) -> ureq::Agent {
    let roots = ureq::tls::RootCerts::new_with_certs(&[ureq::tls::Certificate::from_der(&tls.cert_der).to_owned()]);
    ureq::Agent::config_builder()
        .tls_config(ureq::tls::TlsConfig::builder().root_certs(roots).build())
        .build()
        .new_agent()
}

impl AsyncSides {
    async fn new(addr: SocketAddr, tls: &SelfSigned) -> Self {
        let own = ReqwestTransport::from_client(user_reqwest(tls), &TransportConfig::default());
        Self {
            tim: Client::new(config(addr, tls)).unwrap(),
            own: Client::with_transport(config(addr, tls), own),
            bare: user_reqwest(tls),
            url: bare_url(addr).into(),
        }
    }

    /// `calls` calls from `tasks` tasks: tim-rs on the `tim` side, or the
    /// bare client for `None`.
    async fn run(&self, tim: Option<TimSide>, calls: usize, tasks: usize) {
        let client = match tim {
            Some(TimSide::SdkBuilt) => Some(self.tim.clone()),
            Some(TimSide::UserBuilt) => Some(self.own.clone()),
            None => None,
        };
        let mut joins = Vec::with_capacity(tasks);
        for task in 0..tasks {
            let share = calls / tasks + usize::from(task < calls % tasks);
            let (client, bare, url) = (client.clone(), self.bare.clone(), Arc::clone(&self.url));
            joins.push(tokio::spawn(async move {
                let request = request();
                for _ in 0..share {
                    match &client {
                        Some(client) => {
                            client.send(&request).await.unwrap();
                        }
                        // The baseline in its faster form: yielding after
                        // each call is faster for one task, slower for 64.
                        None => bare_reqwest(&bare, &url, &request, tasks == 1 && !flags().plain_bare).await,
                    }
                }
            }));
        }
        for join in joins {
            join.await.unwrap();
        }
    }
}

/// One bare call. `yield_after`: yield to the scheduler once the reply is
/// read, which makes a one-task loop faster (BENCHMARKS.md, "tim-rs faster
/// than bare"): hyper hands the connection back to its pool from a task of
/// its own, and a loop that asks for it at once waits for that task.
async fn bare_reqwest(client: &reqwest::Client, url: &str, request: &UpdateContactGroupRequest, yield_after: bool) {
    let body = serde_json::to_vec(request).unwrap();
    if flags().bare_execute {
        let mut out = reqwest::Request::new(reqwest::Method::POST, reqwest::Url::parse(url).unwrap());
        out.headers_mut().insert(
            "content-type",
            reqwest::header::HeaderValue::from_static("application/json"),
        );
        *out.body_mut() = Some(body.into());
        let mut reply = client.execute(out).await.unwrap();
        assert_eq!(reply.status(), 200);
        let mut bytes = Vec::new();
        while let Some(chunk) = reply.chunk().await.unwrap() {
            bytes.extend_from_slice(&chunk);
        }
        parse_reply(&bytes);
    } else {
        let reply = client
            .post(url)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(reply.status(), 200);
        parse_reply(&reply.bytes().await.unwrap());
    }
    if yield_after {
        tokio::task::yield_now().await;
    }
}

/// What a caller does with a reply: parse it into the typed response.
fn parse_reply(bytes: &[u8]) {
    std::hint::black_box(serde_json::from_slice::<UpdateContactGroupResponse>(bytes).unwrap());
}

struct BlockingSides {
    /// On the transport the SDK builds.
    tim: BlockingClient,
    /// On `UreqTransport::from_agent`, an agent built as `bare` is.
    own: BlockingClient,
    bare: ureq::Agent,
    url: String,
}

impl BlockingSides {
    fn new(addr: SocketAddr, tls: &SelfSigned) -> Self {
        let own = UreqTransport::from_agent(user_agent(tls), &TransportConfig::default());
        Self {
            tim: BlockingClient::new(config(addr, tls)),
            own: BlockingClient::with_transport(config(addr, tls), own),
            bare: user_agent(tls),
            url: bare_url(addr),
        }
    }

    fn run(&self, tim: Option<TimSide>, calls: usize) {
        let request = request();
        let client = match tim {
            Some(TimSide::SdkBuilt) => Some(&self.tim),
            Some(TimSide::UserBuilt) => Some(&self.own),
            None => None,
        };
        for _ in 0..calls {
            if let Some(client) = client {
                client.send(&request).unwrap();
            } else {
                let body = serde_json::to_vec(&request).unwrap();
                let mut reply = self
                    .bare
                    .post(&self.url)
                    .header("content-type", "application/json")
                    .send(&body[..])
                    .unwrap();
                parse_reply(&reply.body_mut().read_to_vec().unwrap());
            }
        }
    }
}

/// The emulator against a bare hyper server, 8 keep-alive clients each
/// alternating adding and removing its own contact in a conversation group,
/// then the emulator's RSS before and after `soak_calls` more calls; and the
/// emulator with a fresh UserSig on every call against the same with one
/// UserSig per client.
fn emulator(plan: &Plan, quick: bool, wanted: &dyn Fn(&str) -> bool) -> Vec<Comparison> {
    const CLIENTS: usize = 8;
    let emulator = Emulator::builder().start().unwrap();
    let bare = BareServer::start(REPLY, None);
    let query = |usersig: &str| {
        format!(
            "sdkappid={}&identifier=administrator&usersig={usersig}&random=1&contenttype=json",
            emulator.sdkappid()
        )
    };
    let signed = query(emulator.sign("administrator", 86_400).expose());
    // UserSigs the emulator has not seen, distinct by their validity: more
    // than its cache of verified UserSigs holds (it empties itself at 1,024),
    // so that each comes round again only after the cache was emptied. Signed
    // before the rounds, so that the clients' work stays the same.
    let fresh: Vec<String> = (0..4096)
        .map(|n| query(emulator.sign("administrator", 86_400 + n).expose()))
        .collect();
    let mut setup = Connection::open(emulator.addr());
    setup.post("im_open_login_svc/account_import", &signed, r#"{"UserID":"bench"}"#);
    let created = setup.post(
        "recentcontact/create_contact_group",
        &signed,
        r#"{"From_Account":"bench","GroupContactItem":[{"GroupName":"g"}]}"#,
    );
    assert!(created.contains(r#""ActionStatus":"OK""#), "{created}");
    // `queries`: the query of each call, in turn (one, or the fresh UserSigs).
    let run = |addr: SocketAddr, calls: usize, queries: &[String]| {
        std::thread::scope(|scope| {
            for client in 0..CLIENTS {
                let share = calls / CLIENTS + usize::from(client < calls % CLIENTS);
                scope.spawn(move || {
                    let mut connection = Connection::open(addr);
                    let [add, remove] = [1, 2].map(|op| edit(op, client));
                    // Each client its own stretch of the queries.
                    let first = client * queries.len() / CLIENTS;
                    for call in 0..share {
                        let query = &queries[(first + call) % queries.len()];
                        let reply = connection.post(
                            "recentcontact/update_contact_group",
                            query,
                            if call % 2 == 0 { &add } else { &remove },
                        );
                        debug_assert!(reply.contains(r#""ActionStatus":"OK""#), "{reply}");
                    }
                });
            }
        });
    };
    for queries in [std::slice::from_ref(&signed), &fresh[..1]] {
        let check =
            Connection::open(emulator.addr()).post("recentcontact/update_contact_group", &queries[0], &edit(1, 0));
        assert!(check.contains(r#""ActionStatus":"OK""#), "{check}");
        Connection::open(emulator.addr()).post("recentcontact/update_contact_group", &queries[0], &edit(2, 0));
    }
    let servers = Plan {
        calls: plan.busy_calls,
        ..*plan
    };
    let same = std::slice::from_ref(&signed);
    let mut comparisons = Vec::new();
    if wanted("emulator_8_clients") {
        let mut comparison = compare("emulator_8_clients".into(), &servers, None, |tim, calls| {
            run(if tim { emulator.addr() } else { bare.addr }, calls, same)
        });
        // The request log keeps the last calls (100,000 by default): fill it
        // first, so that what follows shows whether anything else grows.
        run(emulator.addr(), tim_emulator::DEFAULT_REQUEST_LOG_CAPACITY, same);
        let before = rss_kib();
        let start = Instant::now();
        run(emulator.addr(), plan.soak_calls, same);
        let elapsed = start.elapsed();
        let after = rss_kib();
        comparison.notes.push(format!(
            "RSS of the process {} KiB before and {} KiB after {} more emulator calls ({:.1} s), its request log full before{}",
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
        comparisons.push(comparison);
    }
    if wanted("emulator_fresh_usersig") {
        let mut comparison = compare("emulator_fresh_usersig".into(), &servers, None, |fresh_sigs, calls| {
            run(emulator.addr(), calls, if fresh_sigs { &fresh } else { same })
        });
        comparison
            .notes
            .push("the emulator both sides: \"bare\" is one UserSig per client, \"tim-rs\" a UserSig not seen before on every call".into());
        comparisons.push(comparison);
    }
    drop::<EmulatorHandle>(emulator);
    comparisons
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
    request: Vec<u8>,
    line: String,
}

impl Connection {
    fn open(addr: SocketAddr) -> Self {
        let stream = TcpStream::connect(addr).unwrap();
        stream.set_nodelay(true).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        Self {
            stream: BufReader::new(stream),
            request: Vec::new(),
            line: String::new(),
        }
    }

    fn post(&mut self, path: &str, query: &str, body: &str) -> String {
        self.request.clear();
        write!(
            self.request,
            "POST /v4/{path}?{query} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
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
