//! Injected faults, for users' resilience tests.

use std::time::Duration;

use tim_protocol::ErrorCode;

/// Faults the emulator injects into every call: a fixed added latency, and a
/// fraction of calls answered with a chosen error code (before anything is
/// changed, as the real service refuses a throttled call).
///
/// ```
/// use std::time::Duration;
/// use tim_emulator::Faults;
/// use tim_protocol::ErrorCode;
///
/// let faults = Faults::none().latency(Duration::from_millis(50)).errors(0.1, ErrorCode::RateLimited);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Faults {
    latency: Duration,
    error_rate: f64,
    error_code: ErrorCode,
}

impl Faults {
    /// No faults.
    pub fn none() -> Self {
        Self::default()
    }

    /// Delay every reply by `latency`. The call is served first, so a client
    /// that times out meanwhile leaves its change made, as when the real
    /// service's reply is lost.
    pub fn latency(mut self, latency: Duration) -> Self {
        self.latency = latency;
        self
    }

    /// Answer a fraction `rate` (0.0 to 1.0) of calls with `code`.
    pub fn errors(mut self, rate: f64, code: ErrorCode) -> Self {
        self.error_rate = rate.clamp(0.0, 1.0);
        self.error_code = code;
        self
    }

    pub(crate) fn added_latency(&self) -> Duration {
        self.latency
    }

    /// The code to fail this call with, if it is one of the unlucky ones.
    pub(crate) fn draw(&self) -> Option<ErrorCode> {
        (self.error_rate > 0.0 && rand::random::<f64>() < self.error_rate).then_some(self.error_code)
    }
}
