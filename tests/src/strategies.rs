//! proptest strategies for the typed model.
//!
//! Enum values come from `From<i64>`, so an `Unknown(n)` is only ever made for
//! an `n` the crate does not know; malformed conversations and updates are
//! parsed from JSON, the only place such shapes can come from.

use proptest::prelude::*;
use serde_json::json;
use tim_protocol::account::{AccountCheckResponse, AccountCheckResult, AccountStatus, MultiaccountImportRequest};
use tim_protocol::limits::{CONTACTS_PER_REQUEST_MAX, GROUP_NAME_MAX_BYTES};
use tim_protocol::recentcontact::{
    ContactEdit, ContactEditResult, ContactInfo, ContactOp, CreateContactGroupRequest, GetContactGroupResponse,
    GroupItem, GroupUpdate, UpdateContactGroupRequest, UpdateContactGroupResponse, UpdateGroupResult, UpdateGroupType,
    UpdateType,
};
use tim_protocol::{ActionStatus, Conversation, Envelope, ErrorCode};

/// A UserID of 1 to 32 bytes.
pub fn user_id() -> impl Strategy<Value = String> {
    "[A-Za-z0-9_-]{1,32}"
}

/// A group conversation ID.
pub fn group_id() -> impl Strategy<Value = String> {
    "@TGS#[A-Z0-9]{1,12}"
}

/// Arbitrary Unicode text, cut to at most `max_bytes` of UTF-8 on a character
/// boundary, never empty.
pub fn unicode_text(max_bytes: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 1..=max_bytes).prop_map(move |chars| {
        let mut text = String::new();
        for c in chars {
            if text.len() + c.len_utf8() > max_bytes {
                break;
            }
            text.push(c);
        }
        text
    })
}

/// Unicode text of exactly `bytes` bytes, mostly multi-byte characters.
pub fn unicode_text_at_limit(bytes: usize) -> impl Strategy<Value = String> {
    unicode_text(bytes).prop_map(move |mut text| {
        while text.len() < bytes {
            text.push('a');
        }
        text
    })
}

/// A group name: anywhere from 1 byte to exactly the 64-byte limit.
pub fn group_name() -> impl Strategy<Value = String> {
    prop_oneof![
        unicode_text(GROUP_NAME_MAX_BYTES),
        unicode_text_at_limit(GROUP_NAME_MAX_BYTES)
    ]
}

/// A well-formed conversation of either kind.
pub fn conversation() -> impl Strategy<Value = Conversation> {
    prop_oneof![
        user_id().prop_map(Conversation::C2c),
        group_id().prop_map(Conversation::Group)
    ]
}

/// Any conversation the parser can produce, malformed and unknown kinds included.
pub fn any_conversation() -> impl Strategy<Value = Conversation> {
    let raw = (any::<i64>(), prop::option::of(user_id()), prop::option::of(group_id())).prop_map(
        |(kind, to_account, to_group_id)| {
            let mut item = json!({ "Type": kind % 4 });
            if let Some(user) = to_account {
                item["To_Account"] = user.into();
            }
            if let Some(group) = to_group_id {
                item["ToGroupId"] = group.into();
            }
            serde_json::from_value::<Conversation>(item).expect("any ContactItem object parses")
        },
    );
    prop_oneof![3 => conversation(), 1 => raw]
}

/// An add or a remove of a well-formed conversation.
pub fn contact_edit() -> impl Strategy<Value = ContactEdit> {
    (any::<bool>(), conversation()).prop_map(|(add, c)| {
        if add {
            ContactEdit::add(c)
        } else {
            ContactEdit::remove(c)
        }
    })
}

/// A valid `update_contact_group` request of either shape.
pub fn valid_update_request() -> impl Strategy<Value = UpdateContactGroupRequest> {
    let rename = (user_id(), group_name(), group_name())
        .prop_map(|(user, old, new)| UpdateContactGroupRequest::rename(user, old, new));
    let edit = (
        user_id(),
        group_name(),
        prop::collection::vec(contact_edit(), 1..=CONTACTS_PER_REQUEST_MAX),
    )
        .prop_map(|(user, group, edits)| UpdateContactGroupRequest::edit_contacts(user, group, edits));
    prop_oneof![rename, edit]
}

/// Any `update_contact_group` request the parser can produce: unknown enum
/// values and mixed-up shapes included.
pub fn any_update_request() -> impl Strategy<Value = UpdateContactGroupRequest> {
    let raw = (
        any::<i64>(),
        prop::option::of(group_name()),
        prop::option::of(group_name()),
        prop::option::of(prop::collection::vec(any_contact_edit(), 0..4)),
    )
        .prop_map(|(kind, old, new, items)| {
            let mut update = json!({ "UpdateGroupType": kind % 4 });
            if let Some(old) = old {
                update["OldGroupName"] = old.into();
            }
            if let Some(new) = new {
                update["NewGroupName"] = new.into();
            }
            if let Some(items) = items {
                update["ContactUpdateItem"] = serde_json::to_value(items).expect("edits serialize");
            }
            serde_json::from_value::<GroupUpdate>(update).expect("any UpdateGroup object parses")
        });
    let odd = (user_id(), any::<i64>(), raw).prop_map(|(user, update_type, update)| {
        let mut request = UpdateContactGroupRequest::new(user, update);
        request.update_type = UpdateType::from(update_type % 3);
        request
    });
    prop_oneof![3 => valid_update_request(), 1 => odd]
}

