//! The seed's flow, end to end: import two users, create a conversation
//! group, rename it (the seed's first sample), then add and remove
//! conversations in it (the edits of the seed's second sample).
//!
//! With no settings it runs against a tim-emulator started in-process on
//! 127.0.0.1. With `TIM_SDKAPPID`, `TIM_SECRET_KEY`, `TIM_IDENTIFIER` and
//! `TIM_REGION` set, it runs against the real service instead.
//!
//! ```sh
//! cargo run -p tim-api --example quickstart
//! ```

use tim_api::Client;
use tim_protocol::account::MultiaccountImportRequest;
use tim_protocol::recentcontact::{
    ContactEdit, ContactOp, CreateContactGroupRequest, GetContactGroupRequest, UpdateContactGroupRequest,
    UpdateContactGroupResponse,
};
use tim_protocol::Conversation;

mod common;
use common::configure;

const USER: &str = "user_0001";
const PEER: &str = "user_0002";
const GROUP_CHAT: &str = "@TGS#1B2AUI7RZ";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (config, _emulator) = configure()?;
    println!("calling {} as {:?}", config.base_url(), config.identifier());
    let client = Client::new(config)?;

    client
        .multiaccount_import(&MultiaccountImportRequest::new([USER, PEER]))
        .await?;
    println!("imported {USER} and {PEER}");

    let created = client
        .create_contact_group(&CreateContactGroupRequest::new(
            USER,
            "group_0001",
            [Conversation::group(GROUP_CHAT)],
        ))
        .await?;
    for group in &created.groups {
        println!(
            "created {} (GroupId {}) holding {} conversation(s)",
            group.group.group_name,
            group.group.group_id,
            group.results.len()
        );
    }

    let renamed = client.rename_contact_group(USER, "group_0001", "group_0002").await?;
    print_update("renamed", &renamed);

    let edit = UpdateContactGroupRequest::edit_contacts(
        USER,
        "group_0002",
        [
            ContactEdit::add(Conversation::c2c(PEER)),
            ContactEdit::remove(Conversation::group(GROUP_CHAT)),
        ],
    );
    let edited = client.update_contact_group(&edit).await?;
    print_update("edited", &edited);

    let groups = client.get_contact_group(&GetContactGroupRequest::new(USER, 0)).await?;
    for group in &groups.groups {
        println!("{USER} has group {} (GroupId {})", group.group_name, group.group_id);
    }
    for contact in &groups.contacts {
        let ids: Vec<String> = contact.contact_group_ids.iter().map(u64::to_string).collect();
        println!("  {} in group(s) {}", contact.conversation, ids.join(", "));
    }
    Ok(())
}

fn print_update(what: &str, reply: &UpdateContactGroupResponse) {
    let Some(result) = &reply.result else { return };
    println!(
        "{what}: {} -> {} (GroupId {})",
        result.old_group_name, result.group_name, result.group_id
    );
    for item in &result.contact_results {
        let outcome = if item.result_code.is_success() {
            "ok".to_owned()
        } else {
            item.result_code.to_string()
        };
        let op = match item.op {
            ContactOp::Add => "added",
            ContactOp::Remove => "removed",
            _ => "changed",
        };
        println!("  {op} {}: {outcome}", item.conversation);
    }
}
