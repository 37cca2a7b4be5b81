//! What the examples share: where to call.

use tim_api::ClientConfig;
use tim_emulator::{Emulator, EmulatorHandle};

/// The real service's settings from the environment, or an emulator.
pub fn configure() -> Result<(ClientConfig, Option<EmulatorHandle>), Box<dyn std::error::Error>> {
    if let Some(config) = ClientConfig::from_env() {
        return Ok((config?, None));
    }
    let emulator = Emulator::builder().admin("administrator").start()?;
    let config = ClientConfig::builder()
        .base_url(emulator.base_url())
        .sdkappid(emulator.sdkappid())
        .identifier("administrator")
        .secret_key(emulator.secret_key().clone())
        .build()?;
    Ok((config, Some(emulator)))
}
