//! `ConfigSvc/GetIPList`: the service's IP addresses.
//!
//! The emulator's choice: a fixed list in the page's form (an address and a
//! range), `127.0.0.1` and `127.0.0.0/8`: the emulator serves on loopback
//! and its webhooks come from there (their `ClientIP` is `127.0.0.1`), so
//! these are the addresses an app would allowlist for it.

use tim_protocol::operations::{GetIpListRequest, GetIpListResponse};

use crate::context::Context;
use crate::failure::Failure;

/// The list `GetIPList` answers.
pub(crate) const IP_LIST: [&str; 2] = ["127.0.0.1", "127.0.0.0/8"];

pub(crate) fn get_ip_list(_ctx: &Context, _request: GetIpListRequest) -> Result<GetIpListResponse, Failure> {
    Ok(GetIpListResponse::new(IP_LIST.map(str::to_owned)))
}
