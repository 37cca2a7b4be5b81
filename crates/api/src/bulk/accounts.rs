//! Account imports: `multiaccount_import` (100 UserIDs a call) and, for
//! accounts with a nickname or avatar, `account_import` (one a call).

use std::ops::Range;

use tim_protocol::account::{
    AccountCheckRequest, AccountImportRequest, MultiaccountImportRequest, MultiaccountImportResponse,
};
use tim_protocol::limits::ACCOUNTS_PER_REQUEST_MAX;
use tim_protocol::EnvelopeOnlyResponse;

use super::operation::sealed::Operation;
use super::operation::OnUnknown;
use super::outcome::ItemOutcome;
use super::plan::chunks;

/// Imports UserIDs with `multiaccount_import`, 100 a call (the page's
/// maximum). An ID in the reply's `FailAccounts` failed; the others were
/// imported (the call does not tell a new account from one already there).
/// A chunk whose outcome was unknown is checked with `account_check` when
/// the run resumes, and only its missing accounts are sent again.
///
/// ```no_run
/// use tim_api::bulk::{AccountImport, BulkOptions};
///
/// # fn demo(client: tim_api::BlockingClient) -> Result<(), tim_api::bulk::BulkError> {
/// let ids = (0..1000).map(|n| format!("user_{n:04}"));
/// let options = BulkOptions::new().journal("import.journal");
/// for result in client.bulk(AccountImport::new(ids), options)? {
///     let result = result?;
///     if !result.outcome.is_success() {
///         eprintln!("{}: {:?}", result.key, result.outcome);
///     }
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountImport {
    ids: Vec<String>,
}

impl AccountImport {
    /// Import `ids`.
    pub fn new<S: Into<String>>(ids: impl IntoIterator<Item = S>) -> Self {
        Self {
            ids: ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl Operation for AccountImport {
    type Request = MultiaccountImportRequest;

    fn items(&self) -> usize {
        self.ids.len()
    }

    fn key(&self, index: usize) -> String {
        self.ids[index].clone()
    }

    fn chunks(&self) -> Vec<Range<usize>> {
        chunks(self.ids.len(), ACCOUNTS_PER_REQUEST_MAX, |_| ())
    }

    fn request(&self, indices: &[usize]) -> MultiaccountImportRequest {
        MultiaccountImportRequest::new(indices.iter().map(|&index| self.ids[index].as_str()))
    }

    fn outcomes(&self, indices: &[usize], reply: &MultiaccountImportResponse) -> Vec<ItemOutcome> {
        indices
            .iter()
            .map(|&index| {
                if reply.fail_accounts.contains(&self.ids[index]) {
                    // The page gives no per-account code: FailAccounts only.
                    ItemOutcome::Failed {
                        code: None,
                        message: "listed in FailAccounts".into(),
                    }
                } else {
                    ItemOutcome::Imported
                }
            })
            .collect()
    }

    fn check(&self, indices: &[usize]) -> Option<AccountCheckRequest> {
        Some(AccountCheckRequest::new(
            indices.iter().map(|&index| self.ids[index].as_str()),
        ))
    }

    fn on_unknown(&self) -> OnUnknown {
        // Not reached: `check` always answers.
        OnUnknown::Resend
    }
}

/// Imports accounts with their nickname or avatar with `account_import`,
/// one a call (`multiaccount_import` takes UserIDs only). An account whose
/// outcome was unknown is sent again on resume, not checked: an account
/// that exists may still lack the nickname the lost call carried, and
/// `account_import` is idempotent (importing again sets the fields it
/// carries).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountImportWithProfiles {
    accounts: Vec<AccountImportRequest>,
}

impl AccountImportWithProfiles {
    /// Import `accounts`.
    pub fn new(accounts: impl IntoIterator<Item = AccountImportRequest>) -> Self {
        Self {
            accounts: accounts.into_iter().collect(),
        }
    }
}

impl Operation for AccountImportWithProfiles {
    type Request = AccountImportRequest;

    fn items(&self) -> usize {
        self.accounts.len()
    }

    fn key(&self, index: usize) -> String {
        self.accounts[index].user_id.clone()
    }

    fn chunks(&self) -> Vec<Range<usize>> {
        chunks(self.accounts.len(), 1, |_| ())
    }

    fn request(&self, indices: &[usize]) -> AccountImportRequest {
        // One item a chunk.
        self.accounts[indices[0]].clone()
    }

    fn outcomes(&self, indices: &[usize], _reply: &EnvelopeOnlyResponse) -> Vec<ItemOutcome> {
        vec![ItemOutcome::Imported; indices.len()]
    }

    fn on_unknown(&self) -> OnUnknown {
        OnUnknown::Resend
    }
}
