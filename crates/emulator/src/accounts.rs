//! The account APIs: import, check and delete.
//!
//! Importing is idempotent, as documented; importing again sets the profile
//! fields the request carries and keeps the others. Deleting an account also deletes
//! its conversation groups; deleting one that does not exist gives that item
//! `ResultCode` 70107, as in the sample. `FailAccounts` is always empty: the
//! emulator has no reason to fail an import.

use tim_protocol::account::{
    AccountCheckRequest, AccountCheckResponse, AccountCheckResult, AccountDeleteRequest, AccountDeleteResponse,
    AccountDeleteResult, AccountImportRequest, AccountImportResponse, AccountStatus, MultiaccountImportRequest,
    MultiaccountImportResponse,
};
use tim_protocol::ErrorCode;

use crate::app::App;
use crate::failure::Failure;

pub(crate) fn import(app: &App, request: AccountImportRequest) -> Result<AccountImportResponse, Failure> {
    let mut state = app.state();
    let account = state.accounts.entry(request.user_id).or_default();
    // Importing again keeps what the request leaves out.
    account.nick = request.nick.or(account.nick.take());
    account.face_url = request.face_url.or(account.face_url.take());
    Ok(AccountImportResponse::new())
}

pub(crate) fn import_many(
    app: &App,
    request: MultiaccountImportRequest,
) -> Result<MultiaccountImportResponse, Failure> {
    let mut state = app.state();
    for user_id in request.accounts {
        state.accounts.entry(user_id).or_default();
    }
    Ok(MultiaccountImportResponse::new(Vec::new()))
}

pub(crate) fn check(app: &App, request: AccountCheckRequest) -> Result<AccountCheckResponse, Failure> {
    let state = app.state();
    let results = request
        .items
        .into_iter()
        .map(|item| {
            let status = if state.accounts.contains_key(&item.user_id) {
                AccountStatus::Imported
            } else {
                AccountStatus::NotImported
            };
            AccountCheckResult::new(item.user_id, status)
        })
        .collect();
    Ok(AccountCheckResponse::new(results))
}

pub(crate) fn delete(app: &App, request: AccountDeleteRequest) -> Result<AccountDeleteResponse, Failure> {
    let mut state = app.state();
    let results = request
        .items
        .into_iter()
        .map(|item| {
            if state.accounts.remove(&item.user_id).is_some() {
                state.users.remove(&item.user_id);
                AccountDeleteResult::new(item.user_id, ErrorCode::Success, "")
            } else {
                AccountDeleteResult::new(
                    item.user_id,
                    ErrorCode::AccountNotFound,
                    "Err_TLS_PT_Open_Login_Account_Not_Exist",
                )
            }
        })
        .collect();
    Ok(AccountDeleteResponse::new(results))
}
