//! The properties of the round-trip suite, each runnable with a chosen number
//! of cases.

use proptest::prelude::*;
use tim_protocol::limits::{CONTACTS_PER_REQUEST_MAX, GROUP_NAME_MAX_BYTES, USER_ID_MAX_BYTES};
use tim_protocol::recentcontact::{ContactEdit, GroupUpdate, UpdateContactGroupRequest};
use tim_protocol::Conversation;

use crate::property::{round_trips, runner, Property};
use crate::strategies;

/// Every property of the suite.
pub fn all() -> Vec<Property> {
    let mut all = vec![
        Property {
            name: "update_contact_group request: serialize, parse, equal",
            run: |n| round_trips(n, strategies::any_update_request()),
        },
        Property {
            name: "update_contact_group response: serialize, parse, equal (unknown enum values)",
            run: |n| round_trips(n, strategies::update_response()),
        },
        Property {
            name: "update_contact_group: every generated valid request passes validate()",
            run: valid_requests_pass,
        },
        Property {
            name: "update_contact_group: every mutation past a limit fails validate() at its field",
            run: mutations_fail,
        },
        Property {
            name: "create_contact_group request: serialize, parse, equal",
            run: |n| round_trips(n, strategies::create_request()),
        },
        Property {
            name: "get_contact_group response: serialize, parse, equal",
            run: |n| round_trips(n, strategies::get_contact_group_response()),
        },
        Property {
            name: "multiaccount_import request: serialize, parse, equal",
            run: |n| round_trips(n, strategies::multiaccount_import_request()),
        },
        Property {
            name: "account_check response: serialize, parse, equal",
            run: |n| round_trips(n, strategies::account_check_response()),
        },
        Property {
            name: "get_group_info response: serialize, parse, equal; unknown fields ignored",
            run: crate::group_properties::group_info_reply_round_trips,
        },
    ];
    all.extend(crate::message_properties::all());
    all.extend(crate::profile_properties::all());
    all.extend(crate::sns_properties::all());
    all
}

fn valid_requests_pass(cases: u32) -> Result<(), String> {
    runner(cases)
        .run(&strategies::valid_update_request(), |request| {
            prop_assert!(
                request.validate().is_ok(),
                "{:?} refused: {}",
                request,
                request.validate().unwrap_err()
            );
            Ok(())
        })
        .map_err(|e| e.to_string())
}

/// A request pushed past one limit, and the field path that must be named.
#[derive(Debug, Clone)]
enum Mutation {
    LongFromAccount(usize),
    LongNewName(usize),
    TooManyEdits(usize),
    EmptyId { index: usize, c2c: bool },
}

fn mutations_fail(cases: u32) -> Result<(), String> {
    let mutation = prop_oneof![
        (1usize..40).prop_map(Mutation::LongFromAccount),
        (1usize..40).prop_map(Mutation::LongNewName),
        (1usize..50).prop_map(Mutation::TooManyEdits),
        (0usize..100, any::<bool>()).prop_map(|(index, c2c)| Mutation::EmptyId { index, c2c }),
    ];
    runner(cases)
        .run(
            &(strategies::valid_update_request(), mutation),
            |(mut request, mutation)| {
                let field = apply(&mut request, &mutation);
                let error = request.validate().expect_err("mutated request must be refused");
                prop_assert_eq!(error.field(), field.as_str(), "{:?}: {}", mutation, error);
                Ok(())
            },
        )
        .map_err(|e| e.to_string())
}

/// Applies `mutation` and returns the field path validate() must name.
fn apply(request: &mut UpdateContactGroupRequest, mutation: &Mutation) -> String {
    match *mutation {
        Mutation::LongFromAccount(extra) => {
            request.from_account = "u".repeat(USER_ID_MAX_BYTES + extra);
            "From_Account".into()
        }
        Mutation::LongNewName(extra) => {
            // Multi-byte characters: the limit is in bytes, not characters.
            let name = "é".repeat(GROUP_NAME_MAX_BYTES / 2) + &"x".repeat(extra);
            *request = UpdateContactGroupRequest::rename(request.from_account.clone(), "old", name);
            "UpdateGroup.NewGroupName".into()
        }
        Mutation::TooManyEdits(extra) => {
            let edits =
                (0..CONTACTS_PER_REQUEST_MAX + extra).map(|i| ContactEdit::add(Conversation::c2c(format!("u{i}"))));
            *request = UpdateContactGroupRequest::edit_contacts(request.from_account.clone(), "g", edits);
            "UpdateGroup.ContactUpdateItem".into()
        }
        Mutation::EmptyId { index, c2c } => {
            let mut edits: Vec<_> = (0..=index)
                .map(|i| ContactEdit::add(Conversation::group(format!("@TGS#{i}"))))
                .collect();
            let (conversation, key) = if c2c {
                (Conversation::c2c(""), "To_Account")
            } else {
                (Conversation::group(""), "ToGroupId")
            };
            edits[index] = ContactEdit::remove(conversation);
            request.update = GroupUpdate::Contacts {
                group_name: "g".into(),
                edits,
            };
            format!("UpdateGroup.ContactUpdateItem[{index}].ContactItem.{key}")
        }
    }
}
