//! What a call tells a tracing subscriber and a metrics recorder, for both
//! clients against a local wiremock server: a success (twice, the second
//! waiting for the client-side rate limit), a refusal and a validation
//! failure, a retried failure that then succeeds, and a call that changes
//! state whose reply is a 502 (its outcome is unknown). And that nothing
//! recorded holds a secret.
//!
//! The subscriber and the recorder are global (the blocking client runs on
//! another thread than the test's), so this binary holds one test.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use metrics::{Counter, Gauge, Histogram, HistogramFn, Key, KeyName, Metadata, SharedString, Unit};
use tim_api::observability::{
    CALLS_TOTAL, CALL_DURATION_SECONDS, FAILURES_TOTAL, OUTCOME_UNKNOWN_TOTAL, RATE_LIMIT_WAITS_TOTAL, RETRIES_TOTAL,
};
use tim_api::{BlockingClient, Client, ClientConfig, Error, RateLimit, RetryPolicy};
use tim_protocol::group::{DestroyGroupRequest, GetGroupInfoRequest};
use tim_protocol::recentcontact::{DelContactGroupRequest, UpdateContactGroupRequest};
use tim_protocol::{Api, BaseUrl};
use tim_usersig::SecretKey;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt as _};
use tracing_subscriber::registry::LookupSpan;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRET_KEY: &str = "observability-secret-key-0123456789abcdef";

const READ: &str = "v4/group_open_http_svc/get_group_info";
const RENAME: &str = "v4/recentcontact/update_contact_group";
const DESTROY: &str = "v4/group_open_http_svc/destroy_group";
const DELETE: &str = "v4/recentcontact/del_contact_group";

// ---- A tracing layer that keeps the fields of each `tim.call` span. ----

/// A span's or an event's fields, as text.
#[derive(Debug, Default, Clone)]
struct Fields(BTreeMap<String, String>);

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.0.insert(field.name().to_owned(), value.to_string());
    }
    fn record_i64(&mut self, field: &Field, value: i64) {
        self.0.insert(field.name().to_owned(), value.to_string());
    }
}

impl Fields {
    fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }
}

/// A closed `tim.call` span: its last value of each field, and the events
/// logged in it.
#[derive(Debug, Default, Clone)]
struct CallSpan {
    fields: Fields,
    events: Vec<(Level, Fields)>,
}

impl CallSpan {
    fn field(&self, name: &str) -> Option<&str> {
        self.fields.get(name)
    }
    fn warnings(&self) -> Vec<&Fields> {
        self.events
            .iter()
            .filter(|(level, _)| *level == Level::WARN)
            .map(|(_, fields)| fields)
            .collect()
    }
}

fn spans() -> &'static Mutex<Vec<CallSpan>> {
    static SPANS: OnceLock<Mutex<Vec<CallSpan>>> = OnceLock::new();
    SPANS.get_or_init(Mutex::default)
}

struct Capture;

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Capture {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        if attrs.metadata().name() != "tim.call" {
            return;
        }
        let mut call = CallSpan::default();
        attrs.record(&mut call.fields);
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(call);
        }
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        if let Some(span) = ctx.span(id) {
            if let Some(call) = span.extensions_mut().get_mut::<CallSpan>() {
                values.record(&mut call.fields);
            }
        }
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        if let Some(span) = ctx.event_span(event) {
            if let Some(call) = span.extensions_mut().get_mut::<CallSpan>() {
                let mut fields = Fields::default();
                event.record(&mut fields);
                call.events.push((*event.metadata().level(), fields));
            }
        }
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        if let Some(span) = ctx.span(&id) {
            if let Some(call) = span.extensions_mut().remove::<CallSpan>() {
                spans().lock().unwrap().push(call);
            }
        }
    }
}

// ---- A metrics recorder that keeps counters and histogram samples. ----

#[derive(Default)]
struct Store {
    counters: Mutex<HashMap<String, Arc<AtomicU64>>>,
    histograms: Mutex<HashMap<String, Arc<Samples>>>,
}

#[derive(Default)]
struct Samples(Mutex<Vec<f64>>);

impl HistogramFn for Samples {
    fn record(&self, value: f64) {
        self.0.lock().unwrap().push(value);
    }
}

fn store() -> &'static Store {
    static STORE: OnceLock<Store> = OnceLock::new();
    STORE.get_or_init(Store::default)
}

/// `name{label=value,...}`, labels sorted.
fn key_text(key: &Key) -> String {
    let mut labels: Vec<String> = key
        .labels()
        .map(|label| format!("{}={}", label.key(), label.value()))
        .collect();
    labels.sort();
    format!("{}{{{}}}", key.name(), labels.join(","))
}

