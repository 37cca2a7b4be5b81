//! A local, stateful emulator of the Tencent Cloud Chat (TIM) server REST
//! API, for tests and demos: a real HTTP server on 127.0.0.1 that checks
//! UserSigs, keeps accounts and conversation groups, and answers with the
//! documented envelopes and error codes.
//!
//! It models these parts of the API, parsing requests with the same
//! `tim-protocol` types the SDK sends: accounts and logins
//! (`im_open_login_svc`), conversation groups, marks and the
//! recent-conversation list (`recentcontact`), one-to-one messages with
//! their history, recalls, modifications, read marks and unread counts, and
//! login status (`openim`), message extensions (`openim_msg_ext_http_svc`),
//! profiles (`profile`), the groups of `group_open_http_svc` (profiles,
//! members, roles and owner, mutes on the emulator's clock, messages
//! numbered from 1 per group with their history, recalls and unread counts,
//! custom attributes, read through `group_open_attr_http_svc`;
//! `openim/modify_group_msg` changes a group message; group messages also
//! put the group on its members' recent lists; counters, read receipts,
//! clearing and broadcasting, online counts), a Community's topics
//! (`million_group_open_http_svc`), and the relationship chain (`sns`: friends, the
//! blocklist, friend lists), and follow relations (`follow`: followings,
//! followers, mutual follows and their counts), and the global mute
//! (`openconfigsvr`: a muted user's sends are refused). [`routes`] lists every endpoint it models with
//! the function that serves it (ARCHITECTURE.md's list of routes is written
//! from it); [`emulated`] and [`Emulator::emulated_endpoints`] tell whether
//! an endpoint is modelled (the README's coverage table is written from
//! `emulated`). Every other endpoint of the table answers FAIL 60017 saying
//! it is not emulated, never a fake success.
//!
//! Messages drive the recent list: a stored message puts its conversation
//! on both users' lists (so conversation groups and marks apply to
//! conversations that arose from traffic);
//! [`EmulatorHandle::add_recent_conversation`] still seeds it directly. No
//! client ever connects to the emulator: every user is `Offline`, and a
//! message with `MsgLifeTime` 0 (online users only) reaches nobody and is
//! stored nowhere.
//!
//! ```
//! use tim_emulator::Emulator;
//!
//! let emulator = Emulator::builder().admin("administrator").start().unwrap();
//! println!("serving {}", emulator.base_url());
//! emulator.shutdown();
//! ```
//!
//! Checks run in this order, the first failure answering: the path (60009
//! when it is not in the endpoint table), the method (60002 unless POST),
//! the query parameters, the administrator, the UserSig, whether the
//! endpoint is emulated (60017), an injected fault, the body as JSON
//! (60003), the body's shape and documented rules (the service's
//! parameter-error code, such as 50002 for `recentcontact`, 70402 for
//! accounts, 10004 for groups or 30001 for `sns`, with a message naming the
//! field; or a rule's own code, such as 51006 and 51011), then the
//! operation itself. Every answer is
//! HTTP 200, as the service's, except a body the server cannot read: larger
//! than the configured cap (413, like a gateway), badly framed (400), or
//! too slow to arrive (408).
//!
//! The app's console settings that change answers ([`AppSettings`], given
//! to [`EmulatorBuilder::app_settings`]; `--check-friends`,
//! `--recall-window` and `--history-days` on the command line) start at the
//! service's defaults: no relationship check on one-to-one messages, no
//! recall window for the REST recalls, history kept 7 days. The README's
//! "Rules enforced" lists the service's rules the emulator enforces.
//!
//! With a webhook URL and token ([`EmulatorBuilder::callback`],
//! [`CallbackConfig`]; `--callback-url` and `--callback-token` or
//! `TIM_CALLBACK_TOKEN` on the command line) the emulator delivers, signed
//! as the service signs them (`tim_callback::CallbackQuery::signed`, with
//! `OptPlatform=RESTAPI` and `ClientIP=127.0.0.1`), the webhooks of what it
//! models, each body a `tim-callback` typed event: `C2C.CallbackBeforeSendMsg`
//! and `C2C.CallbackAfterSendMsg` (`sendmsg`), `C2C.CallbackAfterMsgWithDraw`
//! (`admin_msgwithdraw`), `Group.CallbackBeforeSendMsg` and
//! `Group.CallbackAfterSendMsg` (`send_group_msg`),
//! `Group.CallbackAfterRecallMsg` (`group_msg_recall`),
//! `Group.CallbackAfterCreateGroup` (`create_group`),
//! `Group.CallbackAfterNewMemberJoin` (`add_group_member`),
//! `Group.CallbackAfterMemberExit` (`delete_group_member`),
//! `Group.CallbackAfterGroupDestroyed` (`destroy_group`),
//! `Group.CallbackAfterGroupInfoChanged` (`modify_group_base_info`),
//! `Group.CallbackAfterChangeGroupOwner` (`change_group_owner`) and
//! `Profile.CallbackPortraitSet` (`portrait_set`). The URL must be plain
//! `http://` (the emulator has no TLS client). Before-send answers are
//! honoured: a refusal answers the sender with 20006 (one-to-one) or 10016
//! (groups), or the app's own code from the command's range, and stores
//! nothing; a silent drop (`ErrorCode` 2) answers as sent and stores
//! nothing; a rewritten `MsgBody` or `CloudCustomData` is what is stored and
//! delivered. The app has 2 s to answer ([`DEFAULT_CALLBACK_TIMEOUT`],
//! configurable); a before-send webhook without a usable answer in time lets
//! the message through and is not retried; after-event webhooks are sent
//! without delaying the reply and are not retried unless configured. The
//! choices where the documentation is silent are in the module `webhooks`
//! and its submodules.
//!
//! Every call answered is kept in a bounded request log
//! ([`EmulatorHandle::requests`], [`RecordedRequest`]; `--request-log FILE`
//! streams it as JSON lines), refusals included and UserSigs never; a seed
//! file builds a world at start ([`EmulatorBuilder::seed`], `--seed FILE`;
//! the format is in the README). See the modules `request_log` and `seed`.
//!
//! The server bounds its connections ([`ConnectionLimits`]): how many are
//! open at once, how long a request's head and body may take, how long a
//! kept-alive connection may idle.
//!
//! With a state file ([`EmulatorBuilder::state`], `--state FILE`) the
//! emulator keeps its world across runs: loaded on start, saved on
//! shutdown, on [`EmulatorHandle::snapshot`] and on the admin-only
//! `POST /emulator/snapshot`, atomically and consistently (the format, its
//! versioning and refusals are in the module `snapshot` and the README).
//!
//! The crate is built in three floors. At the bottom, the context: the
//! settings, the clock, the faults, the state (users in a sharded map, each
//! behind its own lock) and the cache of verified UserSigs. Above it, one
//! module per service, each importing only the context, the state and the
//! failure helpers. On top, the router, built from
//! [`tim_protocol::ENDPOINTS`]. Where the service's documentation is silent,
//! the choices are written down beside the code that makes them: query and
//! UserSig codes in the module `auth`, conversation-group behaviour
//! (duplicate names, repeated adds, removing what is not there, paging, IDs)
//! in `handlers::contact_groups`, marks in `handlers::marks`, the recent
//! list in `handlers::recent`, accounts in `handlers::accounts`, sending
//! and importing messages (who must exist, duplicates, `SyncOtherMachine`,
//! `MsgLifeTime`, unread and list flags) in `handlers::messages`, history
//! paging, recall and modification in `handlers::history`, read marks and
//! counts in `handlers::unread`, extension versions in
//! `handlers::extensions`, profile defaults and custom fields in
//! `handlers::profiles`, online status and kick in `handlers::sessions`, the
//! groups in `handlers::groups`, `handlers::group_members`,
//! `handlers::group_messages` and `handlers::group_attrs` (topics,
//! broadcasts and online counts answer 60017), audio-video groups' online
//! members (who joined through `EmulatorHandle::join_avchatroom`, and the
//! robots), marks and administrators in `handlers::avchatroom` and their
//! bans in `handlers::bans`, the
//! relationship chain in `handlers::sns_common`, `handlers::friends`,
//! `handlers::blocklist` and `handlers::friend_lists`, follow relations in
//! `handlers::follows`, the global mute in `handlers::global_mute`, pushes to
//! all users, attributes and tags (recorded pushes, [`RecordedPush`]) in
//! `handlers::push`, the order of checks
//! and unmodelled endpoints in `router`, connections in `server`, webhooks
//! in `webhooks` (answers), `webhooks::sender` (delivery), `webhooks::c2c`,
//! `webhooks::groups` and `webhooks::profiles` (what each event holds).
// docs.rs shows which feature each item needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

