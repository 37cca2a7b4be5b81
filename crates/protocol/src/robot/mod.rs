//! The `openim_robot_http_svc` service: chatbot accounts and their streaming
//! messages (the "Chatbots" pages,
//! <https://www.tencentcloud.com/document/product/1047/55280> to 55282 and
//! 71131; cloud.tencent.com 269/89991 to 89993 and 104537).
//!
//! A chatbot is an account whose UserID starts with `@RBT#` (at most 32
//! bytes in all); an app has at most 20. Once created it takes part in
//! one-to-one messages as any account does; `send_stream_msg` sends it a
//! text in chunks, one call each, that the client shows as they arrive.
//! Deleting a chatbot makes the account invalid; its UserID is kept.
//!
//! The pages' error tables: 10002 (internal error, retry), 10004 (invalid
//! parameter), 10008 (invalid request: not an administrator, or the app
//! has its 20 chatbots already).

mod create_robot;
mod delete_robot;
mod get_all_robots;
mod send_stream_msg;

pub use create_robot::CreateRobotRequest;
pub use delete_robot::DeleteRobotRequest;
pub use get_all_robots::{GetAllRobotsRequest, GetAllRobotsResponse};
pub use send_stream_msg::{SendStreamMsgRequest, SendStreamMsgResponse};

use crate::limits::ROBOT_ID_PREFIX;
use crate::validation::{check, Rule, ValidationError};

/// Whether `user_id` is a chatbot's: it starts with `@RBT#`.
///
/// ```
/// assert!(tim_protocol::robot::is_robot_id("@RBT#001"));
/// assert!(!tim_protocol::robot::is_robot_id("user01"));
/// ```
pub fn is_robot_id(user_id: &str) -> bool {
    user_id.starts_with(ROBOT_ID_PREFIX)
}

/// The pages' rule for a chatbot's UserID: 1 to 32 bytes, starting with
/// `@RBT#`.
fn robot_id(field: &str, id: &str) -> Result<(), ValidationError> {
    check::user_id(|| field.to_owned(), id)?;
    if !is_robot_id(id) {
        return Err(ValidationError::new(
            field,
            Rule::BadFormat("a UserID starting with @RBT#"),
        ));
    }
    Ok(())
}
