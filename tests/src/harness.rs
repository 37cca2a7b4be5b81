//! An emulator with clients and a raw sender pointed at it.

use serde_json::Value;
use tim_api::{ClientConfig, RetryPolicy};
use tim_emulator::{EmulatorBuilder, EmulatorHandle};
use tim_transport::{BlockingTransport, TransportConfig, UreqTransport};

use crate::driver::Driver;

/// The admin every harness sets up.
pub const ADMIN: &str = "administrator";

/// A running emulator and ways to call it.
pub struct Harness {
    /// The emulator.
    pub emulator: EmulatorHandle,
    raw: UreqTransport,
}

impl Harness {
    /// Starts `builder` with [`ADMIN`] as an admin.
    pub fn start(builder: EmulatorBuilder) -> Self {
        Self {
            emulator: builder.admin(ADMIN).start().expect("the emulator starts"),
            raw: UreqTransport::new(&TransportConfig::default()),
        }
    }

    /// A client config calling as `identifier`, signing with the emulator's key.
    pub fn config_as(&self, identifier: &str) -> ClientConfig {
        ClientConfig::builder()
            .base_url(self.emulator.base_url())
            .sdkappid(self.emulator.sdkappid())
            .identifier(identifier)
            .secret_key(self.emulator.secret_key().clone())
            .retry(RetryPolicy::none())
            .build()
            .expect("config")
    }

    /// Both clients, calling as the admin.
    pub fn drivers(&self) -> [Driver; 2] {
        Driver::both(|| self.config_as(ADMIN))
    }

    /// The five query parameters of a valid call as the admin.
    pub fn query(&self) -> Vec<(String, String)> {
        vec![
            ("sdkappid".into(), self.emulator.sdkappid().to_string()),
            ("identifier".into(), ADMIN.into()),
            ("usersig".into(), self.emulator.sign(ADMIN, 3600).expose().to_owned()),
            ("random".into(), "12345".into()),
            ("contenttype".into(), "json".into()),
        ]
    }

    /// POSTs `body` to `path` with `query` (pairs sent as given, unencoded),
    /// bypassing the SDK; returns the status and the JSON reply.
    pub fn raw(&self, path: &str, query: &[(String, String)], body: &[u8]) -> (u16, Value) {
        let query: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let url = format!("{}/{path}?{}", self.emulator.base_url(), query.join("&"));
        let request = http::Request::post(url).body(body.to_vec()).expect("request");
        let reply = self.raw.send(request).expect("the emulator answers");
        let status = reply.status().as_u16();
        (status, serde_json::from_slice(reply.body()).unwrap_or(Value::Null))
    }

    /// [`Self::raw`] with a valid query; returns the reply's `ErrorCode`.
    pub fn raw_code(&self, path: &str, body: &str) -> i64 {
        let (_, reply) = self.raw(path, &self.query(), body.as_bytes());
        reply["ErrorCode"].as_i64().unwrap_or(-1)
    }
}
