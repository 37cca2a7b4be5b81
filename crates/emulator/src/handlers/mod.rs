//! One module per service the emulator models. Each handler takes the
//! context and its typed request and returns its typed reply or a failure;
//! handlers import the context, the state and the failure helpers, never
//! each other.
//!
//! - `accounts`: `im_open_login_svc`.
//! - `contact_groups`, `marks`, `recent`: `recentcontact`.
//! - `groups`, `group_members`, `group_messages`, `group_attrs`:
//!   `group_open_http_svc` (and `get_group_attr`, `openim/modify_group_msg`).

pub(crate) mod accounts;
pub(crate) mod contact_groups;
pub(crate) mod group_attrs;
pub(crate) mod group_members;
pub(crate) mod group_messages;
pub(crate) mod groups;
pub(crate) mod marks;
pub(crate) mod recent;
