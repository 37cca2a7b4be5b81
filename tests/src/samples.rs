//! Every documented sample parses into its typed model and serializes back to
//! the same JSON value; every reply sample also parses to the same model with
//! unknown fields added at every level.

use std::path::{Path, PathBuf};

use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;
use tim_protocol::{Api, Endpoint, EndpointVisitor};

/// The folder of samples: `<service>/<command>/` per endpoint.
pub fn samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/protocol/samples")
}

/// What happened to one sample file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Parsed and serialized back to the same JSON value (and, for a reply,
    /// parsed to the same model with unknown fields added).
    RoundTripped,
    /// Not a JSON document by nature (documented in the samples' README); the
    /// text says why and what stands in for it.
    Skipped(&'static str),
    /// The round trip failed; the text says how.
    Failed(String),
}

/// One sample file and its outcome.
#[derive(Debug, Clone)]
pub struct Report {
    /// `service/command/file`.
    pub name: String,
    /// The outcome.
    pub outcome: Outcome,
}

/// Round-trips every `request*.json` and `response*.json` under
/// [`samples_dir`], whose folders are `<service>/<command>/`: the endpoint of a
/// folder comes from the endpoint table, so a file dropped into a folder is
/// tested with no code change. Files marked by their name as not JSON by nature
/// (`*.partial.txt`, `*.jsonc`) are reported as skipped; `SOURCE` and other
/// files are not samples.
pub fn run_all() -> Vec<Report> {
    let mut files: Vec<PathBuf> = subdirs(&samples_dir())
        .flat_map(|service| subdirs(&service))
        .flat_map(|dir| std::fs::read_dir(dir).expect("readable").filter_map(Result::ok))
        .map(|entry| entry.path())
        .filter(|path| {
            let file = file_name(path);
            file.starts_with("request") || file.starts_with("response")
        })
        .collect();
    files.sort();
    files.iter().map(|path| run_one(path)).collect()
}

fn subdirs(dir: &Path) -> impl Iterator<Item = PathBuf> {
    std::fs::read_dir(dir)
        .expect("the samples folder is readable")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
}

/// The last part of `path`, or `""`.
pub(crate) fn file_name(path: &Path) -> &str {
    path.file_name().and_then(|n| n.to_str()).unwrap_or_default()
}

fn run_one(path: &Path) -> Report {
    let command_dir = path.parent().unwrap_or(path);
    let command = file_name(command_dir);
    let service = command_dir.parent().map(file_name).unwrap_or_default();
    let file = file_name(path);
    let name = format!("{service}/{command}/{file}");
    let outcome = if file.ends_with(".partial.txt") {
        Outcome::Skipped("cut-off rendering, not JSON; the whole response.json beside it is round-tripped")
    } else if file.ends_with(".jsonc") {
        Outcome::Skipped("JSON with comments, as published; its .clean.json twin is round-tripped")
    } else if !file.ends_with(".json") {
        Outcome::Failed("not a .json, .jsonc or .partial.txt file".into())
    } else {
        match (
            Endpoint::find(&format!("{service}/{command}")),
            std::fs::read_to_string(path),
        ) {
            (None, _) => Outcome::Failed(format!("{service}/{command} is not in the endpoint table")),
            (_, Err(error)) => Outcome::Failed(format!("cannot read: {error}")),
            (Some(endpoint), Ok(text)) => check(endpoint, file.starts_with("request"), &text),
        }
    };
    Report { name, outcome }
}

fn check(endpoint: &Endpoint, request: bool, text: &str) -> Outcome {
    let model = |text: &str| endpoint.visit(Through { request, text });
    let result = (|| {
        let original: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
        let back = model(text)?;
        if back != original {
            return Err(format!(
                "serializes to a different value:\n  sample: {original}\n  model:  {back}"
            ));
        }
        if !request {
            // Replies may grow fields: with unknown ones added at every level,
            // the sample still parses, to the same model.
            let grown = with_unknown_fields(original.clone()).to_string();
            let back = model(&grown).map_err(|e| format!("with unknown fields: {e}"))?;
            if back != original {
                return Err(format!("with unknown fields, parses to a different model: {back}"));
            }
        }
        Ok(())
    })();
    match result {
        Ok(()) => Outcome::RoundTripped,
        Err(error) => Outcome::Failed(error),
    }
}

/// Parses `text` into the endpoint's typed request (or reply) and serializes
/// it back to a JSON value.
struct Through<'a> {
    request: bool,
    text: &'a str,
}

impl EndpointVisitor for Through<'_> {
    type Output = Result<Value, String>;

    fn visit<R: Api>(self) -> Self::Output {
        if self.request {
            through::<R>(self.text)
        } else {
            through::<R::Response>(self.text)
        }
    }
}

/// Parses `text` as `T` and serializes it back to a JSON value.
fn through<T: Serialize + DeserializeOwned>(text: &str) -> Result<Value, String> {
    let typed: T = serde_json::from_str(text).map_err(|e| format!("does not parse into the model: {e}"))?;
    serde_json::to_value(&typed).map_err(|e| format!("does not serialize: {e}"))
}

/// The value with a field no model knows added to every object in it.
pub(crate) fn with_unknown_fields(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut map: serde_json::Map<String, Value> = map
                .into_iter()
                .map(|(key, value)| (key, with_unknown_fields(value)))
                .collect();
            map.insert("FieldAddedLater".into(), serde_json::json!({"Nested": [1, "two"]}));
            Value::Object(map)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(with_unknown_fields).collect()),
        other => other,
    }
}
