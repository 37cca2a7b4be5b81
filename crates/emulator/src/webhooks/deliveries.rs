//! The webhook deliveries the emulator made, as the console and
//! [`EmulatorHandle::webhook_deliveries`](crate::EmulatorHandle::webhook_deliveries)
//! show them: each request with its command, time, event body, whether it
//! was signed, the app's reply (HTTP status and body), how long it took and
//! why it failed, if it did.
//!
//! Choices where nothing says otherwise: the log keeps the last
//! [`DEFAULT_DELIVERY_LOG_CAPACITY`] deliveries (the oldest dropped); every
//! attempt of a retried after-event is one entry; the app's reply body is
//! kept up to [`REPLY_TEXT_MAX`] bytes (cut on a character boundary). The
//! token and the `Sign` are never kept: only whether the request carried a
//! signature.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

use serde::Serialize;
use serde_json::Value;

/// How many deliveries the log keeps.
pub const DEFAULT_DELIVERY_LOG_CAPACITY: usize = 1000;

/// How much of the app's reply body a delivery keeps, in bytes.
pub(crate) const REPLY_TEXT_MAX: usize = 16 * 1024;

/// One webhook request the emulator sent, and what came of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WebhookDelivery {
    /// When it was sent, in Unix milliseconds of the system clock.
    pub time_ms: u64,
    /// The `CallbackCommand`, such as `C2C.CallbackAfterSendMsg`.
    pub command: String,
    /// Whether the request carried `Sign` and `RequestTime` (the emulator
    /// signs every webhook, so this is `true`; the field says so for the
    /// console rather than leaving it implied).
    pub signed: bool,
    /// Whether it was a before-event, whose answer decides the operation.
    pub before_event: bool,
    /// The attempt: 0 for the first, 1 and on for the retries of an
    /// after-event.
    pub attempt: u32,
    /// The event body sent.
    pub body: Value,
    /// The app's HTTP status, if it answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    /// The app's reply body as text (invalid UTF-8 replaced), if it
    /// answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply: Option<String>,
    /// Why the delivery failed (no usable reply), if it did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Whether it failed by timing out.
    pub timed_out: bool,
    /// How long the exchange took, in milliseconds.
    pub duration_ms: u64,
}

impl WebhookDelivery {
    /// Whether the app answered usably (HTTP 200 with an envelope).
    pub fn succeeded(&self) -> bool {
        self.error.is_none()
    }
}

/// The bounded log of deliveries.
#[derive(Debug)]
pub(crate) struct DeliveryLog {
    capacity: usize,
    entries: Mutex<VecDeque<WebhookDelivery>>,
    /// Deliveries recorded since the start (the console's change counter).
    recorded: AtomicU64,
}

impl Default for DeliveryLog {
    fn default() -> Self {
        Self {
            capacity: DEFAULT_DELIVERY_LOG_CAPACITY,
            entries: Mutex::new(VecDeque::new()),
            recorded: AtomicU64::new(0),
        }
    }
}

impl DeliveryLog {
    /// Records one delivery.
    pub(crate) fn record(&self, delivery: WebhookDelivery) {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        while entries.len() >= self.capacity.max(1) {
            entries.pop_front();
        }
        entries.push_back(delivery);
        self.recorded.fetch_add(1, Ordering::Relaxed);
    }

    /// The deliveries kept, oldest first.
    pub(crate) fn deliveries(&self) -> Vec<WebhookDelivery> {
        self.entries
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .cloned()
            .collect()
    }

    /// How many deliveries were recorded since the start.
    #[cfg_attr(not(feature = "console"), allow(dead_code))]
    pub(crate) fn recorded(&self) -> u64 {
        self.recorded.load(Ordering::Relaxed)
    }
}

/// `text` cut to at most `max` bytes on a character boundary.
pub(crate) fn truncated(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_owned();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delivery(command: &str) -> WebhookDelivery {
        WebhookDelivery {
            time_ms: 1,
            command: command.to_owned(),
            signed: true,
            before_event: false,
            attempt: 0,
            body: Value::Null,
            http_status: Some(200),
            reply: None,
            error: None,
            timed_out: false,
            duration_ms: 1,
        }
    }

    #[test]
    fn the_log_is_bounded_and_counts_every_delivery() {
        let log = DeliveryLog {
            capacity: 2,
            ..DeliveryLog::default()
        };
        for command in ["a", "b", "c"] {
            log.record(delivery(command));
        }
        let kept: Vec<String> = log.deliveries().into_iter().map(|d| d.command).collect();
        assert_eq!(kept, ["b", "c"]);
        assert_eq!(log.recorded(), 3);
    }

    #[test]
    fn replies_are_cut_on_a_character_boundary() {
        assert_eq!(truncated("héllo", 2), "h…");
        assert_eq!(truncated("abc", 3), "abc");
    }
}
