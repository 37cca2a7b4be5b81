//! The framework-agnostic entry point: a query string and a body in, an HTTP
//! status and a JSON reply out.

use std::time::Duration;

use crate::events::{Event, EventError};
use crate::query::CallbackQuery;
use crate::reply::Reply;
use crate::verify::{Verifier, VerifyError};

/// How long the app's handler may take by default before the default reply is
/// sent instead: 1.5 s. The service waits at most 2 s for the whole exchange,
/// so half a second is left for the network both ways.
pub const DEFAULT_DEADLINE: Duration = Duration::from_millis(1500);

/// A verified webhook: its query and its typed event.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Callback {
    /// The query parameters (app, command, client, platform, signature).
    pub query: CallbackQuery,
    /// The body.
    pub event: Event,
}

/// Why a request was not handed to the app's handler.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum HandleError {
    /// The query failed verification.
    #[error(transparent)]
    Verify(#[from] VerifyError),
    /// The body does not parse.
    #[error(transparent)]
    Body(#[from] EventError),
    /// The query's `CallbackCommand` and the body's differ.
    #[error("the query's CallbackCommand {query} differs from the body's {body}")]
    CommandMismatch {
        /// The query's.
        query: String,
        /// The body's.
        body: String,
    },
}

impl HandleError {
    /// The HTTP status to answer with: 403 for another app's webhook, 401
    /// for a missing, wrong or stale signature, 400 for a malformed request.
    pub fn status(&self) -> u16 {
        match self {
            Self::Verify(VerifyError::WrongSdkAppId { .. }) => 403,
            Self::Verify(
                VerifyError::Unsigned(_) | VerifyError::BadSignature | VerifyError::StaleRequestTime { .. },
            ) => 401,
            _ => 400,
        }
    }
}

/// An HTTP answer: a status and a JSON body.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct HttpReply {
    /// The status: 200 for a handled webhook.
    pub status: u16,
    /// The JSON body (`Content-Type: application/json`).
    pub body: String,
}

impl HttpReply {
    /// 200 with the reply.
    pub fn ok(reply: &Reply) -> Self {
        Self {
            status: 200,
            body: serde_json::to_string(reply)
                .unwrap_or_else(|_| r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}"#.into()),
        }
    }

    /// The answer to a refused request: its status, and a `FAIL` envelope
    /// with `ErrorCode` 1 ("the app backend failed") and the error's text,
    /// which never holds the token or the `Sign`.
    pub fn refused(error: &HandleError) -> Self {
        let body = serde_json::json!({
            "ActionStatus": "FAIL",
            "ErrorInfo": error.to_string(),
            "ErrorCode": 1,
        });
        Self {
            status: error.status(),
            body: body.to_string(),
        }
    }
}

/// A webhook endpoint's settings: the verifier, the handler's deadline and
/// the reply sent when the handler overruns it.
///
/// ```
/// use tim_callback::{CallbackQuery, Event, FixedClock, Reply, Token, Verifier, Webhook};
///
/// let token = Token::new("xxxxyyyy");
/// let webhook = Webhook::new(Verifier::new(1400000000, token.clone()).with_clock(FixedClock::new(1669872112)));
/// let query = CallbackQuery::new(1400000000, "Sns.CallbackFriendDelete").signed(&token, 1669872112);
/// let body = br#"{"CallbackCommand":"Sns.CallbackFriendDelete","PairList":[{"From_Account":"a","To_Account":"b"}]}"#;
///
/// let answer = webhook.handle(&query.to_query_string(), body, |callback| {
///     assert!(matches!(callback.event, Event::FriendDelete(_)));
///     Reply::allow()
/// });
/// assert_eq!(answer.status, 200);
/// assert_eq!(answer.body, r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}"#);
/// ```
#[derive(Debug, Clone)]
pub struct Webhook {
    verifier: Verifier,
    deadline: Duration,
    on_overrun: Reply,
}

impl Webhook {
    /// An endpoint checking requests with `verifier`, with the default
    /// deadline ([`DEFAULT_DEADLINE`]) and [`Reply::allow`] on overrun.
    pub fn new(verifier: Verifier) -> Self {
        Self {
            verifier,
            deadline: DEFAULT_DEADLINE,
            on_overrun: Reply::allow(),
        }
    }

    /// Sets how long an async handler may take (used by the axum router).
    pub fn with_deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// Sets the reply sent when the handler overruns its deadline. The
    /// default, [`Reply::allow`], is what the service does itself when a
    /// before-event callback times out.
    pub fn with_overrun_reply(mut self, reply: Reply) -> Self {
        self.on_overrun = reply;
        self
    }

