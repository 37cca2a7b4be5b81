//! Injected faults, for users' resilience tests.

use std::time::Duration;

use tim_protocol::ErrorCode;

use crate::path_key::key;

/// Faults the emulator injects into every call (or, with
/// [`only_path`](Self::only_path), into the calls of one endpoint): a fixed
/// added latency, and a fraction of calls answered with a chosen error code
/// (before anything is changed, as the real service refuses a throttled
/// call).
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
    /// The endpoint the faults apply to (`service/command`); `None`: all.
    path: Option<String>,
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

    /// Limits the faults to the calls of one endpoint, given as
    /// `service/command`, `v4/service/command` or `/v4/service/command`
    /// (the console's "inject a fault for a path").
    ///
    /// ```
    /// use tim_emulator::Faults;
    /// use tim_protocol::ErrorCode;
    ///
    /// let faults = Faults::none().errors(1.0, ErrorCode::RateLimited).only_path("/v4/openim/sendmsg");
    /// assert_eq!(faults.path(), Some("openim/sendmsg"));
    /// ```
    pub fn only_path(mut self, path: impl AsRef<str>) -> Self {
        let path = key(path.as_ref().trim());
        self.path = (!path.is_empty()).then(|| path.to_owned());
        self
    }

    /// The endpoint the faults are limited to (`service/command`), if any.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The added latency.
    pub fn added_latency(&self) -> Duration {
        self.latency
    }

    /// The fraction of calls answered with [`error_code`](Self::error_code).
    pub fn error_rate(&self) -> f64 {
        self.error_rate
    }

    /// The code injected errors carry.
    pub fn error_code(&self) -> ErrorCode {
        self.error_code
    }

    /// Whether the faults apply to a call of `path` (`service/command`).
    pub(crate) fn applies_to(&self, path: &str) -> bool {
        self.path.as_deref().is_none_or(|only| only == key(path.trim()))
    }

    /// The latency added to a call of `path`.
    pub(crate) fn latency_for(&self, path: &str) -> Duration {
        if self.applies_to(path) {
            self.latency
        } else {
            Duration::ZERO
        }
    }

    /// The code to fail this call of `path` with, if it is one of the
    /// unlucky ones.
    pub(crate) fn draw(&self, path: &str) -> Option<ErrorCode> {
        (self.error_rate > 0.0 && self.applies_to(path) && rand::random::<f64>() < self.error_rate)
            .then_some(self.error_code)
    }
}

/// A fraction from 0 to 1, as `--error-rate` and the console's form take it.
pub(crate) fn parse_rate(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(rate) if (0.0..=1.0).contains(&rate) => Ok(rate),
        _ => Err(format!("{text:?} is not a rate from 0 to 1")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_limited_to_a_path_spare_the_others() {
        let faults = Faults::none()
            .errors(1.0, ErrorCode::RateLimited)
            .latency(Duration::from_millis(5))
            .only_path("v4/openim/sendmsg");
        assert_eq!(faults.draw("openim/sendmsg"), Some(ErrorCode::RateLimited));
        assert_eq!(faults.draw("sns/friend_add"), None);
        assert_eq!(faults.latency_for("sns/friend_add"), Duration::ZERO);
        assert_eq!(faults.latency_for("openim/sendmsg"), Duration::from_millis(5));
        let everywhere = Faults::none().errors(1.0, ErrorCode::RateLimited);
        assert!(everywhere.draw("sns/friend_add").is_some());
    }
}