struct Recorder;

impl metrics::Recorder for Recorder {
    fn describe_counter(&self, _: KeyName, _: Option<Unit>, _: SharedString) {}
    fn describe_gauge(&self, _: KeyName, _: Option<Unit>, _: SharedString) {}
    fn describe_histogram(&self, _: KeyName, _: Option<Unit>, _: SharedString) {}

    fn register_counter(&self, key: &Key, _: &Metadata<'_>) -> Counter {
        let mut counters = store().counters.lock().unwrap();
        Counter::from_arc(Arc::clone(counters.entry(key_text(key)).or_default()))
    }

    fn register_gauge(&self, _: &Key, _: &Metadata<'_>) -> Gauge {
        Gauge::noop()
    }

    fn register_histogram(&self, key: &Key, _: &Metadata<'_>) -> Histogram {
        let mut histograms = store().histograms.lock().unwrap();
        Histogram::from_arc(Arc::clone(histograms.entry(key_text(key)).or_default()))
    }
}

/// The counter `name` with these labels (0 if never incremented).
fn counter(name: &str, labels: &[(&str, &str)]) -> u64 {
    let mut labels: Vec<String> = labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
    labels.sort();
    let key = format!("{name}{{{}}}", labels.join(","));
    store()
        .counters
        .lock()
        .unwrap()
        .get(&key)
        .map_or(0, |value| value.load(Ordering::SeqCst))
}

fn samples(name: &str, endpoint: &str) -> Vec<f64> {
    store()
        .histograms
        .lock()
        .unwrap()
        .get(&format!("{name}{{endpoint={endpoint}}}"))
        .map(|samples| samples.0.lock().unwrap().clone())
        .unwrap_or_default()
}

fn install() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        tracing::subscriber::set_global_default(tracing_subscriber::registry().with(Capture)).unwrap();
        metrics::set_global_recorder(Recorder).unwrap();
    });
}

fn reset() {
    spans().lock().unwrap().clear();
    store().counters.lock().unwrap().clear();
    store().histograms.lock().unwrap().clear();
}

// ---- The clients and the server. ----

enum Driver {
    Async(Client),
    Blocking(BlockingClient),
}

impl Driver {
    fn new(blocking: bool, config: ClientConfig) -> Self {
        if blocking {
            Self::Blocking(BlockingClient::new(config))
        } else {
            Self::Async(Client::new(config).unwrap())
        }
    }

    async fn send<R: Api + Sync>(&self, request: &R) -> Result<R::Response, Error> {
        match self {
            Self::Async(client) => client.send(request).await,
            Self::Blocking(client) => tokio::task::block_in_place(|| client.send(request)),
        }
    }
}

fn config(server: &MockServer, rate_limit: RateLimit) -> ClientConfig {
    ClientConfig::builder()
        .base_url(BaseUrl::parse(&server.uri()).unwrap())
        .sdkappid(1400000000)
        .identifier("admin")
        .secret_key(SecretKey::new(SECRET_KEY).unwrap())
        .rate_limit(rate_limit)
        .retry(
            RetryPolicy::builder()
                .initial_backoff(Duration::from_millis(2))
                .max_backoff(Duration::from_millis(4))
                .build(),
        )
        .build()
        .unwrap()
}

fn ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_string(r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#)
}

fn fail(code: i64) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_string(format!(
        r#"{{"ActionStatus":"FAIL","ErrorCode":{code},"ErrorInfo":"refused"}}"#
    ))
}

async fn mount(server: &MockServer) {
    server.reset().await;
    let at = |endpoint: &str| Mock::given(method("POST")).and(path(format!("/{endpoint}")));
    at(READ).respond_with(ok()).mount(server).await;
    at(RENAME).respond_with(fail(51009)).mount(server).await;
    // A rate limit once, then a success.
    at(DESTROY)
        .respond_with(fail(60007))
        .up_to_n_times(1)
        .mount(server)
        .await;
    at(DESTROY).respond_with(ok()).mount(server).await;
    // A gateway that quotes the request's URL.
    at(DELETE)
        .respond_with(
            ResponseTemplate::new(502).set_body_string(format!("bad gateway for /{DELETE}?usersig=QUOTED&random=1")),
        )
        .mount(server)
        .await;
}

/// The closed span of each call to `endpoint`, in order.
fn calls_of(endpoint: &str) -> Vec<CallSpan> {
    spans()
        .lock()
        .unwrap()
        .iter()
        .filter(|span| span.field("path") == Some(endpoint))
        .cloned()
        .collect()
}

