//! Webhooks ("callbacks") of Tencent Cloud Chat (IM, "TIM"): verify them,
//! read them as typed events, answer them.
//!
//! The service POSTs each event to the app's URL with
//! `?SdkAppid=..&CallbackCommand=..&contenttype=json&ClientIP=..&OptPlatform=..`
//! (and `&Sign=..&RequestTime=..` when a token is configured) and a JSON body,
//! and waits at most 2 seconds for a JSON envelope in reply.
//!
//! - Verification alone: [`Verifier`] checks the `SdkAppid` and
//!   `Sign = hex(SHA-256(token ‖ RequestTime))` in constant time, with a
//!   replay window on `RequestTime` ([`DEFAULT_REPLAY_WINDOW`]). [`sign`] and
//!   [`CallbackQuery::signed`] build signed queries for a server.
//! - Events: [`Event`], one variant per documented `CallbackCommand`, and
//!   [`Event::Unknown`] for the rest, kept whole.
//! - Replies: [`Reply`] allows, refuses, discards or rewrites.
//! - Serving: [`Webhook::handle`] for any HTTP server; with the `axum`
//!   feature, a ready `Router` in `axum` (this crate's module) that answers
//!   within the 2-second budget.
//!
//! ```
//! use tim_callback::{CallbackQuery, Event, Reply, Token, Verifier, Webhook};
//!
//! let token = Token::new("xxxxyyyy");
//! let webhook = Webhook::new(Verifier::new(1400000000, token.clone()));
//!
//! // What the service sends (here signed now, as it would be).
//! let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
//! let query = CallbackQuery::new(1400000000, "Group.CallbackAfterGroupInfoChanged").signed(&token, now);
//! let body = br#"{"CallbackCommand":"Group.CallbackAfterGroupInfoChanged","GroupId":"@TGS#2J4SZEAEL","Name":"new"}"#;
//!
//! let answer = webhook.handle(&query.to_query_string(), body, |callback| match &callback.event {
//!     Event::GroupInfoChanged(change) => {
//!         assert_eq!(change.name.as_deref(), Some("new"));
//!         Reply::allow()
//!     }
//!     _ => Reply::allow(),
//! });
//! assert_eq!(answer.status, 200);
//! ```
// docs.rs shows which feature each item needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "axum")]
pub mod axum;
pub mod events;
mod handle;
mod query;
mod reply;
mod token;
mod verify;

// The clock is tim-clock's: one trait for every crate that reads the time
// (the emulator hands the same clock to both). `FixedClock` is the name this
// crate's docs and users know.
pub use events::{CallbackCommand, CallbackEvent, Event, EventError, UnknownEvent};
pub use handle::{Callback, HandleError, HttpReply, Webhook, DEFAULT_DEADLINE};
pub use query::{CallbackQuery, OptPlatform, QueryError};
pub use reply::{
    reply_error_codes, FriendResult, Reply, SenderCodeOutOfRange, C2C_SENDER_ERROR_CODES, FRIEND_RESULT_CODES,
    GROUP_SENDER_ERROR_CODES,
};
pub use tim_clock::{Clock, ManualClock as FixedClock, SystemClock};
pub use token::{sign, Token};
pub use verify::{Verifier, VerifyError, DEFAULT_REPLAY_WINDOW};
