//! The conveniences that act on one user of a call answering per user
//! (`sns::ResultsResponse`): that user's refusal becomes the call's error.

use tim_protocol::sns::ResultsResponse;

use crate::error::redact;
use crate::Error;

/// The most of a `ResultInfo` an error keeps, as for `ErrorInfo`.
const INFO_BYTES: usize = 1024;

/// `Ok` when `user`'s part succeeded, else [`Error::Api`] with its code.
///
/// A reply that does not list `user` is taken as the call's overall `OK`:
/// the service lists every user it was asked about, and a made-up failure
/// would be worse than trusting the status it sent.
pub(crate) fn one_user(reply: &ResultsResponse, user: &str) -> Result<(), Error> {
    match reply.result(user) {
        Some(item) if !item.is_success() => Err(Error::Api {
            code: item.result_code,
            // The item's text is the service's, as ErrorInfo is: query
            // strings (where a UserSig could travel) are cut out the same way.
            info: redact(item.result_info.as_deref().unwrap_or_default(), &[], INFO_BYTES),
            display: None,
        }),
        _ => Ok(()),
    }
}
