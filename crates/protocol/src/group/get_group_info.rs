//! `v4/group_open_http_svc/get_group_info`: read the profiles of up to 50 groups.

use serde::{Deserialize, Serialize};

use super::checks;
use super::group_info::{GroupInfo, ResponseFilter};
use crate::limits::GROUP_INFO_GROUPS_MAX;
use crate::validation::{check, ValidationError};
use crate::Envelope;

/// The request of `get_group_info`.
///
/// ```
/// use tim_protocol::group::{GetGroupInfoRequest, ResponseFilter};
///
/// let request = GetGroupInfoRequest::new(["@TGS#1NVTZEAE4"]).filter(ResponseFilter::new().base_info(["Name"]));
/// assert!(request.validate().is_ok());
/// assert!(GetGroupInfoRequest::new(Vec::<String>::new()).validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetGroupInfoRequest {
    /// `GroupIdList`: 1 to 50 group IDs.
    #[serde(rename = "GroupIdList")]
    pub group_id_list: Vec<String>,
    /// `ResponseFilter`.
    #[serde(rename = "ResponseFilter", default, skip_serializing_if = "Option::is_none")]
    pub response_filter: Option<ResponseFilter>,
}

impl GetGroupInfoRequest {
    /// The full profiles of these groups.
    pub fn new<S: Into<String>>(group_ids: impl IntoIterator<Item = S>) -> Self {
        Self {
            group_id_list: group_ids.into_iter().map(Into::into).collect(),
            response_filter: None,
        }
    }

    /// With a filter.
    pub fn filter(mut self, filter: ResponseFilter) -> Self {
        self.response_filter = Some(filter);
        self
    }

    /// Checks: 1 to 50 group IDs, none empty.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::count("GroupIdList", self.group_id_list.len(), 1, GROUP_INFO_GROUPS_MAX, None)?;
        for (index, id) in self.group_id_list.iter().enumerate() {
            checks::group_id(&format!("GroupIdList[{index}]"), id)?;
        }
        Ok(())
    }
}

/// The reply of `get_group_info`: one profile per requested group, each with
/// its own `ErrorCode`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetGroupInfoResponse {
    /// `GroupInfo`.
    #[serde(rename = "GroupInfo", default, skip_serializing_if = "Option::is_none")]
    pub group_info: Option<Vec<GroupInfo>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetGroupInfoResponse);

impl GetGroupInfoResponse {
    /// A successful reply.
    pub fn new(groups: Vec<GroupInfo>) -> Self {
        Self {
            group_info: Some(groups),
            envelope: Envelope::ok(),
        }
    }
}
