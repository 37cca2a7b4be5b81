//! The [`Api`] trait tying a request type to its path and response type.

use serde::{de::DeserializeOwned, Serialize};

use crate::{Response, Service, ValidationError};

/// Implemented by every request type.
///
/// ```
/// use tim_protocol::Api;
/// use tim_protocol::recentcontact::UpdateContactGroupRequest;
///
/// assert_eq!(UpdateContactGroupRequest::PATH, "v4/recentcontact/update_contact_group");
/// ```
///
/// The impls are derived from the endpoint table
/// ([`for_each_endpoint!`](crate::for_each_endpoint)); each request type
/// writes only its fields and rules.
pub trait Api: Serialize + DeserializeOwned {
    /// The service the endpoint belongs to.
    const SERVICE: Service;

    /// The path below the base URL, without a leading slash, for example
    /// `v4/recentcontact/update_contact_group`.
    const PATH: &'static str;

    /// The reply's type.
    type Response: Response;

    /// Whether sending the same request twice has the same effect as sending
    /// it once. Reads are; so are the account imports (documented so) and
    /// mark_contact (it sets marks to given values). A client may retry an
    /// idempotent call after a timeout, when it cannot know whether the first
    /// attempt took effect.
    const IDEMPOTENT: bool;

    /// The service's documented rate limit for this API, in calls per second.
    const RATE_LIMIT_PER_SEC: u32;

    /// Checks the documented rules, so a request that the service would refuse
    /// is caught before it is sent. The error names the field path and the rule.
    fn validate(&self) -> Result<(), ValidationError>;
}
