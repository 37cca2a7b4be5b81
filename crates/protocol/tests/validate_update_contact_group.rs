//! One test per rule of `UpdateContactGroupRequest::validate`, each checking the
//! field path, the rule and the service code.

use serde_json::json;
use tim_protocol::recentcontact::{ContactEdit, ContactOp, GroupUpdate, UpdateContactGroupRequest, UpdateType};
use tim_protocol::{Conversation, ErrorCode, Rule, ValidationError};

fn rename(new_name: &str) -> UpdateContactGroupRequest {
    UpdateContactGroupRequest::rename("user_0001", "group_0001", new_name)
}

fn edit(edits: Vec<ContactEdit>) -> UpdateContactGroupRequest {
    UpdateContactGroupRequest::edit_contacts("user_0001", "group_0001", edits)
}

fn refused(request: &UpdateContactGroupRequest) -> ValidationError {
    request.validate().expect_err("the request should be refused")
}

fn with_update(update: GroupUpdate) -> UpdateContactGroupRequest {
    UpdateContactGroupRequest::new("user_0001", update)
}

#[test]
fn from_account_is_required() {
    let mut request = rename("g");
    request.from_account.clear();
    let error = refused(&request);
    assert_eq!((error.field(), error.rule()), ("From_Account", &Rule::NotEmpty));
}

#[test]
fn from_account_is_at_most_32_bytes() {
    let mut request = rename("g");
    request.from_account = "u".repeat(32);
    assert!(request.validate().is_ok());
    request.from_account = "u".repeat(33);
    let error = refused(&request);
    assert_eq!(error.field(), "From_Account");
    assert_eq!(
        error.rule(),
        &Rule::TooLong {
            max_bytes: 32,
            actual: 33
        }
    );
}

#[test]
fn update_type_must_be_1() {
    let mut request = rename("g");
    request.update_type = UpdateType::Unknown(2);
    let error = refused(&request);
    assert_eq!(error.field(), "UpdateType");
    assert!(matches!(error.rule(), Rule::UnsupportedValue { value: 2, .. }));
}

#[test]
fn rename_needs_the_old_name() {
    let error = refused(&with_update(update(
        json!({"UpdateGroupType": 1, "NewGroupName": "new"}),
    )));
    assert_eq!(
        (error.field(), error.rule()),
        ("UpdateGroup.OldGroupName", &Rule::Required)
    );

    let error = refused(&UpdateContactGroupRequest::rename("user_0001", "", "new"));
    assert_eq!(
        (error.field(), error.rule()),
        ("UpdateGroup.OldGroupName", &Rule::NotEmpty)
    );
}

#[test]
fn rename_needs_the_new_name() {
    let error = refused(&with_update(update(
        json!({"UpdateGroupType": 1, "OldGroupName": "old"}),
    )));
    assert_eq!(
        (error.field(), error.rule()),
        ("UpdateGroup.NewGroupName", &Rule::Required)
    );
}

#[test]
fn new_name_must_not_be_empty() {
    let error = refused(&rename(""));
    assert_eq!(
        (error.field(), error.rule()),
        ("UpdateGroup.NewGroupName", &Rule::NotEmpty)
    );
}

#[test]
fn new_name_is_at_most_64_bytes_counted_in_utf8() {
    // 21 three-byte characters and one single byte: 64 bytes, 22 characters.
    let at_limit = format!("{}x", "中".repeat(21));
    assert_eq!(at_limit.len(), 64);
    assert!(rename(&at_limit).validate().is_ok());

    let over = format!("{}xy", "中".repeat(21));
    assert_eq!(over.len(), 65);
    let error = refused(&rename(&over));
    assert_eq!(error.field(), "UpdateGroup.NewGroupName");
    assert_eq!(
        error.rule(),
        &Rule::TooLong {
            max_bytes: 64,
            actual: 65
        }
    );
    assert_eq!(error.error_code(), Some(ErrorCode::GroupNameTooLong));
    // Only 23 characters, well under 64: the limit is in bytes.
    assert!(over.chars().count() < 64);
}

#[test]
fn an_edit_needs_at_least_one_conversation() {
    let error = refused(&edit(vec![]));
    assert_eq!(error.field(), "UpdateGroup.ContactUpdateItem");
    assert_eq!(error.rule(), &Rule::TooFew { min: 1, actual: 0 });
    assert_eq!(error.error_code(), Some(ErrorCode::ContactCountInvalid));
}

#[test]
fn an_edit_has_at_most_100_conversations() {
    let edits = |n: usize| {
        (0..n)
            .map(|i| ContactEdit::add(Conversation::c2c(format!("u{i}"))))
            .collect()
    };
    assert!(edit(edits(100)).validate().is_ok());
    let error = refused(&edit(edits(101)));
    assert_eq!(error.field(), "UpdateGroup.ContactUpdateItem");
    assert_eq!(error.rule(), &Rule::TooMany { max: 100, actual: 101 });
    assert_eq!(error.error_code(), Some(ErrorCode::ContactCountInvalid));
}

