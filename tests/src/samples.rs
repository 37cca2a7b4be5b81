//! Every documented sample parses into its typed model and serializes back to
//! the same JSON value.

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
    /// Parsed and serialized back to the same JSON value.
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
    macro_rules! pick {
        ($( $name:literal => $req:ty, $resp:ty; )+) => {
            match (endpoint, request) {
                $(
                    ($name, true) => round_trip::<$req>(text),
                    ($name, false) => round_trip::<$resp>(text),
                )+
                _ => Err(format!("no typed model for endpoint {endpoint:?}")),
            }
        };
    }
    let result = pick! {
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
    };
    match result {
        Ok(()) => Outcome::RoundTripped,
        Err(error) => Outcome::Failed(error),
    }
}

/// Parses `text` as `T`, serializes it back, and compares the two as JSON values.
pub fn round_trip<T: Serialize + DeserializeOwned>(text: &str) -> Result<(), String> {
    let original: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let typed: T = serde_json::from_str(text).map_err(|e| format!("does not parse into the model: {e}"))?;
    let back = serde_json::to_value(&typed).map_err(|e| format!("does not serialize: {e}"))?;
    if back == original {
        Ok(())
    } else {
        Err(format!(
            "serializes to a different value:\n  sample: {original}\n  model:  {back}"
        ))
    }
}