fn latency_ms(span: &CallSpan) -> u64 {
    span.field("latency_ms")
        .unwrap_or_else(|| panic!("no latency_ms in {span:?}"))
        .parse()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn every_call_leaves_a_span_and_metrics() {
    const { assert!(GetGroupInfoRequest::IDEMPOTENT && !DelContactGroupRequest::IDEMPOTENT) };
    install();
    let server = MockServer::start().await;
    for blocking in [false, true] {
        let which = if blocking { "blocking" } else { "async" };
        mount(&server).await;
        reset();

        // A success, twice: the second waits for the rate limit (2 per second).
        let driver = Driver::new(blocking, config(&server, RateLimit::PerSecond(2)));
        let read = GetGroupInfoRequest::new(["@TGS#1"]);
        driver.send(&read).await.unwrap();
        driver.send(&read).await.unwrap();

        let driver = Driver::new(blocking, config(&server, RateLimit::Off));
        // A refusal, and a request refused before it is sent.
        let error = driver
            .send(&UpdateContactGroupRequest::rename(
                "user_0001",
                "group_0001",
                "group_0002",
            ))
            .await
            .unwrap_err();
        assert_eq!(error.code().map(|code| code.code()), Some(51009), "{which}");
        let invalid = UpdateContactGroupRequest::rename("user_0001", "group_0001", "x".repeat(65));
        assert!(driver.send(&invalid).await.unwrap_err().is_validation());
        // A rate limit, retried, then a success.
        driver.send(&DestroyGroupRequest::new("@TGS#1")).await.unwrap();
        // A 502 to a call that changes state: not retried, outcome unknown.
        let error = driver
            .send(&DelContactGroupRequest::new("user_0001", "group_0001"))
            .await
            .unwrap_err();
        assert!(error.is_outcome_unknown(), "{which}: {error:?}");

        // The spans.
        let reads = calls_of(READ);
        assert_eq!(reads.len(), 2, "{which}: {reads:?}");
        for span in &reads {
            assert_eq!(span.field("attempt"), Some("1"), "{which}: {span:?}");
            assert_eq!(span.field("outcome"), Some("ok"), "{which}: {span:?}");
            assert_eq!(span.field("retry"), Some("not_needed"), "{which}: {span:?}");
            assert_eq!(span.field("code"), None, "{which}: {span:?}");
            assert!(span.field("random").is_some(), "{which}: {span:?}");
            assert!(span.warnings().is_empty(), "{which}: {span:?}");
        }
        // The rate-limit wait counts in the second call's latency.
        assert!(latency_ms(&reads[1]) >= 250, "{which}: {:?}", reads[1]);

        let renames = calls_of(RENAME);
        assert_eq!(renames.len(), 2, "{which}: {renames:?}");
        let refused = &renames[0];
        assert_eq!(refused.field("outcome"), Some("refused"), "{which}: {refused:?}");
        assert_eq!(refused.field("code"), Some("51009"), "{which}: {refused:?}");
        assert_eq!(refused.field("retry"), Some("not_retryable"), "{which}: {refused:?}");
        assert_eq!(refused.field("attempt"), Some("1"), "{which}: {refused:?}");
        latency_ms(refused);
        let invalid = &renames[1];
        assert_eq!(invalid.field("outcome"), Some("failed"), "{which}: {invalid:?}");
        assert_eq!(invalid.field("retry"), Some("not_sent"), "{which}: {invalid:?}");
        assert_eq!(invalid.field("attempt"), None, "{which}: {invalid:?}");

        let [retried] = calls_of(DESTROY).try_into().unwrap();
        assert_eq!(retried.field("attempt"), Some("2"), "{which}: {retried:?}");
        assert_eq!(retried.field("outcome"), Some("ok"), "{which}: {retried:?}");
        assert_eq!(retried.field("retry"), Some("not_needed"), "{which}: {retried:?}");
        assert_eq!(retried.field("code"), None, "{which}: {retried:?}");
        let [warning] = retried.warnings().try_into().unwrap();
        assert_eq!(warning.get("message"), Some("retrying"), "{which}: {warning:?}");
        assert!(warning.get("error").unwrap().contains("60007"), "{which}: {warning:?}");
        assert_eq!(warning.get("attempt"), Some("1"), "{which}: {warning:?}");
        assert_eq!(warning.get("path"), Some(DESTROY), "{which}: {warning:?}");
        latency_ms(&retried);

        let [unknown] = calls_of(DELETE).try_into().unwrap();
        assert_eq!(unknown.field("attempt"), Some("1"), "{which}: {unknown:?}");
        assert_eq!(
            unknown.field("outcome"),
            Some("outcome_unknown"),
            "{which}: {unknown:?}"
        );
        assert_eq!(unknown.field("retry"), Some("not_idempotent"), "{which}: {unknown:?}");
        assert_eq!(unknown.field("code"), None, "{which}: {unknown:?}");
        let [warning] = unknown.warnings().try_into().unwrap();
        assert!(
            warning.get("message").unwrap().contains("the outcome is unknown"),
            "{which}: {warning:?}"
        );
        assert!(warning.get("error").unwrap().contains("502"), "{which}: {warning:?}");
        assert_eq!(warning.get("path"), Some(DELETE), "{which}: {warning:?}");
        latency_ms(&unknown);

        // The metrics.
        let endpoint = |path| [("endpoint", path)];
        assert_eq!(counter(CALLS_TOTAL, &endpoint(READ)), 2, "{which}");
        assert_eq!(counter(RATE_LIMIT_WAITS_TOTAL, &endpoint(READ)), 1, "{which}");
        assert_eq!(counter(RETRIES_TOTAL, &endpoint(READ)), 0, "{which}");
        assert_eq!(counter(FAILURES_TOTAL, &[("endpoint", READ), ("code", "51009")]), 0);
        let durations = samples(CALL_DURATION_SECONDS, READ);
        assert_eq!(durations.len(), 2, "{which}: {durations:?}");
        assert!(durations[1] >= 0.25, "{which}: {durations:?}");

        assert_eq!(counter(CALLS_TOTAL, &endpoint(RENAME)), 2, "{which}");
        assert_eq!(counter(FAILURES_TOTAL, &[("endpoint", RENAME), ("code", "51009")]), 1);
        assert_eq!(
            counter(FAILURES_TOTAL, &[("endpoint", RENAME), ("code", "validation")]),
            1
        );
        assert_eq!(samples(CALL_DURATION_SECONDS, RENAME).len(), 2, "{which}");

        assert_eq!(counter(CALLS_TOTAL, &endpoint(DESTROY)), 1, "{which}");
        assert_eq!(counter(RETRIES_TOTAL, &endpoint(DESTROY)), 1, "{which}");
        assert_eq!(counter(FAILURES_TOTAL, &[("endpoint", DESTROY), ("code", "60007")]), 0);
        assert_eq!(counter(OUTCOME_UNKNOWN_TOTAL, &endpoint(DESTROY)), 0, "{which}");

        assert_eq!(counter(CALLS_TOTAL, &endpoint(DELETE)), 1, "{which}");
        assert_eq!(counter(RETRIES_TOTAL, &endpoint(DELETE)), 0, "{which}");
        assert_eq!(counter(OUTCOME_UNKNOWN_TOTAL, &endpoint(DELETE)), 1, "{which}");
        assert_eq!(
            counter(FAILURES_TOTAL, &[("endpoint", DELETE), ("code", "outcome_unknown")]),
            1,
            "{which}"
        );
        assert_eq!(samples(CALL_DURATION_SECONDS, DELETE).len(), 1, "{which}");
        for name in [RATE_LIMIT_WAITS_TOTAL, RETRIES_TOTAL, OUTCOME_UNKNOWN_TOTAL] {
            assert_eq!(counter(name, &endpoint(RENAME)), 0, "{which}: {name}");
        }

        // Nothing recorded holds a secret or a query string.
        let sigs: Vec<String> = server
            .received_requests()
            .await
            .unwrap()
            .iter()
            .filter_map(|request| {
                request
                    .url
                    .query_pairs()
                    .find(|(name, _)| name == "usersig")
                    .map(|(_, value)| value.into_owned())
            })
            .collect();
        assert!(!sigs.is_empty());
        let mut texts: Vec<String> = Vec::new();
        for span in spans().lock().unwrap().iter() {
            texts.extend(span.fields.0.values().cloned());
            for (_, fields) in &span.events {
                texts.extend(fields.0.values().cloned());
            }
        }
        texts.extend(store().counters.lock().unwrap().keys().cloned());
        for text in &texts {
            assert!(!text.contains(SECRET_KEY), "{which}: the secret key shows in {text}");
            for sig in &sigs {
                assert!(!text.contains(sig.as_str()), "{which}: a UserSig shows in {text}");
            }
            for leak in ["QUOTED", "usersig=", "sdkappid=", "identifier="] {
                assert!(!text.contains(leak), "{which}: {leak} shows in {text}");
            }
        }
    }
}
