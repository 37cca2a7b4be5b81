//! The refusals about groups and their members, with the group service's
//! codes, shared by the group handlers.

use tim_protocol::ErrorCode;

use super::State;
use crate::failure::Failure;

/// 10010: the group does not exist (or was destroyed).
pub(crate) fn not_found(id: &str) -> Failure {
    Failure::new(ErrorCode::GroupNotFound, format!("group {id:?} does not exist"))
}

/// 10007: the group `id` is not an AVChatRoom, and the call serves only those.
pub(crate) fn not_av(id: &str) -> Failure {
    Failure::new(
        ErrorCode::GroupPermissionDenied,
        format!("group {id:?} is not an AVChatRoom; this call supports AVChatRoom only"),
    )
}

/// 10007: `user` is not a member of the group `group_id`.
pub(crate) fn not_member(group_id: &str, user: &str) -> Failure {
    Failure::new(
        ErrorCode::GroupPermissionDenied,
        format!("{user:?} is not a member of group {group_id:?}"),
    )
}

/// 10019 unless `user`'s account is imported.
pub(crate) fn require_imported(state: &State, user: &str) -> Result<(), Failure> {
    if state.is_imported(user) {
        Ok(())
    } else {
        Err(Failure::new(
            ErrorCode::GroupAccountNotFound,
            format!("user {user:?} was not imported"),
        ))
    }
}

/// 60017 for a message call in a topic: the emulator keeps topics
/// (`topics`) but no messages in them.
pub(crate) fn no_topics(topic: Option<&String>) -> Result<(), Failure> {
    match topic {
        Some(_) => Err(Failure::new(
            ErrorCode::CallDisabled,
            "messages in topics (TopicId) are not emulated by tim-emulator",
        )),
        None => Ok(()),
    }
}
