//! The `profile` service: reading and writing user profile fields.

mod portrait_get;
mod portrait_set;
mod tag;

pub use portrait_get::{PortraitGetRequest, PortraitGetResponse, UserProfileItem};
pub use portrait_set::PortraitSetRequest;
pub(crate) use tag::check_custom_key;
pub use tag::{AdminForbidType, AllowType, Gender, ProfileItem, ProfileTag, ProfileValue, CUSTOM_TAG_PREFIX};
