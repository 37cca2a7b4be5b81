//! Group imports: members (`import_group_member`, 300 a call) and history
//! (`import_group_msg`, 7 messages a call).

use std::ops::Range;

use tim_protocol::group::{
    ImportGroupMemberRequest, ImportGroupMsgRequest, ImportGroupMsgResponse, ImportedGroupMsg, ImportedMember,
    MemberListResponse, MemberResult,
};
use tim_protocol::limits::{IMPORT_GROUP_MEMBERS_MAX, IMPORT_GROUP_MSGS_MAX};

use super::operation::sealed::Operation;
use super::operation::OnUnknown;
use super::outcome::ItemOutcome;
use super::plan::chunks;

/// Imports members into one group with `import_group_member`, 300 a call
/// (the limit this crate validates). `Result` 1 reads as imported, 2
/// (already a member) as already existing, 0 as failed; so a chunk whose
/// outcome was unknown is sent again on resume.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupMemberImport {
    group_id: String,
    members: Vec<ImportedMember>,
}

impl GroupMemberImport {
    /// Import `members` into `group_id`.
    pub fn new(group_id: impl Into<String>, members: impl IntoIterator<Item = ImportedMember>) -> Self {
        Self {
            group_id: group_id.into(),
            members: members.into_iter().collect(),
        }
    }
}

impl Operation for GroupMemberImport {
    type Request = ImportGroupMemberRequest;

    fn context(&self) -> String {
        self.group_id.clone()
    }

    fn items(&self) -> usize {
        self.members.len()
    }

    fn key(&self, index: usize) -> String {
        self.members[index].member_account.clone()
    }

    fn chunks(&self) -> Vec<Range<usize>> {
        chunks(self.members.len(), IMPORT_GROUP_MEMBERS_MAX, |_| ())
    }

    fn request(&self, indices: &[usize]) -> ImportGroupMemberRequest {
        ImportGroupMemberRequest::new(&self.group_id, indices.iter().map(|&index| self.members[index].clone()))
    }

    fn outcomes(&self, indices: &[usize], reply: &MemberListResponse) -> Vec<ItemOutcome> {
        let results = reply.member_list.as_deref().unwrap_or_default();
        // Each result answers one item, in order, as for friends.
        let mut used = vec![false; results.len()];
        indices
            .iter()
            .map(|&index| {
                let account = &self.members[index].member_account;
                let found = (0..results.len()).find(|&at| !used[at] && results[at].member_account == *account);
                match found.map(|at| {
                    used[at] = true;
                    results[at].result
                }) {
                    Some(MemberResult::Added) => ItemOutcome::Imported,
                    Some(MemberResult::AlreadyMember) => ItemOutcome::AlreadyExisted,
                    Some(MemberResult::Failed) => ItemOutcome::Failed {
                        code: None,
                        message: "Result 0: not imported".into(),
                    },
                    Some(other) => ItemOutcome::Failed {
                        code: None,
                        message: format!("Result {other:?}: not a member yet"),
                    },
                    None => ItemOutcome::Unknown {
                        message: "the reply did not say what happened to this member".into(),
                    },
                }
            })
            .collect()
    }

    fn on_unknown(&self) -> OnUnknown {
        OnUnknown::Resend
    }
}

/// Imports a group's history with `import_group_msg`, 7 messages a call,
/// each message's outcome from `ImportMsgResult` (in order). Give the
/// messages in ascending `SendTime`, as the page asks. Not idempotent: a
/// chunk whose outcome was unknown is reported unknown again on resume,
/// not sent twice.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupMsgImport {
    group_id: String,
    messages: Vec<ImportedGroupMsg>,
}

impl GroupMsgImport {
    /// Import `messages` into `group_id`'s history.
    pub fn new(group_id: impl Into<String>, messages: impl IntoIterator<Item = ImportedGroupMsg>) -> Self {
        Self {
            group_id: group_id.into(),
            messages: messages.into_iter().collect(),
        }
    }
}

impl Operation for GroupMsgImport {
    type Request = ImportGroupMsgRequest;

    fn context(&self) -> String {
        self.group_id.clone()
    }

    fn items(&self) -> usize {
        self.messages.len()
    }

    fn key(&self, index: usize) -> String {
        let message = &self.messages[index];
        format!("{}\t{}", message.from_account, message.send_time)
    }

    fn chunks(&self) -> Vec<Range<usize>> {
        chunks(self.messages.len(), IMPORT_GROUP_MSGS_MAX, |_| ())
    }

    fn request(&self, indices: &[usize]) -> ImportGroupMsgRequest {
        ImportGroupMsgRequest::new(
            &self.group_id,
            indices.iter().map(|&index| self.messages[index].clone()),
        )
    }

    fn outcomes(&self, indices: &[usize], reply: &ImportGroupMsgResponse) -> Vec<ItemOutcome> {
        let results = reply.import_msg_result.as_deref().unwrap_or_default();
        // By position; the runner leaves unknown what the reply leaves out.
        results
            .iter()
            .take(indices.len())
            .map(|result| ItemOutcome::from_code(result.result, "ImportMsgResult"))
            .collect()
    }

    fn on_unknown(&self) -> OnUnknown {
        OnUnknown::Report
    }
}
