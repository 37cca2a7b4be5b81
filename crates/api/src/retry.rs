//! When and how long to wait before trying a call again.

use std::time::Duration;

/// How a client retries failed calls.
///
/// By default only what is safe for any call is retried: a connection that
/// could not be opened (the remaining attempts then go to the region's backup
/// domain, where there is one), the rate-limit codes (60007, 60011, 60018, 60019),
/// HTTP 502, 503 and 504 from a gateway, and 70001 (expired UserSig) once,
/// after signing a fresh one.
///
/// Timeouts, connections lost mid-call and the transient service codes
/// (50004, 50005 and the like) are retried only for calls that are
/// idempotent ([`tim_protocol::Api::IDEMPOTENT`]: reads, imports, marks) or
/// when [`RetryPolicyBuilder::retry_ambiguous`] is set. The reason: such a
/// failure does not say whether the call took effect. A rename that timed out
/// may have happened; sent again, it fails with 51009 because the old name is
/// gone, hiding the success.
///
/// ```
/// use std::time::Duration;
/// use tim_api::RetryPolicy;
///
/// let policy = RetryPolicy::builder().max_attempts(5).deadline(Duration::from_secs(30)).build();
/// assert_eq!(policy.max_attempts(), 5);
/// assert_eq!(RetryPolicy::none().max_attempts(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    deadline: Duration,
    retry_ambiguous: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(5),
            deadline: Duration::from_secs(30),
            retry_ambiguous: false,
        }
    }
}

impl RetryPolicy {
    /// A builder starting from the defaults: 4 attempts, backoff from 200 ms
    /// doubling up to 5 s with jitter, 30 s deadline, ambiguous failures not
    /// retried.
    pub fn builder() -> RetryPolicyBuilder {
        RetryPolicyBuilder(Self::default())
    }

    /// One attempt, no retries.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Attempts per call, the first included.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// Time from the start of a call after which no retry begins.
    pub fn deadline(&self) -> Duration {
        self.deadline
    }

    /// Whether timeouts and transient service codes are retried for calls that
    /// are not idempotent.
    pub fn retries_ambiguous(&self) -> bool {
        self.retry_ambiguous
    }

    /// The wait before attempt `attempt + 1`, after `attempt` failed (from 1):
    /// half of the exponential step fixed, half random ("equal jitter"), so
    /// that clients refused together do not come back together.
    pub(crate) fn backoff(&self, attempt: u32) -> Duration {
        let exponent = attempt.saturating_sub(1).min(16);
        let step = self.initial_backoff.saturating_mul(1 << exponent).min(self.max_backoff);
        let half = step / 2;
        half + half.mul_f64(rand::random::<f64>())
    }
}

/// Builds a [`RetryPolicy`].
#[derive(Debug, Clone)]
pub struct RetryPolicyBuilder(RetryPolicy);

impl RetryPolicyBuilder {
    /// Attempts per call, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.0.max_attempts = attempts.max(1);
        self
    }

    /// The first wait; it doubles with each retry.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.0.initial_backoff = backoff;
        self
    }

    /// The longest wait.
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.0.max_backoff = backoff;
        self
    }

    /// No retry starts after this much time since the call began.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.0.deadline = deadline;
        self
    }

    /// Also retry timeouts, lost connections and transient service codes for
    /// calls that are not idempotent. See [`RetryPolicy`] for the risk.
    pub fn retry_ambiguous(mut self, retry: bool) -> Self {
        self.0.retry_ambiguous = retry;
        self
    }

    /// The policy.
    pub fn build(self) -> RetryPolicy {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let policy = RetryPolicy::builder()
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(350))
            .build();
        for _ in 0..100 {
            let first = policy.backoff(1);
            assert!(
                (Duration::from_millis(50)..=Duration::from_millis(100)).contains(&first),
                "{first:?}"
            );
            let second = policy.backoff(2);
            assert!(
                (Duration::from_millis(100)..=Duration::from_millis(200)).contains(&second),
                "{second:?}"
            );
            let capped = policy.backoff(30);
            assert!(
                (Duration::from_millis(175)..=Duration::from_millis(350)).contains(&capped),
                "{capped:?}"
            );
        }
    }
}
