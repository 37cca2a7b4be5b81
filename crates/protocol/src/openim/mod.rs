//! The `openim` service: one-to-one messages and online status; and the
//! `openim_msg_ext_http_svc` service: one-to-one message extensions.

mod admin_getroammsg;
mod admin_msgwithdraw;
mod admin_set_msg_read;
mod batchsendmsg;
mod c2c_msg_read_receipt;
mod delete_c2c_msg_ramble;
mod get_c2c_unread_msg_num;
mod get_key_values;
mod importmsg;
mod modify_c2c_msg;
mod msg_extension;
mod query_online_status;
mod sendmsg;
mod set_key_values;

pub use admin_getroammsg::{AdminGetroammsgRequest, AdminGetroammsgResponse, RoamMsg};
pub use admin_msgwithdraw::AdminMsgwithdrawRequest;
pub use admin_set_msg_read::AdminSetMsgReadRequest;
pub use batchsendmsg::{BatchSendError, BatchsendmsgRequest, BatchsendmsgResponse};
pub use c2c_msg_read_receipt::{C2cMsgReadReceiptRequest, C2cMsgRef};
pub use delete_c2c_msg_ramble::DeleteC2cMsgRambleRequest;
pub use get_c2c_unread_msg_num::{
    C2cUnreadError, C2cUnreadMsgNum, GetC2cUnreadMsgNumRequest, GetC2cUnreadMsgNumResponse,
};
pub use get_key_values::GetKeyValuesRequest;
pub use importmsg::{ImportmsgRequest, SyncFromOldSystem};
pub use modify_c2c_msg::ModifyC2cMsgRequest;
pub(crate) use msg_extension::{check_operation, next_start_seq};
pub use msg_extension::{ExtOperateType, ExtensionResult, ExtensionResultsResponse, KeyValuesResponse, MsgExtension};
pub use query_online_status::{
    OnlineStatus, PlatformStatus, QueryOnlineStatusError, QueryOnlineStatusRequest, QueryOnlineStatusResponse,
    UserOnlineStatus,
};
pub use sendmsg::{SendmsgRequest, SendmsgResponse};
pub use set_key_values::SetKeyValuesRequest;

use crate::limits::MSG_LIFE_TIME_MAX_SECS;
use crate::message::MsgKey;
use crate::validation::{check, Rule, ValidationError};

/// A UserID field: 1 to 32 bytes.
pub(crate) fn check_user_id(field: &str, id: &str) -> Result<(), ValidationError> {
    check::user_id(|| field.to_owned(), id)
}

/// A stored message's address: `From_Account` (when given) and `To_Account`
/// 1 to 32 bytes, `MsgKey` not empty.
pub(crate) fn check_msg_address(from: Option<&str>, to: &str, key: &MsgKey) -> Result<(), ValidationError> {
    if let Some(from) = from {
        check_user_id("From_Account", from)?;
    }
    check_user_id("To_Account", to)?;
    if key.as_str().is_empty() {
        return Err(ValidationError::new("MsgKey", Rule::NotEmpty));
    }
    Ok(())
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

/// The body of a one-to-one send ([`check_body`](crate::message::check_body)),
/// a body over 12 KB answered with 93000, the `sendmsg` and `batchsendmsg`
/// pages' "JSON data packet too long" (the message body may be at most
/// 12 KB) rather than the service's parameter code.
pub(crate) fn check_c2c_body(body: &[crate::message::MsgElement]) -> Result<(), ValidationError> {
    crate::message::check_body("MsgBody", body).map_err(|error| match error.rule() {
        Rule::TooLong { .. } if error.field() == "MsgBody" => error.with_code(crate::ErrorCode::OpenimPacketTooLong),
        _ => error,
    })
}
