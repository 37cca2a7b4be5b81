//! One module per service the emulator models. Each handler takes the
//! context and its typed request and returns its typed reply or a failure;
//! handlers import the context, the state and the failure helpers, never
//! each other.
//!
//! - `accounts`: `im_open_login_svc`.
//! - `contact_groups`, `marks`, `recent`: `recentcontact`.

pub(crate) mod accounts;
pub(crate) mod contact_groups;
pub(crate) mod marks;
pub(crate) mod recent;
