//! A tracing layer and a metrics recorder that keep what calls report, for
//! the tests that check the SDK's spans and metrics. Both are global (the
//! blocking client runs on another thread than the test's), so each binary
//! that uses them holds one test.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use metrics::{Counter, Gauge, Histogram, HistogramFn, Key, KeyName, Metadata, SharedString, Unit};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt as _};
use tracing_subscriber::registry::LookupSpan;

// ---- A tracing layer that keeps the fields of each `tim.call` span. ----

/// A span's or an event's fields, as text.
#[derive(Debug, Default, Clone)]
pub struct Fields(pub BTreeMap<String, String>);

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
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }
}

/// A closed `tim.call` span: its last value of each field, and the events
/// logged in it.
#[derive(Debug, Default, Clone)]
pub struct CallSpan {
    pub fields: Fields,
    pub events: Vec<(Level, Fields)>,
}

impl CallSpan {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields.get(name)
    }
    pub fn warnings(&self) -> Vec<&Fields> {
        self.events
            .iter()
            .filter(|(level, _)| *level == Level::WARN)
            .map(|(_, fields)| fields)
            .collect()
    }
}

pub fn spans() -> &'static Mutex<Vec<CallSpan>> {
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
pub struct Store {
    pub counters: Mutex<HashMap<String, Arc<AtomicU64>>>,
    pub histograms: Mutex<HashMap<String, Arc<Samples>>>,
}

#[derive(Default)]
pub struct Samples(pub Mutex<Vec<f64>>);

impl HistogramFn for Samples {
    fn record(&self, value: f64) {
        self.0.lock().unwrap().push(value);
    }
}

pub fn store() -> &'static Store {
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
pub fn counter(name: &str, labels: &[(&str, &str)]) -> u64 {
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

pub fn samples(name: &str, endpoint: &str) -> Vec<f64> {
    store()
        .histograms
        .lock()
        .unwrap()
        .get(&format!("{name}{{endpoint={endpoint}}}"))
        .map(|samples| samples.0.lock().unwrap().clone())
        .unwrap_or_default()
}

pub fn install() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        tracing::subscriber::set_global_default(tracing_subscriber::registry().with(Capture)).unwrap();
        metrics::set_global_recorder(Recorder).unwrap();
    });
}

pub fn reset() {
    spans().lock().unwrap().clear();
    store().counters.lock().unwrap().clear();
    store().histograms.lock().unwrap().clear();
}

/// The closed span of each call to `endpoint`, in order.
pub fn calls_of(endpoint: &str) -> Vec<CallSpan> {
    spans()
        .lock()
        .unwrap()
        .iter()
        .filter(|span| span.field("path") == Some(endpoint))
        .cloned()
        .collect()
}

pub fn latency_ms(span: &CallSpan) -> u64 {
    span.field("latency_ms")
        .unwrap_or_else(|| panic!("no latency_ms in {span:?}"))
        .parse()
        .unwrap()
}

/// Every text the layer and the recorder kept: span fields, event fields and
/// counter names, to search for secrets.
pub fn recorded_texts() -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    for span in spans().lock().unwrap().iter() {
        texts.extend(span.fields.0.values().cloned());
        for (_, fields) in &span.events {
            texts.extend(fields.0.values().cloned());
        }
    }
    texts.extend(store().counters.lock().unwrap().keys().cloned());
    texts
}
