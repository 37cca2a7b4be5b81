//! The `openim` service: one-to-one messages and online status.

mod admin_getroammsg;
mod admin_msgwithdraw;
mod admin_set_msg_read;
mod batchsendmsg;
mod get_c2c_unread_msg_num;
mod importmsg;
mod query_online_status;
mod sendmsg;

pub use admin_getroammsg::{AdminGetroammsgRequest, AdminGetroammsgResponse, RoamMsg};
pub use admin_msgwithdraw::{AdminMsgwithdrawRequest, AdminMsgwithdrawResponse};
pub use admin_set_msg_read::{AdminSetMsgReadRequest, AdminSetMsgReadResponse};
pub use batchsendmsg::{BatchSendError, BatchsendmsgRequest, BatchsendmsgResponse};
pub use get_c2c_unread_msg_num::{
    C2cUnreadError, C2cUnreadMsgNum, GetC2cUnreadMsgNumRequest, GetC2cUnreadMsgNumResponse,
};
pub use importmsg::{ImportmsgRequest, ImportmsgResponse, SyncFromOldSystem};
pub use query_online_status::{
    OnlineStatus, PlatformStatus, QueryOnlineStatusError, QueryOnlineStatusRequest, QueryOnlineStatusResponse,
    UserOnlineStatus,
};
pub use sendmsg::{SendmsgRequest, SendmsgResponse};

use crate::limits::{MSG_LIFE_TIME_MAX_SECS, USER_ID_MAX_BYTES};
use crate::validation::{check, Rule, ValidationError};

/// A UserID field: 1 to 32 bytes.
pub(crate) fn check_user_id(field: &str, id: &str) -> Result<(), ValidationError> {
    check::text(|| field.to_owned(), id, USER_ID_MAX_BYTES)
}

/// `MsgLifeTime`: at most 604800 seconds (7 days). The service stores a
/// longer value as 7 days; refusing it here is this crate's choice, so the
/// caller is not surprised.
pub(crate) fn check_life_time(life_time: Option<u32>) -> Result<(), ValidationError> {
    match life_time {
        Some(secs) if secs > MSG_LIFE_TIME_MAX_SECS => Err(ValidationError::new(
            "MsgLifeTime",
            Rule::UnsupportedValue {
                value: i64::from(secs),
                expected: "0 to 604800 seconds",
            },
        )),
        _ => Ok(()),
    }
}
