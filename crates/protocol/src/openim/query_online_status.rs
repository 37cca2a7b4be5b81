//! `v4/openim/query_online_status`: the login status of up to 500 users.

use serde::{Deserialize, Serialize};

use super::check_user_id;
use crate::limits::ONLINE_STATUS_ACCOUNTS_MAX;
use crate::validation::{check, ValidationError};
use crate::{Envelope, ErrorCode};

/// The request of `query_online_status` (<https://trtc.io/document/35477>).
/// A read: idempotent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct QueryOnlineStatusRequest {
    /// `IsNeedDetail`: 1 adds each platform's status, 0 (default) does not.
    #[serde(rename = "IsNeedDetail", default, skip_serializing_if = "Option::is_none")]
    pub is_need_detail: Option<u32>,
    /// `IsReturnCustomStatus`: 1 adds the users' custom status.
    #[serde(rename = "IsReturnCustomStatus", default, skip_serializing_if = "Option::is_none")]
    pub is_return_custom_status: Option<u32>,
    /// `To_Account`: 1 to 500 users.
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
}

impl QueryOnlineStatusRequest {
    /// The status of `users`, without details.
    pub fn new<I, S>(users: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            is_need_detail: None,
            is_return_custom_status: None,
            to_account: users.into_iter().map(Into::into).collect(),
        }
    }

    /// With each platform's status.
    pub fn with_detail(mut self) -> Self {
        self.is_need_detail = Some(1);
        self
    }

    /// Checks: 1 to 500 users of 1 to 32 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::count("To_Account", self.to_account.len(), 1, ONLINE_STATUS_ACCOUNTS_MAX, None)?;
        for (index, user) in self.to_account.iter().enumerate() {
            check_user_id(&format!("To_Account[{index}]"), user)?;
        }
        Ok(())
    }
}

crate::str_enum! {
    /// A login status.
    pub enum OnlineStatus {
        /// `Online`: connected.
        Online = "Online",
        /// `PushOnline`: in the background, reachable by offline push.
        PushOnline = "PushOnline",
        /// `Offline`.
        Offline = "Offline",
    }
}

/// The reply of `query_online_status`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct QueryOnlineStatusResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `QueryResult`.
    #[serde(rename = "QueryResult", default, skip_serializing_if = "Option::is_none")]
    pub query_result: Option<Vec<UserOnlineStatus>>,
    /// `ErrorList`: users that could not be queried.
    #[serde(rename = "ErrorList", default, skip_serializing_if = "Option::is_none")]
    pub error_list: Option<Vec<QueryOnlineStatusError>>,
}

crate::macros::response!(QueryOnlineStatusResponse);

/// One user of `QueryResult`.
///
/// The page's field table names the user's status `Status` (as the Chinese
/// page's samples do) while the English page's samples name it `State`.
/// Both are kept as received, each in its own field; [`Self::status`]
/// reads whichever is present.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserOnlineStatus {
    /// `To_Account`.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `Status`: the status, as the field table spells it.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OnlineStatus>,
    /// `State`: the status, as the English page's samples spell it.
    #[serde(rename = "State", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<OnlineStatus>,
    /// `Detail`: per platform, when asked for.
    #[serde(rename = "Detail", default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Vec<PlatformStatus>>,
}

impl UserOnlineStatus {
    /// `to_account`'s status, written in `Status` (the field table's name),
    /// without details.
    pub fn new(to_account: impl Into<String>, status: OnlineStatus) -> Self {
        Self {
            to_account: to_account.into(),
            status: Some(status),
            state: None,
            detail: None,
        }
    }

    /// The user's status, from `Status` or else `State`.
    pub fn status(&self) -> Option<&OnlineStatus> {
        self.status.as_ref().or(self.state.as_ref())
    }
}

/// One platform of `Detail`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PlatformStatus {
    /// `Platform`, e.g. `iPhone`, `Android`, `Web`.
    #[serde(rename = "Platform")]
    pub platform: String,
    /// `Status`.
    #[serde(rename = "Status")]
    pub status: OnlineStatus,
}

/// One entry of `ErrorList`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct QueryOnlineStatusError {
    /// `To_Account`.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `ErrorCode`: 70107 when the account does not exist.
    #[serde(rename = "ErrorCode")]
    pub error_code: ErrorCode,
}

impl QueryOnlineStatusError {
    /// `to_account` could not be queried, for the reason `error_code`.
    pub fn new(to_account: impl Into<String>, error_code: ErrorCode) -> Self {
        Self {
            to_account: to_account.into(),
            error_code,
        }
    }
}
