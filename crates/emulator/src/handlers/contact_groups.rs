//! `recentcontact`, the conversation-group APIs: create, update, delete and
//! read a user's groups.
//!
//! The service leaves some behaviour undocumented; the emulator's choices:
//!
//! - A group name must be unique per user: creating one that exists, or
//!   renaming onto another group's name, is refused with 50002.
//! - A group is a set. Adding a conversation it already holds, or removing one
//!   it does not hold, succeeds (`ResultCode` 0) and changes nothing, so a
//!   retried edit is harmless.
//! - Adding past the per-group cap (1000) fails for exactly the conversations
//!   past it, each with `ResultCode` 51008; the call itself succeeds.
//! - A group conversation whose group was disbanded (see
//!   `EmulatorBuilder::disbanded_group`) cannot be added: `ResultCode` 51007.
//! - An unknown group name is 51009; a rename keeps the `GroupId`; IDs count
//!   up from 1 per user and are never reused after a delete.
//! - `get_contact_group` pages through the conversations with group or mark
//!   data, in the order they got some (a conversation that loses all its
//!   data is forgotten, and goes to the end if it gets data again),
//!   `page_size` per page (100). The page says to send back the
//!   `NextStartIndex` last returned: it is a cursor (the position of the
//!   next conversation), not a count, so a conversation removed between two
//!   reads moves no other across the page boundary. It is 0 on the last
//!   page, as in the sample. A conversation's `Timestamp` is the last time
//!   its groups or marks changed (an edit that changes nothing counts).

use tim_protocol::recentcontact::{
    ContactEditResult, ContactOp, ContactResult, CreateContactGroupRequest, CreateContactGroupResponse,
    CreatedContactGroup, DelContactGroupRequest, DelContactGroupResponse, GetContactGroupRequest,
    GetContactGroupResponse, GroupUpdate, UpdateContactGroupRequest, UpdateContactGroupResponse, UpdateGroupResult,
    UpdateGroupType,
};
use tim_protocol::{Conversation, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;
use crate::state::contacts::ContactData;
use crate::state::User;

/// Runs `operation` on the user's groups, after the checks every
/// contact-group API makes: the edition (51013), the user (50001).
fn with_groups<T>(
    ctx: &Context,
    user_id: &str,
    operation: impl FnOnce(&mut ContactData) -> Result<T, Failure>,
) -> Result<T, Failure> {
    ctx.require_contact_groups()?;
    ctx.with_imported(user_id, |user: &mut User| operation(&mut user.contacts))
}

fn not_found(name: &str) -> Failure {
    Failure::new(
        ErrorCode::ContactGroupNotFound,
        format!("conversation group {name:?} does not exist"),
    )
}

fn name_taken(name: &str) -> Failure {
    Failure::new(
        ErrorCode::ContactParameterInvalid,
        format!("conversation group {name:?} already exists"),
    )
}

/// Adds one conversation to the group at `index`; the per-item code.
fn add(
    ctx: &Context,
    data: &mut ContactData,
    index: usize,
    conversation: &Conversation,
    now: u64,
) -> (ErrorCode, String) {
    let group = &data.groups()[index];
    let limit = ctx.settings.limits.contacts_per_group;
    if !group.contains(conversation) {
        if group.len() >= limit {
            return (
                ErrorCode::ContactLimitReached,
                format!("the group already holds {limit} conversations"),
            );
        }
        if matches!(conversation, Conversation::Group(id) if ctx.settings.disbanded.contains(id)) {
            return (
                ErrorCode::GroupCodeLookupFailed,
                "the group has been disbanded".to_owned(),
            );
        }
    }
    data.add_to_group(index, conversation, now);
    (ErrorCode::Success, String::new())
}

pub(crate) fn create(ctx: &Context, request: CreateContactGroupRequest) -> Result<CreateContactGroupResponse, Failure> {
    let now = ctx.now();
    with_groups(ctx, &request.from_account, |data| {
        let mut created = Vec::new();
        for new in request.groups {
            if data.find(&new.group_name).is_some() {
                return Err(name_taken(&new.group_name));
            }
            let limit = ctx.settings.limits.groups_per_user;
            if data.groups().len() >= limit {
                return Err(Failure::new(
                    ErrorCode::ContactGroupLimitReached,
                    format!("the user already has {limit} groups"),
                ));
            }
            let index = data.create_group(new.group_name);
            let results = new
                .conversations
                .into_iter()
                .map(|conversation| {
                    let (code, info) = add(ctx, data, index, &conversation, now);
                    ContactResult::new(conversation, code, info)
                })
                .collect();
            created.push(CreatedContactGroup::new(data.groups()[index].item(), results));
        }
        Ok(CreateContactGroupResponse::new(created))
    })
}

pub(crate) fn update(ctx: &Context, request: UpdateContactGroupRequest) -> Result<UpdateContactGroupResponse, Failure> {
    let now = ctx.now();
    with_groups(ctx, &request.from_account, |data| {
        let result = match request.update {
            GroupUpdate::Rename { old_name, new_name } => {
                let index = data.find(&old_name).ok_or_else(|| not_found(&old_name))?;
                if new_name != old_name && data.find(&new_name).is_some() {
                    return Err(name_taken(&new_name));
                }
                let group = data.rename_group(index, new_name);
                UpdateGroupResult::new(UpdateGroupType::Rename, &group.name, group.id, old_name)
            }
            GroupUpdate::Contacts { group_name, edits } => {
                let index = data.find(&group_name).ok_or_else(|| not_found(&group_name))?;
                let mut results = Vec::with_capacity(edits.len());
                for edit in edits {
                    let (code, info) = match edit.op {
                        ContactOp::Add => add(ctx, data, index, &edit.conversation, now),
                        _ => {
                            data.remove_from_group(index, &edit.conversation, now);
                            (ErrorCode::Success, String::new())
                        }
                    };
                    results.push(ContactEditResult::new(edit, code, info));
                }
                let group = &data.groups()[index];
                let mut result = UpdateGroupResult::new(UpdateGroupType::Contacts, &group.name, group.id, &group_name);
                result.contact_results = results;
                result
            }
            // validate() refused every other shape before this point.
            _ => {
                return Err(Failure::new(
                    ErrorCode::ContactParameterInvalid,
                    "UpdateGroup has an unsupported shape",
                ));
            }
        };
        Ok(UpdateContactGroupResponse::new(result))
    })
}

pub(crate) fn delete(ctx: &Context, request: DelContactGroupRequest) -> Result<DelContactGroupResponse, Failure> {
    with_groups(ctx, &request.from_account, |data| {
        // validate() allows exactly one name.
        let mut deleted = Vec::new();
        for name in &request.group_names {
            let index = data.find(name).ok_or_else(|| not_found(name))?;
            deleted.push(data.delete_group(index).item());
        }
        Ok(DelContactGroupResponse::new(deleted))
    })
}

pub(crate) fn get(ctx: &Context, request: GetContactGroupRequest) -> Result<GetContactGroupResponse, Failure> {
    with_groups(ctx, &request.from_account, |data| {
        let (page, next) = data.page(request.start_index, ctx.settings.limits.page_size);
        let groups = data.groups().iter().map(|group| group.item()).collect();
        Ok(GetContactGroupResponse::new(
            page,
            groups,
            next.is_none(),
            next.unwrap_or(0),
        ))
    })
}
