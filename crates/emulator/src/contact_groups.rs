//! The conversation-group APIs: create, update, delete and read a user's
//! groups.
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
//!   data, in the order they first got some, `page_size` per page (100);
//!   `NextStartIndex` is 0 on the last page, as in the sample. A
//!   conversation's `Timestamp` is the last time its groups or marks changed.

use tim_protocol::recentcontact::{
    ContactEditResult, ContactOp, ContactResult, CreateContactGroupRequest, CreateContactGroupResponse,
    CreatedContactGroup, DelContactGroupRequest, DelContactGroupResponse, GetContactGroupRequest,
    GetContactGroupResponse, GroupItem, GroupUpdate, UpdateContactGroupRequest, UpdateContactGroupResponse,
    UpdateGroupResult, UpdateGroupType,
};
use tim_protocol::{Conversation, ErrorCode};

use crate::app::App;
use crate::failure::Failure;
use crate::state::{ContactData, Group, State};

/// The user's data, after the checks every contact-group API makes.
fn user<'a>(app: &App, state: &'a mut State, user: &str) -> Result<&'a mut ContactData, Failure> {
    if !app.settings.edition.has_contact_groups() {
        return Err(edition_unsupported());
    }
    contact_data(state, user)
}

pub(crate) fn edition_unsupported() -> Failure {
    Failure::new(
        ErrorCode::EditionUnsupported,
        "conversation groups and standard marks need the Pro, Pro Plus or Enterprise edition",
    )
}

/// The data of an imported user (50001 otherwise).
pub(crate) fn contact_data<'a>(state: &'a mut State, user: &str) -> Result<&'a mut ContactData, Failure> {
    if !state.accounts.contains_key(user) {
        return Err(Failure::new(
            ErrorCode::NotImported,
            format!("From_Account {user:?} was not imported"),
        ));
    }
    Ok(state.users.entry(user.to_owned()).or_default())
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

/// Adds one conversation; the per-item code.
fn add(app: &App, group: &mut Group, conversation: &Conversation) -> (ErrorCode, String) {
    if group.contains(conversation) {
        (ErrorCode::Success, String::new())
    } else if group.len() >= app.settings.limits.contacts_per_group {
        let limit = app.settings.limits.contacts_per_group;
        (
            ErrorCode::ContactLimitReached,
            format!("the group already holds {limit} conversations"),
        )
    } else if matches!(conversation, Conversation::Group(id) if app.settings.disbanded.contains(id)) {
        (
            ErrorCode::GroupCodeLookupFailed,
            "the group has been disbanded".to_owned(),
        )
    } else {
        group.insert(conversation.clone());
        (ErrorCode::Success, String::new())
    }
}

pub(crate) fn create(app: &App, request: CreateContactGroupRequest) -> Result<CreateContactGroupResponse, Failure> {
    let now = app.now();
    let mut state = app.state();
    let user = user(app, &mut state, &request.from_account)?;
    let mut created = Vec::new();
    for new in request.groups {
        if user.find(&new.group_name).is_some() {
            return Err(name_taken(&new.group_name));
        }
        if user.groups.len() >= app.settings.limits.groups_per_user {
            let limit = app.settings.limits.groups_per_user;
            return Err(Failure::new(
                ErrorCode::ContactGroupLimitReached,
                format!("the user already has {limit} groups"),
            ));
        }
        user.last_group_id += 1;
        let mut group = Group::new(user.last_group_id, new.group_name);
        let mut results = Vec::new();
        for conversation in new.conversations {
            let (code, info) = add(app, &mut group, &conversation);
            if code.is_success() {
                user.touch(&conversation, now);
            }
            results.push(ContactResult::new(conversation, code, info));
        }
        created.push(CreatedContactGroup::new(GroupItem::new(&group.name, group.id), results));
        user.groups.push(group);
    }
    Ok(CreateContactGroupResponse::new(created))
}

pub(crate) fn update(app: &App, request: UpdateContactGroupRequest) -> Result<UpdateContactGroupResponse, Failure> {
    let now = app.now();
    let mut state = app.state();
    let user = user(app, &mut state, &request.from_account)?;
    let result = match request.update {
        GroupUpdate::Rename { old_name, new_name } => {
            let index = user.find(&old_name).ok_or_else(|| not_found(&old_name))?;
            if new_name != old_name && user.find(&new_name).is_some() {
                return Err(name_taken(&new_name));
            }
            let group = &mut user.groups[index];
            group.name = new_name;
            UpdateGroupResult::new(UpdateGroupType::Rename, &group.name, group.id, old_name)
        }
        GroupUpdate::Contacts { group_name, edits } => {
            let index = user.find(&group_name).ok_or_else(|| not_found(&group_name))?;
            let group = &mut user.groups[index];
            let mut results = Vec::with_capacity(edits.len());
            let mut changed = Vec::new();
            for edit in edits {
                let (code, info) = match edit.op {
                    ContactOp::Add => add(app, group, &edit.conversation),
                    _ => {
                        group.remove(&edit.conversation);
                        (ErrorCode::Success, String::new())
                    }
                };
                if code.is_success() {
                    changed.push(edit.conversation.clone());
                }
                results.push(ContactEditResult::new(edit, code, info));
            }
            let mut result = UpdateGroupResult::new(UpdateGroupType::Contacts, &group.name, group.id, &group_name);
            result.contact_results = results;
            for conversation in &changed {
                user.touch(conversation, now);
            }
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
}

pub(crate) fn delete(app: &App, request: DelContactGroupRequest) -> Result<DelContactGroupResponse, Failure> {
    let mut state = app.state();
    let user = user(app, &mut state, &request.from_account)?;
    let mut deleted = Vec::new();
    for name in &request.group_names {
        let index = user.find(name).ok_or_else(|| not_found(name))?;
        let group = user.groups.remove(index);
        deleted.push(GroupItem::new(group.name, group.id));
    }
    Ok(DelContactGroupResponse::new(deleted))
}

pub(crate) fn get(app: &App, request: GetContactGroupRequest) -> Result<GetContactGroupResponse, Failure> {
    let mut state = app.state();
    let user = user(app, &mut state, &request.from_account)?;
    let contacts = user.infos();
    let start = usize::try_from(request.start_index)
        .unwrap_or(usize::MAX)
        .min(contacts.len());
    let end = start.saturating_add(app.settings.limits.page_size).min(contacts.len());
    let groups = user
        .groups
        .iter()
        .map(|group| GroupItem::new(&group.name, group.id))
        .collect();
    let complete = end == contacts.len();
    let page = contacts[start..end].to_vec();
    Ok(GetContactGroupResponse::new(
        page,
        groups,
        complete,
        if complete { 0 } else { end as u64 },
    ))
}
