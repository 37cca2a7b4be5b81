//! The reply of every call that answers with the status fields alone.

use serde::{Deserialize, Serialize};

use crate::Envelope;

/// The reply of the calls that answer with the status fields only
/// (`ActionStatus`, `ErrorCode`, `ErrorInfo`): `destroy_group`, `kick`,
/// `portrait_set` and the others whose row in the endpoint table names this
/// type. One type for all of them, so a caller matches on one shape.
///
/// ```
/// use tim_protocol::EnvelopeOnlyResponse;
///
/// let reply: EnvelopeOnlyResponse =
///     serde_json::from_str(r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#).unwrap();
/// assert!(reply.envelope.is_success());
/// assert_eq!(reply, EnvelopeOnlyResponse::new());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvelopeOnlyResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

impl EnvelopeOnlyResponse {
    /// A successful reply.
    pub fn new() -> Self {
        Self {
            envelope: Envelope::ok(),
        }
    }
}

crate::macros::response!(EnvelopeOnlyResponse);