fn any_contact_edit() -> impl Strategy<Value = ContactEdit> {
    (any::<i64>(), any_conversation()).prop_map(|(op, c)| ContactEdit::new(ContactOp::from(op % 4), c))
}

/// Any envelope: known and unknown statuses and codes, fields present or not.
pub fn envelope() -> impl Strategy<Value = Envelope> {
    let status = prop::option::of(prop_oneof![
        Just("OK".to_owned()),
        Just("FAIL".to_owned()),
        "[A-Z]{0,6}"
    ]);
    (
        status,
        error_code(),
        prop::option::of(".{0,20}"),
        prop::option::of(".{0,20}"),
    )
        .prop_map(|(status, code, info, display)| {
            let mut envelope = Envelope::ok();
            envelope.action_status = status.as_deref().map(ActionStatus::from);
            envelope.error_code = code;
            envelope.error_info = info;
            envelope.error_display = display;
            envelope
        })
}

/// Any code: mostly known ones, sometimes one the crate does not know.
pub fn error_code() -> impl Strategy<Value = ErrorCode> {
    prop_oneof![
        prop::sample::select(ErrorCode::KNOWN),
        any::<i64>().prop_map(ErrorCode::from)
    ]
}

/// Any `update_contact_group` reply, unknown enum values included.
pub fn update_response() -> impl Strategy<Value = UpdateContactGroupResponse> {
    let item = (any::<i64>(), any_conversation(), error_code(), ".{0,16}").prop_map(|(op, c, code, info)| {
        ContactEditResult::new(ContactEdit::new(ContactOp::from(op % 4), c), code, info)
    });
    let result = (
        any::<i64>(),
        group_name(),
        any::<u64>(),
        group_name(),
        prop::collection::vec(item, 0..5),
    )
        .prop_map(|(kind, name, id, old, items)| {
            let mut result = UpdateGroupResult::new(UpdateGroupType::from(kind % 4), name, id, old);
            result.contact_results = items;
            result
        });
    (prop::option::of(any::<i64>()), prop::option::of(result), envelope()).prop_map(
        |(update_type, result, envelope)| {
            let mut response =
                UpdateContactGroupResponse::new(UpdateGroupResult::new(UpdateGroupType::Rename, "", 0, ""));
            response.update_type = update_type.map(|t| UpdateType::from(t % 3));
            response.result = result;
            response.envelope = envelope;
            response
        },
    )
}

/// A valid `create_contact_group` request.
pub fn create_request() -> impl Strategy<Value = CreateContactGroupRequest> {
    (
        user_id(),
        group_name(),
        prop::collection::vec(conversation(), 0..=CONTACTS_PER_REQUEST_MAX),
    )
        .prop_map(|(user, name, conversations)| CreateContactGroupRequest::new(user, name, conversations))
}

/// A valid `multiaccount_import` request.
pub fn multiaccount_import_request() -> impl Strategy<Value = MultiaccountImportRequest> {
    prop::collection::vec(user_id(), 1..=100).prop_map(MultiaccountImportRequest::new)
}

/// Any `get_contact_group` reply.
pub fn get_contact_group_response() -> impl Strategy<Value = GetContactGroupResponse> {
    let contact = (
        any_conversation(),
        prop::option::of("[01]{1,64}"),
        prop::option::of(".{0,8}"),
        prop::collection::vec(any::<u64>(), 0..3),
        prop::option::of(any::<u64>()),
    )
        .prop_map(|(c, standard, custom, groups, timestamp)| {
            let mut info = ContactInfo::new(c);
            info.standard_mark = standard;
            info.custom_mark = custom;
            info.contact_group_ids = groups;
            info.timestamp = timestamp;
            info
        });
    let group = (group_name(), any::<u64>()).prop_map(|(name, id)| GroupItem::new(name, id));
    (
        prop::collection::vec(contact, 0..4),
        prop::collection::vec(group, 0..4),
        any::<bool>(),
        any::<u64>(),
        envelope(),
    )
        .prop_map(|(contacts, groups, complete, next, envelope)| {
            let mut response = GetContactGroupResponse::new(contacts, groups, complete, next);
            response.envelope = envelope;
            response
        })
}

/// Any `account_check` reply, unknown statuses included.
pub fn account_check_response() -> impl Strategy<Value = AccountCheckResponse> {
    let status = prop_oneof![
        Just("Imported".to_owned()),
        Just("NotImported".to_owned()),
        "[A-Za-z]{0,12}"
    ];
    let item = (user_id(), status, error_code()).prop_map(|(user, status, code)| {
        let mut result = AccountCheckResult::new(user, AccountStatus::from(status));
        result.result_code = code;
        result
    });
    (prop::collection::vec(item, 0..5), envelope()).prop_map(|(items, envelope)| {
        let mut response = AccountCheckResponse::new(items);
        response.envelope = envelope;
        response
    })
}
