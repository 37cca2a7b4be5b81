//! One-to-one messages: history import (`importmsg`, one a call) and one
//! message sent to a list (`batchsendmsg`, 500 recipients a call).

use std::ops::Range;

use tim_protocol::limits::BATCH_RECIPIENTS_MAX;
use tim_protocol::openim::{BatchsendmsgRequest, BatchsendmsgResponse, ImportmsgRequest};
use tim_protocol::EnvelopeOnlyResponse;

use super::operation::sealed::Operation;
use super::operation::OnUnknown;
use super::outcome::ItemOutcome;
use super::plan::chunks;

/// Imports one-to-one history with `importmsg`, one message a call.
/// Idempotent (the service drops an import identical to an earlier one), so
/// a message whose outcome was unknown is sent again on resume.
#[derive(Debug, Clone, PartialEq)]
pub struct C2cMsgImport {
    messages: Vec<ImportmsgRequest>,
}

impl C2cMsgImport {
    /// Import `messages`, each one call.
    pub fn new(messages: impl IntoIterator<Item = ImportmsgRequest>) -> Self {
        Self {
            messages: messages.into_iter().collect(),
        }
    }
}

impl Operation for C2cMsgImport {
    type Request = ImportmsgRequest;

    fn items(&self) -> usize {
        self.messages.len()
    }

    fn key(&self, index: usize) -> String {
        let message = &self.messages[index];
        format!(
            "{}\t{}\t{}\t{}",
            message.from_account, message.to_account, message.msg_time_stamp, message.msg_random
        )
    }

    fn chunks(&self) -> Vec<Range<usize>> {
        chunks(self.messages.len(), 1, |_| ())
    }

    fn request(&self, indices: &[usize]) -> ImportmsgRequest {
        self.messages[indices[0]].clone()
    }

    fn outcomes(&self, indices: &[usize], _reply: &EnvelopeOnlyResponse) -> Vec<ItemOutcome> {
        vec![ItemOutcome::Imported; indices.len()]
    }

    fn on_unknown(&self) -> OnUnknown {
        OnUnknown::Resend
    }
}

/// Sends one message to a list with `batchsendmsg`, 500 recipients a call;
/// a recipient in the reply's `ErrorList` failed with its code, the others
/// were sent. Not idempotent: a chunk whose outcome was unknown is reported
/// unknown again on resume, never delivered twice.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchSend {
    message: BatchsendmsgRequest,
    recipients: Vec<String>,
}

impl BatchSend {
    /// Send `message` (its `To_Account` is replaced by each chunk's
    /// recipients) to `recipients`.
    pub fn new<S: Into<String>>(message: BatchsendmsgRequest, recipients: impl IntoIterator<Item = S>) -> Self {
        Self {
            message,
            recipients: recipients.into_iter().map(Into::into).collect(),
        }
    }
}

impl Operation for BatchSend {
    type Request = BatchsendmsgRequest;

    fn context(&self) -> String {
        // The message without its recipients or its random (a new run
        // draws a new one): another text is another run.
        let mut message = self.message.clone();
        message.to_account.clear();
        message.msg_random = 0;
        serde_json::to_string(&message).unwrap_or_default()
    }

    fn items(&self) -> usize {
        self.recipients.len()
    }

    fn key(&self, index: usize) -> String {
        self.recipients[index].clone()
    }

    fn chunks(&self) -> Vec<Range<usize>> {
        chunks(self.recipients.len(), BATCH_RECIPIENTS_MAX, |_| ())
    }

    fn request(&self, indices: &[usize]) -> BatchsendmsgRequest {
        let mut request = self.message.clone();
        request.to_account = indices.iter().map(|&index| self.recipients[index].clone()).collect();
        request
    }

    fn outcomes(&self, indices: &[usize], reply: &BatchsendmsgResponse) -> Vec<ItemOutcome> {
        let errors = reply.error_list.as_deref().unwrap_or_default();
        indices
            .iter()
            .map(|&index| {
                let to = &self.recipients[index];
                match errors.iter().find(|error| error.to_account == *to) {
                    Some(error) => ItemOutcome::from_code(error.error_code, "ErrorList"),
                    None => ItemOutcome::Imported,
                }
            })
            .collect()
    }

    fn on_unknown(&self) -> OnUnknown {
        OnUnknown::Report
    }
}
