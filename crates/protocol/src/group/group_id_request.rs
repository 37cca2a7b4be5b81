//! The request shape of the group calls that name a group and nothing else.

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use super::checks;
use crate::validation::ValidationError;

/// A request holding a group's ID alone. `Call` makes each call its own type
/// with its own path: [`DestroyGroupRequest`](super::DestroyGroupRequest),
/// [`GetGroupAttrRequest`](super::GetGroupAttrRequest),
/// [`ClearGroupAttrRequest`](super::ClearGroupAttrRequest),
/// [`GetOnlineMemberNumRequest`](super::GetOnlineMemberNumRequest),
/// [`GetCommunityOnlineMemberNumRequest`](super::GetCommunityOnlineMemberNumRequest) and
/// [`GetAdminListRequest`](super::GetAdminListRequest).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupIdRequest<Call> {
    /// `GroupId`.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(skip)]
    call: PhantomData<Call>,
}

impl<Call> GroupIdRequest<Call> {
    /// The request for `group_id`.
    pub fn new(group_id: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            call: PhantomData,
        }
    }

    /// Checks: `GroupId` not empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)
    }
}
