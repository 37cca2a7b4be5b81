//! `im_open_login_svc`, the account APIs: import, check and delete.
//!
//! Importing is idempotent, as documented; importing again sets the profile
//! fields the request carries and keeps the others. Deleting an account also deletes
//! its conversation groups; deleting one that does not exist gives that item
//! `ResultCode` 70107, as in the sample. `FailAccounts` is always empty: the
//! emulator has no reason to fail an import.

use tim_protocol::account::{
    AccountCheckRequest, AccountCheckResponse, AccountCheckResult, AccountDeleteRequest, AccountDeleteResponse,
    AccountDeleteResult, AccountImportRequest, AccountStatus, MultiaccountImportRequest, MultiaccountImportResponse,
};
use tim_protocol::EnvelopeOnlyResponse;
use tim_protocol::ErrorCode;

use crate::context::Context;
use crate::failure::Failure;
use crate::state::Account;

pub(crate) fn import(ctx: &Context, request: AccountImportRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    ctx.state.with_user_or_insert(&request.user_id, |user| {
        let account = user.account.get_or_insert_with(Account::default);
        // Importing again keeps what the request leaves out.
        account.nick = request.nick.or(account.nick.take());
        account.face_url = request.face_url.or(account.face_url.take());
    });
    ctx.state.operations.lock().register(&request.user_id, ctx.now());
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn import_many(
    ctx: &Context,
    request: MultiaccountImportRequest,
) -> Result<MultiaccountImportResponse, Failure> {
    for user_id in &request.accounts {
        ctx.state.with_user_or_insert(user_id, |user| {
            user.account.get_or_insert_with(Account::default);
        });
        ctx.state.operations.lock().register(user_id, ctx.now());
    }
    Ok(MultiaccountImportResponse::new(Vec::new()))
}

pub(crate) fn check(ctx: &Context, request: AccountCheckRequest) -> Result<AccountCheckResponse, Failure> {
    let results = request
        .items
        .into_iter()
        .map(|item| {
            let status = if ctx.state.is_imported(&item.user_id) {
                AccountStatus::Imported
            } else {
                AccountStatus::NotImported
            };
            AccountCheckResult::new(item.user_id, status)
        })
        .collect();
    Ok(AccountCheckResponse::new(results))
}

pub(crate) fn delete(ctx: &Context, request: AccountDeleteRequest) -> Result<AccountDeleteResponse, Failure> {
    let results = request
        .items
        .into_iter()
        .map(|item| {
            // The account goes with all its data.
            if ctx.state.remove_if(&item.user_id, |user| user.account.is_some()) {
                ctx.state.operations.lock().unregister(&item.user_id);
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
