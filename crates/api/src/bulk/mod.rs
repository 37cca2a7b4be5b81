//! Bulk work: many items of one endpoint, cut into its documented batch
//! size, paced by the client's rate limit, each item's outcome reported,
//! and, with a journal, resumed where an interrupted run stopped.
//!
//! A bulk run is an operation ([`AccountImport`], [`AccountImportWithProfiles`],
//! [`FriendImport`], [`GroupMemberImport`], [`GroupMsgImport`],
//! [`C2cMsgImport`], [`BatchSend`]) given to `Client::bulk` (a `Stream`) or
//! `BlockingClient::bulk` (an `Iterator`), which yield one [`ItemResult`] per
//! item, in input order within each chunk:
//!
//! - **Chunks.** Each operation cuts its items into calls of the page's
//!   batch size: 100 UserIDs for `multiaccount_import`, 300 members for
//!   `import_group_member`, 7 messages for `import_group_msg`, 500
//!   recipients for `batchsendmsg`, one message for `importmsg`, one
//!   account for `account_import`, and one user's friends (at most
//!   [`FRIEND_IMPORT_BATCH`]) for `friend_import`. An item that breaks a
//!   documented rule by itself fails alone, before its chunk is sent.
//! - **Pace and retries.** Each chunk is one call through the client, so it
//!   waits for the client's rate limit (the shared store, when one is
//!   configured) and is retried as the client's [`RetryPolicy`](crate::RetryPolicy)
//!   says is safe, no more. Chunks go one after another.
//! - **Outcomes.** Each item is [`Imported`](ItemOutcome::Imported),
//!   [`AlreadyExisted`](ItemOutcome::AlreadyExisted),
//!   [`Failed`](ItemOutcome::Failed) (with the code),
//!   [`Unknown`](ItemOutcome::Unknown) (its call may have been applied) or,
//!   on resume, [`Skipped`](ItemOutcome::Skipped). Per-item outcomes come
//!   from the reply's per-item fields (`FailAccounts`, `ResultItem`,
//!   `MemberList`, `ImportMsgResult`, `ErrorList`); a call that fails makes
//!   all its items fail, or be unknown, alike. A failure never stops the
//!   run; only a journal that cannot be written does (the stream then
//!   yields a [`BulkError`] and ends).
//! - **Stopping.** [`BulkOptions::stop_when`] takes a flag; once it is set,
//!   the run ends after the call in flight, its outcome journaled, and a
//!   later run resumes from the journal.
//!
//! # The journal
//!
//! [`BulkOptions::journal`] names a new file (refused if it exists);
//! [`BulkOptions::resume`] an existing one. It is JSON Lines, append-only,
//! each line written whole in one write and synced (`fdatasync`) before the
//! run goes on. The first line is the header:
//!
//! ```json
//! {"tim_bulk_journal":1,"operation":"multiaccount_import","items":100000,"chunks":1000,"fingerprint":"9f1c0d2e4b7a6358"}
//! ```
//!
//! `operation` is the endpoint's last path segment; `fingerprint` the first
//! 64 bits of a SHA-256 (16 hex digits) of what the items share (the group ID; for
//! a batch send, the message without its recipients and random), every
//! item's key and the chunk ranges, so
//! a journal is refused ([`BulkError::Mismatch`], naming what differs) by a
//! run with another operation, input or batch size. Then one line per event
//! of a chunk:
//!
//! ```json
//! {"chunk":7,"start":700,"end":800,"outcome":"sent"}
//! {"chunk":7,"start":700,"end":800,"outcome":"accepted","failed_items":0}
//! {"chunk":8,"start":800,"end":900,"outcome":"unknown","message":"..."}
//! {"chunk":9,"start":900,"end":1000,"outcome":"failed","code":60007,"message":"..."}
//! ```
//!
//! `chunk` numbers the chunks from 0; `start`..`end` is its items' range
//! in the input (end excluded). `outcome` is `sent` (written before the
//! call goes out), then one of `accepted` (the service answered; per-item
//! failures, counted in `failed_items`, are in that run's results),
//! `failed` (nothing was applied; `code` when the service gave one) or
//! `unknown` (the call may have been applied). Optional fields: `items`
//! (fewer than the range were sent: items that broke a rule, or those a
//! check found missing), `checked` (a resumed chunk checked first),
//! `message`. A chunk's last line is its state.
//!
//! Resuming reads every line (a last line cut short by a kill is dropped
//! from the file), then for each chunk: `accepted` is skipped (its items
//! yield `Skipped`); `failed` or absent is sent; `sent` with no outcome
//! after it (the process died with the call in flight) and `unknown` are
//! checked first where the API can (`multiaccount_import`: `account_check`;
//! accounts found yield `AlreadyExisted`, and only the missing ones are
//! sent), sent again where that is harmless (`account_import`, which sets
//! the profile fields again; `friend_import`, `import_group_member` and
//! `importmsg`, whose repeats read as already existing or are dropped),
//! and reported `Unknown` again, not sent,
//! where a repeat would apply twice (`import_group_msg`, `batchsendmsg`).

