//! What happened to each item of a bulk operation.

use tim_protocol::ErrorCode;

use crate::retry::{classify, Verdict};
use crate::Error;

/// The outcome of one item of a bulk operation.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ItemOutcome {
    /// The service took the item: imported, added or sent.
    Imported,
    /// The item was there already: a member already in the group, a friend
    /// already on the list, or (on resume, after a check) an account found
    /// imported. `multiaccount_import` does not tell a new account from an
    /// old one: both read [`Imported`](Self::Imported).
    AlreadyExisted,
    /// The service refused the item, or the call carrying it failed for
    /// certain: nothing was applied.
    Failed {
        /// The service's code (per item, or the call's), if there was one;
        /// `None` for a failure with no code (no connection, a gateway).
        code: Option<ErrorCode>,
        /// What the service or the client said.
        message: String,
    },
    /// The call carrying the item may or may not have been applied (its
    /// reply was lost). A resumed run checks or re-sends it, as its
    /// operation allows (see the module's docs).
    Unknown {
        /// What the client said.
        message: String,
    },
    /// Not sent in this run: the journal of an earlier run says the chunk
    /// holding it was accepted (its outcome was reported by that run).
    Skipped,
}

impl ItemOutcome {
    /// Whether the item is in the wanted state: imported, already there, or
    /// accepted by an earlier run.
    pub fn is_success(&self) -> bool {
        matches!(self, Self::Imported | Self::AlreadyExisted | Self::Skipped)
    }

    /// A failure of the item with the service's per-item `code` (0 is a
    /// success: [`Imported`](Self::Imported)).
    pub(crate) fn from_code(code: ErrorCode, message: impl Into<String>) -> Self {
        if code.is_success() {
            Self::Imported
        } else {
            Self::Failed {
                code: Some(code),
                message: message.into(),
            }
        }
    }

    /// What a failed call means for each item it carried, by the client's
    /// one retry rule: a failure that may have been applied (a lost reply,
    /// a timeout, 502/504, the service's transient codes, the deadline) is
    /// unknown; any other is a definite failure.
    pub(crate) fn from_error(error: &Error) -> Self {
        let unknown =
            error.is_outcome_unknown() || matches!(classify(error), Verdict::Ambiguous | Verdict::AmbiguousFinal);
        if unknown {
            Self::Unknown {
                message: error.to_string(),
            }
        } else {
            Self::Failed {
                code: error.code(),
                message: error.to_string(),
            }
        }
    }
}

/// One item's outcome, as a bulk stream or iterator yields it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ItemResult {
    /// The item's position in the input, from 0.
    pub index: usize,
    /// The item as a line of text: its UserID, `from<TAB>to` for a friend,
    /// the member's UserID, a message's sender and time, a recipient.
    pub key: String,
    /// The chunk (call) that carried it, from 0, as the journal numbers them.
    pub chunk: usize,
    /// What happened to it.
    pub outcome: ItemOutcome,
}
