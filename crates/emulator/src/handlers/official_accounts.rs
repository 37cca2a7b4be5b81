//! `official_account_open_http_svc`: official accounts, their subscribers
//! and their broadcast messages (`state::official_accounts`).
//!
//! The account and subscriber pages list their own codes, the message pages
//! the group service's. Where the pages are silent, the emulator's choices:
//!
//! - Any edition may use official accounts (the service's 131000, for an
//!   app without the feature, is not emulated).
//! - `create_official_account`: an `Owner_Account` that is not imported is
//!   6017; a custom `OfficialAccountUserID` already used, or used by a
//!   destroyed account, is 130008 (destroyed IDs are never given again).
//!   Without one the emulator picks `@TOA#_` and a base-36 number.
//! - An unknown or destroyed account is 130004 for the account and
//!   subscriber calls (per item in `get_official_account_info`) and 10010
//!   for the message calls, as their pages list.
//! - `modify_official_account_base_info` changes the fields given; a
//!   `MaxSubscriberNum` below the current count keeps the subscribers and
//!   caps later additions only.
//! - `add_subscriber`: `Result` 1 subscribed, 2 already subscribed, 0 for a
//!   user who is not imported or when the account is full
//!   (`MaxSubscriberNum`). `delete_subscriber`: 1 removed, 2 not subscribed.
//! - Subscribers are listed in the order they subscribed; `Next` is the
//!   position of the next page's first subscriber as a decimal string,
//!   empty on the last page. Without `Limit`, one page holds them all.
//!   `MsgFlag` reads `AcceptAndNotify` and `LastSendMsgTime` 0 (no client
//!   sends here).
//! - `modify_subscriber_info` for a user who does not subscribe is 6017.
//! - `get_subscribed_official_account_list` for a user who is not imported
//!   is 6017; accounts are listed in the order the user subscribed, `Next`
//!   is the next `Offset`, `CompleteFlag` 1 on the last page.
//! - `send_official_account_msg` stores every message (`OnlineOnlyFlag`
//!   too) with the next sequence number, from 1, and the key
//!   `{MsgSeq}_1_{MsgTimeStamp}`; its sender (`From_Account` in the
//!   history) is the account. The page's limits of 1 message a second and 2
//!   an hour per account, and its dropping of a repeated content within 5
//!   minutes, are not emulated. No subscriber's conversation list changes.
//! - `official_account_msg_get_simple` returns `ReqMsgNumber` (20 when left
//!   out) messages below `LastMsgKey`'s sequence number (the newest without
//!   it), newest first, skipping recalled ones unless `WithRecalledMsg` is
//!   1 (then with `MsgFlagBits` 8 and an empty body, as group history);
//!   `LastMsgKey` is the page's oldest; `IsFinished` 1 when none is left
//!   below it. A `LastMsgKey` that does not start with a number is 10004.
//! - `official_account_msg_recall` answers per key: 0 recalled, 10030 for
//!   a key with no message or one recalled already.
//! - No official account webhook is sent.

