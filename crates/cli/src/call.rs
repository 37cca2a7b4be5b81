//! `tim call SERVICE/COMMAND --data JSON|@FILE|-`: any endpoint of the table.
//!
//! The body is parsed into the endpoint's request type, so it is checked by
//! the same `validate()` as any call of the SDK before it is sent; the reply
//! is printed as JSON.

use std::io::Read;

use clap::Args;
use tim_protocol::{Api, Endpoint, EndpointVisitor};

use crate::app::AppArgs;
use crate::failure::Failure;
use crate::output::{line, print_json};

/// An endpoint and its request body.
#[derive(Debug, Args)]
pub(crate) struct Call {
    /// The endpoint, e.g. `recentcontact/update_contact_group` (a leading `v4/` is fine).
    #[arg(required_unless_present = "list")]
    endpoint: Option<String>,
    /// List the endpoints instead of calling one.
    #[arg(long)]
    list: bool,
    /// The request body: JSON text, `@FILE`, or `-` for standard input.
    #[arg(long, allow_hyphen_values = true, default_value = "{}")]
    data: String,
    #[command(flatten)]
    app: AppArgs,
}

pub(crate) fn run(call: Call) -> Result<(), Failure> {
    let Some(name) = call.endpoint.filter(|_| !call.list) else {
        list();
        return Ok(());
    };
    let endpoint = Endpoint::find(&name).ok_or_else(|| {
        Failure::usage(format!(
            "{name} is not an endpoint tim knows; `tim call --list` shows them"
        ))
    })?;
    let body = read_data(&call.data)?;
    let client = call.app.client()?;
    endpoint.visit(Send {
        client: &client,
        body: &body,
    })
}

/// Every endpoint of the table, one line each.
fn list() {
    for endpoint in tim_protocol::ENDPOINTS {
        line(&format!("{:<48} {}", &endpoint.path()[3..], endpoint.doc()));
    }
}

fn read_data(data: &str) -> Result<String, Failure> {
    if data == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Failure::usage(format!("cannot read standard input: {e}")))?;
        Ok(text)
    } else if let Some(path) = data.strip_prefix('@') {
        std::fs::read_to_string(path).map_err(|e| Failure::usage(format!("cannot read {path}: {e}")))
    } else {
        Ok(data.to_owned())
    }
}

/// Parses the body into the endpoint's request and sends it.
struct Send<'a> {
    client: &'a crate::app::Client,
    body: &'a str,
}

impl EndpointVisitor for Send<'_> {
    type Output = Result<(), Failure>;

    fn visit<R: Api>(self) -> Self::Output {
        let request: R = serde_json::from_str(self.body)
            .map_err(|e| Failure::usage(format!("the body is not a valid {} request: {e}", R::PATH)))?;
        let reply = self.client.send(&request)?;
        print_json(&reply);
        Ok(())
    }
}
