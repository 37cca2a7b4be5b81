//! The blocking client in a plain program: no async runtime of your own.
//! Runs against an in-process emulator.
//!
//! ```sh
//! cargo run -p tim-api --example blocking
//! ```

use tim_api::{BlockingClient, ClientConfig};
use tim_emulator::Emulator;
use tim_protocol::account::AccountImportRequest;
use tim_protocol::recentcontact::CreateContactGroupRequest;
use tim_protocol::Conversation;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let emulator = Emulator::builder().start()?;
    let client = BlockingClient::new(
        ClientConfig::builder()
            .base_url(emulator.base_url())
            .sdkappid(emulator.sdkappid())
            .identifier(emulator.admin())
            .secret_key(emulator.secret_key().clone())
            .build()?,
    );

    client.account_import(&AccountImportRequest::new("alice").nick("Alice"))?;
    client.create_contact_group(&CreateContactGroupRequest::new("alice", "work", []))?;
    let reply = client.add_to_contact_group(
        "alice",
        "work",
        [Conversation::c2c("bob"), Conversation::group("@TGS#team")],
    )?;
    for item in reply.result.iter().flat_map(|result| &result.contact_results) {
        println!("{:?} {:?}: {}", item.op, item.conversation, item.result_code);
    }
    // A request that breaks a documented rule is refused before it is sent.
    if let Err(error) = client.rename_contact_group("alice", "work", &"x".repeat(65)) {
        println!("refused: {error}");
    }
    Ok(())
}