use tim_protocol::group::MsgFlag;
use tim_protocol::limits::{OFFICIAL_ACCOUNT_MAX_SUBSCRIBERS_DEFAULT, OFFICIAL_ACCOUNT_SUBSCRIBED_PAGE_MAX};
use tim_protocol::official_account::{
    AddSubscriberRequest, CreateOfficialAccountRequest, CreateOfficialAccountResponse, DeleteSubscriberRequest,
    DestroyOfficialAccountRequest, GetOfficialAccountInfoRequest, GetOfficialAccountInfoResponse,
    GetSubscribedOfficialAccountListRequest, GetSubscribedOfficialAccountListResponse, GetSubscriberInfoRequest,
    GetSubscriberInfoResponse, ModifyOfficialAccountBaseInfoRequest, ModifySubscriberInfoRequest, MsgRecallResult,
    OfficialAccountField, OfficialAccountInfo, OfficialAccountMsg, OfficialAccountMsgGetSimpleRequest,
    OfficialAccountMsgGetSimpleResponse, OfficialAccountMsgRecallRequest, OfficialAccountMsgRecallResponse,
    SendOfficialAccountMsgRequest, SendOfficialAccountMsgResponse, SubscribeResult, SubscriberInfo, SubscriberResult,
    SubscriberResultsResponse, SubscriberSelfField, SubscriberSelfInfo,
};
use tim_protocol::{EnvelopeOnlyResponse, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::official_accounts::{OfficialAccount, Subscriber};

/// 10030: no such message (or recalled already), as in group recall.
const MESSAGE_NOT_FOUND: i64 = 10030;
/// `ReqMsgNumber` when left out.
const HISTORY_PAGE_DEFAULT: u32 = 20;
/// `MsgFlagBits` of a recalled message, as in group history.
const RECALLED_FLAG: i64 = 8;

/// 130004 for the account and subscriber calls.
fn not_found(id: &str) -> Failure {
    Failure::new(
        ErrorCode::OFFICIAL_ACCOUNT_NOT_FOUND,
        format!("official account {id:?} does not exist or was destroyed"),
    )
}

/// 10010 for the message calls.
fn msg_not_found(id: &str) -> Failure {
    Failure::new(
        ErrorCode::GroupNotFound,
        format!("official account {id:?} does not exist or was destroyed"),
    )
}

/// 6017, with `info`.
fn invalid(info: impl Into<String>) -> Failure {
    Failure::new(ErrorCode::OfficialAccountParameterInvalid, info)
}

pub(crate) fn create(
    ctx: &Context,
    request: CreateOfficialAccountRequest,
) -> Result<CreateOfficialAccountResponse, Failure> {
    if !ctx.state.is_imported(&request.owner_account) {
        return Err(invalid(format!(
            "Owner_Account {:?} was not imported",
            request.owner_account
        )));
    }
    let mut registry = ctx.state.official_accounts.lock();
    let id = match request.official_account_user_id {
        Some(id) if registry.is_taken(&id) => {
            return Err(Failure::new(
                ErrorCode::OFFICIAL_ACCOUNT_ID_TAKEN,
                format!("official account ID {id:?} is already used"),
            ))
        }
        Some(id) => id,
        None => registry.fresh_id(),
    };
    let max = request
        .max_subscriber_num
        .unwrap_or(OFFICIAL_ACCOUNT_MAX_SUBSCRIBERS_DEFAULT);
    let mut account = OfficialAccount::new(request.owner_account, request.name, max, ctx.now());
    account.introduction = request.introduction;
    account.face_url = request.face_url;
    account.organization = request.organization;
    account.custom_string = request.custom_string;
    registry.insert(id.clone(), account);
    Ok(CreateOfficialAccountResponse::new(id))
}

pub(crate) fn destroy(ctx: &Context, request: DestroyOfficialAccountRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let id = &request.official_account;
    if ctx.state.official_accounts.lock().destroy(id) {
        Ok(EnvelopeOnlyResponse::new())
    } else {
        Err(not_found(id))
    }
}

pub(crate) fn modify(
    ctx: &Context,
    request: ModifyOfficialAccountBaseInfoRequest,
) -> Result<EnvelopeOnlyResponse, Failure> {
    let mut registry = ctx.state.official_accounts.lock();
    let account = registry
        .get_mut(&request.official_account)
        .ok_or_else(|| not_found(&request.official_account))?;
    if let Some(name) = request.name {
        account.name = name;
    }
    let optional = [
        (&mut account.introduction, request.introduction),
        (&mut account.face_url, request.face_url),
        (&mut account.organization, request.organization),
        (&mut account.custom_string, request.custom_string),
    ];
    for (field, value) in optional {
        if value.is_some() {
            *field = value;
        }
    }
    if let Some(max) = request.max_subscriber_num {
        account.max_subscribers = max;
    }
    Ok(EnvelopeOnlyResponse::new())
}

/// `account`'s profile as a read returns it: the fields of `filter` (all,
/// and `MaxSubscriberNum`, when there is none).
fn info(id: &str, account: &OfficialAccount, filter: Option<&[OfficialAccountField]>) -> OfficialAccountInfo {
    let wants = |field: OfficialAccountField| filter.is_none_or(|fields| fields.contains(&field));
    let mut item = OfficialAccountInfo::new(id);
    if wants(OfficialAccountField::OwnerAccount) {
        item.owner_account = Some(account.owner.clone());
    }
    if wants(OfficialAccountField::Name) {
        item.name = Some(account.name.clone());
    }
    if wants(OfficialAccountField::Introduction) {
        item.introduction = Some(account.introduction.clone().unwrap_or_default());
    }
    if wants(OfficialAccountField::FaceUrl) {
        item.face_url = Some(account.face_url.clone().unwrap_or_default());
    }
    if wants(OfficialAccountField::Organization) {
        item.organization = Some(account.organization.clone().unwrap_or_default());
    }
    if wants(OfficialAccountField::CustomString) {
        item.custom_string = Some(account.custom_string.clone().unwrap_or_default());
    }
    if wants(OfficialAccountField::SubscriberNum) {
        item.subscriber_num = Some(u32::try_from(account.subscribers.len()).unwrap_or(u32::MAX));
    }
    if wants(OfficialAccountField::CreateTime) {
        item.create_time = Some(account.create_time);
    }
    if wants(OfficialAccountField::LastMsgTime) {
        item.last_msg_time = Some(account.last_msg_time);
    }
    if filter.is_none() {
        item.max_subscriber_num = Some(account.max_subscribers);
    }
    item
}

pub(crate) fn get_info(
    ctx: &Context,
    request: GetOfficialAccountInfoRequest,
) -> Result<GetOfficialAccountInfoResponse, Failure> {
    let filter = request
        .response_filter
        .as_ref()
        .and_then(|filter| filter.official_account_base_info_filter.as_deref());
    let registry = ctx.state.official_accounts.lock();
    let items = request
        .official_account_id_list
        .iter()
        .map(|wanted| {
            let id = &wanted.official_account;
            match registry.get(id) {
                Some(account) => {
                    let mut item = info(id, account, filter);
                    item.error_code = Some(ErrorCode::Success);
                    item
                }
                None => {
                    let failure = not_found(id);
                    let mut item = OfficialAccountInfo::new(id);
                    item.error_code = Some(failure.code);
                    item.error_info = Some(failure.info);
                    item
                }
            }
        })
        .collect();
    Ok(GetOfficialAccountInfoResponse::new(items))
}

pub(crate) fn add_subscribers(
    ctx: &Context,
    request: AddSubscriberRequest,
) -> Result<SubscriberResultsResponse, Failure> {
    let id = &request.official_account;
    let mut registry = ctx.state.official_accounts.lock();
    if registry.get(id).is_none() {
        return Err(not_found(id));
    }
    let now = ctx.now();
    let mut items = Vec::new();
    for item in &request.subscriber_list {
        let user = &item.subscriber_account;
        let order = registry.subscription_order();
        let imported = ctx.state.is_imported(user);
        let account = registry.get_mut(id).expect("checked above");
        let result = if account.subscribers.contains_key(user) {
            SubscribeResult::Unchanged
        } else if !imported || account.subscribers.len() >= account.max_subscribers as usize {
            SubscribeResult::Failed
        } else {
            account.subscribers.insert(
                user.clone(),
                Subscriber {
                    since: now,
                    order,
                    custom_string: None,
                },
            );
            SubscribeResult::Succeeded
        };
        items.push(SubscriberResult::new(user, result));
    }
    Ok(SubscriberResultsResponse::new(items))
}

pub(crate) fn delete_subscribers(
    ctx: &Context,
    request: DeleteSubscriberRequest,
) -> Result<SubscriberResultsResponse, Failure> {
    let id = &request.official_account;
    let mut registry = ctx.state.official_accounts.lock();
    let account = registry.get_mut(id).ok_or_else(|| not_found(id))?;
    let items = request
        .subscriber_to_del_account
        .iter()
        .map(|user| {
            let result = if account.subscribers.remove(user).is_some() {
                SubscribeResult::Succeeded
            } else {
                SubscribeResult::Unchanged
            };
            SubscriberResult::new(user, result)
        })
        .collect();
    Ok(SubscriberResultsResponse::new(items))
}

pub(crate) fn get_subscribers(
    ctx: &Context,
    request: GetSubscriberInfoRequest,
) -> Result<GetSubscriberInfoResponse, Failure> {
    let id = &request.official_account;
    let registry = ctx.state.official_accounts.lock();
    let account = registry.get(id).ok_or_else(|| not_found(id))?;
    let start = if request.next.is_empty() {
        0
    } else {
        request
            .next
            .parse::<usize>()
            .map_err(|_| invalid(format!("Next {:?} is not a cursor this emulator gave", request.next)))?
    };
    let all = account.subscribers_in_order();
    let limit = request.limit.map_or(all.len(), |limit| limit as usize);
    let page: Vec<SubscriberInfo> = all
        .iter()
        .skip(start)
        .take(limit)
        .map(|(user, sub)| {
            let mut item = SubscriberInfo::new(*user, sub.since);
            item.custom_string = Some(sub.custom_string.clone().unwrap_or_default());
            item.msg_flag = Some(MsgFlag::AcceptAndNotify);
            item.last_send_msg_time = Some(0);
            item
        })
        .collect();
    let end = start.saturating_add(page.len());
    let mut reply = GetSubscriberInfoResponse::default();
    reply.next = Some(if end < all.len() {
        end.to_string()
    } else {
        String::new()
    });
    reply.subscriber_num = Some(u32::try_from(all.len()).unwrap_or(u32::MAX));
    reply.subscriber_list = Some(page);
    Ok(reply)
}

pub(crate) fn modify_subscriber(
    ctx: &Context,
    request: ModifySubscriberInfoRequest,
) -> Result<EnvelopeOnlyResponse, Failure> {
    let id = &request.official_account;
    let mut registry = ctx.state.official_accounts.lock();
    let account = registry.get_mut(id).ok_or_else(|| not_found(id))?;
    let user = &request.subscriber_account;
    let subscriber = account
        .subscribers
        .get_mut(user)
        .ok_or_else(|| invalid(format!("{user:?} does not subscribe to {id:?}")))?;
    if request.custom_string.is_some() {
        subscriber.custom_string = request.custom_string;
    }
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn get_subscribed(
    ctx: &Context,
    request: GetSubscribedOfficialAccountListRequest,
) -> Result<GetSubscribedOfficialAccountListResponse, Failure> {
    let user = &request.subscriber_account;
    if !ctx.state.is_imported(user) {
        return Err(invalid(format!("Subscriber_Account {user:?} was not imported")));
    }
    let filter = request.response_filter.as_ref();
    let account_filter = filter.and_then(|f| f.official_account_base_info_filter.as_deref());
    let self_filter = filter.and_then(|f| f.self_info_filter.as_deref());
    let wants_self = |field: SubscriberSelfField| self_filter.is_none_or(|fields| fields.contains(&field));
    let registry = ctx.state.official_accounts.lock();
    let all = registry.subscribed_by(user);
    let offset = request.offset.unwrap_or(0) as usize;
    let limit = request.limit.unwrap_or(OFFICIAL_ACCOUNT_SUBSCRIBED_PAGE_MAX) as usize;
    let page: Vec<OfficialAccountInfo> = all
        .iter()
        .skip(offset)
        .take(limit)
        .map(|(id, account, sub)| {
            let mut item = info(id, account, account_filter);
            let mut own = SubscriberSelfInfo::default();
            if wants_self(SubscriberSelfField::SubscribeTime) {
                own.subscribe_time = Some(sub.since);
            }
            if wants_self(SubscriberSelfField::CustomString) {
                own.custom_string = Some(sub.custom_string.clone().unwrap_or_default());
            }
            item.self_info = Some(own);
            item
        })
        .collect();
    let end = offset.saturating_add(page.len());
    let mut reply = GetSubscribedOfficialAccountListResponse::default();
    reply.total_count = Some(u32::try_from(all.len()).unwrap_or(u32::MAX));
    reply.complete_flag = Some(u32::from(end >= all.len()));
    reply.next = Some(u32::try_from(end).unwrap_or(u32::MAX));
    reply.official_account_info_list = Some(page);
    Ok(reply)
}

pub(crate) fn send(
    ctx: &Context,
    request: SendOfficialAccountMsgRequest,
) -> Result<SendOfficialAccountMsgResponse, Failure> {
    let id = &request.official_account;
    let mut registry = ctx.state.official_accounts.lock();
    let account = registry.get_mut(id).ok_or_else(|| msg_not_found(id))?;
    let message = account.store(request.random, request.msg_body, request.cloud_custom_data, ctx.now());
    Ok(SendOfficialAccountMsgResponse::new(
        i64::try_from(message.time).unwrap_or(i64::MAX),
        message.key.clone(),
    ))
}

pub(crate) fn history(
    ctx: &Context,
    request: OfficialAccountMsgGetSimpleRequest,
) -> Result<OfficialAccountMsgGetSimpleResponse, Failure> {
    let id = &request.official_account;
    let below = match request.last_msg_key.as_deref().filter(|key| !key.is_empty()) {
        None => u64::MAX,
        Some(key) => key
            .split('_')
            .next()
            .and_then(|seq| seq.parse::<u64>().ok())
            .ok_or_else(|| {
                Failure::new(
                    ErrorCode::GroupParameterInvalid,
                    format!("LastMsgKey {key:?} does not start with a sequence number"),
                )
            })?,
    };
    let with_recalled = request.with_recalled_msg == Some(1);
    let number = request.req_msg_number.unwrap_or(HISTORY_PAGE_DEFAULT) as usize;
    let registry = ctx.state.official_accounts.lock();
    let account = registry.get(id).ok_or_else(|| msg_not_found(id))?;
    let mut older = account
        .messages
        .iter()
        .rev()
        .filter(|message| message.seq < below && (with_recalled || !message.recalled));
    let page: Vec<_> = older.by_ref().take(number).collect();
    let finished = older.next().is_none();
    let mut reply = OfficialAccountMsgGetSimpleResponse::default();
    reply.official_account = Some(id.clone());
    reply.is_finished = Some(u32::from(finished));
    reply.last_msg_key = page.last().map(|message| message.key.clone());
    reply.rsp_msg_list = Some(
        page.iter()
            .map(|message| {
                let mut item = OfficialAccountMsg::default();
                item.from_account = Some(id.clone());
                item.is_place_msg = Some(0);
                item.msg_seq = Some(message.seq);
                item.msg_key = Some(message.key.clone());
                item.msg_time_stamp = Some(i64::try_from(message.time).unwrap_or(i64::MAX));
                item.msg_random = Some(u64::from(message.random));
                if message.recalled {
                    item.msg_body = Some(Vec::new());
                    item.msg_flag_bits = Some(RECALLED_FLAG);
                } else {
                    item.msg_body = Some(message.body.clone());
                    item.cloud_custom_data = message.cloud_custom_data.clone();
                }
                item
            })
            .collect(),
    );
    Ok(reply)
}

pub(crate) fn recall(
    ctx: &Context,
    request: OfficialAccountMsgRecallRequest,
) -> Result<OfficialAccountMsgRecallResponse, Failure> {
    let id = &request.official_account;
    let mut registry = ctx.state.official_accounts.lock();
    let account = registry.get_mut(id).ok_or_else(|| msg_not_found(id))?;
    let results = request
        .msg_key_list
        .iter()
        .map(|key| {
            let code = match account.message_mut(key) {
                Some(message) if !message.recalled => {
                    message.recalled = true;
                    ErrorCode::Success
                }
                _ => ErrorCode::from(MESSAGE_NOT_FOUND),
            };
            MsgRecallResult::new(key, code)
        })
        .collect();
    Ok(OfficialAccountMsgRecallResponse::new(results))
}
