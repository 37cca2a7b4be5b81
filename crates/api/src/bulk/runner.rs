//! The runner: the sans-IO loop of a bulk run, shared by both clients. It
//! says what to send next, reads each reply into item outcomes and keeps the
//! journal; the clients only send:
//!
//! ```text
//! loop {
//!     if let Some(result) = runner.pop() { yield result }
//!     match runner.next() {
//!         None => break,
//!         Some(Step::Ready) => {}
//!         Some(Step::Send(request)) => runner.on_reply(client.send(&request)),
//!         Some(Step::Check(request)) => runner.on_checked(client.send(&request)),
//!     }
//! }
//! ```

use std::collections::{HashMap, HashSet, VecDeque};
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde_json::{Map, Value};
use tim_protocol::account::{AccountCheckRequest, AccountCheckResponse, AccountStatus};
use tim_protocol::Api;

use super::journal::{BulkError, ChunkState, Header, Journal};
use super::operation::sealed::Operation;
use super::operation::OnUnknown;
use super::options::{BulkOptions, JournalMode};
use super::outcome::{ItemOutcome, ItemResult};
use super::plan::Fingerprint;
use crate::Error;

/// What the client does next.
pub(crate) enum Step<R> {
    /// Results are ready: pop them, then ask again.
    Ready,
    /// Send this chunk's call, then pass its result to [`Runner::on_reply`].
    Send(R),
    /// Send this check, then pass its result to [`Runner::on_checked`].
    Check(AccountCheckRequest),
}

/// The call in flight.
enum InFlight {
    Send { chunk: usize, indices: Vec<usize> },
    Check { chunk: usize },
}

/// One bulk run in progress.
pub(crate) struct Runner<O: Operation> {
    op: O,
    chunks: Vec<Range<usize>>,
    /// What an earlier run's journal says of each chunk.
    earlier: HashMap<usize, ChunkState>,
    journal: Option<Journal>,
    cursor: usize,
    in_flight: Option<InFlight>,
    /// A send that follows a check, for the next [`next`](Self::next).
    queued: Option<Step<O::Request>>,
    ready: VecDeque<ItemResult>,
    error: Option<BulkError>,
    /// The run is over (done, stopped, or its journal failed).
    over: bool,
    stop: Option<Arc<AtomicBool>>,
}

impl<O: Operation> Runner<O> {
    /// A run of `op`: its chunks planned, its journal created or read.
    pub(crate) fn new(op: O, options: BulkOptions) -> Result<Self, BulkError> {
        let chunks = op.chunks();
        let mut print = Fingerprint::new();
        print.add(op.context().as_bytes());
        for index in 0..op.items() {
            print.add(op.key(index).as_bytes());
        }
        for chunk in &chunks {
            print.add(format!("{}-{}", chunk.start, chunk.end).as_bytes());
        }
        let header = Header {
            operation: op.name(),
            items: op.items(),
            chunks: chunks.len(),
            fingerprint: print.hex(),
        };
        let (journal, earlier) = match &options.journal {
            None => (None, HashMap::new()),
            Some(JournalMode::New(path)) => (Some(Journal::create(path, &header)?), HashMap::new()),
            Some(JournalMode::Resume(path)) => {
                let (journal, earlier) = Journal::resume(path, &header)?;
                (Some(journal), earlier)
            }
        };
        Ok(Self {
            op,
            chunks,
            earlier,
            journal,
            cursor: 0,
            in_flight: None,
            queued: None,
            ready: VecDeque::new(),
            error: None,
            over: false,
            stop: options.stop,
        })
    }

    /// The next result to yield: item outcomes first, then the error that
    /// ended the run, if one did.
    pub(crate) fn pop(&mut self) -> Option<Result<ItemResult, BulkError>> {
        match self.ready.pop_front() {
            Some(result) => Some(Ok(result)),
            None => self.error.take().map(Err),
        }
    }

    /// What to do next; `None` when the run is over: every chunk done, the
    /// stop flag seen (between chunks, never with a call in flight), or the
    /// journal failed.
    pub(crate) fn next(&mut self) -> Option<Step<O::Request>> {
        if let Some(step) = self.queued.take() {
            return Some(step);
        }
        if self.over || self.stop.as_ref().is_some_and(|stop| stop.load(Ordering::SeqCst)) {
            self.over = true;
            return None;
        }
        let Some(range) = self.chunks.get(self.cursor).cloned() else {
            self.over = true;
            return None;
        };
        let chunk = self.cursor;
        self.cursor += 1;
        let all: Vec<usize> = range.clone().collect();
        match self.earlier.get(&chunk) {
            Some(ChunkState::Accepted) => {
                self.push_all(chunk, &all, ItemOutcome::Skipped);
                Some(Step::Ready)
            }
            Some(ChunkState::Sent | ChunkState::Unknown) => {
                if let Some(check) = self.op.check(&all) {
                    self.in_flight = Some(InFlight::Check { chunk });
                    return Some(Step::Check(check));
                }
                match self.op.on_unknown() {
                    OnUnknown::Resend => self.send(chunk, all, Map::new()),
                    OnUnknown::Report => {
                        let message = "an earlier run's call of this chunk may have been applied; not sent again, \
                                       as this operation can be neither checked nor repeated safely";
                        self.push_all(
                            chunk,
                            &all,
                            ItemOutcome::Unknown {
                                message: message.into(),
                            },
                        );
                        Some(Step::Ready)
                    }
                }
            }
            Some(ChunkState::Failed) | None => self.send(chunk, all, Map::new()),
        }
    }