mod app_settings;
mod auth;
mod cli;
mod config;
#[cfg(feature = "console")]
mod console;
mod context;
mod failure;
mod faults;
mod gate;
mod handle;
mod handlers;
pub mod observability;
mod path_key;
mod request_log;
mod router;
mod seed;
mod server;
mod snapshot;
mod state;
mod webhooks;

pub use app_settings::{AppSettings, CONSOLE_RECALL_WINDOW, DEFAULT_HISTORY_RETENTION};
pub use cli::{ConsoleSecret, EmulatorArgs};
pub use config::{CallbackConfig, ConnectionLimits, Edition, Limits, DEFAULT_CALLBACK_TIMEOUT};
#[cfg(feature = "console")]
#[cfg_attr(docsrs, doc(cfg(feature = "console")))]
pub use console::{ConsoleConfig, ConsoleToken};
pub use faults::Faults;
pub use handle::{Emulator, EmulatorBuilder, EmulatorHandle, DEFAULT_SDKAPPID, DEFAULT_SECRET_KEY};
pub use request_log::{RecordedRequest, DEFAULT_REQUEST_LOG_CAPACITY, REDACTED};
pub use router::Route;
pub use seed::SeedError;
pub use state::push::RecordedPush;
pub use webhooks::deliveries::{WebhookDelivery, DEFAULT_DELIVERY_LOG_CAPACITY};

