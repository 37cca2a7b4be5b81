//! Every documented sample parses into its typed model and serializes back to
//! the same JSON value; every reply sample also parses to the same model with
//! unknown fields added at every level.

use std::path::{Path, PathBuf};

use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;
use tim_protocol::{account, recentcontact as rc};

/// The folder of samples, one subfolder per endpoint.
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
    /// `endpoint/file`.
    pub name: String,
    /// The outcome.
    pub outcome: Outcome,
}

/// Round-trips every file under [`samples_dir`].
pub fn run_all() -> Vec<Report> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(samples_dir())
        .expect("the samples folder exists")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .flat_map(|dir| std::fs::read_dir(dir.path()).expect("readable").filter_map(Result::ok))
        .map(|entry| entry.path())
        .collect();
    files.sort();
    files.iter().map(|path| run_one(path)).collect()
}

fn run_one(path: &Path) -> Report {
    let endpoint = path
        .parent()
        .and_then(Path::file_name)
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let file = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let name = format!("{endpoint}/{file}");
    let outcome = if file.ends_with(".partial.txt") {
        Outcome::Skipped("cut-off rendering, not JSON; the whole response.json beside it is round-tripped")
    } else if endpoint == "del_contact_group" && file == "request.json" {
        Outcome::Skipped("carries a // comment, not JSON; request.clean.json is round-tripped")
    } else {
        match std::fs::read_to_string(path) {
            Ok(text) => check(endpoint, file.starts_with("request"), &text),
            Err(error) => Outcome::Failed(format!("cannot read: {error}")),
        }
    };
    Report { name, outcome }
}

fn check(endpoint: &str, request: bool, text: &str) -> Outcome {
    let result = (|| {
        let original: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
        let back = model(endpoint, request, text)?;
        if back != original {
            return Err(format!(
                "serializes to a different value:\n  sample: {original}\n  model:  {back}"
            ));
        }
        if !request {
            // Replies may grow fields: with unknown ones added at every level,
            // the sample still parses, to the same model.
            let grown = with_unknown_fields(original.clone()).to_string();
            let back = model(endpoint, request, &grown).map_err(|e| format!("with unknown fields: {e}"))?;
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

/// Parses `text` into the endpoint's typed request or reply and serializes it
/// back to a JSON value.
fn model(endpoint: &str, request: bool, text: &str) -> Result<Value, String> {
    macro_rules! pick {
        ($( $name:literal => $req:ty, $resp:ty; )+) => {
            match (endpoint, request) {
                $(
                    ($name, true) => through::<$req>(text),
                    ($name, false) => through::<$resp>(text),
                )+
                _ => Err(format!("no typed model for endpoint {endpoint:?}")),
            }
        };
    }
    pick! {
        "update_contact_group" => rc::UpdateContactGroupRequest, rc::UpdateContactGroupResponse;
        "create_contact_group" => rc::CreateContactGroupRequest, rc::CreateContactGroupResponse;
        "del_contact_group" => rc::DelContactGroupRequest, rc::DelContactGroupResponse;
        "get_contact_group" => rc::GetContactGroupRequest, rc::GetContactGroupResponse;
        "mark_contact" => rc::MarkContactRequest, rc::MarkContactResponse;
        "search_contact_group" => rc::SearchContactGroupRequest, rc::SearchContactGroupResponse;
        "get_list" => rc::GetListRequest, rc::GetListResponse;
        "delete" => rc::DeleteRequest, rc::DeleteResponse;
        "account_import" => account::AccountImportRequest, account::AccountImportResponse;
        "multiaccount_import" => account::MultiaccountImportRequest, account::MultiaccountImportResponse;
        "account_check" => account::AccountCheckRequest, account::AccountCheckResponse;
        "account_delete" => account::AccountDeleteRequest, account::AccountDeleteResponse;
    }
}

/// Parses `text` as `T` and serializes it back to a JSON value.
fn through<T: Serialize + DeserializeOwned>(text: &str) -> Result<Value, String> {
    let typed: T = serde_json::from_str(text).map_err(|e| format!("does not parse into the model: {e}"))?;
    serde_json::to_value(&typed).map_err(|e| format!("does not serialize: {e}"))
}

/// The value with a field no model knows added to every object in it.
fn with_unknown_fields(value: Value) -> Value {
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