    /// Sends `indices` of `chunk`, after its `sent` line; items that break
    /// a documented rule alone fail here, and are not sent.
    fn send(&mut self, chunk: usize, indices: Vec<usize>, mut extra: Map<String, Value>) -> Option<Step<O::Request>> {
        // The chunk's request, checked once; the items one by one only when
        // it breaks a rule (every count rule allows one item, so an item
        // that breaks a rule alone makes the chunk break it too).
        let whole = self.op.request(&indices);
        let (valid, request) = if whole.validate().is_ok() {
            (indices, whole)
        } else {
            let mut valid = Vec::with_capacity(indices.len());
            for index in indices {
                match self.op.request(&[index]).validate() {
                    Ok(()) => valid.push(index),
                    Err(error) => {
                        let outcome = ItemOutcome::from_error(&Error::from(error));
                        self.push(chunk, index, outcome);
                    }
                }
            }
            let request = self.op.request(&valid);
            (valid, request)
        };
        if valid.is_empty() {
            let mut extra = Map::new();
            extra.insert(
                "message".into(),
                "every item broke a documented rule; nothing was sent".into(),
            );
            self.record(chunk, ChunkState::Failed, extra);
            return Some(Step::Ready);
        }
        if valid.len() < self.chunks[chunk].len() {
            extra.insert("items".into(), valid.len().into());
        }
        self.record(chunk, ChunkState::Sent, extra);
        if self.over {
            return None;
        }
        self.in_flight = Some(InFlight::Send { chunk, indices: valid });
        Some(Step::Send(request))
    }

    /// The reply of the last [`Step::Send`].
    pub(crate) fn on_reply(&mut self, reply: Result<<O::Request as Api>::Response, Error>) {
        let Some(InFlight::Send { chunk, indices }) = self.in_flight.take() else {
            return;
        };
        let mut extra = Map::new();
        let outcomes = match reply {
            Ok(reply) => {
                let mut outcomes = self.op.outcomes(&indices, &reply);
                // A reply that names fewer items than were sent leaves the
                // rest unknown, never a success it did not say.
                outcomes.resize(
                    indices.len(),
                    ItemOutcome::Unknown {
                        message: "the reply did not say what happened to this item".into(),
                    },
                );
                let failed = outcomes.iter().filter(|outcome| !outcome.is_success()).count();
                extra.insert("failed_items".into(), failed.into());
                self.record(chunk, ChunkState::Accepted, extra);
                outcomes
            }
            Err(error) => {
                let outcome = ItemOutcome::from_error(&error);
                let state = match &outcome {
                    ItemOutcome::Unknown { .. } => ChunkState::Unknown,
                    _ => ChunkState::Failed,
                };
                if let Some(code) = error.code() {
                    extra.insert("code".into(), code.code().into());
                }
                extra.insert("message".into(), error.to_string().into());
                self.record(chunk, state, extra);
                vec![outcome; indices.len()]
            }
        };
        for (index, outcome) in indices.into_iter().zip(outcomes) {
            self.push(chunk, index, outcome);
        }
    }

    /// The reply of the last [`Step::Check`]: the accounts found are
    /// reported as already existing; the others are sent (the next step).
    pub(crate) fn on_checked(&mut self, reply: Result<AccountCheckResponse, Error>) {
        let Some(InFlight::Check { chunk }) = self.in_flight.take() else {
            return;
        };
        let all: Vec<usize> = self.chunks[chunk].clone().collect();
        match reply {
            Ok(reply) => {
                let present: HashSet<&str> = reply
                    .results
                    .iter()
                    .filter(|result| result.result_code.is_success() && result.status == AccountStatus::Imported)
                    .map(|result| result.user_id.as_str())
                    .collect();
                let (found, missing): (Vec<usize>, Vec<usize>) = all
                    .iter()
                    .partition(|index| present.contains(self.op.key(**index).as_str()));
                self.push_all(chunk, &found, ItemOutcome::AlreadyExisted);
                let mut extra = Map::new();
                extra.insert("checked".into(), true.into());
                if missing.is_empty() {
                    extra.insert("failed_items".into(), 0.into());
                    self.record(chunk, ChunkState::Accepted, extra);
                } else {
                    self.queued = self.send(chunk, missing, extra);
                }
            }
            Err(error) => {
                let mut extra = Map::new();
                extra.insert("message".into(), format!("checking: {error}").into());
                self.record(chunk, ChunkState::Unknown, extra);
                let outcome = ItemOutcome::Unknown {
                    message: format!("an earlier run's call may have been applied, and checking failed: {error}"),
                };
                self.push_all(chunk, &all, outcome);
            }
        }
    }