#[test]
fn an_edit_needs_the_item_list() {
    let error = refused(&with_update(update(json!({"UpdateGroupType": 2, "OldGroupName": "g"}))));
    assert_eq!(
        (error.field(), error.rule()),
        ("UpdateGroup.ContactUpdateItem", &Rule::Required)
    );
}

#[test]
fn update_group_type_must_be_known() {
    let error = refused(&with_update(update(json!({"UpdateGroupType": 7, "OldGroupName": "g"}))));
    assert_eq!(error.field(), "UpdateGroup.UpdateGroupType");
}

#[test]
fn contact_op_must_be_add_or_remove() {
    let mut edits = vec![ContactEdit::add(Conversation::c2c("a")); 3];
    edits[2] = ContactEdit::new(ContactOp::Unknown(3), Conversation::c2c("a"));
    let error = refused(&edit(edits));
    assert_eq!(error.field(), "UpdateGroup.ContactUpdateItem[2].ContactOptType");
}

/// A conversation as the parser makes it from the wire: shapes that fit
/// neither kind can only come from there.
fn raw_item(value: serde_json::Value) -> Conversation {
    serde_json::from_value(value).unwrap()
}

/// An `UpdateGroup` as the parser makes it from the wire.
fn update(value: serde_json::Value) -> GroupUpdate {
    let update: GroupUpdate = serde_json::from_value(value).unwrap();
    assert!(
        matches!(update, GroupUpdate::Other(_)),
        "a malformed shape is kept as Other"
    );
    update
}

fn item_error(conversation: Conversation) -> ValidationError {
    let mut edits = vec![ContactEdit::add(Conversation::c2c("ok")); 4];
    edits[3] = ContactEdit::remove(conversation);
    refused(&edit(edits))
}

#[test]
fn a_one_to_one_conversation_needs_to_account() {
    let error = item_error(raw_item(json!({"Type": 1})));
    assert_eq!(error.field(), "UpdateGroup.ContactUpdateItem[3].ContactItem.To_Account");
    assert_eq!(error.rule(), &Rule::Required);
}

#[test]
fn a_one_to_one_conversation_has_no_group_id() {
    let error = item_error(raw_item(json!({"Type": 1, "To_Account": "u", "ToGroupId": "@TGS#1"})));
    assert_eq!(error.field(), "UpdateGroup.ContactUpdateItem[3].ContactItem.ToGroupId");
    assert!(matches!(error.rule(), Rule::MustBeAbsent(_)));
}

#[test]
fn a_group_conversation_needs_to_group_id() {
    let error = item_error(raw_item(json!({"Type": 2})));
    assert_eq!(error.field(), "UpdateGroup.ContactUpdateItem[3].ContactItem.ToGroupId");
    assert_eq!(error.rule(), &Rule::Required);
}

#[test]
fn a_group_conversation_has_no_to_account() {
    let error = item_error(raw_item(json!({"Type": 2, "To_Account": "u", "ToGroupId": "@TGS#1"})));
    assert_eq!(error.field(), "UpdateGroup.ContactUpdateItem[3].ContactItem.To_Account");
    assert!(matches!(error.rule(), Rule::MustBeAbsent(_)));
}

#[test]
fn conversation_type_must_be_known() {
    let error = item_error(raw_item(json!({"Type": 9, "To_Account": "u"})));
    assert_eq!(error.field(), "UpdateGroup.ContactUpdateItem[3].ContactItem.Type");
}

#[test]
fn ids_must_not_be_empty() {
    let error = item_error(Conversation::c2c(""));
    assert_eq!(error.field(), "UpdateGroup.ContactUpdateItem[3].ContactItem.To_Account");
    assert_eq!(error.rule(), &Rule::NotEmpty);
    let error = item_error(Conversation::group(""));
    assert_eq!(error.field(), "UpdateGroup.ContactUpdateItem[3].ContactItem.ToGroupId");
    assert_eq!(error.rule(), &Rule::NotEmpty);
}

#[test]
fn the_error_text_names_field_rule_and_code() {
    let error = refused(&rename(&"x".repeat(65)));
    assert_eq!(
        error.to_string(),
        "UpdateGroup.NewGroupName must be at most 64 bytes of UTF-8, got 65 (service error 51011)"
    );
}

#[test]
fn wire_json_that_mixes_shapes_parses_and_is_refused_by_validate() {
    let body = r#"{"From_Account":"u","UpdateType":1,"UpdateGroup":{"UpdateGroupType":1,"OldGroupName":"a","NewGroupName":"b","ContactUpdateItem":[]}}"#;
    let request: UpdateContactGroupRequest = serde_json::from_str(body).unwrap();
    assert_eq!(refused(&request).field(), "UpdateGroup.ContactUpdateItem");
    // Nothing was lost: it serializes back to the same JSON.
    let back = serde_json::to_value(&request).unwrap();
    assert_eq!(back, serde_json::from_str::<serde_json::Value>(body).unwrap());
}
