//! What the emulator's end-to-end tests share: the error code of a failed
//! call, importing users, the seed's samples.

use serde_json::Value;
use tim_api::Error;
use tim_protocol::account::MultiaccountImportRequest;
use tim_protocol::ErrorCode;

use crate::driver::Driver;

/// The seed endpoint's path.
pub const UPDATE: &str = "v4/recentcontact/update_contact_group";

const SAMPLES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../crates/protocol/samples/recentcontact/update_contact_group"
);

/// The seed's published sample `name`, as JSON.
pub fn sample(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(format!("{SAMPLES}/{name}")).unwrap()).unwrap()
}

/// Query parameters as sent.
pub type Query = Vec<(String, String)>;

/// The service's code of a call expected to fail.
pub fn code(result: Result<impl std::fmt::Debug, Error>) -> ErrorCode {
    match result {
        Err(error) => error.code().unwrap_or_else(|| panic!("not a service error: {error:?}")),
        Ok(value) => panic!("expected a failure, got {value:?}"),
    }
}

/// Imports `users` through `driver`.
pub async fn import(driver: &Driver, users: &[&str]) {
    driver
        .send(&MultiaccountImportRequest::new(users.iter().copied()))
        .await
        .unwrap();
}
