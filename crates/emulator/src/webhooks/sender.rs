//! Delivering webhooks over HTTP: signs each request as the service does,
//! POSTs it with hyper's client, and reads the app's reply.
//!
//! Every request carries the documented query: `SdkAppid`,
//! `CallbackCommand`, `contenttype=json`, `ClientIP`, `OptPlatform=RESTAPI`
//! (every call the emulator serves comes through the REST API), `Sign` and
//! `RequestTime` (Unix seconds by the emulator's clock, the one its
//! UserSigs are judged by). Choices where the pages are silent:
//!
//! - `ClientIP` is `127.0.0.1`: the emulator listens on the loopback
//!   interface only, so every caller is there.
//! - A reply counts only when it is HTTP 200 with a JSON envelope; any other
//!   status, a body that is not an envelope, a connection failure or a
//!   timeout is a failed delivery, which lets a before-event operation go
//!   ahead (as a timeout does for the service) and is retried for an
//!   after-event only as configured.
//! - The after-events of one call are sent in order, one after the other,
//!   on a task of their own; the call's reply does not wait for them.
//! - Every attempt is recorded in the delivery log (`deliveries`), which
//!   the console shows.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::http::{header, Request, StatusCode, Uri};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use tim_callback::{CallbackQuery, Event, OptPlatform, Reply};
use tim_usersig::Clock;

use crate::config::{CallbackConfig, Settings};
use crate::webhooks::deliveries::{truncated, DeliveryLog, WebhookDelivery, REPLY_TEXT_MAX};

/// The `ClientIP` the emulator reports.
const CLIENT_IP: &str = "127.0.0.1";

/// A reply body larger than this is not read (an envelope with a rewritten
/// message is far smaller).
const MAX_REPLY_BYTES: usize = 1 << 20;

/// Sends one app's webhooks.
pub(crate) struct Sender {
    sdkappid: u64,
    clock: Arc<dyn Clock>,
    config: CallbackConfig,
    client: Client<HttpConnector, Full<Bytes>>,
    /// Where every attempt is recorded.
    log: Arc<DeliveryLog>,
}

/// Why a webhook got no usable reply. The text names neither the token nor
/// the `Sign`.
#[derive(Debug, thiserror::Error)]
pub(crate) enum DeliveryError {
    #[error("the webhook request failed: {0}")]
    Request(String),
    #[error("the app answered HTTP {0}")]
    Status(u16),
    #[error("the app's reply is not a webhook envelope: {0}")]
    Reply(String),
    #[error("the app did not answer within {0:?}")]
    Timeout(Duration),
}

/// Checks a webhook URL: `http://` with a host. The error says why.
pub(crate) fn check_url(url: &str) -> Result<(), String> {
    let uri: Uri = url
        .parse()
        .map_err(|_| format!("the callback URL {url:?} is not a URL"))?;
    match uri.scheme_str() {
        Some("http") => {}
        Some("https") => {
            return Err(format!(
                "the callback URL {url:?} is https: the emulator delivers webhooks over plain http only"
            ))
        }
        _ => return Err(format!("the callback URL {url:?} is not an http:// URL")),
    }
    if uri.host().is_none_or(str::is_empty) {
        return Err(format!("the callback URL {url:?} has no host"));
    }
    Ok(())
}

impl Sender {
    /// A sender for the app of `settings`, if it has webhooks configured,
    /// recording its deliveries in `log` (the context's). The URL was
    /// checked by the builder.
    pub(crate) fn new(settings: &Settings, log: Arc<DeliveryLog>) -> Option<Self> {
        let config = settings.callbacks.clone()?;
        Some(Self {
            sdkappid: settings.sdkappid,
            clock: Arc::clone(&settings.clock),
            config,
            client: Client::builder(TokioExecutor::new()).build_http(),
            log,
        })
    }

    /// The signed URL of a webhook for `event`, sent now.
    fn url(&self, event: &Event) -> String {
        let query = CallbackQuery::new(self.sdkappid, event.command())
            .client_ip(CLIENT_IP)
            .opt_platform(OptPlatform::RestApi)
            .signed(&self.config.token, self.clock.now())
            .to_query_string();
        // A URL that has a query of its own keeps it.
        let separator = if self.config.url.contains('?') { '&' } else { '?' };
        format!("{}{separator}{query}", self.config.url)
    }

    /// POSTs `event` and reads the reply, within `timeout`, recording the
    /// attempt (`attempt`: 0 for the first) in the delivery log.
    async fn post(&self, event: &Event, timeout: Duration, attempt: u32) -> Result<Reply, DeliveryError> {
        let started = std::time::Instant::now();
        let time_ms = crate::request_log::now_ms();
        let value = event.to_value();
        let mut answered: Option<(u16, String)> = None;
        let result = self.exchange(&value, event, timeout, &mut answered).await;
        let (http_status, reply) = answered.unzip();
        let command = event.command().to_string();
        self.log.record(WebhookDelivery {
            time_ms,
            before_event: command.contains("CallbackBefore"),
            command,
            signed: true,
            attempt,
            body: value,
            http_status,
            reply,
            error: result.as_ref().err().map(ToString::to_string),
            timed_out: matches!(result, Err(DeliveryError::Timeout(_))),
            duration_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        });
        result
    }

