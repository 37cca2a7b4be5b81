//! Checking that a webhook request comes from the service, for this app, now.

use std::sync::Arc;
use std::time::Duration;

use crate::query::{CallbackQuery, QueryError};
use crate::token::{sign_matches, Token};
use crate::{Clock, SystemClock};

/// How far `RequestTime` may be from the verifier's clock, either way, by
/// default: 60 seconds.
///
/// The Chat pages document no window. Tencent's sibling products (Live,
/// TRTC) refuse a `RequestTime` more than one minute from the present, and
/// the service delivers within its 2-second budget, so one minute leaves room
/// for clock skew while keeping a captured URL useless soon after. Change it
/// with [`Verifier::with_window`].
pub const DEFAULT_REPLAY_WINDOW: Duration = Duration::from_secs(60);

/// Why a webhook request was refused. Each check has its own variant; no text
/// holds the token or the `Sign` received.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// The query string is not a webhook's.
    #[error("malformed webhook query: {0}")]
    Query(#[from] QueryError),
    /// `SdkAppid` names another app.
    #[error("the webhook is for SDKAppID {actual}, not this app's {expected}")]
    WrongSdkAppId {
        /// This app's SDKAppID.
        expected: u64,
        /// The one in the query.
        actual: u64,
    },
    /// A token is configured but the request is not signed.
    #[error("the webhook is not signed: the query has no {0} parameter")]
    Unsigned(&'static str),
    /// `Sign` is not SHA-256(token ‖ RequestTime).
    #[error("the webhook's Sign does not match its RequestTime under the configured token")]
    BadSignature,
    /// `RequestTime` is outside the replay window.
    #[error("the webhook's RequestTime {request_time} is {skew} s from now ({now}), more than the {window} s allowed")]
    StaleRequestTime {
        /// `RequestTime` from the query.
        request_time: u64,
        /// The verifier's clock.
        now: u64,
        /// The distance between the two, in seconds.
        skew: u64,
        /// The window, in seconds.
        window: u64,
    },
}

/// Checks webhook requests: the `SdkAppid`, and with a token, the `Sign` (in
/// constant time) and the freshness of `RequestTime`.
///
/// ```
/// use tim_callback::{FixedClock, Token, Verifier, VerifyError};
///
/// let verifier = Verifier::new(1400000000, Token::new("xxxxyyyy"))
///     .with_clock(FixedClock::new(1669872112 + 30));
/// let query = "SdkAppid=1400000000&CallbackCommand=State.StateChange&contenttype=json\
///     &Sign=17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061&RequestTime=1669872112";
/// assert!(verifier.verify_query(query).is_ok());
///
/// let forged = query.replace("17773b", "17773c");
/// assert_eq!(verifier.verify_query(&forged), Err(VerifyError::BadSignature));
/// ```
#[derive(Clone)]
pub struct Verifier {
    sdk_app_id: u64,
    token: Option<Token>,
    window: Duration,
    clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for Verifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Verifier")
            .field("sdk_app_id", &self.sdk_app_id)
            .field("token", &self.token)
            .field("window", &self.window)
            .finish_non_exhaustive()
    }
}

impl Verifier {
    /// A verifier for the app `sdk_app_id` with the console's webhook
    /// `token`: every request must carry a valid, fresh `Sign`.
    pub fn new(sdk_app_id: u64, token: Token) -> Self {
        Self {
            token: Some(token),
            ..Self::without_token(sdk_app_id)
        }
    }

    /// A verifier for an app with no token configured (the console's other
    /// option is HTTPS mutual authentication, done by the TLS layer): only
    /// `SdkAppid` is checked, and `Sign`/`RequestTime`, if present, are
    /// ignored.
    pub fn without_token(sdk_app_id: u64) -> Self {
        Self {
            sdk_app_id,
            token: None,
            window: DEFAULT_REPLAY_WINDOW,
            clock: Arc::new(SystemClock),
        }
    }

    /// Sets how far `RequestTime` may be from now, either way (whole seconds;
    /// a fraction is dropped). Default: [`DEFAULT_REPLAY_WINDOW`].
    pub fn with_window(mut self, window: Duration) -> Self {
        self.window = window;
        self
    }