    fn push(&mut self, chunk: usize, index: usize, outcome: ItemOutcome) {
        self.ready.push_back(ItemResult {
            index,
            key: self.op.key(index),
            chunk,
            outcome,
        });
    }

    fn push_all(&mut self, chunk: usize, indices: &[usize], outcome: ItemOutcome) {
        for &index in indices {
            self.push(chunk, index, outcome.clone());
        }
    }

    /// Appends a line for `chunk`; a journal that cannot be written ends the
    /// run (after the results already known), as resuming would then be blind.
    fn record(&mut self, chunk: usize, state: ChunkState, extra: Map<String, Value>) {
        let Some(journal) = &mut self.journal else {
            return;
        };
        if let Err(error) = journal.record(chunk, &self.chunks[chunk], state, extra) {
            self.error.get_or_insert(error);
            self.over = true;
            self.queued = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use tim_protocol::account::MultiaccountImportResponse;
    use tim_protocol::group::{ImportGroupMsgResponse, ImportMsgResult, ImportedGroupMsg};
    use tim_protocol::message::MsgElement;
    use tim_protocol::ErrorCode;

    use super::*;
    use crate::bulk::{AccountImport, GroupMsgImport};

    /// Every outcome the runner holds, in order.
    fn drain<O: Operation>(runner: &mut Runner<O>) -> Vec<ItemOutcome> {
        std::iter::from_fn(|| runner.pop())
            .map(|r| r.unwrap().outcome)
            .collect()
    }

    #[test]
    fn a_reply_is_read_per_item_and_a_failed_call_fails_or_leaves_unknown_its_items() {
        let op = AccountImport::new(["a", "b", "c"]);
        let mut runner = Runner::new(op, BulkOptions::new()).unwrap();
        let Some(Step::Send(request)) = runner.next() else {
            panic!("a send first");
        };
        assert_eq!(request.accounts, ["a", "b", "c"]);
        runner.on_reply(Ok(MultiaccountImportResponse::new(vec!["b".into()])));
        let outcomes = drain(&mut runner);
        assert_eq!(outcomes[0], ItemOutcome::Imported);
        assert!(matches!(outcomes[1], ItemOutcome::Failed { code: None, .. }));
        assert_eq!(outcomes[2], ItemOutcome::Imported);
        assert!(runner.next().is_none());

        let ids: Vec<String> = (0..150).map(|i| format!("u{i}")).collect();
        let mut runner = Runner::new(AccountImport::new(ids), BulkOptions::new()).unwrap();
        let api = |code: i64| Error::Api {
            code: ErrorCode::from(code),
            info: String::new(),
            display: None,
        };
        assert!(matches!(runner.next(), Some(Step::Send(_))));
        runner.on_reply(Err(api(60007)));
        let refused = drain(&mut runner);
        assert_eq!(refused.len(), 100);
        assert!(refused.iter().all(|outcome| matches!(
            outcome,
            ItemOutcome::Failed { code: Some(code), .. } if *code == ErrorCode::from(60007)
        )));
        // A transient code may have been applied: unknown, never a failure.
        assert!(matches!(runner.next(), Some(Step::Send(_))));
        runner.on_reply(Err(api(50004)));
        let unknown = drain(&mut runner);
        assert_eq!(unknown.len(), 50);
        assert!(unknown
            .iter()
            .all(|outcome| matches!(outcome, ItemOutcome::Unknown { .. })));
    }

    #[test]
    fn a_reply_naming_fewer_items_leaves_the_rest_unknown() {
        let messages = (0..3).map(|i| ImportedGroupMsg::new("alice", 1_700_000_000 + i, vec![MsgElement::text("hi")]));
        let mut runner = Runner::new(GroupMsgImport::new("@TGS#1", messages), BulkOptions::new()).unwrap();
        assert!(matches!(runner.next(), Some(Step::Send(_))));
        let mut reply = ImportGroupMsgResponse::default();
        reply.import_msg_result = Some(vec![
            ImportMsgResult::imported(1, 1_700_000_000),
            ImportMsgResult::failed(ErrorCode::from(80001)),
        ]);
        runner.on_reply(Ok(reply));
        let outcomes = drain(&mut runner);
        assert_eq!(outcomes[0], ItemOutcome::Imported);
        assert!(matches!(outcomes[1], ItemOutcome::Failed { code: Some(_), .. }));
        assert!(matches!(outcomes[2], ItemOutcome::Unknown { .. }));
    }
}