    /// The exchange of [`post`](Self::post); `answered` gets the app's
    /// status and reply text once they arrive.
    async fn exchange(
        &self,
        value: &serde_json::Value,
        event: &Event,
        timeout: Duration,
        answered: &mut Option<(u16, String)>,
    ) -> Result<Reply, DeliveryError> {
        let body = serde_json::to_vec(value).map_err(|error| DeliveryError::Request(error.to_string()))?;
        let request = Request::post(self.url(event))
            .header(header::CONTENT_TYPE, "application/json")
            .body(Full::new(Bytes::from(body)))
            .map_err(|error| DeliveryError::Request(error.to_string()))?;
        let exchange = async {
            let response = self
                .client
                .request(request)
                .await
                // hyper's client errors do not hold the URL.
                .map_err(|error| DeliveryError::Request(error.to_string()))?;
            let status = response.status();
            let body = http_body_util::Limited::new(response.into_body(), MAX_REPLY_BYTES)
                .collect()
                .await
                .map(|collected| collected.to_bytes());
            *answered = Some((
                status.as_u16(),
                body.as_ref()
                    .map(|bytes| truncated(&String::from_utf8_lossy(bytes), REPLY_TEXT_MAX))
                    .unwrap_or_default(),
            ));
            if status != StatusCode::OK {
                return Err(DeliveryError::Status(status.as_u16()));
            }
            let body = body.map_err(|error| DeliveryError::Reply(error.to_string()))?;
            serde_json::from_slice::<Reply>(&body).map_err(|error| DeliveryError::Reply(error.to_string()))
        };
        tokio::time::timeout(timeout, exchange)
            .await
            .unwrap_or(Err(DeliveryError::Timeout(timeout)))
    }

    /// Sends a before-event and waits for the app's decision: `None` when
    /// the app did not answer usably in time (the operation then goes
    /// ahead). Never retried.
    pub(crate) async fn ask(&self, event: &Event) -> Option<Reply> {
        match self.post(event, self.config.before_timeout, 0).await {
            Ok(reply) => Some(reply),
            Err(error) => {
                tracing::warn!(command = %event.command(), %error, "webhook failed; the operation goes ahead");
                None
            }
        }
    }

    /// Sends after-events in order on a task of their own, each retried as
    /// configured; the caller does not wait.
    pub(crate) fn tell(self: &Arc<Self>, events: Vec<Event>) {
        if events.is_empty() {
            return;
        }
        let sender = Arc::clone(self);
        tokio::spawn(async move {
            for event in events {
                for attempt in 0..=sender.config.after_retries {
                    match sender.post(&event, sender.config.after_timeout, attempt).await {
                        Ok(_) => break,
                        Err(error) => {
                            tracing::warn!(command = %event.command(), attempt, %error, "webhook failed");
                        }
                    }
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use tim_callback::{Token, Verifier};

    use super::*;

    #[derive(Debug)]
    struct Fixed(u64);

    impl Clock for Fixed {
        fn now(&self) -> u64 {
            self.0
        }
    }

    fn settings(url: &str) -> Settings {
        Settings {
            sdkappid: 1400000001,
            admins: HashSet::new(),
            clock: Arc::new(Fixed(1669872112)),
            callbacks: Some(CallbackConfig::new(url, "xxxxyyyy")),
            ..Settings::for_tests()
        }
    }

    #[test]
    fn only_plain_http_urls_with_a_host() {
        assert!(check_url("http://127.0.0.1:8080/im?app=1").is_ok());
        assert!(check_url("http://example.com").is_ok());
        let https = check_url("https://example.com/").unwrap_err();
        assert!(https.contains("plain http"), "{https}");
        for bad in [
            "ftp://example.com/",
            "127.0.0.1:8080",
            "/im/callback",
            "http://",
            "not a url",
        ] {
            assert!(check_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn requests_are_signed_as_the_service_signs_them() {
        let sender = Sender::new(&settings("http://127.0.0.1:9/im?app=1"), Arc::default()).unwrap();
        let event = Event::from_value(serde_json::json!({
            "CallbackCommand": "Group.CallbackAfterGroupDestroyed", "GroupId": "@TGS#1"
        }))
        .unwrap();
        let url = sender.url(&event);
        let (base, query) = url.split_once("?app=1&").unwrap();
        assert_eq!(base, "http://127.0.0.1:9/im");
        assert_eq!(
            query,
            "SdkAppid=1400000001&CallbackCommand=Group.CallbackAfterGroupDestroyed&contenttype=json\
             &ClientIP=127.0.0.1&OptPlatform=RESTAPI\
             &Sign=17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061&RequestTime=1669872112"
        );
        let verifier =
            Verifier::new(1400000001, Token::new("xxxxyyyy")).with_clock(tim_callback::FixedClock::new(1669872112));
        assert!(verifier.verify_query(query).is_ok());
    }

    #[test]
    fn without_a_url_there_is_no_sender() {
        let mut settings = settings("http://127.0.0.1:9/");
        settings.callbacks = None;
        assert!(Sender::new(&settings, Arc::default()).is_none());
    }
}
