//! One-to-one messages end to end: import two users and set their
//! nicknames, send texts (one of them to many), page the history, recall a
//! message, read and clear the unread count, and file the conversation that
//! the messages created into a conversation group with the seed's
//! `update_contact_group`.
//!
//! With no settings it runs against a tim-emulator started in-process on
//! 127.0.0.1. With `TIM_SDKAPPID`, `TIM_SECRET_KEY`, `TIM_IDENTIFIER` and
//! `TIM_REGION` set, it runs against the real service instead.
//!
//! ```sh
//! cargo run -p tim-api --example messages
//! ```

use futures_util::StreamExt;
use tim_api::Client;
use tim_protocol::account::MultiaccountImportRequest;
use tim_protocol::openim::{
    AdminGetroammsgRequest, AdminMsgwithdrawRequest, AdminSetMsgReadRequest, GetC2cUnreadMsgNumRequest,
};
use tim_protocol::profile::{PortraitGetRequest, PortraitSetRequest};
use tim_protocol::recentcontact::{CreateContactGroupRequest, GetContactGroupRequest, GetListRequest};
use tim_protocol::Conversation;

mod common;
use common::configure;

const ALICE: &str = "user_0001";
const BOB: &str = "user_0002";
const CAROL: &str = "user_0003";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (config, _emulator) = configure()?;
    println!("calling {} as {:?}", config.base_url(), config.identifier());
    let client = Client::new(config)?;

    client
        .multiaccount_import(&MultiaccountImportRequest::new([ALICE, BOB, CAROL]))
        .await?;
    client.portrait_set(&PortraitSetRequest::nick(ALICE, "Alice")).await?;
    client.portrait_set(&PortraitSetRequest::nick(BOB, "Bob")).await?;
    let profiles = client
        .portrait_get(&PortraitGetRequest::nick_and_face([ALICE, BOB]))
        .await?;
    for user in profiles.user_profile_item.iter().flatten() {
        println!("{} is {:?}", user.to_account, user.nick().unwrap_or(""));
    }

    client.send_text(ALICE, BOB, "hello Bob").await?;
    let oops = client.send_text(ALICE, BOB, "sent by mistake").await?;
    client.send_text(BOB, ALICE, "hi Alice").await?;
    let batch = client.send_text_to_many(ALICE, &[BOB, CAROL], "lunch at noon?").await?;
    println!(
        "batch sent, {} recipient(s) failed",
        batch.error_list.iter().flatten().count()
    );

    if let Some(key) = oops.msg_key {
        client
            .admin_msgwithdraw(&AdminMsgwithdrawRequest::new(ALICE, BOB, key))
            .await?;
        println!("recalled the message sent by mistake");
    }

    // Every page of the last day, newest first, through the pager.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs() as i64;
    let history = AdminGetroammsgRequest::new(ALICE, BOB, 2, now - 86_400, now + 60);
    let mut pages = std::pin::pin!(client.pages(history));
    while let Some(page) = pages.next().await {
        for msg in page?.msg_list.iter().flatten() {
            let text: Vec<&str> = msg
                .msg_body
                .iter()
                .map(|element| element.as_text().unwrap_or_else(|| element.msg_type()))
                .collect();
            let recalled = if msg.is_recalled() { " (recalled)" } else { "" };
            println!(
                "  {} -> {}{recalled}: {}",
                msg.from_account.as_deref().unwrap_or("?"),
                msg.to_account.as_deref().unwrap_or("?"),
                text.join(" ")
            );
        }
    }

    let unread = client
        .get_c2c_unread_msg_num(&GetC2cUnreadMsgNumRequest::total(BOB))
        .await?;
    println!("{BOB} has {} unread", unread.all_c2c_unread_msg_num.unwrap_or(0));
    client
        .admin_set_msg_read(&AdminSetMsgReadRequest::new(BOB, ALICE))
        .await?;
    let unread = client
        .get_c2c_unread_msg_num(&GetC2cUnreadMsgNumRequest::total(BOB))
        .await?;
    println!("after reading: {} unread", unread.all_c2c_unread_msg_num.unwrap_or(0));

    // The messages put the conversation on Bob's recent list; file it.
    let recent = client.get_list(&GetListRequest::first_page(BOB)).await?;
    for session in &recent.sessions {
        println!(
            "{BOB}'s recent list holds {}",
            session.to_account.as_deref().unwrap_or("?")
        );
    }
    client
        .create_contact_group(&CreateContactGroupRequest::new(BOB, "friends", []))
        .await?;
    client
        .add_to_contact_group(BOB, "friends", [Conversation::c2c(ALICE)])
        .await?;
    client.rename_contact_group(BOB, "friends", "close friends").await?;
    let grouped = client.get_contact_group(&GetContactGroupRequest::new(BOB, 0)).await?;
    for contact in &grouped.contacts {
        println!(
            "{BOB} filed {} under group(s) {:?}",
            contact.conversation, contact.contact_group_ids
        );
    }
    Ok(())
}