    /// The verifier.
    pub fn verifier(&self) -> &Verifier {
        &self.verifier
    }

    /// The handler's deadline.
    pub fn deadline(&self) -> Duration {
        self.deadline
    }

    /// The reply sent when the handler overruns.
    pub fn overrun_reply(&self) -> &Reply {
        &self.on_overrun
    }

    /// Verifies the query and parses the body. The command is read from the
    /// body; when it differs from the query's, the request is refused (the
    /// service sends the same in both).
    pub fn parse(&self, query: &str, body: &[u8]) -> Result<Callback, HandleError> {
        let query = self.verifier.verify_query(query)?;
        let event = Event::from_slice(body)?;
        let body_command = event.command();
        if body_command != query.callback_command {
            return Err(HandleError::CommandMismatch {
                query: query.callback_command.as_str().to_owned(),
                body: body_command.as_str().to_owned(),
            });
        }
        Ok(Callback { query, event })
    }

    /// Verifies, parses, calls `handler` and returns the HTTP answer: 200 and
    /// the handler's reply, or the refusal of a request that failed.
    pub fn handle(&self, query: &str, body: &[u8], handler: impl FnOnce(&Callback) -> Reply) -> HttpReply {
        match self.parse(query, body) {
            Ok(callback) => HttpReply::ok(&handler(&callback)),
            Err(error) => HttpReply::refused(&error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{FixedClock, Token};

    const APP: u64 = 1400000000;
    const NOW: u64 = 1700000000;
    const BODY: &[u8] = br#"{"CallbackCommand":"Sns.CallbackBlackListAdd","PairList":[]}"#;

    fn webhook() -> Webhook {
        Webhook::new(Verifier::new(APP, Token::new("SECRET-tok")).with_clock(FixedClock::new(NOW)))
    }

    fn query(command: &str, time: u64) -> String {
        CallbackQuery::new(APP, command)
            .signed(&Token::new("SECRET-tok"), time)
            .to_query_string()
    }

    #[test]
    fn refusals_carry_status_and_reason_but_no_secret() {
        let stale = webhook().handle(&query("Sns.CallbackBlackListAdd", NOW - 3600), BODY, |_| unreachable!());
        assert_eq!(stale.status, 401);
        assert!(stale.body.contains("RequestTime"), "{}", stale.body);
        let forged = webhook().handle(
            &query("Sns.CallbackBlackListAdd", NOW).replace("Sign=", "Sign=0"),
            BODY,
            |_| unreachable!(),
        );
        assert_eq!(forged.status, 401);
        let other_app = webhook().handle(
            &query("Sns.CallbackBlackListAdd", NOW).replace("1400000000", "1400000001"),
            BODY,
            |_| unreachable!(),
        );
        assert_eq!(other_app.status, 403);
        let mismatch = webhook().handle(&query("Sns.CallbackBlackListDelete", NOW), BODY, |_| unreachable!());
        assert_eq!(mismatch.status, 400);
        let garbage = webhook().handle(&query("Sns.CallbackBlackListAdd", NOW), b"not json", |_| unreachable!());
        assert_eq!(garbage.status, 400);
        for answer in [stale, forged, other_app, mismatch, garbage] {
            assert!(!answer.body.contains("SECRET"), "{}", answer.body);
            let value: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
            assert_eq!(value["ActionStatus"], "FAIL");
        }
    }

    /// A `Push.…` batch has no top-level command; its items' command is
    /// checked against the query's like any other.
    #[test]
    fn a_push_batch_is_handled_by_its_items_command() {
        let body = br#"{"Events":[{"CallbackCommand":"Push.OfflinePush","EventType":1,"To_Account":"u"}]}"#;
        let answer = webhook().handle(&query("Push.OfflinePush", NOW), body, |callback| {
            assert!(matches!(&callback.event, Event::OfflinePush(push) if push.events.len() == 1));
            Reply::allow()
        });
        assert_eq!(answer, HttpReply::ok(&Reply::allow()));
        let mismatch = webhook().handle(&query("Push.AllMemberPush", NOW), body, |_| unreachable!());
        assert_eq!(mismatch.status, 400);
    }

    #[test]
    fn the_handlers_reply_is_sent() {
        let answer = webhook().handle(&query("Sns.CallbackBlackListAdd", NOW), BODY, |callback| {
            assert_eq!(callback.query.sdk_app_id, APP);
            Reply::refuse()
        });
        assert_eq!(answer, HttpReply::ok(&Reply::refuse()));
    }
}
