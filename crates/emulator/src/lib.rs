//! A local, stateful emulator of the Tencent Cloud Chat (TIM) server REST
//! API, for tests and demos: a real HTTP server on 127.0.0.1 that checks
//! UserSigs, keeps accounts and conversation groups, and answers with the
//! documented envelopes and error codes.
//!
//! It serves the account APIs (`account_import`, `multiaccount_import`,
//! `account_check`, `account_delete`), the conversation-group APIs
//! (`create_contact_group`, `update_contact_group`, `del_contact_group`,
//! `get_contact_group`), marks (`mark_contact`, `search_contact_group`) and
//! the recent-conversation list (`get_list`, `delete`; seeded with
//! [`EmulatorHandle::add_recent_conversation`], as the emulator carries no
//! messages), parsing requests with the same `tim-protocol` types the SDK
//! sends.
//!
//! ```
//! use tim_emulator::Emulator;
//!
//! let emulator = Emulator::builder().admin("administrator").start().unwrap();
//! println!("serving {}", emulator.base_url());
//! emulator.shutdown();
//! ```
//!
//! Checks run in this order, the first failure answering: the path (60009),
//! the query parameters, the administrator, the UserSig, the body as JSON
//! (60003), the body's shape and
//! documented rules (50002, or 70402 for account APIs, with a message naming
//! the field; 51006 and 51011 where the service has them), then the operation
//! itself. Every answer is HTTP 200, as the service's, except a body larger
//! than the configured cap, which gets HTTP 413 like a gateway would.
//!
//! Where the service's documentation is silent, the choices are written down
//! beside the code that makes them: query and UserSig codes in the module
//! `auth`, conversation-group behaviour (duplicate names, repeated adds,
//! removing what is not there, paging, IDs) in `contact_groups`, marks in
//! `marks`, the recent list in `recent`, accounts in `accounts`.

mod accounts;
mod app;
mod auth;
mod cli;
mod config;
mod contact_groups;
mod failure;
mod faults;
mod handle;
mod marks;
mod recent;
mod state;

pub use cli::EmulatorArgs;
pub use config::{Edition, Limits};
pub use faults::Faults;
pub use handle::{Emulator, EmulatorBuilder, EmulatorHandle, DEFAULT_SDKAPPID, DEFAULT_SECRET_KEY};
