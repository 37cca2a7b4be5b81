//! Friend import: `friend_import`, one user's friends a call.

use std::ops::Range;

use tim_protocol::sns::{FriendImportItem, FriendImportRequest, ResultsResponse};
use tim_protocol::ErrorCode;

use super::operation::sealed::Operation;
use super::operation::OnUnknown;
use super::outcome::ItemOutcome;
use super::plan::chunks;

/// Friends per `friend_import` call. The page gives no maximum; this
/// crate's choice is `friend_add`'s documented 100, which keeps a call's
/// body and the service's work per call in the range the page does document.
pub const FRIEND_IMPORT_BATCH: usize = 100;

/// Imports one-way friends with `friend_import`: pairs of (user, friend),
/// cut into calls of one user's consecutive friends, at most
/// [`FRIEND_IMPORT_BATCH`] a call. A friend already on the list (per-item
/// `30001` with `Friend_Exist` in its info) reads as already existing, so a
/// chunk whose outcome was unknown is sent again on resume.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FriendImport {
    pairs: Vec<(String, FriendImportItem)>,
}

impl FriendImport {
    /// Import each `(user, friend)`.
    pub fn new<S: Into<String>>(pairs: impl IntoIterator<Item = (S, FriendImportItem)>) -> Self {
        Self {
            pairs: pairs.into_iter().map(|(user, item)| (user.into(), item)).collect(),
        }
    }
}

impl Operation for FriendImport {
    type Request = FriendImportRequest;

    fn items(&self) -> usize {
        self.pairs.len()
    }

    fn key(&self, index: usize) -> String {
        let (user, item) = &self.pairs[index];
        format!("{user}\t{}", item.to_account)
    }

    fn chunks(&self) -> Vec<Range<usize>> {
        chunks(self.pairs.len(), FRIEND_IMPORT_BATCH, |index| &self.pairs[index].0)
    }

    fn request(&self, indices: &[usize]) -> FriendImportRequest {
        let user = &self.pairs[indices[0]].0;
        FriendImportRequest::new(user, indices.iter().map(|&index| self.pairs[index].1.clone()))
    }

    fn outcomes(&self, indices: &[usize], reply: &ResultsResponse) -> Vec<ItemOutcome> {
        let results = reply.result_item.as_deref().unwrap_or_default();
        // Each result answers one item: a friend listed twice gets the
        // results in turn, in order.
        let mut used = vec![false; results.len()];
        indices
            .iter()
            .map(|&index| {
                let to = &self.pairs[index].1.to_account;
                let found = (0..results.len()).find(|&at| !used[at] && results[at].to_account == *to);
                match found.map(|at| {
                    used[at] = true;
                    &results[at]
                }) {
                    Some(result) => {
                        let info = result.result_info.as_deref().unwrap_or_default();
                        if result.result_code == ErrorCode::SnsParameterInvalid && info.contains("Friend_Exist") {
                            ItemOutcome::AlreadyExisted
                        } else {
                            ItemOutcome::from_code(result.result_code, info)
                        }
                    }
                    None if reply.fail_account.iter().flatten().any(|failed| failed == to) => ItemOutcome::Failed {
                        code: None,
                        message: "listed in Fail_Account".into(),
                    },
                    None => ItemOutcome::Unknown {
                        message: "the reply did not say what happened to this friend".into(),
                    },
                }
            })
            .collect()
    }

    fn on_unknown(&self) -> OnUnknown {
        OnUnknown::Resend
    }
}
