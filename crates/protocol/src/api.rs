//! The [`Api`] trait tying a request type to its path and response type.

use serde::{de::DeserializeOwned, Serialize};

use crate::{Response, ValidationError};

/// Implemented by every request type.
///
/// ```
/// use tim_protocol::Api;
/// use tim_protocol::recentcontact::UpdateContactGroupRequest;
///
/// assert_eq!(UpdateContactGroupRequest::PATH, "v4/recentcontact/update_contact_group");
/// ```
pub trait Api: Serialize + DeserializeOwned {
    /// The path below the base URL, without a leading slash, for example
    /// `v4/recentcontact/update_contact_group`.
    const PATH: &'static str;

    /// The reply's type.
    type Response: Response;

    /// Checks the documented rules, so a request that the service would refuse
    /// is caught before it is sent. The error names the field path and the rule.
    fn validate(&self) -> Result<(), ValidationError>;
}
