//! The `openconfigsvr` service: global mutes (`setnospeaking`,
//! `getnospeaking`: a user muted in every one-to-one or every group
//! conversation) and the app's operations data (`getappinfo`).
//!
//! The pages' sample replies carry `ErrorCode` and `ErrorInfo` alone, no
//! `ActionStatus`; [`Envelope`](crate::Envelope) keeps it absent and reads
//! the reply by its code.

mod getappinfo;
mod getnospeaking;
mod setnospeaking;

pub use getappinfo::{AppInfo, AppInfoField, GetappinfoRequest, GetappinfoResponse};
pub use getnospeaking::{GetnospeakingRequest, GetnospeakingResponse};
pub use setnospeaking::SetnospeakingRequest;