/// Whether the emulator models the endpoint at `path` (given as
/// [`tim_protocol::Endpoint::find`] takes it: `recentcontact/get_list`,
/// `v4/recentcontact/get_list` or `/v4/recentcontact/get_list`). `false`
/// for a path of the table the emulator answers with 60017, and for a path
/// not in the table.
///
/// ```
/// assert!(tim_emulator::emulated("v4/recentcontact/update_contact_group"));
/// assert!(!tim_emulator::emulated("v4/recentcontact/no_such_api"));
/// ```
pub fn emulated(path: &str) -> bool {
    router::emulated(path)
}

/// Every endpoint the emulator models, in the order of
/// [`tim_protocol::ENDPOINTS`], each with the handler that serves it and
/// whether it fires webhooks: the route list, for documentation to derive
/// from (ARCHITECTURE.md's list of routes is written from it). Every other
/// endpoint of the table answers FAIL 60017.
///
/// ```
/// let friend_add = tim_emulator::routes()
///     .find(|route| route.path == "v4/sns/friend_add")
///     .unwrap();
/// assert_eq!(friend_add.handler, "friends::add");
/// assert_eq!(friend_add.handler_module(), "friends");
/// assert!(!friend_add.fires_webhooks());
/// assert_eq!(tim_emulator::routes().count(), tim_emulator::Emulator::emulated_endpoints().count());
/// ```
pub fn routes() -> impl Iterator<Item = Route> {
    router::described()
}