    /// Reads the time from `clock` instead of the system clock.
    pub fn with_clock(mut self, clock: impl Clock + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// The app's SDKAppID.
    pub fn sdk_app_id(&self) -> u64 {
        self.sdk_app_id
    }

    /// Parses a query string and checks it.
    pub fn verify_query(&self, query: &str) -> Result<CallbackQuery, VerifyError> {
        let query = CallbackQuery::parse(query)?;
        self.verify(&query)?;
        Ok(query)
    }

    /// Checks a parsed query: first the `SdkAppid`, then (with a token) that
    /// it is signed, the `Sign`, and the replay window. The signature is
    /// checked before the time so that a forged request learns nothing about
    /// the window.
    pub fn verify(&self, query: &CallbackQuery) -> Result<(), VerifyError> {
        if query.sdk_app_id != self.sdk_app_id {
            return Err(VerifyError::WrongSdkAppId {
                expected: self.sdk_app_id,
                actual: query.sdk_app_id,
            });
        }
        let Some(token) = &self.token else {
            return Ok(());
        };
        let sign = query.sign.as_deref().ok_or(VerifyError::Unsigned("Sign"))?;
        let request_time = query.request_time.ok_or(VerifyError::Unsigned("RequestTime"))?;
        if !sign_matches(token, request_time, sign) {
            return Err(VerifyError::BadSignature);
        }
        let now = self.clock.now();
        let skew = now.abs_diff(request_time);
        let window = self.window.as_secs();
        if skew > window {
            return Err(VerifyError::StaleRequestTime {
                request_time,
                now,
                skew,
                window,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FixedClock;

    const APP: u64 = 1400000000;
    const TIME: u64 = 1669872112;
    const SIGN: &str = "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061";

    fn verifier(now: u64) -> Verifier {
        Verifier::new(APP, Token::new("xxxxyyyy")).with_clock(FixedClock::new(now))
    }

    fn query(app: u64, sign: &str, time: u64) -> String {
        format!("SdkAppid={app}&CallbackCommand=State.StateChange&contenttype=json&ClientIP=127.0.0.1&OptPlatform=Web&Sign={sign}&RequestTime={time}")
    }

    #[test]
    fn accepts_the_documented_signature() {
        let query = verifier(TIME).verify_query(&query(APP, SIGN, TIME)).unwrap();
        assert_eq!(query.sign.as_deref(), Some(SIGN));
    }

    #[test]
    fn each_check_has_its_own_error() {
        let forged = "0".repeat(64);
        assert_eq!(
            verifier(TIME).verify_query(&query(APP, &forged, TIME)),
            Err(VerifyError::BadSignature)
        );
        assert_eq!(
            verifier(TIME + 61).verify_query(&query(APP, SIGN, TIME)),
            Err(VerifyError::StaleRequestTime {
                request_time: TIME,
                now: TIME + 61,
                skew: 61,
                window: 60
            })
        );
        assert_eq!(
            verifier(TIME).verify_query(&query(APP + 1, SIGN, TIME)),
            Err(VerifyError::WrongSdkAppId {
                expected: APP,
                actual: APP + 1
            })
        );
        assert_eq!(
            verifier(TIME).verify_query(&format!("SdkAppid={APP}&CallbackCommand=X&RequestTime={TIME}")),
            Err(VerifyError::Unsigned("Sign"))
        );
        assert_eq!(
            verifier(TIME).verify_query(&format!("SdkAppid={APP}&CallbackCommand=X&Sign={SIGN}")),
            Err(VerifyError::Unsigned("RequestTime"))
        );
    }

    #[test]
    fn the_window_is_inclusive_both_ways_and_configurable() {
        assert!(verifier(TIME + 60).verify_query(&query(APP, SIGN, TIME)).is_ok());
        assert!(verifier(TIME - 60).verify_query(&query(APP, SIGN, TIME)).is_ok());
        assert!(matches!(
            verifier(TIME - 61).verify_query(&query(APP, SIGN, TIME)),
            Err(VerifyError::StaleRequestTime { skew: 61, .. })
        ));
        let wide = verifier(TIME + 3600).with_window(Duration::from_secs(3600));
        assert!(wide.verify_query(&query(APP, SIGN, TIME)).is_ok());
    }

    #[test]
    fn without_a_token_only_the_app_is_checked() {
        let verifier = Verifier::without_token(APP);
        assert!(verifier.verify_query(&query(APP, "forged", 0)).is_ok());
        assert!(matches!(
            verifier.verify_query(&query(7, SIGN, TIME)),
            Err(VerifyError::WrongSdkAppId { actual: 7, .. })
        ));
    }

    #[test]
    fn errors_never_hold_the_token_or_the_sign() {
        let secret = "tok-SECRET-42";
        let verifier = Verifier::new(APP, Token::new(secret)).with_clock(FixedClock::new(TIME));
        let good = crate::sign(&Token::new(secret), TIME);
        let errors = [
            verifier.verify_query(&query(APP, SIGN, TIME)).unwrap_err(),
            verifier.verify_query(&query(APP + 1, &good, TIME)).unwrap_err(),
            verifier.verify_query(&query(APP, &good, TIME + 600)).unwrap_err(),
        ];
        for error in errors {
            let text = format!("{error} {error:?}");
            assert!(!text.contains(secret), "{text}");
            assert!(!text.contains(SIGN) && !text.contains(&good), "{text}");
        }
        assert!(!format!("{verifier:?}").contains(secret));
    }
}