mod accounts;
mod friends;
mod groups;
mod journal;
mod messages;
mod operation;
mod options;
mod outcome;
mod plan;
mod runner;

pub use accounts::{AccountImport, AccountImportWithProfiles};
pub use friends::{FriendImport, FRIEND_IMPORT_BATCH};
pub use groups::{GroupMemberImport, GroupMsgImport};
pub use journal::BulkError;
pub use messages::{BatchSend, C2cMsgImport};
pub use operation::BulkOperation;
pub use options::BulkOptions;
pub use outcome::{ItemOutcome, ItemResult};

#[cfg(any(feature = "async", feature = "blocking"))]
use runner::{Runner, Step};

#[cfg(feature = "async")]
impl<T: tim_transport::Transport> crate::Client<T> {
    /// Runs a bulk operation: a stream of each item's outcome (see
    /// [`bulk`](crate::bulk)). Fails at once if the journal cannot be
    /// created or resumed.
    ///
    /// ```
    /// use futures_util::StreamExt;
    /// use tim_api::bulk::{AccountImport, BulkOptions, ItemOutcome};
    /// use tim_api::{Client, ClientConfig};
    ///
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let emulator = tim_emulator::Emulator::builder().admin("administrator").start()?;
    /// let config = ClientConfig::builder()
    ///     .base_url(emulator.base_url())
    ///     .sdkappid(emulator.sdkappid())
    ///     .identifier("administrator")
    ///     .secret_key(emulator.secret_key().clone())
    ///     .build()?;
    /// let client = Client::new(config)?;
    /// let ids = (0..250).map(|n| format!("user_{n:03}"));
    /// let results: Vec<_> = client.bulk(AccountImport::new(ids), BulkOptions::new())?.collect().await;
    /// assert_eq!(results.len(), 250);
    /// assert!(results.iter().all(|result| result.as_ref().unwrap().outcome == ItemOutcome::Imported));
    /// # Ok(()) }
    /// ```
    pub fn bulk<O: BulkOperation + 'static>(
        &self,
        operation: O,
        options: BulkOptions,
    ) -> Result<impl futures_util::Stream<Item = Result<ItemResult, BulkError>> + '_, BulkError> {
        let runner = Runner::new(operation, options)?;
        Ok(futures_util::stream::unfold(runner, move |mut runner| async move {
            loop {
                if let Some(result) = runner.pop() {
                    return Some((result, runner));
                }
                match runner.next()? {
                    Step::Ready => {}
                    Step::Send(request) => {
                        let reply = self.send(&request).await;
                        runner.on_reply(reply);
                    }
                    Step::Check(request) => {
                        let reply = self.send(&request).await;
                        runner.on_checked(reply);
                    }
                }
            }
        }))
    }
}

#[cfg(feature = "blocking")]
impl<T: tim_transport::BlockingTransport> crate::BlockingClient<T> {
    /// Runs a bulk operation: an iterator of each item's outcome (see
    /// [`bulk`](crate::bulk)). Fails at once if the journal cannot be
    /// created or resumed.
    ///
    /// ```
    /// use tim_api::bulk::{AccountImport, BulkOptions};
    /// use tim_api::{BlockingClient, ClientConfig};
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let emulator = tim_emulator::Emulator::builder().admin("administrator").start()?;
    /// let config = ClientConfig::builder()
    ///     .base_url(emulator.base_url())
    ///     .sdkappid(emulator.sdkappid())
    ///     .identifier("administrator")
    ///     .secret_key(emulator.secret_key().clone())
    ///     .build()?;
    /// let client = BlockingClient::new(config);
    /// let ids = ["alice", "bob", "a name far longer than the 32 bytes a UserID may have"];
    /// let failed: Vec<String> = client
    ///     .bulk(AccountImport::new(ids), BulkOptions::new())?
    ///     .map(|result| result.unwrap())
    ///     .filter(|result| !result.outcome.is_success())
    ///     .map(|result| result.key)
    ///     .collect();
    /// assert_eq!(failed.len(), 1);
    /// # Ok(()) }
    /// ```
    pub fn bulk<O: BulkOperation + 'static>(
        &self,
        operation: O,
        options: BulkOptions,
    ) -> Result<impl Iterator<Item = Result<ItemResult, BulkError>> + '_, BulkError> {
        let mut runner = Runner::new(operation, options)?;
        Ok(std::iter::from_fn(move || loop {
            if let Some(result) = runner.pop() {
                return Some(result);
            }
            match runner.next()? {
                Step::Ready => {}
                Step::Send(request) => {
                    let reply = self.send(&request);
                    runner.on_reply(reply);
                }
                Step::Check(request) => {
                    let reply = self.send(&request);
                    runner.on_checked(reply);
                }
            }
        }))
    }
}
