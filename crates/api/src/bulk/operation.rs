//! What a bulk operation is to the runner: its items, how they are cut into
//! calls, the call of a chunk, and how its reply reads per item.

use std::ops::Range;

use tim_protocol::account::AccountCheckRequest;
use tim_protocol::Api;

use super::outcome::ItemOutcome;

/// A bulk operation: the items of one endpoint's calls, such as
/// [`AccountImport`](super::AccountImport). Run one with
/// `Client::bulk` or `BlockingClient::bulk`. Sealed: the operations are
/// this crate's.
pub trait BulkOperation: sealed::Operation {
    /// How many items it has.
    fn len(&self) -> usize {
        self.items()
    }

    /// Whether it has none.
    fn is_empty(&self) -> bool {
        self.items() == 0
    }
}

impl<O: sealed::Operation> BulkOperation for O {}

pub(crate) use sealed::OnUnknown;

pub(crate) mod sealed {
    use super::*;

    /// What the runner does with a chunk whose earlier outcome is unknown.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum OnUnknown {
        /// Send it again: the endpoint is idempotent, or an item already
        /// applied comes back as "already existed".
        Resend,
        /// Report it as unknown again and send nothing: sending twice would
        /// apply it twice (a message delivered twice), and nothing can check.
        Report,
    }

    /// The runner's view of an operation (sealed: not nameable outside the crate).
    pub trait Operation {
        /// The request of one chunk.
        type Request: Api;

        /// The operation's name in journals (the endpoint's last path segment).
        fn name(&self) -> &'static str {
            let path = <Self::Request as Api>::PATH;
            path.rsplit('/').next().unwrap_or(path)
        }

        /// What the items share that a journal must match too: the group,
        /// the message sent to every recipient (empty when nothing).
        fn context(&self) -> String {
            String::new()
        }

        /// How many items.
        fn items(&self) -> usize;

        /// Item `index` as a line of text (see `ItemResult::key`).
        fn key(&self, index: usize) -> String;

        /// The chunks: consecutive ranges of items, each one call.
        fn chunks(&self) -> Vec<Range<usize>>;

        /// The call for the items `indices` (of one chunk, in order).
        fn request(&self, indices: &[usize]) -> Self::Request;

        /// Each item's outcome, in the order of `indices`, from the reply of
        /// [`request`](Self::request)`(indices)`.
        fn outcomes(&self, indices: &[usize], reply: &<Self::Request as Api>::Response) -> Vec<ItemOutcome>;

        /// The check to make, before sending again, of a chunk whose outcome
        /// is unknown: `account_check` of its UserIDs, for the account
        /// imports; `None` where the API has no such check.
        fn check(&self, _indices: &[usize]) -> Option<AccountCheckRequest> {
            None
        }

        /// What to do with a chunk whose outcome is unknown and that
        /// [`check`](Self::check) cannot check.
        fn on_unknown(&self) -> OnUnknown;
    }
}
