//! `cargo xtask codegen`: the source files written from the endpoint table,
//! checked in so readers, IDEs and rustdoc see plain Rust, and checked for
//! staleness by `cargo xtask test`.
//!
//! - `crates/api/src/client/methods.rs` and `crates/api/src/blocking/methods.rs`:
//!   one method per row on each client.
//! - `crates/api/src/blocking/conveniences.rs`: the blocking copy of the
//!   async client's hand-written conveniences (`client/conveniences.rs`).
//! - The README's coverage table and ARCHITECTURE.md's list of emulated
//!   routes (see `readme.rs`, `architecture.rs`).
//! - The README's list of `tim`'s commands and its man page (`commands.rs`).
//!
//! xtask builds tim-api (through the round-trip harness), so a change that
//! leaves the generated methods unable to compile (a reply type renamed or
//! moved) needs the same rename in them by hand before `codegen` can run; a
//! new row only adds a method, and never blocks it.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use tim_protocol::{Endpoint, ENDPOINTS};

use crate::workspace_root;

/// Which client a file is for.
#[derive(Clone, Copy)]
enum Flavour {
    Async,
    Blocking,
}

impl Flavour {
    fn client(self) -> &'static str {
        match self {
            Self::Async => "Client",
            Self::Blocking => "BlockingClient",
        }
    }

    fn transport(self) -> &'static str {
        match self {
            Self::Async => "Transport",
            Self::Blocking => "BlockingTransport",
        }
    }
}

/// A file written from the table: its path below the workspace root and its text.
struct Generated {
    path: &'static str,
    text: String,
}

const HEADER: &str =
    "//!\n//! Written by `cargo xtask codegen`; do not edit. `cargo xtask test` fails while it is stale.\n";

/// The methods of one client, one per row.
fn methods(flavour: Flavour) -> String {
    let (asyncness, awaiting) = match flavour {
        Flavour::Async => ("async ", ".await"),
        Flavour::Blocking => ("", ""),
    };
    let mut text = format!(
        "//! The methods of [`{client}`](crate::{client}): one per row of the endpoint table\n\
         //! (`tim_protocol::ENDPOINTS`, written in `crates/protocol/src/endpoints.rs`).\n{HEADER}\n\
         use tim_transport::{transport};\n\nuse super::{client};\nuse crate::Error;\n\n\
         impl<T: {transport}> {client}<T> {{\n",
        client = flavour.client(),
        transport = flavour.transport(),
    );
    for endpoint in ENDPOINTS {
        text.push_str(&format!(
            "    /// `{path}`: {doc}\n    ///\n    /// {retry}\n    ///\n    \
             /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.\n    \
             pub {asyncness}fn {method}(&self, request: &{request}) -> Result<{response}, Error> {{\n        \
             self.send(request){awaiting}\n    }}\n\n",
            path = endpoint.path(),
            doc = endpoint.doc(),
            retry = retry_note(endpoint),
            method = endpoint.method(),
            request = endpoint.request_path(),
            response = endpoint.response_path(),
        ));
    }
    text.truncate(text.trim_end().len());
    text.push_str("\n}\n");
    text
}

/// What the client does when an attempt's outcome is unknown, by the row's
/// `idempotent`.
fn retry_note(endpoint: &Endpoint) -> &'static str {
    if endpoint.idempotent() {
        "Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried."
    } else {
        "Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with \
         [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in."
    }
}

/// The blocking client's conveniences: the async client's file with the
/// waiting taken out.
fn blocking_conveniences(root: &Path) -> Result<String, String> {
    let source = "crates/api/src/client/conveniences.rs";
    let text = std::fs::read_to_string(root.join(source)).map_err(|e| format!("cannot read {source}: {e}"))?;
    let body_start = text
        .find("\nuse ")
        .ok_or_else(|| format!("{source}: no `use` after the module docs"))?;
    let body = text[body_start..]
        .replace("use tim_transport::Transport;", "use tim_transport::BlockingTransport;")
        .replace("use super::Client;", "use super::BlockingClient;")
        .replace(
            "impl<T: Transport> Client<T>",
            "impl<T: BlockingTransport> BlockingClient<T>",
        )
        .replace("pub async fn ", "pub fn ")
        .replace(".await", "");
    Ok(format!(
        "//! The conveniences of [`BlockingClient`](crate::BlockingClient): the async\n\
         //! client's (`crates/api/src/client/conveniences.rs`), blocking.\n{HEADER}{body}"
    ))
}

/// Formats Rust source as `cargo fmt` does, so a generated file passes `cargo fmt --check`.
fn rustfmt(root: &Path, text: &str) -> Result<String, String> {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2021", "--emit", "stdout", "--config-path"])
        .arg(root.join("rustfmt.toml"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run rustfmt: {e}"))?;
    child
        .stdin
        .take()
        .ok_or("rustfmt: no stdin")?
        .write_all(text.as_bytes())
        .map_err(|e| format!("rustfmt: {e}"))?;
    let output = child.wait_with_output().map_err(|e| format!("rustfmt: {e}"))?;
    if !output.status.success() {
        return Err(format!("rustfmt failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("rustfmt: {e}"))
}

/// Every generated source file, formatted.
fn files(root: &Path) -> Result<Vec<Generated>, String> {
    let sources = [
        ("crates/api/src/client/methods.rs", methods(Flavour::Async)),
        ("crates/api/src/blocking/methods.rs", methods(Flavour::Blocking)),
        ("crates/api/src/blocking/conveniences.rs", blocking_conveniences(root)?),
    ];
    sources
        .into_iter()
        .map(|(path, text)| {
            Ok(Generated {
                path,
                text: rustfmt(root, &text)?,
            })
        })
        .collect()
}

/// Writes every generated file.
pub(crate) fn write() -> Result<(), String> {
    let root = workspace_root();
    for file in files(&root)? {
        std::fs::write(root.join(file.path), &file.text).map_err(|e| format!("cannot write {}: {e}", file.path))?;
        println!("{}: written", file.path);
    }
    crate::readme::write()?;
    crate::architecture::write()?;
    crate::commands::write()
}

/// Fails if a generated file is not what `write` would write.
pub(crate) fn check() -> Result<(), String> {
    println!("==> codegen: the generated files match the endpoint table");
    let root = workspace_root();
    let stale: Vec<&str> = files(&root)?
        .iter()
        .filter(|file| std::fs::read_to_string(root.join(file.path)).ok().as_deref() != Some(&file.text))
        .map(|file| file.path)
        .collect();
    if !stale.is_empty() {
        return Err(format!(
            "stale: {}: run `cargo xtask codegen` and commit",
            stale.join(", ")
        ));
    }
    println!("    {} methods on each client", ENDPOINTS.len());
    crate::readme::check()?;
    crate::architecture::check()?;
    crate::commands::check()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_a_method_on_each_client() {
        for flavour in [Flavour::Async, Flavour::Blocking] {
            let text = methods(flavour);
            for endpoint in ENDPOINTS {
                let asyncness = if matches!(flavour, Flavour::Async) {
                    "async "
                } else {
                    ""
                };
                let signature = format!(
                    "pub {asyncness}fn {}(&self, request: &{}",
                    endpoint.method(),
                    endpoint.request_path()
                );
                assert!(text.contains(&signature), "{signature}");
            }
        }
    }
}
