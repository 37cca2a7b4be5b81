//! Wire types, validation, error codes and regions of the Tencent Cloud Chat
//! (IM, "TIM") server REST API.
//!
//! This crate is pure: no I/O, no async, no HTTP client. Embed it alone to get
//! the typed requests and replies and bring your own HTTP stack, or use
//! `tim-api` for ready clients.
//!
//! Every request type implements [`Api`] (its path and reply type) and has a
//! `validate()` that checks the documented rules before anything is sent:
//!
//! ```
//! use tim_protocol::{Api, Rule};
//! use tim_protocol::recentcontact::UpdateContactGroupRequest;
//!
//! let request = UpdateContactGroupRequest::rename("user_0001", "group_0001", "é".repeat(33));
//! let error = request.validate().unwrap_err();
//! assert_eq!(error.field(), "UpdateGroup.NewGroupName");
//! assert_eq!(error.rule(), &Rule::TooLong { max_bytes: 64, actual: 66 });
//! assert_eq!(error.error_code().map(|c| c.code()), Some(51011));
//! ```
// docs.rs shows which feature each item needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod account;
mod accounts_request;
mod api;
mod conversation;
pub mod cos_msg;
mod endpoints;
mod envelope;
mod envelope_only;
mod error_code;
pub mod follow;
pub mod group;
pub mod limits;
mod macros;
pub mod message;
pub mod moderation;
pub mod official_account;
pub mod openconfig;
pub mod openim;
pub mod operations;
mod paging;
pub mod profile;
pub mod push;
pub mod recentcontact;
mod region;
mod request_url;
pub mod robot;
mod service;
pub mod sns;
mod tagged;
mod validation;

pub use accounts_request::{AccountsCall, AccountsRequest};
pub use api::Api;
pub use conversation::{Conversation, ConversationType, RawConversation};
pub use endpoints::{Endpoint, EndpointVisitor, ENDPOINTS};
pub use envelope::{ActionStatus, Envelope, Response};
pub use envelope_only::EnvelopeOnlyResponse;
pub use error_code::{ErrorCode, RetryClass};
pub use paging::Paged;
pub use region::{BaseUrl, BaseUrlError, Region, UnknownRegion};
pub use request_url::{QueryParams, RequestUrl};
pub use service::Service;
pub use validation::{Rule, ValidationError};

// For the exported `str_enum!`, so a crate using it needs no serde of its own name.
#[doc(hidden)]
pub use serde as __serde;
